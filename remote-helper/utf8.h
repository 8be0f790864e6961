// SPDX-License-Identifier: GPL-3.0-or-later
// UTF-8 validation and repair. File names and process names are arbitrary bytes; the JSON the
// helper prints must be valid UTF-8 all the same.
#pragma once

#include <string>
#include <string_view>

namespace ipcscope::helper {

// Appends `in` to `out` with every ill-formed sequence replaced by U+FFFD, one replacement per
// maximal subpart (Unicode "substitution of maximal subparts"): overlong forms, surrogates, code
// points above U+10FFFF, stray continuation bytes and truncated sequences are all ill-formed.
// Returns true when anything had to be replaced.
bool appendRepairedUtf8(std::string_view in, std::string& out);

bool isValidUtf8(std::string_view in);

// Lowercase hex of the bytes, e.g. "ff0a".
std::string toHex(std::string_view bytes);

} // namespace ipcscope::helper
