// SPDX-License-Identifier: GPL-3.0-or-later
#include "removal.h"

#include "fileio.h"
#include "namespaces.h"
#include "posixipc.h"
#include "processscan.h"
#include "procparse.h"
#include "procsight.h"
#include "semun.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/stat.h>
#include <unistd.h>
#include <unordered_map>

namespace ipcscope::helper {

namespace {

// The analyzer's tolerance for comparing a process start time with an object time (whole
// seconds on both sides, boot time rounded by the kernel).
constexpr double ClockSlack = 2.0;

RemovalOutcome refused(std::string code, std::string message) {
    return {RemovalOutcome::Status::Refused, std::move(code), std::move(message), 0};
}

RemovalOutcome failedWith(int error, std::string_view what) {
    RemovalOutcome o;
    o.status = RemovalOutcome::Status::Failed;
    o.error = error;
    if (error == EPERM || error == EACCES) {
        o.code = "permission_denied";
        o.message = std::string(what) + ": " + std::strerror(error) +
                    "; only its owner, its creator or an administrator may do this — run IPC "
                    "Scope in administrator mode (sudo)";
    } else {
        o.code = "system_error";
        o.message = std::string(what) + ": " + std::strerror(error);
    }
    return o;
}

RemovalOutcome removedOutcome(const RemovalItem& item) {
    RemovalOutcome o;
    o.status = RemovalOutcome::Status::Removed;
    o.code = item.force ? "removed_forced" : "removed";
    o.message =
        item.force ? "removed (forced: the in-use checks were skipped on request)" : "removed";
    return o;
}

std::string hex32(uint32_t v) {
    static const char* digits = "0123456789abcdef";
    std::string s = "0x00000000";
    for (int i = 9; i >= 2; --i, v >>= 4)
        s[size_t(i)] = digits[v & 0xf];
    return s;
}

// Whether a pid that touched an object is still that same process: alive (not a zombie) and
// started no later than the operation (otherwise the pid was reused) — the analyzer's rule.
// When its /proc entry cannot be read (hidepid, another user's process), the kernel is asked
// whether the pid exists at all; one that exists but cannot be judged is Unknown: fail closed.
struct UserCheck {
    enum class State { None, Alive, Unknown };
    State state = State::None;
    std::string who; // "pid 123 (comm)" or "pid 123"
};

class ProcessJudge {
public:
    explicit ProcessJudge(const char* proc)
        : m_proc(proc) {
        std::string text;
        if (readFile((std::string(proc) + "/stat").c_str(), text))
            m_bootTime = parseBootTime(text).value_or(0);
        const long ticks = ::sysconf(_SC_CLK_TCK);
        m_ticks = ticks > 0 ? ticks : 100;
    }

    UserCheck user(int64_t pid, int64_t opTime) const {
        if (pid <= 0)
            return {};
        std::string text;
        if (!readFile((m_proc + "/" + std::to_string(pid) + "/stat").c_str(), text)) {
            if (pidExists(pid) == Sight::No)
                return {};
            return {UserCheck::State::Unknown, "pid " + std::to_string(pid)};
        }
        const auto stat = parseStat(text);
        if (!stat)
            return {UserCheck::State::Unknown, "pid " + std::to_string(pid)};
        if (stat->state == 'Z' || stat->state == 'X' || stat->state == 'x')
            return {};
        const double start = double(m_bootTime) + double(stat->startTicks) / double(m_ticks);
        if (opTime > 0 && m_bootTime > 0 && start > double(opTime) + ClockSlack)
            return {}; // a newer process reused the pid
        return {UserCheck::State::Alive,
                "pid " + std::to_string(pid) + " (" + std::string(stat->comm) + ")"};
    }

private:
    std::string m_proc;
    int64_t m_bootTime = 0;
    long m_ticks = 100;
};

RemovalOutcome processAlive(const std::string& who, std::string_view role) {
    return refused("process_alive",
                   std::string(role) + " " + who + " is still running: it may still use it");
}

RemovalOutcome cannotCheck(const std::string& who) {
    return refused("cannot_check", who + " may still use it; its /proc entry is hidden from this "
                                         "user, so it cannot be checked — run in administrator "
                                         "mode, or force the removal after checking yourself");
}

// The users of one object, judged in order: the first live one refuses, and an unknown one
// refuses when nothing else did (after the kernel-level checks such as waiters).
struct UserVerdict {
    std::optional<RemovalOutcome> alive;
    std::string unknown; // the first pid that could not be judged
    bool add(const UserCheck& check, std::string_view role) {
        if (check.state == UserCheck::State::Alive && !alive)
            alive = processAlive(check.who, role);
        if (check.state == UserCheck::State::Unknown && unknown.empty())
            unknown = check.who;
        return alive.has_value();
    }
};

// Compares what the kernel says now with what the person saw.
std::optional<RemovalOutcome> checkSysvGuards(const RemovalItem& item, uint32_t key, uint32_t cuid,
                                              uint32_t uid, int64_t ctime) {
    const std::string what = std::string(kindWords(item.kind)) + " " + std::to_string(item.id);
    if (key != item.key)
        return refused("replaced", what + " now has key " + hex32(key) + " instead of " +
                                       hex32(item.key) +
                                       ": it was removed and another object took its id");
    if (cuid != item.cuid)
        return refused("replaced", what + " now has creator uid " + std::to_string(cuid) +
                                       " instead of " + std::to_string(item.cuid) +
                                       ": it was removed and re-created");
    if (ctime != item.ctime)
        return refused("changed", what + " was changed at " + std::to_string(ctime) +
                                      " (seen: " + std::to_string(item.ctime) +
                                      "): take a fresh snapshot and look again");
    if (uid != item.uid)
        return refused("changed", what + " now belongs to uid " + std::to_string(uid) +
                                      " instead of " + std::to_string(item.uid) +
                                      ": take a fresh snapshot and look again");
    return std::nullopt;
}

// A finer guard (below one second): the value now differs from the one the person saw.
std::optional<RemovalOutcome> usedSince(const RemovalItem& item, std::string_view field,
                                        const std::optional<int64_t>& seen, int64_t now) {
    if (!seen || *seen == now)
        return std::nullopt;
    return refused("changed",
                   std::string(kindWords(item.kind)) + " " +
                       (isSysv(item.kind) ? std::to_string(item.id) : "\"" + item.name + "\"") +
                       " was used since the snapshot (" + std::string(field) + " is " +
                       std::to_string(now) + ", seen: " + std::to_string(*seen) +
                       "): take a fresh snapshot and look again");
}

// Every semaphore's value and last-operation pid against the plan's (when it has them): a SETVAL
// or semop in the same second as the snapshot leaves sem_ctime / sem_otime unchanged.
std::optional<RemovalOutcome> checkSemDetail(const RemovalItem& item, int id, unsigned long nsems) {
    if (!item.semValues && !item.semPids)
        return std::nullopt;
    const size_t seen = item.semValues ? item.semValues->size() : item.semPids->size();
    if (seen != nsems)
        return refused("replaced", "semaphore set " + std::to_string(item.id) + " now has " +
                                       std::to_string(nsems) + " semaphores instead of " +
                                       std::to_string(seen) + ": it was removed and re-created");
    for (unsigned long i = 0; i < nsems; ++i) {
        const std::string which = "semaphore " + std::to_string(i);
        if (item.semValues) {
            const int value = ::semctl(id, int(i), GETVAL);
            if (value < 0)
                return std::nullopt; // read again by the caller, which reports the error
            if (auto o = usedSince(item, which + "'s value", (*item.semValues)[i], value))
                return o;
        }
        if (item.semPids) {
            const int pid = ::semctl(id, int(i), GETPID);
            if (pid < 0)
                return std::nullopt;
            if (auto o = usedSince(item, which + "'s last pid", (*item.semPids)[i], pid))
                return o;
        }
    }
    return std::nullopt;
}

// A POSIX queue's bytes (QSIZE in its file) against the plan's: its file times are whole
// seconds, so a message sent in the snapshot's second shows only here.
std::optional<RemovalOutcome> queuedSince(const RemovalItem& item, int dirFd,
                                          const std::string& file) {
    if (item.kind != ObjectKind::PosixMq || !item.qsize)
        return std::nullopt;
    std::string text;
    uint64_t qsize = 0;
    int64_t notifyPid = 0;
    const int fd = ::openat(dirFd, file.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    const bool read = fd >= 0 && readAllFrom(fd, text, 4096) == ReadAll::Ok &&
                      parseMqueueInfo(text, qsize, notifyPid);
    if (fd >= 0)
        ::close(fd);
    if (!read)
        return refused("changed", "the queue's length could not be read, so it cannot be "
                                  "compared with the snapshot: take a fresh snapshot");
    return usedSince(item, "qsize", item.qsize, int64_t(qsize));
}

RemovalOutcome statFailed(const RemovalItem& item, int error) {
    if (error == EINVAL || error == EIDRM)
        return refused("gone", "there is no " + std::string(kindWords(item.kind)) + " with id " +
                                   std::to_string(item.id) + " any more: already removed");
    return failedWith(error, "could not read " + std::string(kindWords(item.kind)) + " " +
                                 std::to_string(item.id));
}

RemovalOutcome rmid(const RemovalItem& item, int result) {
    if (result == 0)
        return removedOutcome(item);
    const int error = errno;
    if (error == EINVAL || error == EIDRM)
        return refused("gone", "it disappeared just before removal");
    return failedWith(error, "could not remove " + std::string(kindWords(item.kind)) + " " +
                                 std::to_string(item.id));
}

RemovalOutcome removeSem(const RemovalItem& item, const ProcessJudge& judge) {
    const int id = int(item.id);
    struct semid_ds ds {};
    semun arg{};
    arg.buf = &ds;
    if (::semctl(id, 0, IPC_STAT, arg) != 0)
        return statFailed(item, errno);
    if (auto guard = checkSysvGuards(item, uint32_t(ds.sem_perm.__key), ds.sem_perm.cuid,
                                     ds.sem_perm.uid, int64_t(ds.sem_ctime)))
        return *guard;
    if (auto guard = checkSemDetail(item, id, ds.sem_nsems))
        return *guard;
    if (!item.force) {
        const int64_t opTime = ds.sem_otime ? int64_t(ds.sem_otime) : int64_t(ds.sem_ctime);
        long waiting = 0;
        UserVerdict users;
        for (unsigned long i = 0; i < ds.sem_nsems; ++i) {
            const int n = ::semctl(id, int(i), GETNCNT);
            const int z = ::semctl(id, int(i), GETZCNT);
            const int pid = ::semctl(id, int(i), GETPID);
            if (n < 0 || z < 0 || pid < 0)
                return statFailed(item, errno);
            waiting += n + z;
            if (users.add(judge.user(pid, opTime), "the last process that operated on it,"))
                return *users.alive;
        }
        if (waiting > 0)
            return refused("waiters", std::to_string(waiting) +
                                          " process(es) are waiting on this semaphore set");
        if (!users.unknown.empty())
            return cannotCheck(users.unknown + ", the last process that operated on it,");
    }
    return rmid(item, ::semctl(id, 0, IPC_RMID));
}

RemovalOutcome removeShm(const RemovalItem& item, const ProcessJudge& judge) {
    const int id = int(item.id);
    struct shmid_ds ds {};
    if (::shmctl(id, IPC_STAT, &ds) != 0)
        return statFailed(item, errno);
    if (auto guard = checkSysvGuards(item, uint32_t(ds.shm_perm.__key), ds.shm_perm.cuid,
                                     ds.shm_perm.uid, int64_t(ds.shm_ctime)))
        return *guard;
    if (auto guard = usedSince(item, "nattch", item.nattch, int64_t(ds.shm_nattch)))
        return *guard;
    if (auto guard = usedSince(item, "lpid", item.lpid, int64_t(ds.shm_lpid)))
        return *guard;
    if (!item.force) {
        if (ds.shm_nattch > 0)
            return refused("attached", std::to_string(ds.shm_nattch) +
                                           " process(es) are attached to this segment");
        UserVerdict users;
        if (users.add(judge.user(ds.shm_cpid, int64_t(ds.shm_ctime)), "its creator,"))
            return *users.alive;
        const int64_t last = std::max(int64_t(ds.shm_atime), int64_t(ds.shm_dtime));
        if (users.add(judge.user(ds.shm_lpid, last ? last : int64_t(ds.shm_ctime)),
                      "the last process that attached or detached it,"))
            return *users.alive;
        if (!users.unknown.empty())
            return cannotCheck(users.unknown);
    }
    return rmid(item, ::shmctl(id, IPC_RMID, nullptr));
}

RemovalOutcome removeMsg(const RemovalItem& item, const ProcessJudge& judge) {
    const int id = int(item.id);
    struct msqid_ds ds {};
    if (::msgctl(id, IPC_STAT, &ds) != 0)
        return statFailed(item, errno);
    if (auto guard = checkSysvGuards(item, uint32_t(ds.msg_perm.__key), ds.msg_perm.cuid,
                                     ds.msg_perm.uid, int64_t(ds.msg_ctime)))
        return *guard;
    if (auto guard = usedSince(item, "qnum", item.qnum, int64_t(ds.msg_qnum)))
        return *guard;
    if (auto guard = usedSince(item, "lspid", item.lspid, int64_t(ds.msg_lspid)))
        return *guard;
    if (auto guard = usedSince(item, "lrpid", item.lrpid, int64_t(ds.msg_lrpid)))
        return *guard;
    if (!item.force) {
        UserVerdict users;
        if (users.add(judge.user(ds.msg_lspid,
                                 ds.msg_stime ? int64_t(ds.msg_stime) : int64_t(ds.msg_ctime)),
                      "the last sender,"))
            return *users.alive;
        if (users.add(judge.user(ds.msg_lrpid,
                                 ds.msg_rtime ? int64_t(ds.msg_rtime) : int64_t(ds.msg_ctime)),
                      "the last receiver,"))
            return *users.alive;
        if (!users.unknown.empty())
            return cannotCheck(users.unknown);
    }
    return rmid(item, ::msgctl(id, IPC_RMID, nullptr));
}

// The file of a POSIX object inside its directory.
std::string posixFileName(const RemovalItem& item) {
    return item.kind == ObjectKind::PosixSem ? "sem." + item.name : item.name;
}

const char* posixDir(const RemovalItem& item, const RemovalSources& sources) {
    return item.kind == ObjectKind::PosixMq ? sources.mqueueDir : sources.shmDir;
}

// Pids mapping POSIX objects of /dev/shm, by inode (one scan of /proc for the whole plan).
struct PosixMappers {
    uint64_t dev = 0;
    std::unordered_map<uint64_t, PosixObject> byInode;
    // Why the mappings cannot all be known (hidden processes, unreadable maps), or empty.
    std::string blind;
};

PosixMappers findPosixMappers(const RemovalPlan& plan, const RemovalSources& sources) {
    PosixMappers m;
    struct stat dir {};
    bool wanted = false;
    for (const RemovalItem& item : plan.items)
        wanted = wanted || (!item.force && (item.kind == ObjectKind::PosixShm ||
                                            item.kind == ObjectKind::PosixSem));
    if (!wanted || ::stat(sources.shmDir, &dir) != 0)
        return m;
    m.dev = uint64_t(dir.st_dev);
    MapsTargets targets;
    targets.posixDev = m.dev;
    for (const RemovalItem& item : plan.items) {
        if (item.kind == ObjectKind::PosixShm || item.kind == ObjectKind::PosixSem)
            m.byInode[item.inode].inode = item.inode;
    }
    for (auto& [inode, object] : m.byInode)
        targets.posixByInode[inode] = &object;
    const ProcessTable table = scanProcesses(targets, false, sources.proc);
    if (!table.procReadable) {
        m.blind = std::string(sources.proc) + " cannot be read, so the processes that map it "
                                              "cannot be checked";
    } else if (othersMayBeHidden(sources.proc)) {
        m.blind = std::string(sources.proc) +
                  " is mounted with hidepid=" + procHidepid(sources.proc) +
                  ": other users' processes are hidden from this user, and one of them may map it";
    } else {
        // A process whose maps are denied could map it only if it can reach this file system.
        for (const int64_t pid : table.mapsDenied) {
            if (pidMountsDevice(sources.proc, pid, m.dev) != Sight::No) {
                m.blind = "pid " + std::to_string(pid) +
                          " may still map it; its memory maps are not readable by this user";
                break;
            }
        }
    }
    return m;
}

RemovalOutcome removePosix(const RemovalItem& item, const RemovalSources& sources,
                           const PosixMappers& mappers) {
    const std::string file = posixFileName(item);
    const std::string what = std::string(kindWords(item.kind)) + " \"" + item.name + "\"";
    const int dirFd = ::open(posixDir(item, sources), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0) {
        if (errno == ENOENT)
            return refused("gone", std::string(posixDir(item, sources)) + " does not exist");
        return failedWith(errno, std::string("could not open ") + posixDir(item, sources));
    }
    struct stat st {};
    RemovalOutcome outcome;
    if (::fstatat(dirFd, file.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
        outcome = errno == ENOENT ? refused("gone", what + " does not exist any more")
                                  : failedWith(errno, "could not read " + what);
    } else if (!S_ISREG(st.st_mode)) {
        outcome = refused("not_a_file", what + " is not a regular file");
    } else if (uint64_t(st.st_ino) != item.inode) {
        outcome = refused("replaced", what + " is a different file now (inode " +
                                          std::to_string(st.st_ino) + " instead of " +
                                          std::to_string(item.inode) +
                                          "): it was removed and re-created");
    } else if (int64_t(st.st_mtime) != item.mtime) {
        outcome = refused("changed", what + " was modified at " + std::to_string(st.st_mtime) +
                                         " (seen: " + std::to_string(item.mtime) +
                                         "): take a fresh snapshot and look again");
    } else if (auto finer = usedSince(item, "mtime_ns", item.mtimeNs, st.st_mtim.tv_nsec)) {
        outcome = *finer;
    } else if (auto ctime = usedSince(item, "ctime", item.posixCtime, st.st_ctime)) {
        outcome = *ctime;
    } else if (auto ctimeNs = usedSince(item, "ctime_ns", item.ctimeNs, st.st_ctim.tv_nsec)) {
        outcome = *ctimeNs;
    } else if (auto queued = queuedSince(item, dirFd, file)) {
        outcome = *queued;
    } else if (st.st_uid != item.uid) {
        outcome = refused("changed", what + " now belongs to uid " + std::to_string(st.st_uid) +
                                         " instead of " + std::to_string(item.uid));
    } else {
        const auto it = mappers.byInode.find(item.inode);
        if (!item.force && item.kind != ObjectKind::PosixMq && uint64_t(st.st_dev) == mappers.dev &&
            it != mappers.byInode.end() && !it->second.mappedPids.empty()) {
            outcome = refused("mapped", std::to_string(it->second.mappedPids.size()) +
                                            " process(es) map it, e.g. pid " +
                                            std::to_string(it->second.mappedPids.front()));
        } else if (!item.force && item.kind != ObjectKind::PosixMq && !mappers.blind.empty()) {
            // Root already sees all it can: more rights would not help, only a person's check.
            outcome = refused("cannot_check",
                              mappers.blind + (::geteuid() == 0
                                                   ? " — force the removal after checking that "
                                                     "process yourself"
                                                   : " — run in administrator mode, or force the "
                                                     "removal after checking yourself"));
        } else if (::unlinkat(dirFd, file.c_str(), 0) == 0) {
            outcome = removedOutcome(item);
        } else {
            outcome = errno == ENOENT ? refused("gone", "it disappeared just before removal")
                                      : failedWith(errno, "could not remove " + what);
        }
    }
    ::close(dirFd);
    return outcome;
}

// The inode of the IPC namespace of `pid`, or 0.
uint64_t ipcNamespaceOf(const char* proc, int64_t pid) {
    struct stat st {};
    const std::string path = std::string(proc) + '/' + std::to_string(pid) + "/ns/ipc";
    return ::stat(path.c_str(), &st) == 0 ? uint64_t(st.st_ino) : 0;
}

// A POSIX object of a container: a file of the container's own /dev/shm or /dev/mqueue, reached
// through /proc/<pid>/root of one of its processes. The directory is opened first and the process
// checked afterwards to still be in the namespace, so a pid that exited and was reused cannot
// redirect the removal; the checks and the removal then use that open directory, with the same
// guards as at home (inode, times, owner, mappers of the container's file system).
RemovalOutcome removePosixInNamespace(const RemovalItem& item, uint64_t ns,
                                      const std::vector<int64_t>& pids,
                                      const RemovalSources& sources) {
    const char* sub = item.kind == ObjectKind::PosixMq ? "/root/dev/mqueue" : "/root/dev/shm";
    for (const int64_t pid : pids) {
        const std::string dir = std::string(sources.proc) + '/' + std::to_string(pid) + sub;
        const int dirFd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dirFd < 0)
            continue;
        if (ipcNamespaceOf(sources.proc, pid) != ns) {
            ::close(dirFd);
            continue;
        }
        struct stat inside {
        }, home{};
        RemovalOutcome outcome;
        if (::fstat(dirFd, &inside) == 0 && ::stat(posixDir(item, sources), &home) == 0 &&
            inside.st_dev == home.st_dev && inside.st_ino == home.st_ino) {
            // Its processes see the host's own directory: the file is the host's, not its.
            outcome = refused("changed", std::string(sub + 6) +
                                             " of the container is the host's own now: take a "
                                             "fresh snapshot and look again");
        } else {
            const std::string open = "/proc/self/fd/" + std::to_string(dirFd);
            RemovalSources there = sources;
            there.shmDir = there.mqueueDir = open.c_str();
            RemovalPlan one;
            one.items.push_back(item);
            outcome = removePosix(item, there, findPosixMappers(one, there));
        }
        ::close(dirFd);
        return outcome;
    }
    return refused("namespace_gone", "no process of the IPC namespace " + std::to_string(ns) +
                                         " shows its " + std::string(sub + 6) +
                                         " any more (the container stopped); nothing was removed");
}

// An object of another IPC namespace (a container's): checked and removed by a thread that has
// joined that namespace, with the same guards as at home. The namespace is opened through one of
// its processes and the descriptor checked to be that namespace; the thread checks again after
// joining. When no process holds the namespace any more, its objects are gone with it (or the
// number is another namespace's by now): refused, never tried elsewhere.
RemovalOutcome removeInNamespace(const RemovalItem& item, const ProcessJudge& judge,
                                 const std::map<uint64_t, std::vector<int64_t>>& namespaces,
                                 const RemovalSources& sources) {
    const uint64_t ns = *item.ns;
    const auto it = namespaces.find(ns);
    if (it == namespaces.end())
        return refused("namespace_gone", "the IPC namespace " + std::to_string(ns) +
                                             " has no running process any more (the container "
                                             "stopped); nothing was removed");
    if (!isSysv(item.kind))
        return removePosixInNamespace(item, ns, it->second, sources);
    EnterFailure failure;
    const int fd = openIpcNamespace(ns, it->second, failure, sources.proc);
    if (fd < 0)
        return refused("namespace_gone", failure.message + "; nothing was removed");
    RemovalOutcome outcome;
    const bool entered = runInIpcNamespace(
        fd, ns,
        [&] {
            switch (item.kind) {
            case ObjectKind::Sem:
                outcome = removeSem(item, judge);
                break;
            case ObjectKind::Shm:
                outcome = removeShm(item, judge);
                break;
            default:
                outcome = removeMsg(item, judge);
                break;
            }
        },
        failure);
    ::close(fd);
    if (!entered) {
        outcome.status = RemovalOutcome::Status::Failed;
        outcome.code = failure.code == "setns_refused" ? "permission_denied" : "system_error";
        outcome.message = failure.message + "; nothing was removed";
    }
    return outcome;
}

} // namespace

std::string_view statusCode(RemovalOutcome::Status status) {
    switch (status) {
    case RemovalOutcome::Status::Removed:
        return "removed";
    case RemovalOutcome::Status::Refused:
        return "refused";
    case RemovalOutcome::Status::Failed:
        break;
    }
    return "failed";
}

std::vector<RemovalOutcome> removeObjects(const RemovalPlan& plan, const RemovalSources& sources) {
    const ProcessJudge judge(sources.proc);
    const PosixMappers mappers = findPosixMappers(plan, sources);
    const std::optional<uint64_t> ownNs = currentIpcNamespace();
    std::optional<std::map<uint64_t, std::vector<int64_t>>> namespaces; // listed when needed
    std::vector<RemovalOutcome> outcomes;
    outcomes.reserve(plan.items.size());
    for (const RemovalItem& item : plan.items) {
        if (item.ns && item.ns != ownNs) {
            if (!namespaces)
                namespaces = listOtherIpcNamespaces(ownNs.value_or(0), sources.proc);
            outcomes.push_back(removeInNamespace(item, judge, *namespaces, sources));
            continue;
        }
        switch (item.kind) {
        case ObjectKind::Sem:
            outcomes.push_back(removeSem(item, judge));
            break;
        case ObjectKind::Shm:
            outcomes.push_back(removeShm(item, judge));
            break;
        case ObjectKind::Msg:
            outcomes.push_back(removeMsg(item, judge));
            break;
        case ObjectKind::PosixShm:
        case ObjectKind::PosixSem:
        case ObjectKind::PosixMq:
            outcomes.push_back(removePosix(item, sources, mappers));
            break;
        }
    }
    return outcomes;
}

} // namespace ipcscope::helper
