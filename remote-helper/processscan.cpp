// SPDX-License-Identifier: GPL-3.0-or-later
#include "processscan.h"

#include "fileio.h"
#include "procparse.h"
#include "textparse.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace ipcscope::helper {

namespace {

// "/SYSV0001c500 (deleted)" is how the kernel names a System V segment in maps.
bool isSysvPath(std::string_view path) {
    return path.substr(0, 5) == "/SYSV";
}

void scanMaps(int64_t pid, std::optional<uint64_t> ipcNs, std::string_view maps,
              MapsTargets& targets) {
    const uint32_t posixMajor = major(dev_t(targets.posixDev));
    const uint32_t posixMinor = minor(dev_t(targets.posixDev));
    // The segments of the process's own IPC namespace only.
    const std::unordered_map<uint64_t, ShmSegment*>* segments = &targets.segmentsByShmid;
    if (ipcNs && targets.ownIpcNs != 0 && *ipcNs != targets.ownIpcNs) {
        const auto it = targets.otherSegments.find(*ipcNs);
        segments = it != targets.otherSegments.end() ? &it->second : nullptr;
    }
    // A process maps the same object in several places; record it once per object.
    parseMaps(maps, [&](const MapsEntry& e) {
        std::vector<int64_t>* pids = nullptr;
        if (isSysvPath(e.path)) {
            if (!segments)
                return;
            const auto it = segments->find(e.inode);
            if (it != segments->end())
                pids = &it->second->attachedPids;
        } else if (e.devMajor == posixMajor && e.devMinor == posixMinor) {
            const auto it = targets.posixByInode.find(e.inode);
            if (it != targets.posixByInode.end())
                pids = &it->second->mappedPids;
        } else if (!targets.otherPosix.empty()) {
            const auto dev = targets.otherPosix.find(uint64_t(makedev(e.devMajor, e.devMinor)));
            if (dev == targets.otherPosix.end())
                return;
            const auto it = dev->second.find(e.inode);
            if (it != dev->second.end())
                pids = &it->second->mappedPids;
        }
        if (pids && (pids->empty() || pids->back() != pid))
            pids->push_back(pid);
    });
}

// "<dir>/<file>" into `out` (sized for a pid directory name and a short file name).
const char* joinPath(char (&out)[96], const char* dir, const char* file) {
    const size_t d = std::strlen(dir), f = std::strlen(file);
    if (d + 1 + f + 1 > sizeof out)
        return "";
    std::memcpy(out, dir, d);
    out[d] = '/';
    std::memcpy(out + d + 1, file, f + 1);
    return out;
}

bool refusedErrno() {
    return errno == EACCES || errno == EPERM;
}

// Reads the syscall file of every task of the process in `pidDir`. False when one of them could
// not be read for another reason than having exited: the proof of "no waiters" is then lost;
// `denied` tells that the reason was a refusal.
bool scanTasks(int procFd, const char* pidDir, SemWaiters& waiters, std::string& buf,
               bool& denied) {
    char path[96];
    joinPath(path, pidDir, "task");
    const int taskFd = ::openat(procFd, path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (taskFd < 0) {
        denied = refusedErrno();
        return errno == ENOENT || errno == ESRCH;
    }
    DIR* tasks = ::fdopendir(taskFd);
    if (!tasks) {
        ::close(taskFd);
        return false;
    }
    bool ok = true;
    while (const dirent* t = ::readdir(tasks)) {
        if (!toInt64(t->d_name))
            continue;
        joinPath(path, t->d_name, "syscall");
        if (!readFileAt(taskFd, path, buf)) {
            if (errno != ENOENT && errno != ESRCH) {
                denied = refusedErrno();
                ok = false;
                break;
            }
            continue;
        }
        int64_t semid = 0;
        switch (classifySyscall(buf, semid)) {
        case SyscallKind::SemWait:
            waiters.semids.insert(semid);
            break;
        case SyscallKind::Unattributed:
            waiters.unattributed = true;
            break;
        case SyscallKind::Other:
            break;
        }
    }
    ::closedir(tasks);
    return ok;
}

} // namespace

ProcessTable scanProcesses(MapsTargets& targets, bool findSemWaiters, const char* procRoot) {
    ProcessTable table;
    table.semWaiters.complete = findSemWaiters;
    DIR* dir = ::opendir(procRoot);
    if (!dir)
        return table;
    table.procReadable = true;
    const int procFd = ::dirfd(dir);
    const bool wantMaps = !targets.empty();
    std::string buf;
    char path[96];
    while (const dirent* e = ::readdir(dir)) {
        const auto pid = toInt64(e->d_name);
        if (!pid || *pid <= 0)
            continue;
        joinPath(path, e->d_name, "stat");
        if (!readFileAt(procFd, path, buf)) {
            // Gone since readdir, or hidden (hidepid=1 lists the directory, refuses its files):
            // then nothing of it can be checked.
            if (refusedErrno()) {
                if (wantMaps)
                    table.mapsDenied.push_back(*pid);
                UninspectedProcess u;
                u.pid = *pid;
                struct stat st {};
                if (::fstatat(procFd, e->d_name, &st, 0) == 0)
                    u.uid = st.st_uid;
                u.refused.push_back("stat");
                table.uninspected.push_back(std::move(u));
            }
            continue;
        }
        const auto stat = parseStat(buf);
        if (!stat)
            continue;
        ProcessInfo p;
        p.pid = *pid;
        p.state = stat->state;
        p.alive = stat->state != 'Z' && stat->state != 'X' && stat->state != 'x';
        p.comm = std::string(stat->comm);
        p.ppid = stat->ppid;
        p.startTicks = stat->startTicks;
        p.kernelThread = (stat->flags & KernelThreadFlag) != 0;
        std::vector<std::string> refused;
        joinPath(path, e->d_name, "status");
        // The Uid line comes early; the rest of status is not needed.
        if (readFilePrefixAt(procFd, path, buf, 1024))
            p.uid = parseStatusRealUid(buf);
        else if (refusedErrno())
            refused.push_back("status");
        if (!p.kernelThread && p.alive) {
            // Which IPC namespace it works in (a container's processes cannot use this one's
            // System V objects). Refused to other users' processes when not root: then unknown.
            joinPath(path, e->d_name, "ns/ipc");
            struct stat ns {};
            if (::fstatat(procFd, path, &ns, 0) == 0)
                p.ipcNs = uint64_t(ns.st_ino);
        }
        if (wantMaps && !p.kernelThread && p.alive) {
            joinPath(path, e->d_name, "maps");
            if (readFileAt(procFd, path, buf))
                scanMaps(p.pid, p.ipcNs, buf, targets);
            else if (refusedErrno()) {
                ++table.mapsUnreadable;
                table.mapsDenied.push_back(p.pid);
                refused.push_back("maps");
            }
        }
        // Kernel threads never wait in semop(); a zombie leader may still have live threads.
        bool tasksDenied = false;
        if (table.semWaiters.complete && !p.kernelThread &&
            !scanTasks(procFd, e->d_name, table.semWaiters, buf, tasksDenied))
            table.semWaiters.complete = false;
        if (tasksDenied)
            refused.push_back("task_syscall");
        if (!refused.empty()) {
            UninspectedProcess u;
            u.pid = p.pid;
            u.comm = p.comm;
            u.uid = p.uid;
            if (!u.uid) {
                struct stat st {};
                if (::fstatat(procFd, e->d_name, &st, 0) == 0)
                    u.uid = st.st_uid;
            }
            u.refused = std::move(refused);
            table.uninspected.push_back(std::move(u));
        }
        table.byPid.emplace(p.pid, std::move(p));
    }
    ::closedir(dir);
    std::sort(
        table.uninspected.begin(), table.uninspected.end(),
        [](const UninspectedProcess& a, const UninspectedProcess& b) { return a.pid < b.pid; });
    return table;
}

std::optional<std::string> readCmdline(int64_t pid, const char* procRoot) {
    const std::string path = std::string(procRoot) + '/' + std::to_string(pid) + "/cmdline";
    std::string buf;
    if (!readFilePrefixAt(AT_FDCWD, path.c_str(), buf, 256))
        return std::nullopt;
    while (!buf.empty() && buf.back() == '\0')
        buf.pop_back();
    for (char& c : buf)
        if (c == '\0')
            c = ' ';
    return buf;
}

} // namespace ipcscope::helper
