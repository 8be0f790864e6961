// SPDX-License-Identifier: GPL-3.0-or-later
// Exit codes of ipcscope-cli; scripts rely on them (also listed in --help and docs/cli.md).
#pragma once

namespace ipcscope::cli {

enum ExitCode : int {
    ExitOk = 0,           // done
    ExitFailure = 1,      // could not connect, the helper failed, the snapshot was unreadable
    ExitUsage = 2,        // wrong command line
    ExitOrphansFound = 3, // report --fail-on-orphans: objects judged orphaned exist
};

} // namespace ipcscope::cli
