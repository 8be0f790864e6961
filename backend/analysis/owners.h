// SPDX-License-Identifier: GPL-3.0-or-later
// Per-user breakdown: what each owner holds and how much of it looks orphaned.
#pragma once

#include "analysis/report.h"

namespace ipcscope::analysis {

// One row per owner uid with objects, sorted by uid.
QList<OwnerSummary> ownerSummaries(const Snapshot& snapshot, const QList<ObjectVerdict>& verdicts);

} // namespace ipcscope::analysis
