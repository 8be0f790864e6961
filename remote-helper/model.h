// SPDX-License-Identifier: GPL-3.0-or-later
// The helper's own value types for one snapshot (schema ipcscope.snapshot/1,
// docs/snapshot-schema.md). Standard library only: the helper must not depend on Qt.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ipcscope::helper {

struct Warning {
    std::string code;    // stable, machine-readable
    std::string message; // one English sentence
};

struct HostFacts {
    std::string hostname, os, kernel, arch;
    std::optional<std::string> bootId;
    int64_t bootTime = 0;
    uint64_t uptimeCentis = 0; // hundredths of a second
    int64_t time = 0;
    uint64_t memTotal = 0;
    uint64_t pageSize = 4096;
    int64_t clockTicks = 100;
    std::optional<uint64_t> ipcNs, pidNs;
    uint32_t euid = 0;
    bool fullView = true;
    bool semStatAny = false;
};

struct Limits {
    std::optional<uint64_t> semmsl, semmns, semopm, semmni, semvmx;
    std::optional<uint64_t> shmmax, shmall, shmmni;
    std::optional<uint64_t> msgmax, msgmnb, msgmni;
    std::optional<uint64_t> mqQueuesMax, mqMsgMax, mqMsgsizeMax, mqMsgDefault, mqMsgsizeDefault;
};

// Fields of every System V object, as /proc/sysvipc prints them.
struct SysvCommon {
    uint32_t key = 0;
    int64_t id = 0;
    uint32_t mode = 0; // full mode word: permission bits plus SHM_DEST / SHM_LOCKED for segments
    uint32_t uid = 0, gid = 0, cuid = 0, cgid = 0;
    int64_t ctime = 0;
};

struct Sem {
    int32_t value = 0;
    int64_t pid = 0;
    int32_t ncnt = 0;
    int32_t zcnt = 0;
};

struct SemSet : SysvCommon {
    int64_t nsems = 0;
    int64_t otime = 0;
    bool detail = false;
    std::vector<Sem> sems;
};

struct ShmSegment : SysvCommon {
    uint64_t size = 0;
    int64_t nattch = 0;
    int64_t cpid = 0, lpid = 0;
    int64_t atime = 0, dtime = 0;
    std::optional<uint64_t> rss, swap;
    std::vector<int64_t> attachedPids;
};

struct MsgQueue : SysvCommon {
    uint64_t cbytes = 0;
    uint64_t qnum = 0;
    std::optional<uint64_t> qbytes;
    int64_t lspid = 0, lrpid = 0;
    int64_t stime = 0, rtime = 0;
};

struct PosixObject {
    std::string name; // raw bytes, without "/" and (for semaphores) without "sem."
    uint32_t uid = 0, gid = 0;
    uint32_t mode = 0;
    uint64_t size = 0;
    int64_t mtime = 0, ctime = 0;
    int64_t mtimeNs = 0, ctimeNs = 0; // nanoseconds within the second
    uint64_t inode = 0;
    uint64_t dev = 0;
    std::vector<int64_t> mappedPids;
    std::optional<int64_t> value;     // named semaphores
    std::optional<uint64_t> qsize;    // message queues
    std::optional<int64_t> notifyPid; // message queues
};

// What one pass over /proc learns about a process.
struct ProcessInfo {
    int64_t pid = 0;
    bool alive = false;
    bool kernelThread = false;
    char state = 0; // 0 when the process is gone
    std::string comm;
    std::optional<std::string> cmdline;
    std::optional<uint32_t> uid; // real uid
    std::optional<int64_t> ppid;
    std::optional<uint64_t> startTicks; // since boot, in clock ticks
    std::optional<uint64_t> ipcNs;      // inode of /proc/<pid>/ns/ipc, when readable
};

// A process whose /proc files the helper needed but was refused (a PID 1 that refuses even root,
// hidepid, a container without CAP_SYS_PTRACE, Yama).
struct UninspectedProcess {
    int64_t pid = 0;
    std::string comm;                 // empty when even stat was refused
    std::optional<uint32_t> uid;      // real uid, else the owner of /proc/<pid>
    std::vector<std::string> refused; // "stat", "status", "maps", "task_syscall"
};

struct UserCount {
    uint32_t uid = 0;
    int64_t processes = 0;
};

struct Program {
    std::string comm;
    uint32_t uid = 0;
    int64_t count = 0;
    uint64_t oldestTicks = 0, newestTicks = 0;
    int64_t oldestPid = 0;
};

struct NamespaceInfo;

struct Snapshot {
    HostFacts host;
    Limits limits;
    std::vector<SemSet> semaphores;
    std::vector<ShmSegment> sharedMemory;
    std::vector<MsgQueue> messageQueues;
    std::vector<PosixObject> posixShm, posixSemaphores, posixMqueues;
    std::vector<ProcessInfo> processes;          // referenced pids only, sorted by pid
    std::vector<UserCount> users;                // sorted by uid
    std::vector<Program> programs;               // sorted by comm, uid
    std::vector<UninspectedProcess> uninspected; // sorted by pid
    std::vector<Warning> warnings;
    // Every other IPC namespace some process works in (containers), sorted by id. Only the
    // top-level snapshot has them; a namespace's own objects are in its `objects`.
    std::vector<NamespaceInfo> namespaces;
};

// An IPC namespace other than the helper's own: who works in it, and (as root) its objects,
// limits, users and programs, read from inside it (docs/snapshot-schema.md, `namespaces`).
struct NamespaceInfo {
    uint64_t id = 0; // inode of /proc/<pid>/ns/ipc
    std::string name;
    std::optional<std::string> runtime;     // "docker", "podman", "kubernetes", "lxc", ...
    std::optional<std::string> containerId; // as the runtime names it
    int64_t oldestPid = 0;
    std::string oldestComm;
    int64_t processes = 0; // running processes in it
    bool readable = false;
    std::string reason;  // code when not readable: "not_root", "setns_refused", "gone"
    std::string message; // one English sentence when not readable
    // Whether /dev/shm and /dev/mqueue of the namespace's processes are their own; when they are
    // the helper's, the POSIX objects are listed once, at the top level.
    bool ownShm = false, ownMqueue = false;
    Snapshot objects; // limits, System V and POSIX objects, users, programs, warnings
};

} // namespace ipcscope::helper
