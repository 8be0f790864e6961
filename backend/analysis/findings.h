// SPDX-License-Identifier: GPL-3.0-or-later
// The overview's sentences, most urgent first, each with one action, e.g. "4 semaphore sets left
// behind by Apache httpd, which is not running" -> Clean up (those objects).
#pragma once

#include "analysis/report.h"

namespace ipcscope::analysis {

// Needs report.objects, limits, software and suggestions filled in.
QList<Finding> findingsFor(const Report& report);

} // namespace ipcscope::analysis
