// SPDX-License-Identifier: GPL-3.0-or-later
// Known IPC failure signatures in log lines, and the time stamps of the log formats they appear
// in. The codes are a contract with the backend (backend/diagnosis/signatures.cpp matches pasted
// text with the same rules); docs/symptoms-schema.md lists them.
#pragma once

#include <cstdint>
#include <ctime>
#include <optional>
#include <string_view>

namespace ipcscope::helper {

// Every signature code matchSignature() can return, in its order of precedence.
inline constexpr std::string_view KnownSignatures[] = {
    "apache_mutex_create",      "apache_accept_mutex", "postgresql_semaphores",
    "postgresql_shared_memory", "semctl_rmid_failed",  "semget_no_space",
    "shmget_no_space",          "shmget_no_memory"};

// The code of the first signature `line` matches ("apache_mutex_create", …), or empty.
std::string_view matchSignature(std::string_view line);

// The program whose successful start `line` reports ("apache", "postgresql", "php-fpm"), or
// empty. A failure followed by a later start of the same program is history, not today's cause.
std::string_view matchStart(std::string_view line);

// A time stamp found at the start of a log line (after an optional "[").
struct LogTime {
    int64_t seconds = 0;   // Unix seconds
    std::string_view text; // the stamp as written in the line
};

// Parses the time stamp at the start of `line`: Apache "[Mon Nov 23 12:47:44.123456 2026]",
// PostgreSQL "2026-11-23 12:47:44.123 UTC", ISO 8601 "2026-11-23T12:47:44+0000", syslog
// "Nov 23 12:47:44" (the year is the one that puts it not after `now`). Stamps without a zone
// are the server's local time.
std::optional<LogTime> parseLogTime(std::string_view line, std::time_t now);

} // namespace ipcscope::helper
