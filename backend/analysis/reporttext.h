// SPDX-License-Identifier: GPL-3.0-or-later
// The report as readable text for a terminal (`ipcscope-cli report` and `tune`).
#pragma once

#include "analysis/report.h"

#include <QString>

namespace ipcscope {

// Findings, limits with usage, owners, the objects that are not in use with their reasons, and
// the suggestions with the sysctl snippet.
QString reportToText(const Report& report);
// The same with sections of a higher layer (the diagnosis from the logs): `first` right after the
// header, `afterFindings` after the findings; empty ones are left out.
QString reportToText(const Report& report, const QString& first, const QString& afterFindings);
// Limits with usage, suggestions and the sysctl snippet.
QString tuneToText(const Report& report);

} // namespace ipcscope
