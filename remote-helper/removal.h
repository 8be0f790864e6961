// SPDX-License-Identifier: GPL-3.0-or-later
// Removes the objects of a plan, each only after a fresh re-check at the moment of removal
// (docs/safety.md): the object must still be the one the person saw (same guard values), and,
// unless the item is forced, nothing may use it (attached, waiting, or a referenced process that
// is alive and is the same process that used it).
#pragma once

#include "removalplan.h"

#include <string>
#include <vector>

namespace ipcscope::helper {

struct RemovalSources {
    const char* proc = "/proc";
    const char* shmDir = "/dev/shm";
    const char* mqueueDir = "/dev/mqueue";
};

struct RemovalOutcome {
    enum class Status { Removed, Refused, Failed };
    Status status = Status::Failed;
    // Refused: gone, replaced, changed, attached, waiters, process_alive, mapped, not_a_file,
    // cannot_check (a user may exist but is hidden from this helper).
    // Failed: permission_denied or system_error. Removed: removed or removed_forced.
    std::string code;
    std::string message; // one English sentence
    int error = 0;       // errno when failed
};

std::string_view statusCode(RemovalOutcome::Status status); // "removed", "refused", "failed"

// Checks and removes every item in order. The processes mapping POSIX objects are read once
// before the first item (one pass over /proc/*/maps for the whole plan).
std::vector<RemovalOutcome> removeObjects(const RemovalPlan& plan,
                                          const RemovalSources& sources = {});

} // namespace ipcscope::helper
