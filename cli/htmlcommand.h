// SPDX-License-Identifier: GPL-3.0-or-later
// `ipcscope-cli report --html FILE`: the log search on the target (helper `symptoms`) and the
// self-contained HTML report written to FILE.
#pragma once

#include "analysis/report.h"
#include "core/cancel.h"
#include "core/error.h"
#include "transport/transport.h"

#include <QString>

namespace ipcscope::cli {

// Searches the target's logs when the helper can run there (the agentless read cannot), then
// writes the report. Errors of the log search do not stop the report: it says the logs were not
// searched. Fails only when FILE cannot be written.
Result<bool> writeHtmlReport(const Report& report, Transport& transport, const QString& file,
                             const CancelToken& cancel);

} // namespace ipcscope::cli
