// SPDX-License-Identifier: GPL-3.0-or-later
// Runs one ipcscope-cli command: connect (local helper or SSH), snapshot, analyze, print.
#pragma once

#include "options.h"

namespace ipcscope::cli {

// Returns the process exit code (exitcodes.h).
int run(const CliOptions& options);

} // namespace ipcscope::cli
