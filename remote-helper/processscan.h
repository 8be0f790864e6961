// SPDX-License-Identifier: GPL-3.0-or-later
// One pass over /proc: every process's stat and real uid (for processes[], users[], programs[])
// and, only when some object could be mapped, its maps (for attached_pids / mapped_pids).
// Each file is read at most once per process.
#pragma once

#include "model.h"
#include "semwaiters.h"

#include <unordered_map>
#include <vector>

namespace ipcscope::helper {

// Objects to look for in /proc/<pid>/maps. Empty maps mean maps are not read at all.
struct MapsTargets {
    // Segments of the helper's own IPC namespace (`ownIpcNs`; processes whose namespace is
    // unknown count as in it): "/SYSV…" entries, inode = shmid.
    std::unordered_map<uint64_t, ShmSegment*> segmentsByShmid;
    uint64_t posixDev = 0; // st_dev of /dev/shm
    std::unordered_map<uint64_t, PosixObject*> posixByInode;
    // Other IPC namespaces' segments by namespace, then shmid: a process matches only the
    // segments of its own namespace (every namespace numbers its segments from 0).
    uint64_t ownIpcNs = 0;
    std::unordered_map<uint64_t, std::unordered_map<uint64_t, ShmSegment*>> otherSegments;
    // POSIX objects on other /dev/shm file systems (containers'), by st_dev, then inode.
    std::unordered_map<uint64_t, std::unordered_map<uint64_t, PosixObject*>> otherPosix;
    bool empty() const {
        return segmentsByShmid.empty() && posixByInode.empty() && otherSegments.empty() &&
               otherPosix.empty();
    }
};

struct ProcessTable {
    bool procReadable = false;
    std::unordered_map<int64_t, ProcessInfo> byPid;
    size_t mapsUnreadable = 0;                   // processes whose maps were denied
    std::vector<UninspectedProcess> uninspected; // what each refused process refused, by pid
    // When maps were wanted: the pids whose maps (or stat, under hidepid=1) were denied.
    std::vector<int64_t> mapsDenied;
    SemWaiters semWaiters; // complete only when asked for and every task could be read
};

// Scans /proc (or `procRoot`); appends matching pids to the targets' attachedPids / mappedPids.
// With `findSemWaiters`, also reads every task's syscall file (see semwaiters.h).
ProcessTable scanProcesses(MapsTargets& targets, bool findSemWaiters,
                           const char* procRoot = "/proc");

// Reads /proc/<pid>/cmdline (NULs as spaces, at most 256 bytes); nullopt when gone or denied.
std::optional<std::string> readCmdline(int64_t pid, const char* procRoot = "/proc");

} // namespace ipcscope::helper
