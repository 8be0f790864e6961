// SPDX-License-Identifier: GPL-3.0-or-later
// `ipcscope-helper metrics`: the Prometheus text format (version 0.0.4, which node_exporter's
// textfile collector reads) about one snapshot: objects by type, helper verdict, owner and
// software; each limit's value, use and ratio; orphaned objects and bytes; IPC failures found in
// the logs; how long it took and the helper's version. docs/monitoring.md lists the metrics.
//
// The verdicts of the product are made by the analysis in the backend (Qt). The helper has no Qt,
// so it classifies with a subset of those rules (docs/verdicts.md rules 1, 2, 4 and 5: positive
// evidence, what could not be seen, no per-semaphore detail, owner and creator), without the
// software and generation rules. Its "orphaned" is therefore the clear case only: every
// referenced process gone, nothing attached or waiting, and neither owner nor creator runs any
// process. The label is called helper_verdict so that nobody takes it for the report's verdict.
#pragma once

#include "accounts.h"
#include "model.h"
#include "symptomcounter.h"
#include "symptoms.h"

#include <string>
#include <string_view>

namespace ipcscope::helper {

enum class HelperVerdict { InUse, Orphaned, PossiblyOrphaned, Unknown };
std::string_view helperVerdictCode(HelperVerdict v); // "in_use", "orphaned", …

// The helper's classification of each object (see above), in the order of the snapshot's lists.
struct ClassifiedObject {
    std::string_view type; // "sem", "shm", "msg", "posix_shm", "posix_sem", "posix_mq"
    HelperVerdict verdict = HelperVerdict::Unknown;
    uint32_t uid = 0;
    std::string_view software; // "apache", "postgresql", "oracle", "db2", or "" (by owner only)
    uint64_t bytes = 0;        // what it holds: segment size, queued bytes, POSIX file size
};
std::vector<ClassifiedObject> classifyObjects(const Snapshot& snapshot, const Accounts& accounts);

// `value` escaped for a label value: backslash, double quote and line feed; invalid UTF-8 is
// replaced by U+FFFD.
std::string escapeLabelValue(std::string_view value);

struct MetricsInput {
    const Snapshot* snapshot = nullptr;
    const Accounts* accounts = nullptr;
    const SymptomScan* symptoms = nullptr; // null: the logs were not searched
    // The running totals (symptomcounter.h), this run's lines added; null: no state file, so no
    // counter (a count of this run's lines alone could fall).
    const SymptomCounts* symptomCounts = nullptr;
    double durationSeconds = 0;
    const char* helperVersion = "";
    size_t maxOwners = 10; // owners beyond the biggest ones are summed up as owner="other"
};
std::string renderMetrics(const MetricsInput& input);

// Writes `text` to DIR/ipcscope.prom atomically: a temporary file in DIR, fsync, rename.
// Returns an empty string or the reason it failed.
std::string writeTextfile(const std::string& dir, const std::string& text);

// argv[0] is the program, argv[1] "metrics". Returns the exit status (0, 1 or 2).
int runMetricsCommand(int argc, char** argv, const char* helperVersion);

} // namespace ipcscope::helper
