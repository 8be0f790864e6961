// SPDX-License-Identifier: GPL-3.0-or-later
// Host facts (uname, boot time, memory, namespaces) and the kernel's IPC limits.
#pragma once

#include "model.h"

#include <string_view>
#include <vector>

namespace ipcscope::helper {

HostFacts readHostFacts(std::vector<Warning>& warnings);
Limits readLimits(std::vector<Warning>& warnings);

// /proc/sys/kernel/sem: "SEMMSL SEMMNS SEMOPM SEMMNI". False unless all four are numbers.
bool parseSemLimits(std::string_view text, Limits& limits);

// "3.10.0-1160.el7.x86_64" -> true for at least major.minor.
bool kernelAtLeast(std::string_view release, int major, int minor);

} // namespace ipcscope::helper
