// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotjson.h"

#include "analysis/jsonwriter.h"

using namespace Qt::StringLiterals;

namespace ipcscope::cli {

namespace {

using analysis::JsonWriter;

void field(JsonWriter& w, const char* key, const QString& v) {
    w.key(key);
    w.value(v);
}
void field(JsonWriter& w, const char* key, qint64 v) {
    w.key(key);
    w.value(v);
}
void field(JsonWriter& w, const char* key, quint64 v) {
    w.key(key);
    w.value(v);
}
void field(JsonWriter& w, const char* key, uint v) {
    w.key(key);
    w.value(v);
}
void field(JsonWriter& w, const char* key, int v) {
    w.key(key);
    w.value(v);
}
void field(JsonWriter& w, const char* key, bool v) {
    w.key(key);
    w.value(v);
}
void field(JsonWriter& w, const char* key, double v) {
    w.key(key);
    w.value(v);
}
template <typename T>
void optionalField(JsonWriter& w, const char* key, const std::optional<T>& v) {
    w.key(key);
    if (v)
        w.value(*v);
    else
        w.null();
}
// Names the helper could not resolve are null in the schema; an empty string reads the same.
void stringOrNull(JsonWriter& w, const char* key, const QString& v) {
    w.key(key);
    if (v.isNull())
        w.null();
    else
        w.value(v);
}
void pids(JsonWriter& w, const char* key, const QList<qint64>& list) {
    w.key(key);
    w.beginArray();
    for (qint64 pid : list)
        w.value(pid);
    w.endArray();
}

void common(JsonWriter& w, const SysvCommon& c) {
    field(w, "key", quint64(c.key));
    field(w, "id", c.id);
    field(w, "perms", c.perms);
    field(w, "uid", c.uid);
    field(w, "gid", c.gid);
    field(w, "cuid", c.cuid);
    field(w, "cgid", c.cgid);
    field(w, "owner", c.owner);
    field(w, "group", c.group);
    field(w, "creator", c.creator);
    field(w, "ctime", c.ctime);
}

void host(JsonWriter& w, const HostInfo& h) {
    w.key("host");
    w.beginObject();
    field(w, "hostname", h.hostname);
    field(w, "os", h.os);
    field(w, "kernel", h.kernel);
    field(w, "arch", h.arch);
    stringOrNull(w, "boot_id", h.bootId);
    field(w, "boot_time", h.bootTime);
    field(w, "uptime", h.uptime);
    field(w, "time", h.time);
    field(w, "mem_total", h.memTotal);
    field(w, "page_size", h.pageSize);
    field(w, "clock_ticks", h.clockTicks);
    optionalField(w, "ipc_ns", h.ipcNamespace);
    optionalField(w, "pid_ns", h.pidNamespace);
    field(w, "euid", h.euid);
    field(w, "user", h.user);
    field(w, "full_view", h.fullView);
    field(w, "sem_stat_any", h.semStatAny);
    w.endObject();
}

void limits(JsonWriter& w, const Limits& l) {
    w.key("limits");
    w.beginObject();
    optionalField(w, "semmsl", l.semmsl);
    optionalField(w, "semmns", l.semmns);
    optionalField(w, "semopm", l.semopm);
    optionalField(w, "semmni", l.semmni);
    optionalField(w, "semvmx", l.semvmx);
    optionalField(w, "shmmax", l.shmmax);
    optionalField(w, "shmall", l.shmall);
    optionalField(w, "shmmni", l.shmmni);
    optionalField(w, "msgmax", l.msgmax);
    optionalField(w, "msgmnb", l.msgmnb);
    optionalField(w, "msgmni", l.msgmni);
    optionalField(w, "mq_queues_max", l.mqQueuesMax);
    optionalField(w, "mq_msg_max", l.mqMsgMax);
    optionalField(w, "mq_msgsize_max", l.mqMsgsizeMax);
    optionalField(w, "mq_msg_default", l.mqMsgDefault);
    optionalField(w, "mq_msgsize_default", l.mqMsgsizeDefault);
    w.endObject();
}

void posixList(JsonWriter& w, const char* key, const QList<PosixObject>& list) {
    w.key(key);
    w.beginArray();
    for (const PosixObject& o : list) {
        w.beginObject();
        field(w, "name", o.name);
        if (!o.nameHex.isEmpty())
            field(w, "name_hex", o.nameHex);
        field(w, "uid", o.uid);
        field(w, "gid", o.gid);
        field(w, "owner", o.owner);
        field(w, "group", o.group);
        field(w, "mode", o.mode);
        field(w, "size", o.size);
        field(w, "mtime", o.mtime);
        field(w, "ctime", o.ctime);
        field(w, "inode", o.inode);
        pids(w, "mapped_pids", o.mappedPids);
        if (o.value)
            field(w, "value", *o.value);
        if (o.qsize)
            field(w, "qsize", *o.qsize);
        if (o.notifyPid)
            field(w, "notify_pid", *o.notifyPid);
        w.endObject();
    }
    w.endArray();
}

} // namespace

QByteArray snapshotToJson(const Snapshot& s, bool pretty) {
    JsonWriter w(pretty);
    w.reserve(4096 + qsizetype(s.objectCount()) * 400);
    w.beginObject();
    field(w, "schema", s.schema.isEmpty() ? u"ipcscope.snapshot/1"_s : s.schema);
    w.key("helper");
    w.beginObject();
    field(w, "version", s.helperVersion);
    field(w, "mode", s.mode == SnapshotMode::Agentless ? u"agentless"_s : u"helper"_s);
    w.endObject();
    host(w, s.host);
    limits(w, s.limits);

    w.key("semaphores");
    w.beginArray();
    for (const SemaphoreSet& set : s.semaphores) {
        w.beginObject();
        common(w, set);
        field(w, "nsems", set.nsems);
        field(w, "otime", set.otime);
        field(w, "detail", set.detail);
        w.key("sems");
        w.beginArray();
        for (const Semaphore& sem : set.sems) {
            w.beginObject();
            field(w, "value", sem.value);
            field(w, "pid", sem.pid);
            field(w, "ncnt", sem.ncnt);
            field(w, "zcnt", sem.zcnt);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();

    w.key("shared_memory");
    w.beginArray();
    for (const SharedMemorySegment& seg : s.sharedMemory) {
        w.beginObject();
        common(w, seg);
        field(w, "size", seg.size);
        field(w, "nattch", seg.nattch);
        field(w, "cpid", seg.cpid);
        field(w, "lpid", seg.lpid);
        field(w, "atime", seg.atime);
        field(w, "dtime", seg.dtime);
        optionalField(w, "rss", seg.rss);
        optionalField(w, "swap", seg.swap);
        field(w, "dest", seg.dest);
        field(w, "locked", seg.locked);
        pids(w, "attached_pids", seg.attachedPids);
        w.endObject();
    }
    w.endArray();

    w.key("message_queues");
    w.beginArray();
    for (const MessageQueue& q : s.messageQueues) {
        w.beginObject();
        common(w, q);
        field(w, "cbytes", q.cbytes);
        field(w, "qnum", q.qnum);
        optionalField(w, "qbytes", q.qbytes);
        field(w, "lspid", q.lspid);
        field(w, "lrpid", q.lrpid);
        field(w, "stime", q.stime);
        field(w, "rtime", q.rtime);
        w.endObject();
    }
    w.endArray();

    w.key("posix");
    w.beginObject();
    posixList(w, "shm", s.posixShm);
    posixList(w, "semaphores", s.posixSemaphores);
    posixList(w, "mqueues", s.posixMqueues);
    w.endObject();

    w.key("processes");
    w.beginArray();
    for (const Process& p : s.processes) {
        w.beginObject();
        field(w, "pid", p.pid);
        field(w, "alive", p.alive);
        stringOrNull(w, "state", p.state);
        stringOrNull(w, "comm", p.comm);
        stringOrNull(w, "cmdline", p.cmdline);
        optionalField(w, "uid", p.uid);
        stringOrNull(w, "user", p.user);
        optionalField(w, "start_time", p.startTime);
        optionalField(w, "ppid", p.ppid);
        w.endObject();
    }
    w.endArray();

    w.key("users");
    w.beginArray();
    for (const UserProcesses& u : s.users) {
        w.beginObject();
        field(w, "uid", u.uid);
        field(w, "user", u.user);
        field(w, "processes", u.processes);
        w.endObject();
    }
    w.endArray();

    w.key("programs");
    w.beginArray();
    for (const Program& p : s.programs) {
        w.beginObject();
        field(w, "comm", p.comm);
        field(w, "uid", p.uid);
        field(w, "user", p.user);
        field(w, "count", p.count);
        field(w, "oldest_start", p.oldestStart);
        field(w, "newest_start", p.newestStart);
        field(w, "oldest_pid", p.oldestPid);
        w.endObject();
    }
    w.endArray();

    if (s.uninspectedListed) {
        w.key("uninspected_processes");
        w.beginArray();
        for (const UninspectedProcess& u : s.uninspected) {
            w.beginObject();
            field(w, "pid", u.pid);
            stringOrNull(w, "comm", u.comm);
            optionalField(w, "uid", u.uid);
            stringOrNull(w, "user", u.user);
            w.key("refused");
            w.beginArray();
            for (const QString& r : u.refused)
                w.value(r);
            w.endArray();
            w.endObject();
        }
        w.endArray();
    }

    w.key("warnings");
    w.beginArray();
    for (const Warning& warning : s.warnings) {
        w.beginObject();
        field(w, "code", warning.code);
        field(w, "message", warning.message);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.take();
}

} // namespace ipcscope::cli
