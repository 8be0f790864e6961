// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a program directly (fork/exec, no shell) and collects at most a bounded amount of its
// standard output and error within a time limit, so a huge or hanging journal cannot stall the
// helper.
#pragma once

#include <string>
#include <vector>

namespace ipcscope::helper {

struct CommandResult {
    bool started = false;  // false: could not be run (see error)
    bool timedOut = false; // killed after the time limit
    bool truncated = false;
    int exitStatus = -1; // exit code, or -1 when killed by a signal
    std::string out, err;
    std::string error; // why it could not run
};

CommandResult runBounded(const std::string& program, const std::vector<std::string>& args,
                         size_t maxBytes, int timeoutMs);

} // namespace ipcscope::helper
