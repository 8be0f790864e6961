// SPDX-License-Identifier: GPL-3.0-or-later
// `ipcscope-helper symptoms`: the tails of the well-known logs (Apache, PostgreSQL, PHP-FPM,
// syslog/kernel, the journal) searched for known IPC failure signatures (logsignatures.h).
// Every log looked at is reported with what happened to it, so an unreadable log is never
// silently missing from the answer. Schema ipcscope.symptoms/1, docs/symptoms-schema.md.
#pragma once

#include "jsonwriter.h"

#include <cstdint>
#include <ctime>
#include <optional>
#include <string>
#include <vector>

namespace ipcscope::helper {

// How much of the end of each log is read.
inline constexpr size_t SymptomTailBytes = 256u * 1024u;
// Lines longer than this are cut (with "…") in the answer.
inline constexpr size_t SymptomLineBytes = 2048;
// At most this many matches per log are kept (the newest).
inline constexpr size_t SymptomsPerSource = 200;
inline constexpr size_t StartsPerSource = 50;

struct SymptomSource {
    std::string path;   // as on the server (without the log root), or "journal"
    std::string kind;   // "apache", "postgresql", "php-fpm", "system", "journal"
    std::string status; // "read", "absent", "unreadable", "failed"
    std::string reason; // for unreadable/failed: errno text or what went wrong
    std::string errnoName;
    uint64_t bytesRead = 0;
    bool truncated = false; // only the tail was read
    size_t matches = 0;
};

struct Symptom {
    std::string signature;
    size_t source = 0; // index into sources
    std::optional<int64_t> time;
    std::string timeText;
    std::string line;
};

// A line saying a program started successfully (Apache's "resuming normal operations", …).
struct StartLine {
    std::string program; // "apache", "postgresql", "php-fpm"
    size_t source = 0;   // index into sources
    std::optional<int64_t> time;
    std::string timeText;
    std::string line;
};

struct SymptomScan {
    int64_t time = 0;
    std::string logRoot;
    bool journal = false; // whether the journal was asked
    std::vector<SymptomSource> sources;
    std::vector<Symptom> symptoms;
    std::vector<StartLine> starts;
};

struct SymptomOptions {
    std::string logRoot; // prefix for every path ("" = the real /)
    bool journal = true; // ask journalctl (never with a log root: it reads the real system)
};

SymptomScan scanSymptoms(const SymptomOptions& options);

// Searches `text` (a log's tail) and appends the matches to `scan` as coming from `source`.
void collectSymptoms(std::string_view text, size_t source, std::time_t now, SymptomScan& scan);

void writeSymptoms(const SymptomScan& scan, const char* helperVersion, JsonWriter& writer);

} // namespace ipcscope::helper
