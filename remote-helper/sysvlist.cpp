// SPDX-License-Identifier: GPL-3.0-or-later
#include "sysvlist.h"

#include "textparse.h"

#include <array>

namespace ipcscope::helper {

std::optional<uint32_t> parseKey(std::string_view field) {
    const auto v = toInt64(field);
    if (!v || *v < INT32_MIN || *v > int64_t(UINT32_MAX))
        return std::nullopt;
    return static_cast<uint32_t>(*v);
}

namespace {

// Maps wanted column names to their position in the header (or -1).
template <size_t N>
class Columns {
public:
    explicit Columns(const std::array<std::string_view, N>& names)
        : m_names(names) {
        m_index.fill(-1);
    }
    void readHeader(std::string_view header) {
        FieldReader fields(header);
        std::string_view f;
        for (int pos = 0; fields.next(f); ++pos) {
            for (size_t i = 0; i < N; ++i) {
                if (f == m_names[i] && m_index[i] < 0)
                    m_index[i] = pos;
            }
        }
    }
    bool has(size_t i) const { return m_index[i] >= 0; }
    int index(size_t i) const { return m_index[i]; }
    std::vector<std::string> missing() const {
        std::vector<std::string> out;
        for (size_t i = 0; i < N; ++i)
            if (m_index[i] < 0)
                out.emplace_back(m_names[i]);
        return out;
    }

private:
    std::array<std::string_view, N> m_names;
    std::array<int, N> m_index;
};

// One data row split into fields (reused between rows to avoid allocations).
class Row {
public:
    void split(std::string_view line) {
        m_fields.clear();
        FieldReader r(line);
        std::string_view f;
        while (r.next(f))
            m_fields.push_back(f);
    }
    bool empty() const { return m_fields.empty(); }
    std::string_view at(int index) const {
        return index >= 0 && size_t(index) < m_fields.size() ? m_fields[size_t(index)]
                                                             : std::string_view();
    }

private:
    std::vector<std::string_view> m_fields;
};

// Unsigned counters and times: the kernel prints them unsigned; values beyond INT64_MAX (never
// seen in practice) are clamped rather than rejected.
bool readSigned(std::string_view f, int64_t& out) {
    if (auto v = toInt64(f)) {
        out = *v;
        return true;
    }
    if (auto u = toUInt64(f)) {
        out = INT64_MAX;
        return true;
    }
    return false;
}

bool readUnsigned(std::string_view f, uint64_t& out) {
    if (auto u = toUInt64(f)) {
        out = *u;
        return true;
    }
    return false;
}

bool readId(std::string_view f, uint32_t& out) {
    const auto u = toUInt64(f);
    if (!u || *u > UINT32_MAX)
        return false;
    out = static_cast<uint32_t>(*u);
    return true;
}

// The columns every System V table shares, in this order at the start of each name list.
enum Common : size_t { CKey, CId, CPerms, CUid, CGid, CCuid, CCgid, CCtime, CommonCount };

template <size_t N>
bool readCommon(const Columns<N>& cols, const Row& row, SysvCommon& o) {
    const auto key = parseKey(row.at(cols.index(CKey)));
    const auto mode = toOctal(row.at(cols.index(CPerms)));
    if (!key || !mode || !readSigned(row.at(cols.index(CId)), o.id))
        return false;
    o.key = *key;
    o.mode = *mode;
    bool ok = true;
    ok &= !cols.has(CUid) || readId(row.at(cols.index(CUid)), o.uid);
    ok &= !cols.has(CGid) || readId(row.at(cols.index(CGid)), o.gid);
    ok &= !cols.has(CCuid) || readId(row.at(cols.index(CCuid)), o.cuid);
    ok &= !cols.has(CCgid) || readId(row.at(cols.index(CCgid)), o.cgid);
    ok &= !cols.has(CCtime) || readSigned(row.at(cols.index(CCtime)), o.ctime);
    return ok;
}

template <size_t N, typename T, typename Fill>
ListParseResult parseTable(std::string_view text, const std::array<std::string_view, N>& names,
                           std::vector<T>& out, Fill fill) {
    ListParseResult result;
    Columns<N> cols(names);
    LineReader lines(text);
    std::string_view line;
    if (!lines.next(line))
        return result;
    cols.readHeader(line);
    if (!cols.has(CKey) || !cols.has(CId) || !cols.has(CPerms))
        return result;
    result.ok = true;
    result.missingColumns = cols.missing();
    Row row;
    while (lines.next(line)) {
        row.split(line);
        if (row.empty())
            continue;
        T o;
        if (readCommon(cols, row, o) && fill(cols, row, o))
            out.push_back(std::move(o));
        else
            ++result.badLines;
    }
    return result;
}

template <size_t N>
bool optSigned(const Columns<N>& cols, const Row& row, size_t i, int64_t& out) {
    return !cols.has(i) || readSigned(row.at(cols.index(i)), out);
}

template <size_t N>
bool optUnsigned(const Columns<N>& cols, const Row& row, size_t i, uint64_t& out) {
    return !cols.has(i) || readUnsigned(row.at(cols.index(i)), out);
}

} // namespace

ListParseResult parseSemList(std::string_view text, std::vector<SemSet>& out) {
    enum : size_t { Nsems = CommonCount, Otime };
    static constexpr std::array<std::string_view, 10> names{
        "key", "semid", "perms", "uid", "gid", "cuid", "cgid", "ctime", "nsems", "otime"};
    return parseTable(text, names, out, [](const auto& cols, const Row& row, SemSet& s) {
        return optSigned(cols, row, Nsems, s.nsems) && optSigned(cols, row, Otime, s.otime);
    });
}

ListParseResult parseShmList(std::string_view text, std::vector<ShmSegment>& out) {
    enum : size_t { Size = CommonCount, Cpid, Lpid, Nattch, Atime, Dtime, Rss, Swap };
    static constexpr std::array<std::string_view, 16> names{
        "key",  "shmid", "perms", "uid",    "gid",   "cuid",  "cgid", "ctime",
        "size", "cpid",  "lpid",  "nattch", "atime", "dtime", "rss",  "swap"};
    return parseTable(text, names, out, [](const auto& cols, const Row& row, ShmSegment& s) {
        bool ok = optUnsigned(cols, row, Size, s.size) && optSigned(cols, row, Cpid, s.cpid) &&
                  optSigned(cols, row, Lpid, s.lpid) && optSigned(cols, row, Nattch, s.nattch) &&
                  optSigned(cols, row, Atime, s.atime) && optSigned(cols, row, Dtime, s.dtime);
        uint64_t v = 0;
        if (cols.has(Rss)) {
            ok &= readUnsigned(row.at(cols.index(Rss)), v);
            s.rss = v;
        }
        if (cols.has(Swap)) {
            ok &= readUnsigned(row.at(cols.index(Swap)), v);
            s.swap = v;
        }
        return ok;
    });
}

ListParseResult parseMsgList(std::string_view text, std::vector<MsgQueue>& out) {
    enum : size_t { Cbytes = CommonCount, Qnum, Lspid, Lrpid, Stime, Rtime };
    static constexpr std::array<std::string_view, 14> names{
        "key",   "msqid",  "perms", "uid",   "gid",   "cuid",  "cgid",
        "ctime", "cbytes", "qnum",  "lspid", "lrpid", "stime", "rtime"};
    return parseTable(text, names, out, [](const auto& cols, const Row& row, MsgQueue& q) {
        return optUnsigned(cols, row, Cbytes, q.cbytes) && optUnsigned(cols, row, Qnum, q.qnum) &&
               optSigned(cols, row, Lspid, q.lspid) && optSigned(cols, row, Lrpid, q.lrpid) &&
               optSigned(cols, row, Stime, q.stime) && optSigned(cols, row, Rtime, q.rtime);
    });
}

} // namespace ipcscope::helper
