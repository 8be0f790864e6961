// SPDX-License-Identifier: GPL-3.0-or-later
#include "sysvdetail.h"

#include "hostfacts.h"
#include "parallel.h"
#include "semun.h"

#include <cerrno>
#include <sys/msg.h>
#include <sys/sem.h>

#ifndef SEM_STAT_ANY
#define SEM_STAT_ANY 20 // Linux 4.17; older C libraries lack the name
#endif

namespace ipcscope::helper {

namespace {

// Sets per chunk of work: large enough to keep thread start-up negligible.
constexpr size_t ChunkSize = 1024;

void countFailure(DetailStats& stats, int error) {
    if (error == EACCES || error == EPERM)
        ++stats.semDenied;
    else if (error == EINVAL || error == EIDRM)
        ++stats.semGone;
    else
        ++stats.semFailed;
}

// GETALL, then GETPID per semaphore; `values` is scratch space reused between sets.
void readValues(SemSet& set, std::vector<unsigned short>& values, DetailStats& stats) {
    set.detail = false;
    set.sems.clear();
    if (set.nsems <= 0)
        return;
    const int id = int(set.id);
    values.assign(size_t(set.nsems), 0);
    semun arg{};
    arg.array = values.data();
    if (::semctl(id, 0, GETALL, arg) != 0) {
        countFailure(stats, errno);
        return;
    }
    set.sems.resize(values.size());
    for (size_t i = 0; i < values.size(); ++i) {
        Sem& s = set.sems[i];
        s.value = values[i];
        const int pid = ::semctl(id, int(i), GETPID);
        if (pid < 0) {
            countFailure(stats, errno);
            set.sems.clear();
            return;
        }
        s.pid = pid;
    }
    set.detail = true;
}

// The highest index in use (SEM_INFO), or -1; `inUse` is the number of sets.
int maxSemIndex(int* inUse = nullptr) {
    struct seminfo info {};
    semun arg{};
    arg.info = &info;
    const int max = ::semctl(0, 0, SEM_INFO, arg);
    if (inUse)
        *inUse = info.semusz; // SEM_INFO puts the number of sets here
    return max;
}

} // namespace

void DetailStats::add(const DetailStats& o) {
    semDenied += o.semDenied;
    semGone += o.semGone;
    semFailed += o.semFailed;
    msgDenied += o.msgDenied;
    msgGone += o.msgGone;
}

bool listSemaphoresByIndex(std::vector<SemSet>& sets, DetailStats& stats) {
    sets.clear();
    int inUse = 0;
    const int maxIndex = maxSemIndex(&inUse);
    if (maxIndex < 0)
        return false;
    // Indexes are handed out below about 1.5 times the largest number of sets there ever were;
    // when few sets remain spread over a wide range, reading /proc is cheaper than probing it.
    if (size_t(maxIndex) > 4 * size_t(inUse) + 1024)
        return false;
    // Only a success proves that this kernel knows SEM_STAT_ANY (an unknown command is EINVAL,
    // like an unused index).
    struct semid_ds probe {};
    semun arg{};
    arg.buf = &probe;
    if (::semctl(maxIndex, 0, SEM_STAT_ANY, arg) < 0)
        return false;

    const size_t count = size_t(maxIndex) + 1;
    std::vector<std::vector<SemSet>> chunkSets(chunkCount(count, ChunkSize));
    std::vector<DetailStats> chunkStats(chunkSets.size());
    std::vector<char> refused(chunkSets.size(), 0);
    parallelChunks(count, ChunkSize, [&](size_t chunk, size_t begin, size_t end) {
        std::vector<unsigned short> values;
        for (size_t index = begin; index < end; ++index) {
            struct semid_ds ds {};
            semun a{};
            a.buf = &ds;
            const int id = ::semctl(int(index), 0, SEM_STAT_ANY, a);
            if (id < 0) {
                if (errno == EACCES || errno == EPERM) // a security module hides it
                    refused[chunk] = 1;
                continue; // an unused index
            }
            SemSet set;
            set.key = static_cast<uint32_t>(ds.sem_perm.__key);
            set.id = id;
            set.mode = ds.sem_perm.mode;
            set.uid = ds.sem_perm.uid;
            set.gid = ds.sem_perm.gid;
            set.cuid = ds.sem_perm.cuid;
            set.cgid = ds.sem_perm.cgid;
            set.ctime = int64_t(ds.sem_ctime);
            set.otime = int64_t(ds.sem_otime);
            set.nsems = int64_t(ds.sem_nsems);
            readValues(set, values, chunkStats[chunk]);
            chunkSets[chunk].push_back(std::move(set));
        }
    });
    for (const char r : refused)
        if (r)
            return false; // /proc shows what the security module hides from SEM_STAT_ANY
    size_t total = 0;
    for (const auto& c : chunkSets)
        total += c.size();
    sets.reserve(total);
    for (auto& c : chunkSets)
        for (auto& set : c)
            sets.push_back(std::move(set));
    for (const auto& s : chunkStats)
        stats.add(s);
    return true;
}

void readSemaphoreValues(std::vector<SemSet>& sets, DetailStats& stats) {
    std::vector<DetailStats> chunkStats(chunkCount(sets.size(), ChunkSize));
    parallelChunks(sets.size(), ChunkSize, [&](size_t chunk, size_t begin, size_t end) {
        std::vector<unsigned short> values;
        for (size_t i = begin; i < end; ++i)
            readValues(sets[i], values, chunkStats[chunk]);
    });
    for (const auto& s : chunkStats)
        stats.add(s);
}

void readSemaphoreWaiters(std::vector<SemSet>& sets, const SemWaiters& waiters,
                          bool zeroMeansNoZeroWaiters, DetailStats& stats) {
    std::vector<DetailStats> chunkStats(chunkCount(sets.size(), ChunkSize));
    parallelChunks(sets.size(), ChunkSize, [&](size_t chunk, size_t begin, size_t end) {
        for (size_t index = begin; index < end; ++index) {
            SemSet& set = sets[index];
            if (!set.detail || !waiters.mayHaveWaiters(set.id))
                continue;
            const int id = int(set.id);
            for (size_t i = 0; i < set.sems.size(); ++i) {
                Sem& s = set.sems[i];
                s.ncnt = ::semctl(id, int(i), GETNCNT);
                s.zcnt = zeroMeansNoZeroWaiters && s.value == 0 ? 0 : ::semctl(id, int(i), GETZCNT);
                if (s.ncnt < 0 || s.zcnt < 0) {
                    countFailure(chunkStats[chunk], errno);
                    set.detail = false;
                    set.sems.clear();
                    break;
                }
            }
        }
    });
    for (const auto& s : chunkStats)
        stats.add(s);
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
        const int maxIndex = maxSemIndex();
        if (maxIndex >= 0) {
            struct semid_ds ds {};
            semun arg{};
            arg.buf = &ds;
            if (::semctl(maxIndex, 0, SEM_STAT_ANY, arg) >= 0)
                return true;
        }
    }
    return kernelAtLeast(kernelRelease, 4, 17);
}

} // namespace ipcscope::helper
