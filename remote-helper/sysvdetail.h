// SPDX-License-Identifier: GPL-3.0-or-later
// What /proc/sysvipc does not show: per-semaphore values, pids and waiter counts (semctl) and a
// queue's byte limit (msgctl). Both need read permission on the object; root always has it.
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
};

// Fills `sems` and `detail` of every set: GETALL once per set, GETPID per semaphore (the kernel
// has no bulk call for those), and GETNCNT/GETZCNT per semaphore of the sets that `waiters` does
// not prove free of waiting tasks.
void readSemaphoreDetail(std::vector<SemSet>& sets, const SemWaiters& waiters, DetailStats& stats);

// Fills `qbytes` where msgctl(IPC_STAT) is permitted.
void readQueueLimits(std::vector<MsgQueue>& queues, DetailStats& stats);

// Whether the kernel knows SEM_STAT_ANY (Linux >= 4.17): probed on a live set when there is one,
// otherwise judged from the release.
bool probeStatAny(const std::vector<SemSet>& sets, std::string_view kernelRelease);

} // namespace ipcscope::helper
