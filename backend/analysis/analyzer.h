// SPDX-License-Identifier: GPL-3.0-or-later
// Snapshot -> Report. Pure: no I/O, no clock ("now" is the snapshot's host.time), so the same
// snapshot always gives the same report and every rule is tested on hand-written fixtures.
#pragma once

#include "analysis/advisor.h"
#include "analysis/report.h"

#include <QStringList>

namespace ipcscope {

struct AnalyzerOptions {
    // Settings of the PostgreSQL server(s) on the host, for the semaphore formula.
    PostgresSettings postgres;
    // Workloads to plan limits for even when not detected ("postgresql", "oracle", "db2").
    QStringList workloads;
};

Report analyze(const Snapshot& snapshot, const AnalyzerOptions& options = {});

} // namespace ipcscope
