// SPDX-License-Identifier: GPL-3.0-or-later
// The counter behind `ipcscope_log_symptoms_total`: IPC failure lines counted once each, across
// runs of `metrics`. Each run sees only the tails of the logs (and a rotated log starts again), so
// a count of the lines seen now can fall; a counter must not. A small state file keeps, per
// signature, the running total and the time stamp of the newest line counted (with how many
// lines had that very second), and a run adds only the lines newer than that. Lines without a
// time stamp cannot be told apart from the ones counted before and are not counted.
#pragma once

#include "symptoms.h"

#include <cstdint>
#include <map>
#include <string>

namespace ipcscope::helper {

struct SymptomCount {
    uint64_t total = 0;
    int64_t lastSeen = 0;    // Unix time of the newest line counted, 0: none yet
    uint64_t atLastSeen = 0; // lines counted with exactly that time stamp
};
using SymptomCounts = std::map<std::string, SymptomCount, std::less<>>;

// Reads the state file. A missing file is the first run (empty counts, true); a file that is not
// a state file gives false and `error` (the caller starts again from zero: a counter reset).
bool readSymptomCounts(const std::string& path, SymptomCounts& counts, std::string& error);

// Adds the lines of `scan` that are newer than what `counts` has counted.
void countNewSymptoms(const SymptomScan& scan, SymptomCounts& counts);

// Writes the state atomically (temporary file in the same directory, fsync, rename).
// Returns an empty string or the reason it failed.
std::string writeSymptomCounts(const std::string& path, const SymptomCounts& counts);

} // namespace ipcscope::helper
