// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/snapshotparser.h"

#include "core/logging.h"
#include "model/jsonstreamcheck.h"
#include "model/modeltr.h"
#include "model/snapshotreader.h"

#include <QCoreApplication>

#include <QThread>

#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <functional>
#include <limits>
#include <mutex>
#include <optional>
#include <string_view>
#include <thread>
#include <vector>

namespace ipcscope {
namespace {
using namespace Qt::StringLiterals;
using namespace snapshotreading;

// Keys are compared often (every key of 38,000 objects): no strlen, no QByteArrayView building.
template <qsizetype N>
bool is(QByteArrayView key, const char (&literal)[N]) {
    return key.size() == N - 1 && std::memcmp(key.data(), literal, N - 1) == 0;
}

Error badData(const QString& message, const QString& detail) {
    return Error{Error::Kind::BadData, message, detail};
}

// Fields every System V object has. False when key is not one of them.
bool readCommonField(Reader& r, QByteArrayView key, SysvCommon& c, bool& haveKey, bool& haveId) {
    if (is(key, "key")) {
        const auto value = r.unsignedValue("key", std::numeric_limits<quint32>::max());
        haveKey = value.has_value();
        c.key = quint32(value.value_or(0));
    } else if (is(key, "id")) {
        const auto value = r.optId("id");
        haveId = value.has_value();
        c.id = value.value_or(0);
    } else if (is(key, "perms")) {
        c.perms = r.u32("perms");
    } else if (is(key, "uid")) {
        c.uid = r.u32("uid");
    } else if (is(key, "gid")) {
        c.gid = r.u32("gid");
    } else if (is(key, "cuid")) {
        c.cuid = r.u32("cuid");
    } else if (is(key, "cgid")) {
        c.cgid = r.u32("cgid");
    } else if (is(key, "owner")) {
        r.name("owner", c.owner);
    } else if (is(key, "group")) {
        r.name("group", c.group);
    } else if (is(key, "creator")) {
        r.name("creator", c.creator);
    } else if (is(key, "ctime")) {
        c.ctime = r.time("ctime");
    } else {
        return false;
    }
    return true;
}

void requireCommon(Reader& r, bool haveKey, bool haveId) {
    if (!haveKey)
        r.missing("key");
    else if (!haveId)
        r.missing("id");
}

void readSemaphore(Reader& r, Semaphore& s) {
    r.object(nullptr, [&](QByteArrayView key) {
        if (is(key, "value"))
            s.value = r.count("value"); // null (not readable) reads as 0
        else if (is(key, "pid"))
            s.pid = r.id("pid");
        else if (is(key, "ncnt"))
            s.ncnt = r.count("ncnt");
        else if (is(key, "zcnt"))
            s.zcnt = r.count("zcnt");
        else
            r.skip();
    });
}

void readSemaphoreSet(Reader& r, SemaphoreSet& set) {
    bool haveKey = false, haveId = false;
    r.object(nullptr, [&](QByteArrayView key) {
        if (readCommonField(r, key, set, haveKey, haveId))
            return;
        if (is(key, "nsems"))
            set.nsems = r.count("nsems");
        else if (is(key, "otime"))
            set.otime = r.time("otime");
        else if (is(key, "detail"))
            set.detail = r.boolean("detail");
        else if (is(key, "sems"))
            r.list("sems", set.sems, [&r](Semaphore& s) { readSemaphore(r, s); });
        else
            r.skip();
    });
    requireCommon(r, haveKey, haveId);
}

void readSegment(Reader& r, SharedMemorySegment& seg) {
    bool haveKey = false, haveId = false;
    r.object(nullptr, [&](QByteArrayView key) {
        if (readCommonField(r, key, seg, haveKey, haveId))
            return;
        if (is(key, "size"))
            seg.size = r.u64("size");
        else if (is(key, "nattch"))
            seg.nattch = r.id("nattch");
        else if (is(key, "cpid"))
            seg.cpid = r.id("cpid");
        else if (is(key, "lpid"))
            seg.lpid = r.id("lpid");
        else if (is(key, "atime"))
            seg.atime = r.time("atime");
        else if (is(key, "dtime"))
            seg.dtime = r.time("dtime");
        else if (is(key, "rss"))
            seg.rss = r.unsignedValue("rss");
        else if (is(key, "swap"))
            seg.swap = r.unsignedValue("swap");
        else if (is(key, "dest"))
            seg.dest = r.boolean("dest");
        else if (is(key, "locked"))
            seg.locked = r.boolean("locked");
        else if (is(key, "attached_pids"))
            seg.attachedPids = r.pids("attached_pids");
        else
            r.skip();
    });
    requireCommon(r, haveKey, haveId);
}

void readQueue(Reader& r, MessageQueue& q) {
    bool haveKey = false, haveId = false;
    r.object(nullptr, [&](QByteArrayView key) {
        if (readCommonField(r, key, q, haveKey, haveId))
            return;
        if (is(key, "cbytes"))
            q.cbytes = r.u64("cbytes");
        else if (is(key, "qnum"))
            q.qnum = r.u64("qnum");
        else if (is(key, "qbytes"))
            q.qbytes = r.unsignedValue("qbytes");
        else if (is(key, "lspid"))
            q.lspid = r.id("lspid");
        else if (is(key, "lrpid"))
            q.lrpid = r.id("lrpid");
        else if (is(key, "stime"))
            q.stime = r.time("stime");
        else if (is(key, "rtime"))
            q.rtime = r.time("rtime");
        else
            r.skip();
    });
    requireCommon(r, haveKey, haveId);
}

void readPosix(Reader& r, PosixObject& p) {
    bool haveName = false;
    r.object(nullptr, [&](QByteArrayView key) {
        if (is(key, "name")) {
            std::optional<QString> name = r.string("name");
            haveName = name.has_value();
            p.name = name.value_or(QString());
        } else if (is(key, "name_hex")) {
            r.string("name_hex", p.nameHex);
        } else if (is(key, "uid")) {
            p.uid = r.u32("uid");
        } else if (is(key, "gid")) {
            p.gid = r.u32("gid");
        } else if (is(key, "owner")) {
            r.name("owner", p.owner);
        } else if (is(key, "group")) {
            r.name("group", p.group);
        } else if (is(key, "mode")) {
            p.mode = r.u32("mode");
        } else if (is(key, "size")) {
            p.size = r.u64("size");
        } else if (is(key, "mtime")) {
            p.mtime = r.time("mtime");
        } else if (is(key, "ctime")) {
            p.ctime = r.time("ctime");
        } else if (is(key, "mtime_ns")) {
            p.mtimeNs = r.unsignedValue("mtime_ns", 999999999);
        } else if (is(key, "ctime_ns")) {
            p.ctimeNs = r.unsignedValue("ctime_ns", 999999999);
        } else if (is(key, "inode")) {
            p.inode = r.u64("inode");
        } else if (is(key, "mapped_pids")) {
            p.mappedPids = r.pids("mapped_pids");
        } else if (is(key, "value")) {
            const auto value = r.unsignedValue("value", std::numeric_limits<int>::max());
            p.value = value ? std::optional<int>(int(*value)) : std::nullopt;
        } else if (is(key, "qsize")) {
            p.qsize = r.unsignedValue("qsize");
        } else if (is(key, "notify_pid")) {
            p.notifyPid = r.optId("notify_pid");
        } else {
            r.skip();
        }
    });
    if (!haveName)
        r.missing("name");
}

void readProcess(Reader& r, Process& p) {
    bool havePid = false;
    r.object(nullptr, [&](QByteArrayView key) {
        if (is(key, "pid")) {
            const auto pid = r.optId("pid");
            havePid = pid.has_value();
            p.pid = pid.value_or(0);
        } else if (is(key, "alive")) {
            p.alive = r.boolean("alive");
        } else if (is(key, "state")) {
            r.string("state", p.state);
        } else if (is(key, "comm")) {
            r.string("comm", p.comm);
        } else if (is(key, "cmdline")) {
            r.string("cmdline", p.cmdline);
        } else if (is(key, "uid")) {
            const auto uid = r.unsignedValue("uid", std::numeric_limits<uint>::max());
            p.uid = uid ? std::optional<uint>(uint(*uid)) : std::nullopt;
        } else if (is(key, "user")) {
            r.name("user", p.user);
        } else if (is(key, "start_time")) {
            p.startTime = r.real("start_time");
        } else if (is(key, "ppid")) {
            p.ppid = r.optId("ppid");
        } else {
            r.skip();
        }
    });
    if (!havePid)
        r.missing("pid");
}

void readUser(Reader& r, UserProcesses& u) {
    bool haveUid = false;
    r.object(nullptr, [&](QByteArrayView key) {
        if (is(key, "uid")) {
            const auto uid = r.unsignedValue("uid", std::numeric_limits<uint>::max());
            haveUid = uid.has_value();
            u.uid = uint(uid.value_or(0));
        } else if (is(key, "user")) {
            r.name("user", u.user);
        } else if (is(key, "processes")) {
            u.processes = r.count("processes");
        } else {
            r.skip();
        }
    });
    if (!haveUid)
        r.missing("uid");
}

void readProgram(Reader& r, Program& p) {
    bool haveComm = false;
    r.object(nullptr, [&](QByteArrayView key) {
        if (is(key, "comm")) {
            std::optional<QString> comm = r.string("comm");
            haveComm = comm.has_value();
            p.comm = comm.value_or(QString());
        } else if (is(key, "uid")) {
            p.uid = r.u32("uid");
        } else if (is(key, "user")) {
            r.name("user", p.user);
        } else if (is(key, "count")) {
            p.count = r.count("count");
        } else if (is(key, "oldest_start")) {
            p.oldestStart = r.real("oldest_start").value_or(0);
        } else if (is(key, "newest_start")) {
            p.newestStart = r.real("newest_start").value_or(0);
        } else if (is(key, "oldest_pid")) {
            p.oldestPid = r.id("oldest_pid");
        } else {
            r.skip();
        }
    });
    if (!haveComm)
        r.missing("comm");
}

void readUninspected(Reader& r, UninspectedProcess& p) {
    bool havePid = false;
    r.object(nullptr, [&](QByteArrayView key) {
        if (is(key, "pid")) {
            const auto pid = r.optId("pid");
            havePid = pid.has_value();
            p.pid = pid.value_or(0);
        } else if (is(key, "comm")) {
            r.string("comm", p.comm);
        } else if (is(key, "uid")) {
            const auto uid = r.unsignedValue("uid", std::numeric_limits<uint>::max());
            p.uid = uid ? std::optional<uint>(uint(*uid)) : std::nullopt;
        } else if (is(key, "user")) {
            r.name("user", p.user);
        } else if (is(key, "refused")) {
            p.refused = r.strings("refused");
        } else {
            r.skip();
        }
    });
    if (!havePid)
        r.missing("pid");
}

void readWarning(Reader& r, Warning& w) {
    bool haveCode = false;
    r.object(nullptr, [&](QByteArrayView key) {
        if (is(key, "code")) {
            std::optional<QString> code = r.string("code");
            haveCode = code.has_value();
            w.code = code.value_or(QString());
        } else if (is(key, "message")) {
            r.string("message", w.message);
        } else {
            r.skip();
        }
    });
    if (!haveCode)
        r.missing("code");
}

bool readHelper(Reader& r, Snapshot& s) {
    Reader::Scope scope(r, "helper");
    s.helperVersion.clear();
    s.mode = SnapshotMode::Helper;
    return r.object(nullptr, [&](QByteArrayView key) {
        if (is(key, "version")) {
            r.string("version", s.helperVersion);
        } else if (is(key, "mode")) {
            const QString mode = r.string("mode").value_or(QString());
            if (mode == "agentless"_L1)
                s.mode = SnapshotMode::Agentless;
            else if (mode.isEmpty() || mode == "helper"_L1)
                s.mode = SnapshotMode::Helper;
            else
                r.fail(Tr::tr("%1: expected \"helper\" or \"agentless\", got \"%2\"")
                           .arg(r.path("mode"), mode));
        } else {
            r.skip();
        }
    });
}

bool readHost(Reader& r, HostInfo& h) {
    Reader::Scope scope(r, "host");
    h = HostInfo{};
    return r.object(nullptr, [&](QByteArrayView key) {
        if (is(key, "hostname"))
            r.string("hostname", h.hostname);
        else if (is(key, "os"))
            r.string("os", h.os);
        else if (is(key, "kernel"))
            r.string("kernel", h.kernel);
        else if (is(key, "arch"))
            r.string("arch", h.arch);
        else if (is(key, "boot_id"))
            r.string("boot_id", h.bootId);
        else if (is(key, "boot_time"))
            h.bootTime = r.time("boot_time");
        else if (is(key, "uptime"))
            h.uptime = r.real("uptime").value_or(0);
        else if (is(key, "time"))
            h.time = r.time("time");
        else if (is(key, "mem_total"))
            h.memTotal = r.u64("mem_total");
        else if (is(key, "page_size"))
            r.positive("page_size", h.pageSize);
        else if (is(key, "clock_ticks"))
            r.positive("clock_ticks", h.clockTicks);
        else if (is(key, "ipc_ns"))
            h.ipcNamespace = r.unsignedValue("ipc_ns");
        else if (is(key, "pid_ns"))
            h.pidNamespace = r.unsignedValue("pid_ns");
        else if (is(key, "euid"))
            h.euid = r.u32("euid");
        else if (is(key, "user"))
            r.string("user", h.user);
        else if (is(key, "full_view"))
            h.fullView = r.boolean("full_view");
        else if (is(key, "sem_stat_any"))
            h.semStatAny = r.boolean("sem_stat_any");
        else
            r.skip();
    });
}

bool readLimits(Reader& r, Limits& l) {
    Reader::Scope scope(r, "limits");
    l = Limits{};
    struct Field {
        const char* key;
        std::optional<quint64> Limits::*member;
        QByteArrayView view() const { return QByteArrayView(key, qsizetype(std::strlen(key))); }
    };
    static constexpr Field kFields[] = {
        {"semmsl", &Limits::semmsl},
        {"semmns", &Limits::semmns},
        {"semopm", &Limits::semopm},
        {"semmni", &Limits::semmni},
        {"semvmx", &Limits::semvmx},
        {"shmmax", &Limits::shmmax},
        {"shmall", &Limits::shmall},
        {"shmmni", &Limits::shmmni},
        {"msgmax", &Limits::msgmax},
        {"msgmnb", &Limits::msgmnb},
        {"msgmni", &Limits::msgmni},
        {"mq_queues_max", &Limits::mqQueuesMax},
        {"mq_msg_max", &Limits::mqMsgMax},
        {"mq_msgsize_max", &Limits::mqMsgsizeMax},
        {"mq_msg_default", &Limits::mqMsgDefault},
        {"mq_msgsize_default", &Limits::mqMsgsizeDefault},
    };
    return r.object(nullptr, [&](QByteArrayView key) {
        for (const Field& field : kFields) {
            if (key == field.view()) {
                l.*field.member = r.unsignedValue(field.key);
                return;
            }
        }
        r.skip();
    });
}

void readPosixSection(Reader& r, Snapshot& s) {
    Reader::Scope scope(r, "posix");
    s.posixShm.clear();
    s.posixSemaphores.clear();
    s.posixMqueues.clear();
    const auto readOne = [&r](PosixObject& p) {
        readPosix(r, p);
    };
    r.object(nullptr, [&](QByteArrayView key) {
        if (is(key, "shm"))
            r.list("shm", s.posixShm, readOne);
        else if (is(key, "semaphores"))
            r.list("semaphores", s.posixSemaphores, readOne);
        else if (is(key, "mqueues"))
            r.list("mqueues", s.posixMqueues, readOne);
        else
            r.skip();
    });
}

// "ipcscope.snapshot/MAJOR[.minor]" → its problem, or nullopt when this build reads it.
std::optional<Error> schemaProblem(const std::optional<QString>& schema) {
    if (!schema) {
        return badData(Tr::tr("The helper's output is not an IPC Scope snapshot: it has no schema "
                              "name. Make sure the helper belongs to IPC Scope."),
                       u"schema: missing or not a string"_s);
    }
    const auto prefix = "ipcscope.snapshot/"_L1;
    bool ok = false;
    int major = 0;
    if (schema->startsWith(prefix)) {
        QStringView version = QStringView(*schema).mid(prefix.size());
        const qsizetype dot = version.indexOf(u'.');
        major = (dot < 0 ? version : version.left(dot)).toInt(&ok);
    }
    if (!ok || major < 1) {
        return badData(Tr::tr("The helper's output is not an IPC Scope snapshot (schema \"%1\"). "
                              "Make sure the helper belongs to IPC Scope.")
                           .arg(*schema),
                       u"schema: \"%1\""_s.arg(*schema));
    }
    if (major > kSnapshotSchemaMajor) {
        return badData(
            Tr::tr("The snapshot was made by a newer helper (%1); update IPC Scope to read "
                   "it.")
                .arg(*schema),
            u"schema: \"%1\", this build reads ipcscope.snapshot/%2"_s.arg(
                *schema, QString::number(kSnapshotSchemaMajor)));
    }
    return std::nullopt;
}

// The top level's "schema" string, looked up on its own: when reading stopped before reaching
// it, the version decides which problem to report.
std::optional<QString> findSchema(QByteArrayView json) {
    JsonCursor cursor(json);
    if (cursor.peek() != Kind::Object || !cursor.enterObject())
        return std::nullopt;
    std::optional<QString> schema;
    QByteArrayView key;
    while (cursor.nextKey(key)) {
        if (is(key, "schema") && cursor.peek() == Kind::String) {
            QString value;
            if (cursor.readString(value))
                schema = value;
        } else if (is(key, "schema")) {
            schema.reset();
            cursor.skipValue();
        } else if (!cursor.skipValue()) {
            break;
        }
    }
    return schema;
}

Error syntaxError(const JsonCursor& cursor) {
    const QString detail = u"%1 at byte %2"_s.arg(cursor.errorReason()).arg(cursor.errorOffset());
    if (cursor.truncated()) {
        return badData(Tr::tr("The snapshot from the helper ends early, at byte %1: the output was "
                              "cut off. Try again; if it keeps happening, check the connection and "
                              "the helper.")
                           .arg(cursor.errorOffset()),
                       detail);
    }
    return badData(
        Tr::tr("The snapshot from the helper is not valid JSON (%1 at byte %2). Make sure "
               "the helper belongs to this version of IPC Scope.")
            .arg(cursor.errorReason())
            .arg(cursor.errorOffset()),
        detail);
}

// The whole text checked for syntax alone, so that a malformed or cut-off document is reported
// as such even when reading stopped earlier at a field of the wrong type.
std::optional<Error> syntaxProblem(QByteArrayView json) {
    JsonCursor cursor(json);
    cursor.skipValue();
    cursor.atEnd();
    if (cursor.failed())
        return syntaxError(cursor);
    return std::nullopt;
}

// The whole document on this thread; with a handover, the semaphore sets after it are read by
// other threads (SnapshotReceiver).
Result<Snapshot> parseDocument(const QByteArray& json, Reader::Handover* semaphoresHandover) {
    if (json.trimmed().isEmpty()) {
        return badData(
            Tr::tr("The helper printed no snapshot. Try again; if it keeps happening, run "
                   "the helper by hand to see what it says."),
            u"empty output"_s);
    }

    Snapshot snapshot;
    Reader r(json);
    JsonCursor& cursor = r.cursor();
    const Kind root = cursor.peek();
    if (root != Kind::Object) {
        if (const auto syntax = syntaxProblem(json))
            return *syntax;
        return badData(Tr::tr("The helper's output is not an IPC Scope snapshot: it is not a JSON "
                              "object. Make sure the helper belongs to IPC Scope."),
                       root == Kind::Array ? u"top level: expected an object, got an array"_s
                                           : u"top level: expected an object"_s);
    }

    bool schemaSeen = false;
    std::optional<QString> schema;
    bool versionRefused = false;
    bool haveHelper = false, haveHost = false, haveLimits = false;
    bool haveSemaphores = false, haveSegments = false, haveQueues = false;
    r.object(nullptr, [&](QByteArrayView key) {
        if (is(key, "schema")) {
            schemaSeen = true;
            schema = cursor.peek() == Kind::String ? r.string("schema") : std::nullopt;
            if (!schema)
                r.skip();
            // A newer major version may change anything else: stop reading right here.
            if (schemaProblem(schema)) {
                versionRefused = true;
                r.fail(u"schema"_s);
            }
        } else if (is(key, "helper")) {
            haveHelper = readHelper(r, snapshot);
        } else if (is(key, "host")) {
            haveHost = readHost(r, snapshot.host);
        } else if (is(key, "limits")) {
            haveLimits = readLimits(r, snapshot.limits);
        } else if (is(key, "semaphores")) {
            haveSemaphores = r.list(
                "semaphores", snapshot.semaphores,
                [&r](SemaphoreSet& s) { readSemaphoreSet(r, s); }, semaphoresHandover);
        } else if (is(key, "shared_memory")) {
            haveSegments = r.list("shared_memory", snapshot.sharedMemory,
                                  [&r](SharedMemorySegment& s) { readSegment(r, s); });
        } else if (is(key, "message_queues")) {
            haveQueues = r.list("message_queues", snapshot.messageQueues,
                                [&r](MessageQueue& q) { readQueue(r, q); });
        } else if (is(key, "posix")) {
            readPosixSection(r, snapshot);
        } else if (is(key, "processes")) {
            r.list("processes", snapshot.processes, [&r](Process& p) { readProcess(r, p); });
        } else if (is(key, "users")) {
            r.list("users", snapshot.users, [&r](UserProcesses& u) { readUser(r, u); });
        } else if (is(key, "programs")) {
            r.list("programs", snapshot.programs, [&r](Program& p) { readProgram(r, p); });
        } else if (is(key, "uninspected_processes")) {
            snapshot.uninspectedListed =
                r.list("uninspected_processes", snapshot.uninspected,
                       [&r](UninspectedProcess& p) { readUninspected(r, p); });
        } else if (is(key, "warnings")) {
            r.list("warnings", snapshot.warnings, [&r](Warning& w) { readWarning(r, w); });
        } else {
            r.skip();
        }
    });
    if (!r.failed())
        cursor.atEnd();

    // Problems in order of what matters most: the text itself, then its version, then fields.
    if (cursor.failed())
        return syntaxError(cursor);
    if (r.hasProblem() || !schemaSeen) {
        if (const auto syntax = syntaxProblem(json))
            return *syntax;
    }
    if (!schemaSeen && !versionRefused)
        schema = findSchema(json);
    if (const auto problem = schemaProblem(schema))
        return *problem;
    if (!r.hasProblem()) {
        if (!haveHelper)
            r.missing("helper");
        else if (!haveHost)
            r.missing("host");
        else if (!haveLimits)
            r.missing("limits");
        else if (!haveSemaphores)
            r.missing("semaphores");
        else if (!haveSegments)
            r.missing("shared_memory");
        else if (!haveQueues)
            r.missing("message_queues");
    }
    if (r.hasProblem()) {
        qCDebug(lcModel) << "snapshot rejected:" << r.problem();
        return badData(Tr::tr("The snapshot from the helper could not be read: %1. Make sure the "
                              "helper belongs to this version of IPC Scope.")
                           .arg(r.problem()),
                       r.problem());
    }
    snapshot.schema = *schema;
    return snapshot;
}

// Semaphore sets from the text of consecutive elements of the semaphores array; nullopt unless
// the text is exactly such elements, whole.
std::optional<QList<SemaphoreSet>> readSemaphoreSlice(QByteArrayView text) {
    Reader r(text);
    JsonCursor& cursor = r.cursor();
    QList<SemaphoreSet> sets;
    sets.reserve(text.size() / 256);
    while (!r.failed() && cursor.nextSliceElement()) {
        if (cursor.peek() != Kind::Object)
            return std::nullopt;
        sets.append(SemaphoreSet{});
        readSemaphoreSet(r, sets.last());
    }
    if (r.failed())
        return std::nullopt;
    return sets;
}

} // namespace

// A large snapshot is mostly semaphore sets (30,000 sets are 10 of its 12 MB), and reading them
// dominates. The receiver cuts the semaphores array into slices at element boundaries found in
// the text while it arrives, and worker threads read each slice as soon as its bytes are in; at
// the end this thread reads the rest of the document, helps with the slices left, and joins the
// lists in order. Nothing is trusted: this thread confirms that the first cut falls right after
// one of the array's elements, every slice must read as whole elements up to its end, and the
// last one ends at the array's ']'. Whenever something does not fit (a document written by hand,
// with spaces, or with a mistake anywhere), the whole text is read on one thread, which also
// finds the mistake and reports it in words.
struct SnapshotReceiver::State {
    static constexpr qsizetype kSliceBytes = 512 * 1024;
    static constexpr qsizetype kWorthSlicing = 1024 * 1024; // bytes of semaphore sets
    // In compact JSON, ',"' starts a key: a quote inside a string is always escaped; and
    // '},{"key":' cannot occur inside a string either.
    static constexpr std::string_view kOpen = R"(,"semaphores":[)";
    static constexpr std::string_view kNext = R"(,"shared_memory":)";
    static constexpr std::string_view kBoundary = R"(},{"key":)";

    struct Slice {
        QByteArray text; // a copy: the received buffer may move while it grows
        std::optional<QList<SemaphoreSet>> sets;
        bool taken = false;
        bool done = false;
    };

    const int workerCount = std::min(QThread::idealThreadCount(), 8) - 1;
    qsizetype scanned = 0;         // kOpen/kNext searched up to here (minus the overlap)
    qsizetype first = -1;          // just after kOpen: the array's first element
    qsizetype close = -1;          // the array's ']'
    std::vector<qsizetype> starts; // the '{' of each slice's first element
    bool closedSlices = false;     // no more cuts: the last one is made, or there are none

    std::mutex mutex;
    std::condition_variable wake; // work for the workers, or a slice done for the reader
    std::deque<Slice> slices;     // stable addresses while cut slices are appended
    bool stopping = false;
    std::vector<std::thread> workers;

    ~State() { stop(); }

    void stop() {
        {
            const std::lock_guard lock(mutex);
            stopping = true;
        }
        wake.notify_all();
        for (std::thread& worker : workers)
            worker.join();
        workers.clear();
    }

    // Takes the next slice nobody reads yet, reads it, and tells whether there was one.
    bool readOneSlice(std::unique_lock<std::mutex>& lock) {
        for (Slice& slice : slices) {
            if (slice.taken)
                continue;
            slice.taken = true;
            lock.unlock();
            std::optional<QList<SemaphoreSet>> sets = readSemaphoreSlice(slice.text);
            lock.lock();
            slice.sets = std::move(sets);
            slice.done = true;
            slice.text = QByteArray();
            wake.notify_all();
            return true;
        }
        return false;
    }

    void work() {
        std::unique_lock lock(mutex);
        while (!stopping) {
            if (!readOneSlice(lock))
                wake.wait(lock);
        }
    }

    void cut(const QByteArray& text, qsizetype begin, qsizetype end) {
        {
            const std::lock_guard lock(mutex);
            slices.push_back({text.mid(begin, end - begin), std::nullopt, false, false});
        }
        if (workers.empty() && workerCount > 0)
            for (int i = 0; i < workerCount; ++i)
                workers.emplace_back([this] { work(); });
        wake.notify_one();
    }

    void received(const QByteArray& all) {
        if (workerCount < 1 || closedSlices)
            return;
        const std::string_view text(all.constData(), size_t(all.size()));
        const auto searchFrom = [&](qsizetype from, std::string_view needle) -> qsizetype {
            const auto at =
                std::search(text.begin() + from, text.end(),
                            std::boyer_moore_horspool_searcher(needle.begin(), needle.end()));
            return at == text.end() ? -1 : qsizetype(at - text.begin());
        };
        const qsizetype from = std::max<qsizetype>(0, scanned - qsizetype(kNext.size()));
        scanned = all.size();
        if (first < 0) {
            const qsizetype open = searchFrom(std::max<qsizetype>(0, from - 16), kOpen);
            if (open < 0)
                return;
            first = open + qsizetype(kOpen.size());
        }
        // The array's end first: no cut may fall beyond it (segments start with "key" too).
        if (close < 0) {
            const qsizetype next = searchFrom(std::max(from, first), kNext);
            if (next > 0 && all.at(next - 1) == ']')
                close = next - 1;
            else if (next > 0)
                closedSlices = true; // not the layout looked for: no slices
        }
        // A small array is read with the rest of the document: no slice is cut before the array
        // is known to be worth it, so none is read for nothing.
        if (close >= 0 && close - first < kWorthSlicing) {
            closedSlices = true;
            starts.clear();
            return;
        }
        const qsizetype limit = close >= 0 ? close : all.size();
        if (limit - first < kWorthSlicing)
            return;
        for (;;) {
            const qsizetype target = starts.empty() ? first : starts.back() + kSliceBytes;
            if (target >= limit)
                break;
            const size_t boundary = text.substr(0, size_t(limit)).find(kBoundary, size_t(target));
            if (boundary == std::string_view::npos)
                break;
            const qsizetype start = qsizetype(boundary) + 2;
            if (!starts.empty())
                cut(all, starts.back(), start - 1);
            starts.push_back(start);
        }
        if (close >= 0 && !closedSlices) {
            closedSlices = true;
            if (!starts.empty())
                cut(all, starts.back(), close);
        }
    }

    // The snapshot read with the slices, or nullopt when it must be read on one thread.
    std::optional<Snapshot> finish(const QByteArray& all) {
        received(all);
        if (starts.empty() || close < 0 || slices.empty()) {
            stop();
            return std::nullopt;
        }
        Reader::Handover handover{starts.front() - 1, close};
        Result<Snapshot> document = parseDocument(all, &handover);
        {
            std::unique_lock lock(mutex);
            if (document.ok() && handover.reached)
                while (readOneSlice(lock)) {
                }
            wake.wait(lock, [this] {
                return std::all_of(slices.begin(), slices.end(),
                                   [](const Slice& s) { return s.done || !s.taken; });
            });
        }
        stop();
        if (!document.ok() || !handover.reached)
            return std::nullopt;
        Snapshot snapshot = std::move(document.value());
        qsizetype total = snapshot.semaphores.size();
        for (const Slice& slice : slices) {
            if (!slice.done || !slice.sets)
                return std::nullopt;
            total += slice.sets->size();
        }
        snapshot.semaphores.reserve(total);
        for (Slice& slice : slices)
            for (SemaphoreSet& set : *slice.sets)
                snapshot.semaphores.append(std::move(set));
        return snapshot;
    }
};

SnapshotReceiver::SnapshotReceiver()
    : d(std::make_unique<State>()) {}

SnapshotReceiver::~SnapshotReceiver() = default;

void SnapshotReceiver::received(const QByteArray& soFar) {
    if (!m_check.failed() && soFar.size() > m_checked) {
        m_check.feed(QByteArrayView(soFar).sliced(m_checked));
        m_checked = soFar.size();
    }
    if (!m_check.failed())
        d->received(soFar);
}

Result<Snapshot> SnapshotReceiver::finish(const QByteArray& all) {
    if (std::optional<Snapshot> sliced = d->finish(all)) {
        m_sliced = true;
        return std::move(*sliced);
    }
    return parseDocument(all, nullptr);
}

Result<Snapshot> parseSnapshot(const QByteArray& json) {
    SnapshotReceiver receiver;
    return receiver.finish(json);
}

} // namespace ipcscope
