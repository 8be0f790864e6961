// SPDX-License-Identifier: GPL-3.0-or-later
// Parsers for /proc/sysvipc/{sem,shm,msg}. Columns are found by the names in the header line, so
// older kernels (3.10 has no rss/swap for segments) and future ones with extra columns both work.
#pragma once

#include "model.h"

#include <string>
#include <string_view>
#include <vector>

namespace ipcscope::helper {

struct ListParseResult {
    bool ok = false;                         // header recognised
    std::vector<std::string> missingColumns; // known columns this kernel does not print
    size_t badLines = 0;                     // rows that could not be parsed (skipped)
};

ListParseResult parseSemList(std::string_view text, std::vector<SemSet>& out);
ListParseResult parseShmList(std::string_view text, std::vector<ShmSegment>& out);
ListParseResult parseMsgList(std::string_view text, std::vector<MsgQueue>& out);

// The kernel prints keys as signed decimal; the schema wants them as unsigned 32-bit.
std::optional<uint32_t> parseKey(std::string_view field);

} // namespace ipcscope::helper
