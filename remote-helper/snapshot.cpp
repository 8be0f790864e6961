// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshot.h"

#include "fileio.h"
#include "hostfacts.h"
#include "namespaces.h"
#include "parallel.h"
#include "posixipc.h"
#include "processscan.h"
#include "semwaiters.h"
#include "sysvdetail.h"
#include "sysvlist.h"

#include <algorithm>
#include <map>
#include <set>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

namespace ipcscope::helper {

namespace {

constexpr long ProcMagic = 0x9fa0; // linux/magic.h

std::string count(size_t n, const char* one, const char* many) {
    return std::to_string(n) + ' ' + (n == 1 ? one : many);
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& i : items)
        out += (out.empty() ? "" : ", ") + i;
    return out;
}

template <typename T, typename Parse>
void readSysvList(const std::string& proc, const char* file, const char* what, Parse parse,
                  std::vector<T>& out, std::vector<Warning>& warnings, std::string& buf) {
    const std::string path = proc + "/sysvipc/" + file;
    if (!readFile(path.c_str(), buf)) {
        warnings.push_back(
            {"sysvipc_unavailable",
             "could not read " + path + " (kernel without System V IPC?); no " + what + " listed"});
        return;
    }
    const ListParseResult r = parse(buf, out);
    if (!r.ok) {
        warnings.push_back({"proc_unreadable", "the format of " + path + " is not understood; no " +
                                                   what + " listed"});
        return;
    }
    if (r.badLines > 0)
        warnings.push_back({"proc_unreadable", count(r.badLines, "line", "lines") + " of " + path +
                                                   " could not be parsed and were skipped"});
}

void addSysvWarnings(const Snapshot& s, const DetailStats& d, std::vector<Warning>& warnings) {
    const bool root = s.host.euid == 0;
    if (d.semDenied > 0)
        warnings.push_back(
            {"no_sem_detail", std::string(root ? "" : "not root: ") +
                                  count(d.semDenied, "semaphore set", "semaphore sets") +
                                  " without per-semaphore detail (no read permission)"});
    if (d.semFailed > 0)
        warnings.push_back({"no_sem_detail", count(d.semFailed, "semaphore set", "semaphore sets") +
                                                 " without per-semaphore detail (semctl failed)"});
    if (d.semGone > 0)
        warnings.push_back(
            {"object_vanished", count(d.semGone, "semaphore set was", "semaphore sets were") +
                                    " removed while the snapshot was taken"});
    if (d.msgDenied > 0)
        warnings.push_back(
            {"no_msg_qbytes", std::string(root ? "" : "not root: ") +
                                  count(d.msgDenied, "message queue", "message queues") +
                                  " without byte limit (no read permission)"});
    if (d.msgGone > 0)
        warnings.push_back(
            {"object_vanished", count(d.msgGone, "message queue was", "message queues were") +
                                    " removed while the snapshot was taken"});
}

void collectReferencedPids(const Snapshot& s, std::vector<int64_t>& pids) {
    const auto add = [&](int64_t pid) {
        if (pid > 0)
            pids.push_back(pid);
    };
    for (const auto& set : s.semaphores)
        for (const auto& sem : set.sems)
            add(sem.pid);
    for (const auto& seg : s.sharedMemory) {
        add(seg.cpid);
        add(seg.lpid);
        for (auto p : seg.attachedPids)
            add(p);
    }
    for (const auto& q : s.messageQueues) {
        add(q.lspid);
        add(q.lrpid);
    }
    for (const auto* list : {&s.posixShm, &s.posixSemaphores, &s.posixMqueues}) {
        for (const auto& o : *list) {
            for (auto p : o.mappedPids)
                add(p);
            if (o.notifyPid)
                add(*o.notifyPid);
        }
    }
    for (const auto& ns : s.namespaces)
        collectReferencedPids(ns.objects, pids);
    std::sort(pids.begin(), pids.end());
    pids.erase(std::unique(pids.begin(), pids.end()), pids.end());
}

// Counts the running programs and users of each IPC namespace apart: a program in another one (a
// container's Apache) cannot use this one's objects and must not make them look in use, nor make
// its start the "running generation" of this namespace's objects. A process whose namespace
// cannot be read counts as the helper's own (the cautious side). Also fills each other
// namespace's process count and oldest process, and lists the namespaces that only the scan
// found (not root: they could not be listed, let alone entered).
void summariseProcesses(const ProcessTable& table, Snapshot& s) {
    struct Counts {
        std::map<uint32_t, int64_t> users;
        std::map<std::pair<std::string, uint32_t>, Program> programs;
        int64_t processes = 0;
        uint64_t oldestTicks = 0;
        int64_t oldestPid = 0;
        std::string oldestComm;
    };
    std::map<uint64_t, Counts> byNs; // 0: the helper's own
    for (const auto& [pid, p] : table.byPid) {
        if (!p.alive || p.kernelThread || !p.uid)
            continue;
        const uint64_t ns = p.ipcNs && s.host.ipcNs && *p.ipcNs != *s.host.ipcNs ? *p.ipcNs : 0;
        Counts& c = byNs[ns];
        const uint64_t start = p.startTicks.value_or(0);
        if (c.processes == 0 || start < c.oldestTicks ||
            (start == c.oldestTicks && pid < c.oldestPid)) {
            c.oldestTicks = start;
            c.oldestPid = pid;
            c.oldestComm = p.comm;
        }
        ++c.processes;
        ++c.users[*p.uid];
        Program& prog = c.programs[{p.comm, *p.uid}];
        if (prog.count == 0) {
            prog.comm = p.comm;
            prog.uid = *p.uid;
            prog.oldestTicks = prog.newestTicks = start;
            prog.oldestPid = pid;
        } else {
            if (start < prog.oldestTicks || (start == prog.oldestTicks && pid < prog.oldestPid)) {
                prog.oldestTicks = start;
                prog.oldestPid = pid;
            }
            prog.newestTicks = std::max(prog.newestTicks, start);
        }
        ++prog.count;
    }
    const auto fill = [](Counts& c, Snapshot& into) {
        for (const auto& [uid, n] : c.users)
            into.users.push_back({uid, n});
        for (auto& [key, prog] : c.programs)
            into.programs.push_back(std::move(prog));
    };
    fill(byNs[0], s);
    for (auto& [id, c] : byNs) {
        if (id == 0)
            continue;
        auto it = std::lower_bound(s.namespaces.begin(), s.namespaces.end(), id,
                                   [](const NamespaceInfo& n, uint64_t v) { return n.id < v; });
        if (it == s.namespaces.end() || it->id != id) {
            NamespaceInfo n;
            n.id = id;
            n.reason = "not_root";
            n.message = "not root: the objects of another IPC namespace can only be read by root";
            it = s.namespaces.insert(it, std::move(n));
        }
        it->processes = c.processes;
        it->oldestPid = c.oldestPid;
        it->oldestComm = c.oldestComm;
        if (it->readable)
            fill(c, it->objects);
    }
    // A namespace that could not be read and has no running process left (it ended while the
    // snapshot was taken) has nothing to show.
    s.namespaces.erase(
        std::remove_if(s.namespaces.begin(), s.namespaces.end(),
                       [](const NamespaceInfo& n) { return !n.readable && n.processes == 0; }),
        s.namespaces.end());
    size_t unread = 0;
    int64_t elsewhere = 0;
    for (const auto& n : s.namespaces)
        if (!n.readable) {
            ++unread;
            elsewhere += n.processes;
        }
    if (unread > 0)
        s.warnings.push_back(
            {"other_ipc_namespaces",
             count(size_t(elsewhere), "process works", "processes work") + " in " +
                 count(unread, "other IPC namespace", "other IPC namespaces") +
                 " (containers) that could not be read: their System V objects and limits are "
                 "their own and are not shown, and they do not count as users of the objects "
                 "shown"});
}

// What a person calls a namespace: the container's name or id from the cgroup of its oldest
// process (unless that is the helper's own cgroup's container), else that process's command.
void nameNamespaces(Snapshot& s, const SnapshotSources& src) {
    std::string buf;
    ContainerIdentity own;
    if (readFile((std::string(src.proc) + "/self/cgroup").c_str(), buf))
        own = containerFromCgroup(buf);
    for (auto& n : s.namespaces) {
        ContainerIdentity c;
        if (n.oldestPid > 0 &&
            readFile(
                (std::string(src.proc) + '/' + std::to_string(n.oldestPid) + "/cgroup").c_str(),
                buf))
            c = containerFromCgroup(buf);
        if ((c.id || c.pod) && !(c.id == own.id && c.pod == own.pod)) {
            n.runtime = c.runtime;
            n.containerId = c.id ? c.id : c.pod;
            if (auto name = containerName(c))
                n.name = *name;
            else
                n.name = *c.runtime + ' ' + n.containerId->substr(0, 12);
        } else if (n.oldestPid > 0) {
            n.name = n.oldestComm + " (pid " + std::to_string(n.oldestPid) + ")";
        } else {
            n.name = "IPC namespace " + std::to_string(n.id);
        }
    }
}

// Reading every task's syscall file pays off only with many semaphores, and proves "no waiters"
// only when the helper sees every task: root, the initial PID namespace, known syscall numbers.
bool wantSemWaiters(const Snapshot& s) {
    constexpr uint64_t InitialPidNamespace = 0xeffffffc; // PROC_PID_INIT_INO
    constexpr int64_t WorthwhileSemaphores = 1024;
    int64_t sems = 0;
    for (const auto& set : s.semaphores)
        sems += set.nsems;
    return sems >= WorthwhileSemaphores && s.host.euid == 0 &&
           s.host.pidNs == InitialPidNamespace && syscallNumbersKnown(s.host.arch);
}

// What the lists and the first semctl/msgctl pass found, before the cross-references.
struct ObjectReadout {
    PosixListing posix;
    DetailStats detail;
    bool listedByIndex = false;
};

// Lists every object. The semaphore sets are the big part (values and pids come with them; the
// waiter counts need the process scan first); the other lists, the queues' byte limits and the
// POSIX objects are read on a second thread meanwhile, their warnings kept in a fixed order.
ObjectReadout readObjects(Snapshot& s, const SnapshotSources& src) {
    ObjectReadout r;
    const std::string proc = src.proc;
    std::vector<Warning> otherWarnings;
    DetailStats queueStats;
    runConcurrently(
        [&] {
            r.listedByIndex =
                src.semStatAnyListing && listSemaphoresByIndex(s.semaphores, r.detail);
            if (!r.listedByIndex) {
                std::string buf;
                readSysvList(proc, "sem", "semaphore sets", parseSemList, s.semaphores, s.warnings,
                             buf);
                readSemaphoreValues(s.semaphores, r.detail);
            }
        },
        [&] {
            std::string buf;
            readSysvList(
                proc, "shm", "shared memory segments",
                [&](std::string_view text, std::vector<ShmSegment>& out) {
                    ListParseResult parsed = parseShmList(text, out);
                    std::vector<std::string> missing;
                    for (const auto& c : parsed.missingColumns)
                        if (c == "rss" || c == "swap")
                            missing.push_back(c);
                    if (parsed.ok && !missing.empty())
                        otherWarnings.push_back(
                            {"old_kernel", "this kernel does not report " + joined(missing) +
                                               " of shared memory segments (shown as unknown)"});
                    return parsed;
                },
                s.sharedMemory, otherWarnings, buf);
            readSysvList(proc, "msg", "message queues", parseMsgList, s.messageQueues,
                         otherWarnings, buf);
            readQueueLimits(s.messageQueues, queueStats);
            r.posix = listPosixObjects(src.shmDir, src.mqueueDir);
        });
    s.warnings.insert(s.warnings.end(), otherWarnings.begin(), otherWarnings.end());
    r.detail.add(queueStats);
    s.posixShm = std::move(r.posix.shm);
    s.posixSemaphores = std::move(r.posix.semaphores);
    s.posixMqueues = std::move(r.posix.mqueues);
    return r;
}

void addPosixWarnings(const PosixListing& posix, const SnapshotSources& src,
                      std::vector<Warning>& warnings) {
    if (!posix.shmAvailable)
        warnings.push_back(
            {"posix_unavailable", std::string("could not list ") + src.shmDir +
                                      "; no POSIX shared memory or named semaphores listed"});
    if (!posix.mqueueMounted)
        warnings.push_back(
            {"mqueue_not_mounted", std::string(src.mqueueDir) +
                                       " is not mounted; POSIX message queues cannot be listed "
                                       "(mount -t mqueue none /dev/mqueue)"});
    if (posix.unreadableValues > 0)
        warnings.push_back(
            {"posix_unreadable", count(posix.unreadableValues, "POSIX semaphore or queue",
                                       "POSIX semaphores or queues") +
                                     " could not be read (no permission)"});
}

// The one pass over /proc, with the objects it has to find in the processes' maps: only objects
// that can be mapped make it read maps at all.
ProcessTable crossReference(Snapshot& s, uint64_t shmDev, const SnapshotSources& src) {
    MapsTargets targets;
    for (auto& seg : s.sharedMemory)
        if (seg.nattch > 0)
            targets.segmentsByShmid.emplace(uint64_t(seg.id), &seg);
    targets.posixDev = shmDev;
    for (auto* list : {&s.posixShm, &s.posixSemaphores})
        for (auto& o : *list)
            targets.posixByInode.emplace(o.inode, &o);
    // A container's segments match only its own processes (shmids start at 0 in every
    // namespace); its POSIX objects are on a /dev/shm of its own, told apart by the device.
    targets.ownIpcNs = s.host.ipcNs.value_or(0);
    for (auto& ns : s.namespaces) {
        if (!ns.readable)
            continue;
        for (auto& seg : ns.objects.sharedMemory)
            if (seg.nattch > 0)
                targets.otherSegments[ns.id].emplace(uint64_t(seg.id), &seg);
        if (ns.ownShm)
            for (auto* list : {&ns.objects.posixShm, &ns.objects.posixSemaphores})
                for (auto& o : *list)
                    targets.otherPosix[o.dev].emplace(o.inode, &o);
    }
    ProcessTable table = scanProcesses(targets, wantSemWaiters(s), src.proc);
    if (table.mapsUnreadable > 0)
        s.warnings.push_back(
            {"maps_unreadable",
             std::string(s.host.euid == 0 ? "" : "not root: ") + "the memory maps of " +
                 count(table.mapsUnreadable, "process", "processes") +
                 " could not be read; attached and mapped pids may be incomplete"});
    const auto sortPids = [](Snapshot& objects) {
        for (auto& seg : objects.sharedMemory)
            std::sort(seg.attachedPids.begin(), seg.attachedPids.end());
        for (auto* list : {&objects.posixShm, &objects.posixSemaphores})
            for (auto& o : *list)
                std::sort(o.mappedPids.begin(), o.mappedPids.end());
    };
    sortPids(s);
    for (auto& ns : s.namespaces)
        sortPids(ns.objects);
    return table;
}

// processes[]: every referenced pid, from the scan when it was there, else as gone.
void resolveProcesses(Snapshot& s, const ProcessTable& table, const SnapshotSources& src) {
    std::vector<int64_t> pids;
    collectReferencedPids(s, pids);
    s.processes.reserve(pids.size());
    for (const int64_t pid : pids) {
        const auto it = table.byPid.find(pid);
        if (it == table.byPid.end()) {
            ProcessInfo gone;
            gone.pid = pid;
            s.processes.push_back(std::move(gone));
            continue;
        }
        ProcessInfo p = it->second;
        p.cmdline = readCmdline(pid, src.proc);
        s.processes.push_back(std::move(p));
    }
}

// Same device and inode: the namespace's processes see the helper's own directory there.
bool sameDirectory(const std::string& a, const char* b) {
    struct stat sa {
    }, sb{};
    return ::stat(a.c_str(), &sa) == 0 && ::stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

// As root: enters every other IPC namespace on a thread of its own and reads its limits and
// objects there. Its POSIX objects are those of its processes' /dev/shm and /dev/mqueue
// (through /proc/<pid>/root), unless that is the helper's own (then they are listed once, at
// the top level). Waiter counts are asked of the kernel for every semaphore: the proof from the
// tasks' syscall files names semids of all namespaces at once.
void readNamespaces(Snapshot& s, const SnapshotSources& src) {
    if (!s.host.ipcNs)
        return;
    size_t unchecked = 0;
    auto others = listOtherIpcNamespaces(*s.host.ipcNs, src.proc, &unchecked);
    // Not root: other users' processes do not even show their namespace. Said, so that a
    // missing container is not taken for none. (Root is refused only where /proc is partly
    // hidden, like PID 1 here; the other warnings of such a /proc say so already.)
    if (unchecked > 0 && s.host.euid != 0)
        s.warnings.push_back(
            {"namespaces_unchecked",
             count(unchecked, "process", "processes") +
                 " of other users could not be checked for an IPC namespace of their own (not "
                 "root): containers among them are not listed; run as root to see them"});
    for (auto& [id, pids] : others) {
        NamespaceInfo n;
        n.id = id;
        EnterFailure failure;
        if (s.host.euid != 0) {
            n.reason = "not_root";
            n.message = "not root: the objects of another IPC namespace can only be read by root";
            s.namespaces.push_back(std::move(n));
            continue;
        }
        const int fd = openIpcNamespace(id, pids, failure, src.proc);
        if (fd >= 0) {
            const std::string root =
                std::string(src.proc) + '/' + std::to_string(pids.front()) + "/root";
            const std::string shmDir = root + "/dev/shm", mqueueDir = root + "/dev/mqueue";
            n.ownShm = !sameDirectory(shmDir, src.shmDir);
            n.ownMqueue = !sameDirectory(mqueueDir, src.mqueueDir);
            Snapshot& o = n.objects;
            n.readable = runInIpcNamespace(
                fd, id,
                [&] {
                    o.host = s.host;
                    o.limits = readLimits(o.warnings);
                    SnapshotSources inside = src;
                    inside.shmDir = n.ownShm ? shmDir.c_str() : "/nonexistent/shm";
                    inside.mqueueDir = n.ownMqueue ? mqueueDir.c_str() : "/nonexistent/mqueue";
                    ObjectReadout r = readObjects(o, inside);
                    readSemaphoreWaiters(o.semaphores, SemWaiters{},
                                         kernelAtLeast(s.host.kernel, 4, 0), r.detail);
                    addSysvWarnings(o, r.detail, o.warnings);
                    if (n.ownShm || n.ownMqueue) {
                        PosixListing& p = r.posix;
                        p.shmAvailable = p.shmAvailable || !n.ownShm;
                        p.mqueueMounted = p.mqueueMounted || !n.ownMqueue;
                        addPosixWarnings(p, inside, o.warnings);
                    }
                    o.host.fullView = r.detail.semDenied == 0 && r.detail.semFailed == 0 &&
                                      r.detail.msgDenied == 0 && r.posix.unreadableValues == 0;
                },
                failure);
            ::close(fd);
        }
        if (!n.readable) {
            n.reason = failure.code;
            n.message = failure.message;
            n.objects = Snapshot{};
        }
        s.namespaces.push_back(std::move(n));
    }
}

} // namespace

bool takeSnapshot(Snapshot& s, Accounts& accounts, std::string& error, const SnapshotSources& src) {
    s.host = readHostFacts(s.warnings);
    if (s.host.os != "Linux") {
        error = "this is not a Linux system (uname reports \"" + s.host.os + "\")";
        return false;
    }
    struct statfs fs {};
    if (::statfs(src.proc, &fs) != 0 || long(fs.f_type) != ProcMagic) {
        error = std::string(src.proc) + " is not mounted (procfs is needed to list IPC objects)";
        return false;
    }
    s.limits = readLimits(s.warnings);
    if (kernelSyscallNumbers() == SyscallNumbers::Foreign)
        s.warnings.push_back(
            {"emulated",
             "the helper runs under an emulator (such as qemu-user) on a kernel of another "
             "processor: the architecture shown is the emulated one, and waiting tasks are "
             "counted by asking the kernel for every semaphore"});
    if (!accounts.load())
        s.warnings.push_back(
            {"accounts_unreadable",
             "could not read /etc/passwd or /etc/group; some owners are shown as numbers"});

    ObjectReadout objects = readObjects(s, src);
    addPosixWarnings(objects.posix, src, s.warnings);
    readNamespaces(s, src);
    const ProcessTable table = crossReference(s, objects.posix.shmDev, src);

    // Waiter counts after the process scan, which may have proved sets free of waiters. Since
    // Linux 3.16 (SUS-conforming counts) a waiter for zero counts only while that semaphore
    // blocks it, i.e. while its value is not 0 (checked as >= 4.0).
    DetailStats& detail = objects.detail;
    readSemaphoreWaiters(s.semaphores, table.semWaiters, kernelAtLeast(s.host.kernel, 4, 0),
                         detail);
    addSysvWarnings(s, detail, s.warnings);
    s.host.semStatAny = objects.listedByIndex || probeStatAny(s.semaphores, s.host.kernel);

    resolveProcesses(s, table, src);
    summariseProcesses(table, s);
    nameNamespaces(s, src);
    s.uninspected = table.uninspected;

    s.host.fullView = detail.semDenied == 0 && detail.semFailed == 0 && detail.msgDenied == 0 &&
                      table.mapsUnreadable == 0 && objects.posix.unreadableValues == 0;
    return true;
}

} // namespace ipcscope::helper
