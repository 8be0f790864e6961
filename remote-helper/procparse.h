// SPDX-License-Identifier: GPL-3.0-or-later
// Parsers for per-process files under /proc/<pid>/ (proc(5)).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>

namespace ipcscope::helper {

struct StatFields {
    std::string_view comm; // without the parentheses; may contain spaces and ')'
    char state = 0;
    int64_t ppid = 0;
    uint64_t flags = 0;
    uint64_t startTicks = 0; // field 22, clock ticks since boot
};

// Parses the single line of /proc/<pid>/stat. The comm field may contain anything, including
// ") ", so it ends at the *last* ')'.
std::optional<StatFields> parseStat(std::string_view text);

// The kernel thread flag in the stat flags field (PF_KTHREAD).
constexpr uint64_t KernelThreadFlag = 0x00200000;

// Real uid from the "Uid:" line of /proc/<pid>/status.
std::optional<uint32_t> parseStatusRealUid(std::string_view text);

// One mapping of /proc/<pid>/maps that refers to a file.
struct MapsEntry {
    uint32_t devMajor = 0, devMinor = 0;
    uint64_t inode = 0;
    std::string_view path; // as printed: may end in " (deleted)"; newlines appear as "\012"
};

// Calls `onFile` for every line whose path starts with `/` (a mapped file, including System V
// segments, shown as "/SYSV<key hex> (deleted)").
void parseMaps(std::string_view text, const std::function<void(const MapsEntry&)>& onFile);

// The "btime" line of /proc/stat (boot time in Unix seconds).
std::optional<int64_t> parseBootTime(std::string_view procStat);

// "MemTotal:  16314412 kB" of /proc/meminfo, in bytes.
std::optional<uint64_t> parseMemTotal(std::string_view meminfo);

// First field of /proc/uptime ("12345.67 ...") in hundredths of a second.
std::optional<uint64_t> parseUptimeCentis(std::string_view uptime);

} // namespace ipcscope::helper
