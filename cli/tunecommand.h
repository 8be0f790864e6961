// SPDX-License-Identifier: GPL-3.0-or-later
// `tune --plan FILE` and `tune --apply [--yes]`: the planner's proposal for TARGET (or the
// report's suggestions without a plan), what would change with the sysctl commands, and with
// --yes the change applied through `ipcscope-helper apply-limits` with the read-back values.
#pragma once

#include "options.h"

#include "analysis/report.h"
#include "core/cancel.h"
#include "transport/transport.h"

namespace ipcscope::cli {

// Prints to stdout; returns the exit code (0 also for a dry run, 1 when the kernel refused).
// With `ns`, `report` is that container's (its namespace's snapshot analysed on its own) and the
// change is applied inside its IPC namespace, at runtime only.
int tunePlanCommand(const CliOptions& options, const Report& report, Transport& transport,
                    const CancelToken& cancel, const IpcNamespace* ns = nullptr);

} // namespace ipcscope::cli
