// SPDX-License-Identifier: GPL-3.0-or-later
// What this helper can and cannot see of other processes, for removals that must fail closed:
// /proc mounted with hidepid hides other users' processes from an ordinary user, and a process's
// maps are unreadable to anyone who may not ptrace it (other users, and some PID 1s even to
// root). A removal must not take "cannot see it" for "it is not there".
#pragma once

#include <cstdint>
#include <string>

namespace ipcscope::helper {

// The hidepid mode of the proc mount at `procRoot` ("invisible", "noaccess", "ptraceable", or
// the number), empty when it hides nothing. Read from /proc/self/mountinfo.
std::string procHidepid(const char* procRoot);

// Whether other users' processes may be hidden from this helper: hidepid is set and the helper
// is not root (root may ptrace every process and sees them all).
bool othersMayBeHidden(const char* procRoot);

enum class Sight { Yes, No, Unknown };

// Whether the process `pid` exists, asked of the kernel (kill(pid, 0); EPERM means it exists)
// when its /proc entry cannot be read. Unknown is never returned for a pid that is gone.
Sight pidExists(int64_t pid);

// Whether `pid` has a file system with device `dev` mounted (/proc/PID/mountinfo). A process
// that cannot reach the device cannot have opened a file on it by name. Unknown when unreadable.
Sight pidMountsDevice(const char* procRoot, int64_t pid, uint64_t dev);

} // namespace ipcscope::helper
