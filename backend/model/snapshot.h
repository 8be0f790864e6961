// SPDX-License-Identifier: GPL-3.0-or-later
// Value structs for one snapshot of a host's IPC objects (schema ipcscope.snapshot/1,
// docs/snapshot-schema.md). Plain data: cheap to copy (implicitly shared lists), safe to pass
// between threads through queued signals.
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>

namespace ipcscope {

enum class SnapshotMode { Helper, Agentless };

struct HostInfo {
    QString hostname;
    QString os;
    QString kernel;
    QString arch;
    QString bootId;
    qint64 bootTime = 0;  // Unix seconds
    double uptime = 0;    // seconds
    qint64 time = 0;      // Unix seconds when the snapshot was taken
    quint64 memTotal = 0; // bytes
    quint64 pageSize = 4096;
    int clockTicks = 100;
    std::optional<quint64> ipcNamespace;
    std::optional<quint64> pidNamespace;
    uint euid = 0;
    QString user;
    bool fullView = false;
    bool semStatAny = false;
    friend bool operator==(const HostInfo&, const HostInfo&) = default;
};

struct Limits {
    std::optional<quint64> semmsl, semmns, semopm, semmni, semvmx;
    std::optional<quint64> shmmax, shmall, shmmni; // shmall is in pages
    std::optional<quint64> msgmax, msgmnb, msgmni;
    std::optional<quint64> mqQueuesMax, mqMsgMax, mqMsgsizeMax, mqMsgDefault, mqMsgsizeDefault;
    friend bool operator==(const Limits&, const Limits&) = default;
};

// Fields every System V object has.
struct SysvCommon {
    quint32 key = 0;
    qint64 id = 0;
    uint perms = 0;
    uint uid = 0, gid = 0, cuid = 0, cgid = 0;
    QString owner, group, creator;
    qint64 ctime = 0;
    friend bool operator==(const SysvCommon&, const SysvCommon&) = default;
};

struct Semaphore {
    int value = 0;
    qint64 pid = 0; // last operation
    int ncnt = 0;   // waiting for increase
    int zcnt = 0;   // waiting for zero
    friend bool operator==(const Semaphore&, const Semaphore&) = default;
};

struct SemaphoreSet : SysvCommon {
    int nsems = 0;
    qint64 otime = 0;
    bool detail = false;
    QList<Semaphore> sems;
    friend bool operator==(const SemaphoreSet&, const SemaphoreSet&) = default;
};

struct SharedMemorySegment : SysvCommon {
    quint64 size = 0;
    qint64 nattch = 0;
    qint64 cpid = 0, lpid = 0;
    qint64 atime = 0, dtime = 0;
    std::optional<quint64> rss, swap;
    bool dest = false;
    bool locked = false;
    QList<qint64> attachedPids;
    friend bool operator==(const SharedMemorySegment&, const SharedMemorySegment&) = default;
};

struct MessageQueue : SysvCommon {
    quint64 cbytes = 0;
    quint64 qnum = 0;
    std::optional<quint64> qbytes;
    qint64 lspid = 0, lrpid = 0;
    qint64 stime = 0, rtime = 0;
    friend bool operator==(const MessageQueue&, const MessageQueue&) = default;
};

struct PosixObject {
    QString name;    // valid UTF-8, invalid bytes replaced by U+FFFD
    QString nameHex; // exact bytes in hex when name had to be repaired, else empty
    uint uid = 0, gid = 0;
    QString owner, group;
    uint mode = 0;
    quint64 size = 0;
    qint64 mtime = 0, ctime = 0;
    // Nanoseconds within mtime / ctime (removal guards); absent from older helpers.
    std::optional<qint64> mtimeNs, ctimeNs;
    quint64 inode = 0;
    QList<qint64> mappedPids;
    std::optional<int> value;        // named semaphores only
    std::optional<quint64> qsize;    // message queues only
    std::optional<qint64> notifyPid; // message queues only
    friend bool operator==(const PosixObject&, const PosixObject&) = default;
};

struct Process {
    qint64 pid = 0;
    bool alive = false;
    QString state;
    QString comm;
    QString cmdline;
    std::optional<uint> uid;
    QString user;
    std::optional<double> startTime; // Unix seconds
    std::optional<qint64> ppid;
    std::optional<quint64> ipcNamespace; // inode of its IPC namespace, when the helper read it
    friend bool operator==(const Process&, const Process&) = default;
};

struct UserProcesses {
    uint uid = 0;
    QString user;
    int processes = 0;
    friend bool operator==(const UserProcesses&, const UserProcesses&) = default;
};

struct Program {
    QString comm;
    uint uid = 0;
    QString user;
    int count = 0;
    double oldestStart = 0;
    double newestStart = 0;
    qint64 oldestPid = 0;
    friend bool operator==(const Program&, const Program&) = default;
};

// A process whose /proc files the helper needed but was refused (docs/snapshot-schema.md).
struct UninspectedProcess {
    qint64 pid = 0;
    QString comm; // empty when not readable
    std::optional<uint> uid;
    QString user;
    QStringList refused; // "stat", "status", "maps", "task_syscall"
    friend bool operator==(const UninspectedProcess&, const UninspectedProcess&) = default;
};

struct Warning {
    QString code;
    QString message;
    friend bool operator==(const Warning&, const Warning&) = default;
};

struct Snapshot;

// One IPC namespace some process works in (docs/snapshot-schema.md, namespaces[]): the host's
// own (first) or a container's, whose objects and limits are its own.
struct IpcNamespace {
    quint64 id = 0;
    bool host = false;
    QString name;        // what a person calls it: container name or id, else oldest command
    QString runtime;     // "docker", "podman", "kubernetes", "lxc", … or empty
    QString containerId; // or empty
    int processes = 0;
    qint64 oldestPid = 0;
    QString oldestComm;
    bool readable = false;
    QString reason;  // when not readable: "not_root", "setns_refused", "gone"
    QString message; // the same as an English sentence
    bool ownShm = false, ownMqueue = false;
    // A readable container's objects as a snapshot of their own: its limits, objects, users,
    // programs and warnings, with the host facts and processes of the whole snapshot (host.
    // ipcNamespace is this namespace), so that it is analysed exactly like a host. Null for the
    // host (its objects are the top-level ones) and for namespaces that could not be read.
    std::shared_ptr<const Snapshot> objects;
    friend bool operator==(const IpcNamespace& a, const IpcNamespace& b); // objects compared deeply
};

struct Snapshot {
    QString schema;
    QString helperVersion;
    SnapshotMode mode = SnapshotMode::Helper;
    HostInfo host;
    Limits limits;
    QList<SemaphoreSet> semaphores;
    QList<SharedMemorySegment> sharedMemory;
    QList<MessageQueue> messageQueues;
    QList<PosixObject> posixShm;
    QList<PosixObject> posixSemaphores;
    QList<PosixObject> posixMqueues;
    QList<Process> processes;
    QList<UserProcesses> users;
    QList<Program> programs;
    // Whether the helper listed the processes it could not inspect (older helpers did not).
    bool uninspectedListed = false;
    QList<UninspectedProcess> uninspected;
    QList<Warning> warnings;
    // Every IPC namespace in use, the host's first; empty from helpers before namespaces[].
    QList<IpcNamespace> namespaces;
    // Set on a container's own snapshot (IpcNamespace::objects): its namespace and name. A
    // removal of its objects must name that namespace (docs/safety.md). 0 / empty for the host.
    quint64 containerNamespace = 0;
    QString containerName;
    qint64 containerPid = 0; // its oldest process (for `nsenter --target PID --ipc`)

    int objectCount() const;
    // The namespaces other than the host's (containers).
    QList<IpcNamespace> containers() const;
    friend bool operator==(const Snapshot&, const Snapshot&) = default;
};

} // namespace ipcscope

Q_DECLARE_METATYPE(ipcscope::Snapshot)
