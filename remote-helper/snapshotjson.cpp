// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotjson.h"

#include "parallel.h"
#include "utf8.h"

#include <charconv>

namespace ipcscope::helper {

namespace {

constexpr uint32_t ShmDest = 01000;   // SHM_DEST in the mode word /proc prints
constexpr uint32_t ShmLocked = 02000; // SHM_LOCKED

void field(JsonWriter& w, std::string_view k, int64_t v) {
    w.key(k);
    w.integer(v);
}

void field(JsonWriter& w, std::string_view k, uint64_t v) {
    w.key(k);
    w.unsignedInteger(v);
}

void field(JsonWriter& w, std::string_view k, uint32_t v) {
    field(w, k, uint64_t(v));
}

void field(JsonWriter& w, std::string_view k, int32_t v) {
    field(w, k, int64_t(v));
}

void field(JsonWriter& w, std::string_view k, bool v) {
    w.key(k);
    w.boolean(v);
}

void field(JsonWriter& w, std::string_view k, std::string_view v) {
    w.key(k);
    w.string(v);
}

void field(JsonWriter& w, std::string_view k, const char* v) {
    field(w, k, std::string_view(v));
}

void field(JsonWriter& w, std::string_view k, const std::optional<uint64_t>& v) {
    w.key(k);
    w.optionalUnsigned(v);
}

void pidList(JsonWriter& w, std::string_view k, const std::vector<int64_t>& pids) {
    w.key(k);
    w.beginArray();
    for (const auto p : pids)
        w.integer(p);
    w.endArray();
}

void writeHost(const HostFacts& h, const Accounts& accounts, JsonWriter& w) {
    w.key("host");
    w.beginObject();
    field(w, "hostname", h.hostname);
    field(w, "os", h.os);
    field(w, "kernel", h.kernel);
    field(w, "arch", h.arch);
    w.key("boot_id");
    w.optionalString(h.bootId);
    field(w, "boot_time", h.bootTime);
    w.key("uptime");
    w.fraction(h.uptimeCentis, 100);
    field(w, "time", h.time);
    field(w, "mem_total", h.memTotal);
    field(w, "page_size", h.pageSize);
    field(w, "clock_ticks", h.clockTicks);
    field(w, "ipc_ns", h.ipcNs);
    field(w, "pid_ns", h.pidNs);
    field(w, "euid", h.euid);
    field(w, "user", accounts.userName(h.euid));
    field(w, "full_view", h.fullView);
    field(w, "sem_stat_any", h.semStatAny);
    w.endObject();
}

void writeLimits(const Limits& l, JsonWriter& w) {
    w.key("limits");
    w.beginObject();
    field(w, "semmsl", l.semmsl);
    field(w, "semmns", l.semmns);
    field(w, "semopm", l.semopm);
    field(w, "semmni", l.semmni);
    field(w, "semvmx", l.semvmx);
    field(w, "shmmax", l.shmmax);
    field(w, "shmall", l.shmall);
    field(w, "shmmni", l.shmmni);
    field(w, "msgmax", l.msgmax);
    field(w, "msgmnb", l.msgmnb);
    field(w, "msgmni", l.msgmni);
    field(w, "mq_queues_max", l.mqQueuesMax);
    field(w, "mq_msg_max", l.mqMsgMax);
    field(w, "mq_msgsize_max", l.mqMsgsizeMax);
    field(w, "mq_msg_default", l.mqMsgDefault);
    field(w, "mq_msgsize_default", l.mqMsgsizeDefault);
    w.endObject();
}

void writeCommon(const SysvCommon& o, const Accounts& accounts, JsonWriter& w) {
    field(w, "key", o.key);
    field(w, "id", o.id);
    field(w, "perms", o.mode & 0777);
    field(w, "uid", o.uid);
    field(w, "gid", o.gid);
    field(w, "cuid", o.cuid);
    field(w, "cgid", o.cgid);
    field(w, "owner", accounts.userName(o.uid));
    field(w, "group", accounts.groupName(o.gid));
    field(w, "creator", accounts.userName(o.cuid));
    field(w, "ctime", o.ctime);
}

void appendInteger(std::string& out, int64_t v) {
    char buf[24];
    const auto res = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, res.ptr);
}

void writeSemaphoreSet(const SemSet& set, const Accounts& accounts, JsonWriter& w) {
    w.beginObject();
    writeCommon(set, accounts, w);
    field(w, "nsems", set.nsems);
    field(w, "otime", set.otime);
    field(w, "detail", set.detail);
    w.key("sems");
    w.beginArray();
    if (w.pretty()) {
        for (const auto& sem : set.sems) {
            w.beginObject();
            field(w, "value", sem.value);
            field(w, "pid", sem.pid);
            field(w, "ncnt", sem.ncnt);
            field(w, "zcnt", sem.zcnt);
            w.endObject();
        }
    } else {
        // The same in one piece: there are four of these per set, tens of thousands of sets.
        std::string element;
        for (const auto& sem : set.sems) {
            element.assign("{\"value\":");
            appendInteger(element, sem.value);
            element.append(",\"pid\":");
            appendInteger(element, sem.pid);
            element.append(",\"ncnt\":");
            appendInteger(element, sem.ncnt);
            element.append(",\"zcnt\":");
            appendInteger(element, sem.zcnt);
            element.push_back('}');
            w.rawValue(element);
        }
    }
    w.endArray();
    w.endObject();
}

void writeSemaphores(const std::vector<SemSet>& sets, const Accounts& accounts, JsonWriter& w) {
    w.key("semaphores");
    w.beginArray();
    // Tens of thousands of sets with their semaphores are most of the document: write chunks of
    // it on several threads. Names are looked up once first, so that the threads only read.
    for (const auto& set : sets) {
        accounts.userName(set.uid);
        accounts.userName(set.cuid);
        accounts.groupName(set.gid);
    }
    constexpr size_t ChunkSize = 2048;
    std::vector<JsonWriter> fragments;
    fragments.reserve(chunkCount(sets.size(), ChunkSize));
    for (size_t i = 0; i < chunkCount(sets.size(), ChunkSize); ++i)
        fragments.push_back(JsonWriter::fragment(w.pretty(), w.depth()));
    parallelChunks(sets.size(), ChunkSize, [&](size_t chunk, size_t begin, size_t end) {
        // About 300 bytes per set and 45 per semaphore: one allocation instead of a dozen.
        size_t estimate = 0;
        for (size_t i = begin; i < end; ++i)
            estimate += 320 + 48 * sets[i].sems.size();
        fragments[chunk].reserve(w.pretty() ? 2 * estimate : estimate);
        for (size_t i = begin; i < end; ++i)
            writeSemaphoreSet(sets[i], accounts, fragments[chunk]);
    });
    for (const auto& f : fragments)
        w.appendElements(f);
    w.endArray();
}

void writeSegments(const std::vector<ShmSegment>& segments, const Accounts& accounts,
                   JsonWriter& w) {
    w.key("shared_memory");
    w.beginArray();
    for (const auto& seg : segments) {
        w.beginObject();
        writeCommon(seg, accounts, w);
        field(w, "size", seg.size);
        field(w, "nattch", seg.nattch);
        field(w, "cpid", seg.cpid);
        field(w, "lpid", seg.lpid);
        field(w, "atime", seg.atime);
        field(w, "dtime", seg.dtime);
        field(w, "rss", seg.rss);
        field(w, "swap", seg.swap);
        field(w, "dest", (seg.mode & ShmDest) != 0);
        field(w, "locked", (seg.mode & ShmLocked) != 0);
        pidList(w, "attached_pids", seg.attachedPids);
        w.endObject();
    }
    w.endArray();
}

void writeQueues(const std::vector<MsgQueue>& queues, const Accounts& accounts, JsonWriter& w) {
    w.key("message_queues");
    w.beginArray();
    for (const auto& q : queues) {
        w.beginObject();
        writeCommon(q, accounts, w);
        field(w, "cbytes", q.cbytes);
        field(w, "qnum", q.qnum);
        field(w, "qbytes", q.qbytes);
        field(w, "lspid", q.lspid);
        field(w, "lrpid", q.lrpid);
        field(w, "stime", q.stime);
        field(w, "rtime", q.rtime);
        w.endObject();
    }
    w.endArray();
}

enum class PosixKind { Shm, Semaphore, Mqueue };

void writePosixList(std::string_view name, const std::vector<PosixObject>& list, PosixKind kind,
                    const Accounts& accounts, JsonWriter& w) {
    w.key(name);
    w.beginArray();
    for (const auto& o : list) {
        w.beginObject();
        w.key("name");
        if (w.string(o.name)) { // not valid UTF-8: keep the exact bytes for removal
            w.key("name_hex");
            w.string(toHex(o.name));
        }
        field(w, "uid", o.uid);
        field(w, "gid", o.gid);
        field(w, "owner", accounts.userName(o.uid));
        field(w, "group", accounts.groupName(o.gid));
        field(w, "mode", o.mode);
        field(w, "size", o.size);
        field(w, "mtime", o.mtime);
        field(w, "ctime", o.ctime);
        field(w, "mtime_ns", o.mtimeNs);
        field(w, "ctime_ns", o.ctimeNs);
        field(w, "inode", o.inode);
        pidList(w, "mapped_pids", o.mappedPids);
        if (kind == PosixKind::Semaphore) {
            w.key("value");
            w.optionalInteger(o.value);
        } else if (kind == PosixKind::Mqueue) {
            field(w, "qsize", o.qsize);
            w.key("notify_pid");
            w.optionalInteger(o.notifyPid);
        }
        w.endObject();
    }
    w.endArray();
}

// users[] and programs[] of `of` (the snapshot or one namespace's objects); start times need
// the host's boot time and clock ticks.
void writeUsersAndPrograms(const Snapshot& of, const Snapshot& s, const Accounts& accounts,
                           JsonWriter& w) {
    const auto clk = uint64_t(s.host.clockTicks > 0 ? s.host.clockTicks : 100);
    const auto startTime = [&](uint64_t ticks) {
        w.fraction(uint64_t(s.host.bootTime) * clk + ticks, clk);
    };
    w.key("users");
    w.beginArray();
    for (const auto& u : of.users) {
        w.beginObject();
        field(w, "uid", u.uid);
        field(w, "user", accounts.userName(u.uid));
        field(w, "processes", u.processes);
        w.endObject();
    }
    w.endArray();

    w.key("programs");
    w.beginArray();
    for (const auto& p : of.programs) {
        w.beginObject();
        field(w, "comm", p.comm);
        field(w, "uid", p.uid);
        field(w, "user", accounts.userName(p.uid));
        field(w, "count", p.count);
        w.key("oldest_start");
        startTime(p.oldestTicks);
        w.key("newest_start");
        startTime(p.newestTicks);
        field(w, "oldest_pid", p.oldestPid);
        w.endObject();
    }
    w.endArray();
}

void writeProcesses(const Snapshot& s, const Accounts& accounts, JsonWriter& w) {
    const auto clk = uint64_t(s.host.clockTicks > 0 ? s.host.clockTicks : 100);
    const auto startTime = [&](uint64_t ticks) {
        w.fraction(uint64_t(s.host.bootTime) * clk + ticks, clk);
    };
    w.key("processes");
    w.beginArray();
    for (const auto& p : s.processes) {
        w.beginObject();
        field(w, "pid", p.pid);
        field(w, "alive", p.alive);
        w.key("state");
        if (p.state)
            w.string(std::string_view(&p.state, 1));
        else
            w.null();
        w.key("comm");
        if (p.state)
            w.string(p.comm);
        else
            w.null();
        w.key("cmdline");
        w.optionalString(p.cmdline);
        w.key("uid");
        w.optionalInteger(p.uid ? std::optional<int64_t>(*p.uid) : std::nullopt);
        w.key("user");
        w.optionalString(p.uid ? std::optional<std::string>(accounts.userName(*p.uid))
                               : std::nullopt);
        w.key("start_time");
        if (p.startTicks)
            startTime(*p.startTicks);
        else
            w.null();
        w.key("ppid");
        w.optionalInteger(p.ppid);
        field(w, "ipc_ns", p.ipcNs);
        w.endObject();
    }
    w.endArray();

    writeUsersAndPrograms(s, s, accounts, w);

    w.key("uninspected_processes");
    w.beginArray();
    for (const auto& u : s.uninspected) {
        w.beginObject();
        field(w, "pid", u.pid);
        w.key("comm");
        w.optionalString(u.comm.empty() ? std::nullopt : std::optional<std::string>(u.comm));
        w.key("uid");
        w.optionalInteger(u.uid ? std::optional<int64_t>(*u.uid) : std::nullopt);
        w.key("user");
        w.optionalString(u.uid ? std::optional<std::string>(accounts.userName(*u.uid))
                               : std::nullopt);
        w.key("refused");
        w.beginArray();
        for (const auto& r : u.refused)
            w.string(r);
        w.endArray();
        w.endObject();
    }
    w.endArray();
}

void writeWarnings(const std::vector<Warning>& warnings, JsonWriter& w) {
    w.key("warnings");
    w.beginArray();
    for (const auto& warning : warnings) {
        w.beginObject();
        field(w, "code", warning.code);
        field(w, "message", warning.message);
        w.endObject();
    }
    w.endArray();
}

// limits, semaphores, shared_memory, message_queues, posix: the same at the top level (the
// helper's own namespace) and in each other namespace.
void writeObjects(const Snapshot& s, const Accounts& accounts, JsonWriter& w) {
    writeLimits(s.limits, w);
    writeSemaphores(s.semaphores, accounts, w);
    writeSegments(s.sharedMemory, accounts, w);
    writeQueues(s.messageQueues, accounts, w);
    w.key("posix");
    w.beginObject();
    writePosixList("shm", s.posixShm, PosixKind::Shm, accounts, w);
    writePosixList("semaphores", s.posixSemaphores, PosixKind::Semaphore, accounts, w);
    writePosixList("mqueues", s.posixMqueues, PosixKind::Mqueue, accounts, w);
    w.endObject();
}

void optionalText(JsonWriter& w, std::string_view k, const std::string& v) {
    w.key(k);
    if (v.empty())
        w.null();
    else
        w.string(v);
}

// namespaces[]: the helper's own first (its objects are the top-level ones), then every other
// IPC namespace with its objects when it could be read.
void writeNamespaces(const Snapshot& s, const Accounts& accounts, JsonWriter& w) {
    w.key("namespaces");
    w.beginArray();
    w.beginObject();
    field(w, "id", s.host.ipcNs);
    field(w, "kind", "host");
    field(w, "name", "host");
    w.key("runtime");
    w.null();
    w.key("container_id");
    w.null();
    field(w, "readable", true);
    w.key("reason");
    w.null();
    w.key("message");
    w.null();
    w.endObject();
    for (const auto& n : s.namespaces) {
        w.beginObject();
        field(w, "id", n.id);
        field(w, "kind", "container");
        field(w, "name", n.name);
        w.key("runtime");
        w.optionalString(n.runtime);
        w.key("container_id");
        w.optionalString(n.containerId);
        field(w, "processes", n.processes);
        w.key("oldest_pid");
        w.optionalInteger(n.oldestPid > 0 ? std::optional<int64_t>(n.oldestPid) : std::nullopt);
        optionalText(w, "oldest_comm", n.oldestComm);
        field(w, "readable", n.readable);
        optionalText(w, "reason", n.reason);
        optionalText(w, "message", n.message);
        if (n.readable) {
            field(w, "own_shm", n.ownShm);
            field(w, "own_mqueue", n.ownMqueue);
            field(w, "full_view", n.objects.host.fullView);
            writeObjects(n.objects, accounts, w);
            writeUsersAndPrograms(n.objects, s, accounts, w);
            writeWarnings(n.objects.warnings, w);
        }
        w.endObject();
    }
    w.endArray();
}

} // namespace

void writeSnapshot(const Snapshot& s, const Accounts& accounts, std::string_view helperVersion,
                   JsonWriter& w) {
    w.beginObject();
    field(w, "schema", SnapshotSchema);
    w.key("helper");
    w.beginObject();
    field(w, "version", helperVersion);
    field(w, "mode", "helper");
    w.endObject();
    writeHost(s.host, accounts, w);
    writeObjects(s, accounts, w);
    writeProcesses(s, accounts, w);
    writeWarnings(s.warnings, w);
    writeNamespaces(s, accounts, w);
    w.endObject();
}

} // namespace ipcscope::helper
