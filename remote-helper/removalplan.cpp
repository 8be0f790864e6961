// SPDX-License-Identifier: GPL-3.0-or-later
#include "removalplan.h"

#include "jsonreader.h"

#include <array>

namespace ipcscope::helper {

namespace {

constexpr std::string_view Schema = "ipcscope.removal-plan/1";

struct KindInfo {
    ObjectKind kind;
    std::string_view code;
    std::string_view words;
};

constexpr std::array<KindInfo, 6> Kinds{{
    {ObjectKind::Sem, "sem", "semaphore set"},
    {ObjectKind::Shm, "shm", "shared memory segment"},
    {ObjectKind::Msg, "msg", "message queue"},
    {ObjectKind::PosixShm, "posix_shm", "POSIX shared memory object"},
    {ObjectKind::PosixSem, "posix_sem", "POSIX named semaphore"},
    {ObjectKind::PosixMq, "posix_mq", "POSIX message queue"},
}};

// Reads the fields of one item; every field is checked for type and range.
class ItemReader {
public:
    ItemReader(const JsonValue& object, size_t index, std::string& error)
        : m_object(object)
        , m_index(index)
        , m_error(error) {}

    bool fail(std::string_view field, std::string_view problem) {
        m_error = "item " + std::to_string(m_index) + ": '" + std::string(field) + "' " +
                  std::string(problem);
        return false;
    }

    const JsonValue* get(std::string_view field, bool required) {
        const JsonValue* v = m_object.find(field);
        if (!v && required)
            fail(field, "is missing");
        return v;
    }

    bool unsignedField(std::string_view field, uint64_t max, uint64_t& out) {
        const JsonValue* v = get(field, true);
        if (!v)
            return false;
        if (!v->isInteger() || v->negative() || v->magnitude() > max)
            return fail(field, "must be an integer from 0 to " + std::to_string(max));
        out = v->magnitude();
        return true;
    }

    bool signedField(std::string_view field, int64_t& out) {
        const JsonValue* v = get(field, true);
        if (!v)
            return false;
        if (!v->isInteger() || (!v->negative() && v->magnitude() > uint64_t(INT64_MAX)))
            return fail(field, "must be an integer");
        out = v->int64();
        return true;
    }

private:
    const JsonValue& m_object;
    size_t m_index;
    std::string& m_error;
};

bool hexToBytes(std::string_view hex, std::string& out) {
    if (hex.size() % 2 != 0)
        return false;
    out.clear();
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        return -1; // lowercase only, as the snapshot writes it
    };
    for (size_t i = 0; i < hex.size(); i += 2) {
        const int hi = nibble(hex[i]), lo = nibble(hex[i + 1]);
        if (hi < 0 || lo < 0)
            return false;
        out += char(hi * 16 + lo);
    }
    return true;
}

constexpr std::array<std::string_view, 22> ItemFields{
    "type",  "id",    "key",      "cuid",       "uid",      "ctime",  "name", "name_hex",
    "inode", "mtime", "force",    "sem_values", "sem_pids", "nattch", "lpid", "qnum",
    "lspid", "lrpid", "mtime_ns", "ctime_ns",   "qsize",    "ns"};

// The finer guards of one kind; any other kind's are refused.
constexpr std::array<std::string_view, 3> SemGuards{"sem_values", "sem_pids", ""};
constexpr std::array<std::string_view, 3> ShmGuards{"nattch", "lpid", ""};
constexpr std::array<std::string_view, 3> MsgGuards{"qnum", "lspid", "lrpid"};
constexpr std::array<std::string_view, 3> PosixGuards{"mtime_ns", "ctime_ns", ""};
constexpr std::array<std::string_view, 3> PosixMqGuards{"mtime_ns", "ctime_ns", "qsize"};

const std::array<std::string_view, 3>& guardsOf(ObjectKind kind) {
    switch (kind) {
    case ObjectKind::Sem:
        return SemGuards;
    case ObjectKind::Shm:
        return ShmGuards;
    case ObjectKind::Msg:
        return MsgGuards;
    case ObjectKind::PosixMq:
        return PosixMqGuards;
    default:
        return PosixGuards;
    }
}

// The optional finer guards (docs/cleanup-schema.md); absent fields stay unset.
bool parseFinerGuards(const JsonValue& v, ItemReader& r, RemovalItem& item) {
    const std::array<std::string_view, 10> all{"sem_values", "sem_pids", "nattch", "lpid",
                                               "qnum",       "lspid",    "lrpid",  "mtime_ns",
                                               "ctime_ns",   "qsize"};
    for (std::string_view field : all) {
        if (!v.find(field))
            continue;
        bool mine = false;
        for (std::string_view f : guardsOf(item.kind))
            mine = mine || (!f.empty() && f == field);
        if (!mine)
            return r.fail(field, "does not belong to this type of object");
    }
    auto number = [&](std::string_view field, uint64_t max, std::optional<int64_t>& out) {
        if (!v.find(field))
            return true;
        uint64_t u = 0;
        if (!r.unsignedField(field, max, u))
            return false;
        out = int64_t(u);
        return true;
    };
    auto list = [&](std::string_view field, std::optional<std::vector<int64_t>>& out) {
        const JsonValue* a = v.find(field);
        if (!a)
            return true;
        if (!a->isArray() || a->elements().size() > 32000)
            return r.fail(field, "must be an array of at most 32000 integers");
        out.emplace();
        for (const JsonValue& e : a->elements()) {
            if (!e.isInteger() || e.negative() || e.magnitude() > uint64_t(INT32_MAX))
                return r.fail(field, "must hold integers from 0 to 2147483647");
            out->push_back(int64_t(e.magnitude()));
        }
        return true;
    };
    if (!list("sem_values", item.semValues) || !list("sem_pids", item.semPids))
        return false;
    if (item.semValues && item.semPids && item.semValues->size() != item.semPids->size())
        return r.fail("sem_pids", "must have as many entries as 'sem_values'");
    return number("nattch", UINT32_MAX, item.nattch) && number("lpid", INT32_MAX, item.lpid) &&
           number("qnum", UINT64_MAX >> 1, item.qnum) && number("lspid", INT32_MAX, item.lspid) &&
           number("lrpid", INT32_MAX, item.lrpid) && number("mtime_ns", 999999999, item.mtimeNs) &&
           number("ctime_ns", 999999999, item.ctimeNs) &&
           number("qsize", UINT64_MAX >> 1, item.qsize);
}

bool parseItem(const JsonValue& v, size_t index, RemovalItem& item, std::string& error) {
    ItemReader r(v, index, error);
    if (!v.isObject())
        return r.fail("items[]", "must hold objects");
    for (const auto& [field, value] : v.members()) {
        bool known = false;
        for (std::string_view f : ItemFields)
            known = known || f == field;
        if (!known)
            return r.fail(field, "is not a field of a plan item");
    }
    const JsonValue* type = r.get("type", true);
    if (!type)
        return false;
    bool found = false;
    for (const KindInfo& k : Kinds) {
        if (type->isString() && type->string() == k.code) {
            item.kind = k.kind;
            found = true;
        }
    }
    if (!found)
        return r.fail("type", "must be one of sem, shm, msg, posix_shm, posix_sem, posix_mq");
    if (const JsonValue* force = r.get("force", false)) {
        if (!force->isBool())
            return r.fail("force", "must be true or false");
        item.force = force->boolean();
    }
    uint64_t u = 0;
    if (!r.unsignedField("uid", UINT32_MAX, u))
        return false;
    item.uid = uint32_t(u);
    if (v.find("ns")) {
        if (!r.unsignedField("ns", UINT32_MAX, u))
            return false;
        if (u == 0)
            return r.fail("ns", "must be the inode of an IPC namespace, not 0");
        item.ns = u;
    }
    if (!parseFinerGuards(v, r, item))
        return false;
    if (isSysv(item.kind)) {
        if (v.find("name") || v.find("name_hex") || v.find("inode") || v.find("mtime"))
            return r.fail("name", "and inode/mtime belong to POSIX objects only");
        if (!r.unsignedField("id", INT32_MAX, u))
            return false;
        item.id = int64_t(u);
        if (!r.unsignedField("key", UINT32_MAX, u))
            return false;
        item.key = uint32_t(u);
        if (!r.unsignedField("cuid", UINT32_MAX, u))
            return false;
        item.cuid = uint32_t(u);
        return r.signedField("ctime", item.ctime);
    }
    if (v.find("id") || v.find("key") || v.find("cuid"))
        return r.fail("id", "and key/cuid belong to System V objects only");
    // POSIX ctime is optional (a finer guard, with ctime_ns).
    if (v.find("ctime")) {
        int64_t ctime = 0;
        if (!r.signedField("ctime", ctime))
            return false;
        item.posixCtime = ctime;
    }
    if (const JsonValue* hex = r.get("name_hex", false)) {
        if (!hex->isString() || !hexToBytes(hex->string(), item.name))
            return r.fail("name_hex", "must be lowercase hexadecimal bytes");
    } else if (const JsonValue* name = r.get("name", true)) {
        if (!name->isString())
            return r.fail("name", "must be a string");
        item.name = name->string();
    } else {
        return false;
    }
    if (!isSafePosixName(item.name))
        return r.fail("name", "must be a single file name (no '/', not '.' or '..')");
    if (!r.unsignedField("inode", UINT64_MAX, item.inode))
        return false;
    return r.signedField("mtime", item.mtime);
}

} // namespace

std::string_view kindCode(ObjectKind kind) {
    for (const KindInfo& k : Kinds) {
        if (k.kind == kind)
            return k.code;
    }
    return {};
}

std::string_view kindWords(ObjectKind kind) {
    for (const KindInfo& k : Kinds) {
        if (k.kind == kind)
            return k.words;
    }
    return {};
}

bool isSysv(ObjectKind kind) {
    return kind == ObjectKind::Sem || kind == ObjectKind::Shm || kind == ObjectKind::Msg;
}

bool isSafePosixName(std::string_view name) {
    return !name.empty() && name.size() <= 255 && name != "." && name != ".." &&
           name.find('/') == std::string_view::npos && name.find('\0') == std::string_view::npos;
}

bool parseRemovalPlan(std::string_view text, RemovalPlan& plan, std::string& error) {
    plan = RemovalPlan();
    JsonValue doc;
    std::string jsonError;
    // Items have at most 11 fields; a million values is far beyond the ~98,000 System V objects
    // a namespace can hold (about 8 values each) and bounds the reader's memory to ~100 MB.
    JsonLimits limits;
    limits.maxDepth = 32;
    limits.maxValues = 1'000'000;
    limits.maxMembers = 64;
    if (!parseJson(text, doc, jsonError, limits)) {
        error = "the plan could not be read: " + jsonError;
        return false;
    }
    if (!doc.isObject()) {
        error = "the plan must be a JSON object";
        return false;
    }
    for (const auto& [field, value] : doc.members()) {
        if (field != "schema" && field != "requested_by" && field != "items") {
            error = "'" + field + "' is not a field of a removal plan";
            return false;
        }
    }
    const JsonValue* schema = doc.find("schema");
    if (!schema || !schema->isString() || schema->string() != Schema) {
        error = "the plan's schema must be \"" + std::string(Schema) + "\"";
        return false;
    }
    if (const JsonValue* by = doc.find("requested_by")) {
        if (!by->isString()) {
            error = "'requested_by' must be a string";
            return false;
        }
        plan.requestedBy = by->string();
    }
    const JsonValue* items = doc.find("items");
    if (!items || !items->isArray()) {
        error = "the plan needs an 'items' array";
        return false;
    }
    plan.items.resize(items->elements().size());
    for (size_t i = 0; i < plan.items.size(); ++i) {
        if (!parseItem(items->elements()[i], i, plan.items[i], error))
            return false;
    }
    return true;
}

} // namespace ipcscope::helper
