// SPDX-License-Identifier: GPL-3.0-or-later
// The `apply-limits` command line: options, reading the change on stdin, applying it, logging
// to syslog and printing the result. Kept out of main.cpp so the dispatcher stays a list.
#pragma once

namespace ipcscope::helper {

// argv[0] is the program, argv[1] "apply-limits". Exit status: 0 applied, 3 refused by the
// kernel (nothing changed; the result on stdout says which value), 2 usage error, 1 failure,
// 4 the result could not be written (stderr says whether the limits were applied).
int runApplyLimitsCommand(int argc, char** argv, const char* helperVersion);

} // namespace ipcscope::helper
