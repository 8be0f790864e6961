// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshot.h"

#include "fileio.h"
#include "hostfacts.h"
#include "parallel.h"
#include "posixipc.h"
#include "processscan.h"
#include "semwaiters.h"
#include "sysvdetail.h"
#include "sysvlist.h"

#include <algorithm>
#include <map>
#include <set>
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
    std::sort(pids.begin(), pids.end());
    pids.erase(std::unique(pids.begin(), pids.end()), pids.end());
}

// Counts the running programs and users of the helper's own IPC namespace: a program in another
// one (a container's Apache) cannot use these objects and must not make them look in use, nor
// make its start the "running generation" of this namespace's objects. A process whose namespace
// cannot be read counts as this one's (the cautious side).
void summariseProcesses(const ProcessTable& table, Snapshot& s) {
    std::map<uint32_t, int64_t> users;
    std::map<std::pair<std::string, uint32_t>, Program> programs;
    std::set<uint64_t> otherNamespaces;
    int64_t elsewhere = 0;
    for (const auto& [pid, p] : table.byPid) {
        if (!p.alive || p.kernelThread || !p.uid)
            continue;
        if (p.ipcNs && s.host.ipcNs && *p.ipcNs != *s.host.ipcNs) {
            otherNamespaces.insert(*p.ipcNs);
            ++elsewhere;
            continue;
        }
        ++users[*p.uid];
        Program& prog = programs[{p.comm, *p.uid}];
        const uint64_t start = p.startTicks.value_or(0);
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
    for (const auto& [uid, n] : users)
        s.users.push_back({uid, n});
    for (auto& [key, prog] : programs)
        s.programs.push_back(std::move(prog));
    if (elsewhere > 0)
        s.warnings.push_back(
            {"other_ipc_namespaces",
             count(size_t(elsewhere), "process works", "processes work") + " in " +
                 count(otherNamespaces.size(), "other IPC namespace", "other IPC namespaces") +
                 " (containers): their System V objects and limits are their own and are not "
                 "shown here, and they do not count as users of the objects shown"});
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
    ProcessTable table = scanProcesses(targets, wantSemWaiters(s), src.proc);
    if (table.mapsUnreadable > 0)
        s.warnings.push_back(
            {"maps_unreadable",
             std::string(s.host.euid == 0 ? "" : "not root: ") + "the memory maps of " +
                 count(table.mapsUnreadable, "process", "processes") +
                 " could not be read; attached and mapped pids may be incomplete"});
    for (auto& seg : s.sharedMemory)
        std::sort(seg.attachedPids.begin(), seg.attachedPids.end());
    for (auto* list : {&s.posixShm, &s.posixSemaphores})
        for (auto& o : *list)
            std::sort(o.mappedPids.begin(), o.mappedPids.end());
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
    s.uninspected = table.uninspected;

    s.host.fullView = detail.semDenied == 0 && detail.semFailed == 0 && detail.msgDenied == 0 &&
                      table.mapsUnreadable == 0 && objects.posix.unreadableValues == 0;
    return true;
}

} // namespace ipcscope::helper
