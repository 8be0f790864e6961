// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/snapshotparser.h"

#include "core/logging.h"
#include "model/jsonstreamcheck.h"
#include "model/modeltr.h"
#include "model/snapshotreader.h"

#include <QCoreApplication>

#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <limits>
#include <mutex>
#include <optional>
#include <thread>

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
        } else if (is(key, "ipc_ns")) {
            p.ipcNamespace = r.unsignedValue("ipc_ns");
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

// One element of namespaces[]: its description and, for a readable container, its objects (the
// same fields as at the top level). The host facts and processes are added once the whole
// document is read (completeNamespaces).
void readNamespace(Reader& r, IpcNamespace& n) {
    auto objects = std::make_shared<Snapshot>();
    Snapshot& o = *objects;
    bool haveObjects = false, fullView = false;
    r.object(nullptr, [&](QByteArrayView key) {
        if (is(key, "id"))
            n.id = r.unsignedValue("id").value_or(0);
        else if (is(key, "kind"))
            n.host = r.string("kind").value_or(QString()) == "host"_L1;
        else if (is(key, "name"))
            r.string("name", n.name);
        else if (is(key, "runtime"))
            r.string("runtime", n.runtime);
        else if (is(key, "container_id"))
            r.string("container_id", n.containerId);
        else if (is(key, "processes"))
            n.processes = r.count("processes");
        else if (is(key, "oldest_pid"))
            n.oldestPid = r.id("oldest_pid");
        else if (is(key, "oldest_comm"))
            r.string("oldest_comm", n.oldestComm);
        else if (is(key, "readable"))
            n.readable = r.boolean("readable");
        else if (is(key, "reason"))
            r.string("reason", n.reason);
        else if (is(key, "message"))
            r.string("message", n.message);
        else if (is(key, "own_shm"))
            n.ownShm = r.boolean("own_shm");
        else if (is(key, "own_mqueue"))
            n.ownMqueue = r.boolean("own_mqueue");
        else if (is(key, "full_view"))
            fullView = r.boolean("full_view");
        else if (is(key, "limits"))
            haveObjects = readLimits(r, o.limits) || haveObjects;
        else if (is(key, "semaphores"))
            r.list("semaphores", o.semaphores, [&r](SemaphoreSet& s) { readSemaphoreSet(r, s); });
        else if (is(key, "shared_memory"))
            r.list("shared_memory", o.sharedMemory,
                   [&r](SharedMemorySegment& s) { readSegment(r, s); });
        else if (is(key, "message_queues"))
            r.list("message_queues", o.messageQueues, [&r](MessageQueue& q) { readQueue(r, q); });
        else if (is(key, "posix"))
            readPosixSection(r, o);
        else if (is(key, "users"))
            r.list("users", o.users, [&r](UserProcesses& u) { readUser(r, u); });
        else if (is(key, "programs"))
            r.list("programs", o.programs, [&r](Program& p) { readProgram(r, p); });
        else if (is(key, "warnings"))
            r.list("warnings", o.warnings, [&r](Warning& w) { readWarning(r, w); });
        else
            r.skip();
    });
    if (!n.host && n.readable && haveObjects) {
        o.host.fullView = fullView;
        n.objects = std::move(objects);
    }
}

// Each container's objects become a snapshot that can be analysed on its own: the host facts
// (its namespace as host.ipcNamespace) and the processes of the whole document, where a process
// known to work in another IPC namespace does not count as alive: it cannot use these objects
// (docs/verdicts.md).
void completeNamespaces(Snapshot& s) {
    const auto ownView = [](const Snapshot& from, quint64 ns, Snapshot& into) {
        into.schema = from.schema;
        into.helperVersion = from.helperVersion;
        into.mode = from.mode;
        const bool fullView = into.host.fullView;
        into.host = from.host;
        into.host.ipcNamespace = ns;
        into.host.fullView = fullView && from.host.euid == 0;
        into.processes = from.processes;
        into.uninspectedListed = from.uninspectedListed;
        into.uninspected = from.uninspected;
    };
    for (IpcNamespace& n : s.namespaces) {
        if (!n.objects)
            continue;
        auto view = std::make_shared<Snapshot>(*n.objects);
        ownView(s, n.id, *view);
        view->containerNamespace = n.id;
        view->containerName = n.name;
        view->containerPid = n.oldestPid;
        n.objects = std::move(view);
    }
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

// The System V arrays that SnapshotReceiver read in runs, each by the offset of its '['.
struct PreparedArrays {
    template <typename T>
    struct Array {
        qsizetype start = -1;
        qsizetype end = -1; // just after its ']'
        QList<T> elements;
    };
    std::vector<Array<SemaphoreSet>> semaphores;
    std::vector<Array<SharedMemorySegment>> segments;
    std::vector<Array<MessageQueue>> queues;
};

// When the array at the cursor was read already: its elements into `out`, the cursor after it.
template <typename T>
bool takePrepared(JsonCursor& cursor, std::vector<PreparedArrays::Array<T>>* arrays,
                  QList<T>& out) {
    if (!arrays || cursor.peek() != Kind::Array)
        return false;
    for (PreparedArrays::Array<T>& array : *arrays) {
        if (array.start == cursor.offset()) {
            out = std::move(array.elements);
            cursor.skipValueReadElsewhere(array.end);
            array.start = -1; // used
            return true;
        }
    }
    return false;
}

// The whole document on this thread, taking the arrays in `prepared` as they were read.
Result<Snapshot> parseDocument(const QByteArray& json, PreparedArrays* prepared = nullptr) {
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
            haveSemaphores = takePrepared(cursor, prepared ? &prepared->semaphores : nullptr,
                                          snapshot.semaphores) ||
                             r.list("semaphores", snapshot.semaphores,
                                    [&r](SemaphoreSet& s) { readSemaphoreSet(r, s); });
        } else if (is(key, "shared_memory")) {
            haveSegments = takePrepared(cursor, prepared ? &prepared->segments : nullptr,
                                        snapshot.sharedMemory) ||
                           r.list("shared_memory", snapshot.sharedMemory,
                                  [&r](SharedMemorySegment& s) { readSegment(r, s); });
        } else if (is(key, "message_queues")) {
            haveQueues = takePrepared(cursor, prepared ? &prepared->queues : nullptr,
                                      snapshot.messageQueues) ||
                         r.list("message_queues", snapshot.messageQueues,
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
        } else if (is(key, "namespaces")) {
            r.list("namespaces", snapshot.namespaces,
                   [&r](IpcNamespace& n) { readNamespace(r, n); });
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
    completeNamespaces(snapshot);
    return snapshot;
}

// A run of elements of one System V array, read on whichever thread takes it first.
struct Run {
    enum class Section { Semaphores, Segments, Queues };
    Section section = Section::Semaphores;
    QByteArray text; // the run's bytes as an array of its own: "[" elements "]"
    bool done = false;
    bool ok = false;
    QList<SemaphoreSet> semaphores;
    QList<SharedMemorySegment> segments;
    QList<MessageQueue> queues;

    void read() {
        Reader r(text);
        switch (section) {
        case Section::Semaphores:
            ok =
                r.list("semaphores", semaphores, [&r](SemaphoreSet& s) { readSemaphoreSet(r, s); });
            break;
        case Section::Segments:
            ok = r.list("shared_memory", segments,
                        [&r](SharedMemorySegment& s) { readSegment(r, s); });
            break;
        case Section::Queues:
            ok = r.list("message_queues", queues, [&r](MessageQueue& q) { readQueue(r, q); });
            break;
        }
        ok = ok && r.cursor().atEnd() && !r.failed();
        text = QByteArray();
    }
};

// One array of the document as runs arrive.
struct RunArray {
    Run::Section section;
    qsizetype start;
    qsizetype end = -1; // known once its last run arrived
    std::vector<Run*> runs;
};

std::optional<Run::Section> sectionOf(QByteArrayView key) {
    if (is(key, "semaphores"))
        return Run::Section::Semaphores;
    if (is(key, "shared_memory"))
        return Run::Section::Segments;
    if (is(key, "message_queues"))
        return Run::Section::Queues;
    return std::nullopt;
}

// Moves the elements of the arrays whose every run was read without a problem into `out`.
template <typename T>
void collect(const RunArray& array, QList<T> Run::*member,
             std::vector<PreparedArrays::Array<T>>& out) {
    qsizetype total = 0;
    for (const Run* run : array.runs) {
        if (!run->ok)
            return;
        total += (run->*member).size();
    }
    PreparedArrays::Array<T> prepared{array.start, array.end, {}};
    prepared.elements.reserve(total);
    for (Run* run : array.runs) {
        QList<T>& elements = run->*member;
        prepared.elements.append(std::move(elements));
        elements = QList<T>();
    }
    out.push_back(std::move(prepared));
}

} // namespace

// The runs of one receiver and the thread that reads them while the rest arrives. The feeding
// thread reads the runs still waiting in finish(), beside that thread.
class SnapshotReceiver::Runs {
public:
    ~Runs() {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }

    JsonStreamCheck check;
    qsizetype checked = 0;
    std::vector<RunArray> arrays;

    void add(const JsonStreamCheck::ElementRun& element, const QByteArray& soFar) {
        const std::optional<Run::Section> section = sectionOf(element.key);
        if (!section)
            return;
        if (arrays.empty() || arrays.back().start != element.arrayStart)
            arrays.push_back({*section, element.arrayStart, -1, {}});
        RunArray& array = arrays.back();
        if (element.elements > 0) {
            QByteArray text;
            text.reserve(element.end - element.begin + 2);
            text.append('[');
            text.append(QByteArrayView(soFar).sliced(element.begin, element.end - element.begin));
            text.append(']');
            {
                std::lock_guard lock(m_mutex);
                Run& run = m_runs.emplace_back();
                run.section = *section;
                run.text = std::move(text);
                array.runs.push_back(&run);
                m_waiting.push_back(&run);
            }
            m_wake.notify_one();
        }
        if (element.arrayEnd >= 0)
            array.end = element.arrayEnd;
    }

    // Starts the reading thread, once, when there is something to read.
    void startThread() {
        if (m_thread.joinable())
            return;
        {
            std::lock_guard lock(m_mutex);
            if (m_waiting.empty())
                return;
        }
        m_thread = std::thread([this] {
            while (Run* run = next(true))
                readOne(run);
        });
    }

    // Reads what is still waiting on this thread too, then waits for the run the other thread
    // reads.
    void readAll() {
        while (Run* run = next(false))
            readOne(run);
        std::unique_lock lock(m_mutex);
        m_done.wait(lock, [this] {
            for (const Run& run : m_runs) {
                if (!run.done)
                    return false;
            }
            return true;
        });
    }

    PreparedArrays prepared() {
        PreparedArrays out;
        for (const RunArray& array : arrays) {
            if (array.end < 0)
                continue; // cut off: the whole read says so
            switch (array.section) {
            case Run::Section::Semaphores:
                collect(array, &Run::semaphores, out.semaphores);
                break;
            case Run::Section::Segments:
                collect(array, &Run::segments, out.segments);
                break;
            case Run::Section::Queues:
                collect(array, &Run::queues, out.queues);
                break;
            }
        }
        return out;
    }

private:
    // The next run to read; null when none is waiting (or, with wait, once stopping).
    Run* next(bool wait) {
        std::unique_lock lock(m_mutex);
        if (wait)
            m_wake.wait(lock, [this] { return m_stopping || !m_waiting.empty(); });
        if (m_stopping || m_waiting.empty())
            return nullptr;
        Run* run = m_waiting.front();
        m_waiting.pop_front();
        return run;
    }

    void readOne(Run* run) {
        run->read();
        {
            std::lock_guard lock(m_mutex);
            run->done = true;
        }
        m_done.notify_all();
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_done;
    std::deque<Run> m_runs; // stable addresses
    std::deque<Run*> m_waiting;
    bool m_stopping = false;
    std::thread m_thread;
};

SnapshotReceiver::SnapshotReceiver(qsizetype runBytes)
    : m_runs(std::make_unique<Runs>()) {
    m_runs->check.setRunBytes(std::max<qsizetype>(runBytes, 1));
}

SnapshotReceiver::~SnapshotReceiver() = default;

bool SnapshotReceiver::syntaxErrorSeen() const {
    return m_runs->check.failed();
}

void SnapshotReceiver::received(const QByteArray& soFar) {
    Runs& runs = *m_runs;
    if (runs.check.failed() || soFar.size() <= runs.checked)
        return;
    runs.check.feed(QByteArrayView(soFar).sliced(runs.checked));
    runs.checked = soFar.size();
    if (runs.check.failed())
        return;
    for (const JsonStreamCheck::ElementRun& run : runs.check.takeRuns())
        runs.add(run, soFar);
    runs.startThread();
}

Result<Snapshot> SnapshotReceiver::finish(const QByteArray& all) {
    Runs& runs = *m_runs;
    if (all.size() < runs.checked)
        return parseDocument(all); // not what was received: read as it is
    received(all);
    if (runs.check.failed())
        return parseDocument(all);
    runs.readAll();
    PreparedArrays prepared = runs.prepared();
    qCDebug(lcTiming, "snapshot: %zu, %zu and %zu System V arrays read in runs",
            prepared.semaphores.size(), prepared.segments.size(), prepared.queues.size());
    return parseDocument(all, &prepared);
}

Result<Snapshot> parseSnapshot(const QByteArray& json) {
    return parseDocument(json);
}

} // namespace ipcscope
