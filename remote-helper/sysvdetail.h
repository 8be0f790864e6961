// SPDX-License-Identifier: GPL-3.0-or-later
// What /proc/sysvipc does not show: per-semaphore values, pids and waiter counts (semctl) and a
// queue's byte limit (msgctl). Both need read permission on the object; root always has it.
// The kernel has no bulk call for per-semaphore pids and waiter counts, so tens of thousands of
// sets mean hundreds of thousands of semctl calls: they are spread over the cores.
#pragma once

#include "model.h"
#include "semwaiters.h"

#include <string_view>
#include <vector>

namespace ipcscope::helper {

struct DetailStats {
    size_t semDenied = 0; // no read permission
    size_t semGone = 0;   // removed between listing and reading
    size_t semFailed = 0; // other errors
    size_t msgDenied = 0;
    size_t msgGone = 0;
    void add(const DetailStats& o);
};

// Lists every semaphore set with semctl(SEM_STAT_ANY) by index (Linux >= 4.17; the same fields
// as /proc/sysvipc/sem, without formatting and parsing text) and reads values and pids of each
// (readSemaphoreValues) in the same pass. False, with `sets` empty, when SEM_STAT_ANY cannot be
// shown to work here: the caller then lists from /proc.
bool listSemaphoresByIndex(std::vector<SemSet>& sets, DetailStats& stats);

// Fills `sems` (value and pid) and `detail`: GETALL once per set, GETPID per semaphore.
void readSemaphoreValues(std::vector<SemSet>& sets, DetailStats& stats);

// Fills ncnt/zcnt (GETNCNT/GETZCNT per semaphore) of the sets with detail that `waiters` does not
// prove free of waiting tasks; the others keep 0. With `zeroMeansNoZeroWaiters` (Linux >= 4.0,
// where a task counts only for the operation it is blocked on), a semaphore whose value is 0
// cannot have a task waiting for zero, and GETZCNT is skipped for it.
void readSemaphoreWaiters(std::vector<SemSet>& sets, const SemWaiters& waiters,
                          bool zeroMeansNoZeroWaiters, DetailStats& stats);

// Fills `qbytes` where msgctl(IPC_STAT) is permitted.
void readQueueLimits(std::vector<MsgQueue>& queues, DetailStats& stats);

// Whether the kernel knows SEM_STAT_ANY (Linux >= 4.17): probed on a live set when there is one,
// otherwise judged from the release.
bool probeStatAny(const std::vector<SemSet>& sets, std::string_view kernelRelease);

} // namespace ipcscope::helper
