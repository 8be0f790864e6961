// SPDX-License-Identifier: GPL-3.0-or-later
// The `symptoms` command line: options, running the scan, printing the JSON. Kept out of
// main.cpp so the dispatcher stays a list of commands.
#pragma once

namespace ipcscope::helper {

// argv[0] is the program, argv[1] "symptoms". Returns the exit status (0, 1 or 2).
int runSymptomsCommand(int argc, char** argv, const char* helperVersion);

} // namespace ipcscope::helper
