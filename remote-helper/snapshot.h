// SPDX-License-Identifier: GPL-3.0-or-later
// Takes one snapshot of the host's IPC objects: every reader in turn, then the cross-references
// (which processes map which segment, which pids the objects name).
#pragma once

#include "accounts.h"
#include "model.h"

#include <string>

namespace ipcscope::helper {

struct SnapshotSources {
    const char* proc = "/proc";
    const char* shmDir = "/dev/shm";
    const char* mqueueDir = "/dev/mqueue";
    // List semaphore sets with SEM_STAT_ANY where the kernel has it (false: always /proc, as on
    // kernels before 4.17; the tests compare both).
    bool semStatAnyListing = true;
};

// Fills `snapshot` and `accounts`. Returns false with a one-line `error` only when no snapshot is
// possible at all (not Linux, /proc not mounted); everything else becomes a warning.
bool takeSnapshot(Snapshot& snapshot, Accounts& accounts, std::string& error,
                  const SnapshotSources& sources = {});

} // namespace ipcscope::helper
