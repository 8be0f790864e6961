// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/snapshotparser.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLocale>
#include <QVarLengthArray>

#include <cmath>
#include <limits>

namespace ipcscope {
namespace {
using namespace Qt::StringLiterals;

QString tr(const char* text) {
    return QCoreApplication::translate("SnapshotParser", text);
}

constexpr double kTwoPow63 = 9223372036854775808.0;
constexpr double kTwoPow64 = 18446744073709551616.0;
constexpr quint64 kU64Max = std::numeric_limits<quint64>::max();
constexpr qint64 kI64Max = std::numeric_limits<qint64>::max();
constexpr qint64 kI64Min = std::numeric_limits<qint64>::min();

QString typeName(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("a boolean");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("a string");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

QString numberText(double value) {
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

bool absent(const QJsonValue& value) {
    // The schema: a missing optional field means the same as null.
    return value.isUndefined() || value.isNull();
}

enum class Need { Optional, Required };

// Walks the document keeping the path of the value being read, so that the first problem names
// its place. After the first problem every read returns a default and the walk unwinds quickly.
class Reader {
public:
    explicit Reader(const QByteArray& raw)
        : m_raw(raw) {}

    bool failed() const { return !m_problem.isEmpty(); }
    const QString& problem() const { return m_problem; }

    class Scope {
    public:
        Scope(Reader& reader, QLatin1StringView key)
            : m_reader(reader) {
            reader.m_path.push_back({key, -1});
        }
        Scope(Reader& reader, qsizetype index)
            : m_reader(reader) {
            reader.m_path.push_back({{}, index});
        }
        ~Scope() { m_reader.m_path.pop_back(); }
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        Reader& m_reader;
    };

    // "semaphores[3].sems[0].value"; an empty key names the current position.
    QString path(QLatin1StringView key = {}) const {
        QString text;
        for (const Segment& segment : m_path) {
            if (segment.index >= 0) {
                text += u'[' + QString::number(segment.index) + u']';
            } else {
                if (!text.isEmpty())
                    text += u'.';
                text += segment.key;
            }
        }
        if (!key.isEmpty()) {
            if (!text.isEmpty())
                text += u'.';
            text += key;
        }
        return text.isEmpty() ? tr("the top level") : text;
    }

    void fail(const QString& problem) {
        if (!failed())
            m_problem = problem;
    }

    void wrongType(QLatin1StringView key, const QString& expected, const QJsonValue& got) {
        fail(tr("%1: expected %2, got %3").arg(path(key), expected, typeName(got)));
    }

    QJsonValue get(const QJsonObject& object, QLatin1StringView key, Need need) {
        if (failed())
            return {};
        QJsonValue value = object.value(key);
        if (need == Need::Required && absent(value))
            fail(tr("%1: missing").arg(path(key)));
        return value;
    }

    QJsonObject object(const QJsonObject& parent, QLatin1StringView key, Need need) {
        const QJsonValue value = get(parent, key, need);
        if (absent(value))
            return {};
        if (!value.isObject()) {
            wrongType(key, tr("an object"), value);
            return {};
        }
        return value.toObject();
    }

    QString string(const QJsonObject& object, QLatin1StringView key, Need need = Need::Optional) {
        const QJsonValue value = get(object, key, need);
        if (absent(value))
            return {};
        if (!value.isString()) {
            wrongType(key, tr("a string"), value);
            return {};
        }
        return value.toString();
    }

    bool boolean(const QJsonObject& object, QLatin1StringView key) {
        const QJsonValue value = get(object, key, Need::Optional);
        if (absent(value))
            return false;
        if (!value.isBool()) {
            wrongType(key, tr("true or false"), value);
            return false;
        }
        return value.toBool();
    }

    std::optional<double> real(const QJsonObject& object, QLatin1StringView key) {
        const QJsonValue value = get(object, key, Need::Optional);
        if (absent(value))
            return std::nullopt;
        if (!value.isDouble()) {
            wrongType(key, tr("a number"), value);
            return std::nullopt;
        }
        return value.toDouble();
    }

    // Unsigned integers up to max. Qt keeps integers that fit in qint64 exactly and reads larger
    // ones as doubles; those are clamped to UINT64_MAX as the schema says.
    std::optional<quint64> unsignedValue(const QJsonValue& value, QLatin1StringView key,
                                         quint64 max, bool exactFromText = false) {
        if (!value.isDouble()) {
            wrongType(key, tr("a number"), value);
            return std::nullopt;
        }
        quint64 result = 0;
        const qint64 asInteger = value.toInteger(-1);
        if (asInteger >= 0) {
            result = quint64(asInteger);
        } else {
            const double number = value.toDouble();
            if (number < 0) {
                fail(tr("%1: expected a number of at least 0, got %2")
                         .arg(path(key), numberText(number)));
                return std::nullopt;
            }
            if (number != std::floor(number)) {
                fail(tr("%1: expected a whole number, got %2").arg(path(key), numberText(number)));
                return std::nullopt;
            }
            result = number >= kTwoPow64 ? kU64Max : quint64(number);
            if (exactFromText && number >= kTwoPow63)
                result = exactLiteral(key, number, result);
        }
        if (result > max) {
            fail(tr("%1: %2 is too large (at most %3)")
                     .arg(path(key), QString::number(result), QString::number(max)));
            return std::nullopt;
        }
        return result;
    }

    std::optional<qint64> signedValue(const QJsonValue& value, QLatin1StringView key) {
        if (!value.isDouble()) {
            wrongType(key, tr("a number"), value);
            return std::nullopt;
        }
        const qint64 asInteger = value.toInteger(0);
        if (asInteger == 0 && value.toDouble() != 0.0) {
            const double number = value.toDouble();
            if (number != std::floor(number))
                fail(tr("%1: expected a whole number, got %2").arg(path(key), numberText(number)));
            else
                fail(tr("%1: %2 is out of range").arg(path(key), numberText(number)));
            return std::nullopt;
        }
        return asInteger;
    }

    std::optional<quint64> optUnsigned(const QJsonObject& object, QLatin1StringView key,
                                       quint64 max = kU64Max, Need need = Need::Optional) {
        const QJsonValue value = get(object, key, need);
        if (absent(value))
            return std::nullopt;
        return unsignedValue(value, key, max);
    }

    quint64 u64(const QJsonObject& object, QLatin1StringView key) {
        return optUnsigned(object, key).value_or(0);
    }
    uint u32(const QJsonObject& object, QLatin1StringView key, Need need = Need::Optional) {
        return uint(optUnsigned(object, key, std::numeric_limits<uint>::max(), need).value_or(0));
    }
    int count(const QJsonObject& object, QLatin1StringView key) {
        return int(optUnsigned(object, key, std::numeric_limits<int>::max()).value_or(0));
    }
    // Pids and ids: never negative.
    qint64 id(const QJsonObject& object, QLatin1StringView key, Need need = Need::Optional) {
        return qint64(optUnsigned(object, key, quint64(kI64Max), need).value_or(0));
    }
    // Unix seconds.
    qint64 time(const QJsonObject& object, QLatin1StringView key) {
        const QJsonValue value = get(object, key, Need::Optional);
        if (absent(value))
            return 0;
        return signedValue(value, key).value_or(0);
    }
    // Limits default to values near 2^64 that doubles cannot hold exactly.
    std::optional<quint64> limit(const QJsonObject& object, QLatin1StringView key) {
        const QJsonValue value = get(object, key, Need::Optional);
        if (absent(value))
            return std::nullopt;
        return unsignedValue(value, key, kU64Max, true);
    }
    // A positive number, e.g. the page size we divide by.
    template <typename T>
    void positive(const QJsonObject& object, QLatin1StringView key, T& target) {
        const std::optional<quint64> value =
            optUnsigned(object, key, quint64(std::numeric_limits<T>::max()));
        if (!value)
            return;
        if (*value == 0) {
            fail(tr("%1: expected a number of at least 1, got 0").arg(path(key)));
            return;
        }
        target = T(*value);
    }

    QList<qint64> pids(const QJsonObject& object, QLatin1StringView key) {
        QList<qint64> result;
        const QJsonValue value = get(object, key, Need::Optional);
        if (absent(value))
            return result;
        if (!value.isArray()) {
            wrongType(key, tr("an array"), value);
            return result;
        }
        const QJsonArray array = value.toArray();
        result.reserve(array.size());
        Scope scope(*this, key);
        for (qsizetype i = 0; i < array.size() && !failed(); ++i) {
            Scope item(*this, i);
            if (const auto pid = unsignedValue(array.at(i), {}, quint64(kI64Max)))
                result.append(qint64(*pid));
        }
        return result;
    }

    // Reads an array of objects with readOne(const QJsonObject&) -> T, stopping at the first
    // problem.
    template <typename T, typename ReadOne>
    void list(const QJsonObject& parent, QLatin1StringView key, Need need, QList<T>& out,
              ReadOne&& readOne) {
        const QJsonValue value = get(parent, key, need);
        if (absent(value))
            return;
        if (!value.isArray()) {
            wrongType(key, tr("an array"), value);
            return;
        }
        const QJsonArray array = value.toArray();
        out.reserve(out.size() + array.size());
        Scope scope(*this, key);
        for (qsizetype i = 0; i < array.size() && !failed(); ++i) {
            Scope item(*this, i);
            const QJsonValue element = array.at(i);
            if (!element.isObject()) {
                wrongType({}, tr("an object"), element);
                return;
            }
            out.append(readOne(element.toObject()));
        }
    }

private:
    struct Segment {
        QLatin1StringView key;
        qsizetype index;
    };

    // The exact integer literal of `"key": 18446744073692774399` in the raw text, when every
    // such literal agrees and rounds to the double Qt read; else the rounded value.
    quint64 exactLiteral(QLatin1StringView key, double parsed, quint64 rounded) const {
        const QByteArray needle = '"' + QByteArray(key.data(), key.size()) + '"';
        std::optional<quint64> found;
        qsizetype from = 0;
        const auto isSpace = [](char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r';
        };
        for (;;) {
            const qsizetype at = m_raw.indexOf(needle, from);
            if (at < 0)
                break;
            from = at + needle.size();
            qsizetype p = from;
            while (p < m_raw.size() && isSpace(m_raw[p]))
                ++p;
            if (p >= m_raw.size() || m_raw[p] != ':')
                continue;
            ++p;
            while (p < m_raw.size() && isSpace(m_raw[p]))
                ++p;
            quint64 literal = 0;
            bool overflow = false;
            qsizetype digits = 0;
            for (; p < m_raw.size() && m_raw[p] >= '0' && m_raw[p] <= '9'; ++p, ++digits) {
                const quint64 digit = quint64(m_raw[p] - '0');
                if (literal > (kU64Max - digit) / 10)
                    overflow = true;
                else
                    literal = literal * 10 + digit;
            }
            if (digits == 0 ||
                (p < m_raw.size() && (m_raw[p] == '.' || m_raw[p] == 'e' || m_raw[p] == 'E')))
                continue;
            if (overflow)
                literal = kU64Max;
            const bool matches = overflow ? parsed >= kTwoPow64 : double(literal) == parsed;
            if (!matches || (found && *found != literal))
                return rounded;
            found = literal;
        }
        return found.value_or(rounded);
    }

    const QByteArray& m_raw;
    QVarLengthArray<Segment, 8> m_path;
    QString m_problem;
};

Error badData(const QString& message, const QString& detail) {
    return Error{Error::Kind::BadData, message, detail};
}

void readCommon(Reader& r, const QJsonObject& o, SysvCommon& c) {
    c.key = quint32(r.optUnsigned(o, "key"_L1, std::numeric_limits<quint32>::max(), Need::Required)
                        .value_or(0));
    c.id = r.id(o, "id"_L1, Need::Required);
    c.perms = r.u32(o, "perms"_L1);
    c.uid = r.u32(o, "uid"_L1);
    c.gid = r.u32(o, "gid"_L1);
    c.cuid = r.u32(o, "cuid"_L1);
    c.cgid = r.u32(o, "cgid"_L1);
    c.owner = r.string(o, "owner"_L1);
    c.group = r.string(o, "group"_L1);
    c.creator = r.string(o, "creator"_L1);
    c.ctime = r.time(o, "ctime"_L1);
}

Semaphore readSemaphore(Reader& r, const QJsonObject& o) {
    Semaphore s;
    s.value = r.count(o, "value"_L1); // null (not readable) reads as 0
    s.pid = r.id(o, "pid"_L1);
    s.ncnt = r.count(o, "ncnt"_L1);
    s.zcnt = r.count(o, "zcnt"_L1);
    return s;
}

SemaphoreSet readSemaphoreSet(Reader& r, const QJsonObject& o) {
    SemaphoreSet set;
    readCommon(r, o, set);
    set.nsems = r.count(o, "nsems"_L1);
    set.otime = r.time(o, "otime"_L1);
    set.detail = r.boolean(o, "detail"_L1);
    r.list(o, "sems"_L1, Need::Optional, set.sems,
           [&r](const QJsonObject& item) { return readSemaphore(r, item); });
    return set;
}

SharedMemorySegment readSegment(Reader& r, const QJsonObject& o) {
    SharedMemorySegment seg;
    readCommon(r, o, seg);
    seg.size = r.u64(o, "size"_L1);
    seg.nattch = r.id(o, "nattch"_L1);
    seg.cpid = r.id(o, "cpid"_L1);
    seg.lpid = r.id(o, "lpid"_L1);
    seg.atime = r.time(o, "atime"_L1);
    seg.dtime = r.time(o, "dtime"_L1);
    seg.rss = r.optUnsigned(o, "rss"_L1);
    seg.swap = r.optUnsigned(o, "swap"_L1);
    seg.dest = r.boolean(o, "dest"_L1);
    seg.locked = r.boolean(o, "locked"_L1);
    seg.attachedPids = r.pids(o, "attached_pids"_L1);
    return seg;
}

MessageQueue readQueue(Reader& r, const QJsonObject& o) {
    MessageQueue q;
    readCommon(r, o, q);
    q.cbytes = r.u64(o, "cbytes"_L1);
    q.qnum = r.u64(o, "qnum"_L1);
    q.qbytes = r.optUnsigned(o, "qbytes"_L1);
    q.lspid = r.id(o, "lspid"_L1);
    q.lrpid = r.id(o, "lrpid"_L1);
    q.stime = r.time(o, "stime"_L1);
    q.rtime = r.time(o, "rtime"_L1);
    return q;
}

PosixObject readPosix(Reader& r, const QJsonObject& o) {
    PosixObject p;
    p.name = r.string(o, "name"_L1, Need::Required);
    p.nameHex = r.string(o, "name_hex"_L1);
    p.uid = r.u32(o, "uid"_L1);
    p.gid = r.u32(o, "gid"_L1);
    p.owner = r.string(o, "owner"_L1);
    p.group = r.string(o, "group"_L1);
    p.mode = r.u32(o, "mode"_L1);
    p.size = r.u64(o, "size"_L1);
    p.mtime = r.time(o, "mtime"_L1);
    p.ctime = r.time(o, "ctime"_L1);
    p.inode = r.u64(o, "inode"_L1);
    p.mappedPids = r.pids(o, "mapped_pids"_L1);
    if (const auto value = r.optUnsigned(o, "value"_L1, std::numeric_limits<int>::max()))
        p.value = int(*value);
    p.qsize = r.optUnsigned(o, "qsize"_L1);
    if (const auto pid = r.optUnsigned(o, "notify_pid"_L1, quint64(kI64Max)))
        p.notifyPid = qint64(*pid);
    return p;
}

Process readProcess(Reader& r, const QJsonObject& o) {
    Process p;
    p.pid = r.id(o, "pid"_L1, Need::Required);
    p.alive = r.boolean(o, "alive"_L1);
    p.state = r.string(o, "state"_L1);
    p.comm = r.string(o, "comm"_L1);
    p.cmdline = r.string(o, "cmdline"_L1);
    if (const auto uid = r.optUnsigned(o, "uid"_L1, std::numeric_limits<uint>::max()))
        p.uid = uint(*uid);
    p.user = r.string(o, "user"_L1);
    p.startTime = r.real(o, "start_time"_L1);
    if (const auto ppid = r.optUnsigned(o, "ppid"_L1, quint64(kI64Max)))
        p.ppid = qint64(*ppid);
    return p;
}

UserProcesses readUser(Reader& r, const QJsonObject& o) {
    UserProcesses u;
    u.uid = r.u32(o, "uid"_L1, Need::Required);
    u.user = r.string(o, "user"_L1);
    u.processes = r.count(o, "processes"_L1);
    return u;
}

Program readProgram(Reader& r, const QJsonObject& o) {
    Program p;
    p.comm = r.string(o, "comm"_L1, Need::Required);
    p.uid = r.u32(o, "uid"_L1);
    p.user = r.string(o, "user"_L1);
    p.count = r.count(o, "count"_L1);
    p.oldestStart = r.real(o, "oldest_start"_L1).value_or(0);
    p.newestStart = r.real(o, "newest_start"_L1).value_or(0);
    p.oldestPid = r.id(o, "oldest_pid"_L1);
    return p;
}

Warning readWarning(Reader& r, const QJsonObject& o) {
    Warning w;
    w.code = r.string(o, "code"_L1, Need::Required);
    w.message = r.string(o, "message"_L1);
    return w;
}

void readHost(Reader& r, const QJsonObject& o, HostInfo& h) {
    h.hostname = r.string(o, "hostname"_L1);
    h.os = r.string(o, "os"_L1);
    h.kernel = r.string(o, "kernel"_L1);
    h.arch = r.string(o, "arch"_L1);
    h.bootId = r.string(o, "boot_id"_L1);
    h.bootTime = r.time(o, "boot_time"_L1);
    h.uptime = r.real(o, "uptime"_L1).value_or(0);
    h.time = r.time(o, "time"_L1);
    h.memTotal = r.u64(o, "mem_total"_L1);
    r.positive(o, "page_size"_L1, h.pageSize);
    r.positive(o, "clock_ticks"_L1, h.clockTicks);
    h.ipcNamespace = r.optUnsigned(o, "ipc_ns"_L1);
    h.pidNamespace = r.optUnsigned(o, "pid_ns"_L1);
    h.euid = r.u32(o, "euid"_L1);
    h.user = r.string(o, "user"_L1);
    h.fullView = r.boolean(o, "full_view"_L1);
    h.semStatAny = r.boolean(o, "sem_stat_any"_L1);
}

void readLimits(Reader& r, const QJsonObject& o, Limits& l) {
    l.semmsl = r.limit(o, "semmsl"_L1);
    l.semmns = r.limit(o, "semmns"_L1);
    l.semopm = r.limit(o, "semopm"_L1);
    l.semmni = r.limit(o, "semmni"_L1);
    l.semvmx = r.limit(o, "semvmx"_L1);
    l.shmmax = r.limit(o, "shmmax"_L1);
    l.shmall = r.limit(o, "shmall"_L1);
    l.shmmni = r.limit(o, "shmmni"_L1);
    l.msgmax = r.limit(o, "msgmax"_L1);
    l.msgmnb = r.limit(o, "msgmnb"_L1);
    l.msgmni = r.limit(o, "msgmni"_L1);
    l.mqQueuesMax = r.limit(o, "mq_queues_max"_L1);
    l.mqMsgMax = r.limit(o, "mq_msg_max"_L1);
    l.mqMsgsizeMax = r.limit(o, "mq_msgsize_max"_L1);
    l.mqMsgDefault = r.limit(o, "mq_msg_default"_L1);
    l.mqMsgsizeDefault = r.limit(o, "mq_msgsize_default"_L1);
}

// Checks "ipcscope.snapshot/MAJOR" first: a document of another major version may differ in
// anything else, so its other problems would only confuse.
std::optional<Error> checkSchema(const QJsonObject& root) {
    const QJsonValue value = root.value("schema"_L1);
    if (!value.isString()) {
        return badData(tr("The helper's output is not an IPC Scope snapshot: it has no schema "
                          "name. Make sure the helper belongs to IPC Scope."),
                       u"schema: expected a string, got %1"_s.arg(typeName(value)));
    }
    const QString schema = value.toString();
    const auto prefix = "ipcscope.snapshot/"_L1;
    bool ok = false;
    int major = 0;
    if (schema.startsWith(prefix)) {
        QStringView version = QStringView(schema).mid(prefix.size());
        const qsizetype dot = version.indexOf(u'.');
        major = (dot < 0 ? version : version.left(dot)).toInt(&ok);
    }
    if (!ok || major < 1) {
        return badData(tr("The helper's output is not an IPC Scope snapshot (schema \"%1\"). "
                          "Make sure the helper belongs to IPC Scope.")
                           .arg(schema),
                       u"schema: \"%1\""_s.arg(schema));
    }
    if (major > kSnapshotSchemaMajor) {
        return badData(tr("The snapshot was made by a newer helper (%1); update IPC Scope to read "
                          "it.")
                           .arg(schema),
                       u"schema: \"%1\", this build reads ipcscope.snapshot/%2"_s.arg(
                           schema, QString::number(kSnapshotSchemaMajor)));
    }
    return std::nullopt;
}

Error syntaxError(const QByteArray& json, const QJsonParseError& parseError) {
    // Trailing whitespace does not count: an error at the real end means the text was cut off.
    qsizetype end = json.size();
    while (end > 0 && QChar::isSpace(uchar(json.at(end - 1))))
        --end;
    const QString detail = u"%1 at byte %2 of %3"_s.arg(
        parseError.errorString(), QString::number(parseError.offset), QString::number(json.size()));
    if (parseError.offset >= end) {
        return badData(tr("The snapshot from the helper ends early, at byte %1: the output was "
                          "cut off. Try again; if it keeps happening, check the connection and "
                          "the helper.")
                           .arg(parseError.offset),
                       detail);
    }
    return badData(tr("The snapshot from the helper is not valid JSON (%1 at byte %2). Make sure "
                      "the helper belongs to this version of IPC Scope.")
                       .arg(parseError.errorString())
                       .arg(parseError.offset),
                   detail);
}

} // namespace

Result<Snapshot> parseSnapshot(const QByteArray& json) {
    if (json.trimmed().isEmpty()) {
        return badData(tr("The helper printed no snapshot. Try again; if it keeps happening, run "
                          "the helper by hand to see what it says."),
                       u"empty output"_s);
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return syntaxError(json, parseError);
    if (!document.isObject()) {
        return badData(tr("The helper's output is not an IPC Scope snapshot: it is not a JSON "
                          "object. Make sure the helper belongs to IPC Scope."),
                       document.isArray() ? u"top level: expected an object, got an array"_s
                                          : u"top level: expected an object"_s);
    }
    const QJsonObject root = document.object();
    if (const auto error = checkSchema(root))
        return *error;

    Snapshot snapshot;
    Reader r(json);
    snapshot.schema = root.value("schema"_L1).toString();

    const QJsonObject helper = r.object(root, "helper"_L1, Need::Required);
    {
        Reader::Scope scope(r, "helper"_L1);
        snapshot.helperVersion = r.string(helper, "version"_L1);
        const QString mode = r.string(helper, "mode"_L1);
        if (mode == "agentless"_L1) {
            snapshot.mode = SnapshotMode::Agentless;
        } else if (!mode.isEmpty() && mode != "helper"_L1) {
            r.fail(tr("%1: expected \"helper\" or \"agentless\", got \"%2\"")
                       .arg(r.path("mode"_L1), mode));
        }
    }
    const QJsonObject host = r.object(root, "host"_L1, Need::Required);
    {
        Reader::Scope scope(r, "host"_L1);
        readHost(r, host, snapshot.host);
    }
    const QJsonObject limits = r.object(root, "limits"_L1, Need::Required);
    {
        Reader::Scope scope(r, "limits"_L1);
        readLimits(r, limits, snapshot.limits);
    }
    r.list(root, "semaphores"_L1, Need::Required, snapshot.semaphores,
           [&r](const QJsonObject& o) { return readSemaphoreSet(r, o); });
    r.list(root, "shared_memory"_L1, Need::Required, snapshot.sharedMemory,
           [&r](const QJsonObject& o) { return readSegment(r, o); });
    r.list(root, "message_queues"_L1, Need::Required, snapshot.messageQueues,
           [&r](const QJsonObject& o) { return readQueue(r, o); });
    const QJsonObject posix = r.object(root, "posix"_L1, Need::Optional);
    {
        Reader::Scope scope(r, "posix"_L1);
        const auto readOne = [&r](const QJsonObject& o) {
            return readPosix(r, o);
        };
        r.list(posix, "shm"_L1, Need::Optional, snapshot.posixShm, readOne);
        r.list(posix, "semaphores"_L1, Need::Optional, snapshot.posixSemaphores, readOne);
        r.list(posix, "mqueues"_L1, Need::Optional, snapshot.posixMqueues, readOne);
    }
    r.list(root, "processes"_L1, Need::Optional, snapshot.processes,
           [&r](const QJsonObject& o) { return readProcess(r, o); });
    r.list(root, "users"_L1, Need::Optional, snapshot.users,
           [&r](const QJsonObject& o) { return readUser(r, o); });
    r.list(root, "programs"_L1, Need::Optional, snapshot.programs,
           [&r](const QJsonObject& o) { return readProgram(r, o); });
    r.list(root, "warnings"_L1, Need::Optional, snapshot.warnings,
           [&r](const QJsonObject& o) { return readWarning(r, o); });

    if (r.failed()) {
        qCDebug(lcModel) << "snapshot rejected:" << r.problem();
        return badData(tr("The snapshot from the helper could not be read: %1. Make sure the "
                          "helper belongs to this version of IPC Scope.")
                           .arg(r.problem()),
                       r.problem());
    }
    return snapshot;
}

} // namespace ipcscope
