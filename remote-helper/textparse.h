// SPDX-License-Identifier: GPL-3.0-or-later
// Small, allocation-free helpers for the plain-text files under /proc and /etc.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace ipcscope::helper {

// Splits `text` at '\n'; the last line may lack its newline.
class LineReader {
public:
    explicit LineReader(std::string_view text)
        : m_rest(text) {}
    bool next(std::string_view& line);

private:
    std::string_view m_rest;
};

// Splits a line at runs of blanks (space, tab, CR, LF).
class FieldReader {
public:
    explicit FieldReader(std::string_view line)
        : m_rest(line) {}
    bool next(std::string_view& field);
    std::string_view rest() const { return m_rest; }

private:
    std::string_view m_rest;
};

std::string_view trimmed(std::string_view s);

// Whole-field conversions: nullopt on anything but optional '-' / digits, or on overflow.
std::optional<int64_t> toInt64(std::string_view s);
std::optional<uint64_t> toUInt64(std::string_view s);
std::optional<uint32_t> toOctal(std::string_view s);

} // namespace ipcscope::helper
