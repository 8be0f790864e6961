// SPDX-License-Identifier: GPL-3.0-or-later
#include "removal.h"

#include "fileio.h"
#include "processscan.h"
#include "procparse.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/stat.h>
#include <unistd.h>
#include <unordered_map>

namespace ipcscope::helper {

namespace {

union semun {
    int val;
    struct semid_ds* buf;
    unsigned short* array;
};

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

    // Empty when the pid is not a live user; otherwise "pid 123 (comm)".
    std::string liveUser(int64_t pid, int64_t opTime) const {
        if (pid <= 0)
            return {};
        std::string text;
        if (!readFile((m_proc + "/" + std::to_string(pid) + "/stat").c_str(), text))
            return {};
        const auto stat = parseStat(text);
        if (!stat || stat->state == 'Z' || stat->state == 'X' || stat->state == 'x')
            return {};
        const double start = double(m_bootTime) + double(stat->startTicks) / double(m_ticks);
        if (opTime > 0 && m_bootTime > 0 && start > double(opTime) + ClockSlack)
            return {}; // a newer process reused the pid
        return "pid " + std::to_string(pid) + " (" + std::string(stat->comm) + ")";
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
    if (!item.force) {
        const int64_t opTime = ds.sem_otime ? int64_t(ds.sem_otime) : int64_t(ds.sem_ctime);
        long waiting = 0;
        for (unsigned long i = 0; i < ds.sem_nsems; ++i) {
            const int n = ::semctl(id, int(i), GETNCNT);
            const int z = ::semctl(id, int(i), GETZCNT);
            const int pid = ::semctl(id, int(i), GETPID);
            if (n < 0 || z < 0 || pid < 0)
                return statFailed(item, errno);
            waiting += n + z;
            const std::string who = judge.liveUser(pid, opTime);
            if (!who.empty())
                return processAlive(who, "the last process that operated on it,");
        }
        if (waiting > 0)
            return refused("waiters", std::to_string(waiting) +
                                          " process(es) are waiting on this semaphore set");
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
    if (!item.force) {
        if (ds.shm_nattch > 0)
            return refused("attached", std::to_string(ds.shm_nattch) +
                                           " process(es) are attached to this segment");
        std::string who = judge.liveUser(ds.shm_cpid, int64_t(ds.shm_ctime));
        if (!who.empty())
            return processAlive(who, "its creator,");
        const int64_t last = std::max(int64_t(ds.shm_atime), int64_t(ds.shm_dtime));
        who = judge.liveUser(ds.shm_lpid, last ? last : int64_t(ds.shm_ctime));
        if (!who.empty())
            return processAlive(who, "the last process that attached or detached it,");
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
    if (!item.force) {
        std::string who = judge.liveUser(ds.msg_lspid, ds.msg_stime ? int64_t(ds.msg_stime)
                                                                    : int64_t(ds.msg_ctime));
        if (!who.empty())
            return processAlive(who, "the last sender,");
        who = judge.liveUser(ds.msg_lrpid,
                             ds.msg_rtime ? int64_t(ds.msg_rtime) : int64_t(ds.msg_ctime));
        if (!who.empty())
            return processAlive(who, "the last receiver,");
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
    scanProcesses(targets, false, sources.proc);
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
    std::vector<RemovalOutcome> outcomes;
    outcomes.reserve(plan.items.size());
    for (const RemovalItem& item : plan.items) {
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
