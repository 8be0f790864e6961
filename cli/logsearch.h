// SPDX-License-Identifier: GPL-3.0-or-later
// `ipcscope-cli report`: the search of the target's logs (helper `symptoms`, the same the window
// runs), for the diagnosis at the top of the report and in the HTML report.
#pragma once

#include "core/cancel.h"
#include "diagnosis/symptoms.h"
#include "transport/transport.h"

#include <QString>

namespace ipcscope::cli {

struct LogSearch {
    SymptomScan scan;
    QString unavailable; // why the logs could not be searched at all, or empty
};

// Runs the helper's `symptoms` when the helper can run on the target (the agentless read
// cannot). Never fails the report: what went wrong is a sentence in `unavailable`.
LogSearch searchLogs(Transport& transport, const CancelToken& cancel);

} // namespace ipcscope::cli
