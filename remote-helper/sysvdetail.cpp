// SPDX-License-Identifier: GPL-3.0-or-later
#include "sysvdetail.h"

#include "hostfacts.h"
#include "parallel.h"

#include <cerrno>
#include <sys/msg.h>
#include <sys/sem.h>

#ifndef SEM_STAT_ANY
#define SEM_STAT_ANY 20 // Linux 4.17; older C libraries lack the name
#endif

namespace ipcscope::helper {

namespace {
// The caller must define this union for semctl (see semctl(2)).
union semun {
    int val;
    struct semid_ds* buf;
    unsigned short* array;
    struct seminfo* info;
};
} // namespace

static void readSets(std::vector<SemSet>& sets, size_t begin, size_t end, const SemWaiters& waiters,
                     DetailStats& stats) {
    std::vector<unsigned short> values;
    for (size_t index = begin; index < end; ++index) {
        SemSet& set = sets[index];
        set.detail = false;
        set.sems.clear();
        if (set.nsems <= 0)
            continue;
        const int id = int(set.id);
        values.assign(size_t(set.nsems), 0);
        semun arg{};
        arg.array = values.data();
        if (::semctl(id, 0, GETALL, arg) != 0) {
            if (errno == EACCES || errno == EPERM)
                ++stats.semDenied;
            else if (errno == EINVAL || errno == EIDRM)
                ++stats.semGone;
            else
                ++stats.semFailed;
            continue;
        }
        set.sems.resize(values.size());
        const bool countWaiters = waiters.mayHaveWaiters(set.id);
        bool ok = true;
        for (size_t i = 0; i < values.size() && ok; ++i) {
            Sem& s = set.sems[i];
            s.value = values[i];
            const int pid = ::semctl(id, int(i), GETPID);
            ok = pid >= 0;
            s.pid = pid;
            if (ok && countWaiters) {
                s.ncnt = ::semctl(id, int(i), GETNCNT);
                s.zcnt = ::semctl(id, int(i), GETZCNT);
                ok = s.ncnt >= 0 && s.zcnt >= 0;
            }
        }
        if (!ok) {
            ++(errno == EINVAL || errno == EIDRM ? stats.semGone : stats.semFailed);
            set.sems.clear();
            continue;
        }
        set.detail = true;
    }
}

void readSemaphoreDetail(std::vector<SemSet>& sets, const SemWaiters& waiters, DetailStats& stats) {
    // One semctl per semaphore at least: spread large numbers of sets over the cores.
    constexpr size_t ChunkSize = 1024;
    std::vector<DetailStats> chunkStats(chunkCount(sets.size(), ChunkSize));
    parallelChunks(sets.size(), ChunkSize, [&](size_t chunk, size_t begin, size_t end) {
        readSets(sets, begin, end, waiters, chunkStats[chunk]);
    });
    for (const auto& c : chunkStats) {
        stats.semDenied += c.semDenied;
        stats.semGone += c.semGone;
        stats.semFailed += c.semFailed;
    }
}

void readQueueLimits(std::vector<MsgQueue>& queues, DetailStats& stats) {
    for (MsgQueue& q : queues) {
        struct msqid_ds ds {};
        if (::msgctl(int(q.id), IPC_STAT, &ds) == 0) {
            q.qbytes = uint64_t(ds.msg_qbytes);
        } else if (errno == EACCES || errno == EPERM) {
            ++stats.msgDenied;
        } else {
            ++stats.msgGone;
        }
    }
}

bool probeStatAny(const std::vector<SemSet>& sets, std::string_view kernelRelease) {
    if (!sets.empty()) {
        // SEM_INFO returns the highest index in use; SEM_STAT_ANY takes an index, not an id.
        struct seminfo info {};
        semun arg{};
        arg.info = &info;
        const int maxIndex = ::semctl(0, 0, SEM_INFO, arg);
        if (maxIndex >= 0) {
            struct semid_ds ds {};
            arg.buf = &ds;
            if (::semctl(maxIndex, 0, SEM_STAT_ANY, arg) >= 0)
                return true;
        }
    }
    return kernelAtLeast(kernelRelease, 4, 17);
}

} // namespace ipcscope::helper
