// SPDX-License-Identifier: GPL-3.0-or-later
// `ipcscope-cli report --html FILE`: the self-contained HTML report, with the diagnosis from the
// log search (logsearch.h), written to FILE.
#pragma once

#include "analysis/report.h"
#include "core/error.h"
#include "diagnosis/symptoms.h"

#include <QString>

namespace ipcscope::cli {

// Fails only when FILE cannot be written. An empty `scan` (logs not searched) makes the report
// say that the logs were not searched.
Result<bool> writeHtmlReport(const Report& report, const SymptomScan& scan, const QString& file);

} // namespace ipcscope::cli
