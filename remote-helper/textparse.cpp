// SPDX-License-Identifier: GPL-3.0-or-later
#include "textparse.h"

#include <charconv>

namespace ipcscope::helper {

bool LineReader::next(std::string_view& line) {
    if (m_rest.empty())
        return false;
    const auto nl = m_rest.find('\n');
    if (nl == std::string_view::npos) {
        line = m_rest;
        m_rest = {};
    } else {
        line = m_rest.substr(0, nl);
        m_rest.remove_prefix(nl + 1);
    }
    return true;
}

static bool isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool FieldReader::next(std::string_view& field) {
    size_t i = 0;
    while (i < m_rest.size() && isBlank(m_rest[i]))
        ++i;
    if (i == m_rest.size()) {
        m_rest = {};
        return false;
    }
    size_t j = i;
    while (j < m_rest.size() && !isBlank(m_rest[j]))
        ++j;
    field = m_rest.substr(i, j - i);
    m_rest.remove_prefix(j);
    return true;
}

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (isBlank(s.front()) || s.front() == '\n'))
        s.remove_prefix(1);
    while (!s.empty() && (isBlank(s.back()) || s.back() == '\n'))
        s.remove_suffix(1);
    return s;
}

template <typename T>
static std::optional<T> convert(std::string_view s, int base) {
    // from_chars accepts a leading '-' for signed types only, which is what we want.
    if (s.empty())
        return std::nullopt;
    T value{};
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value, base);
    if (ec != std::errc() || end != s.data() + s.size())
        return std::nullopt;
    return value;
}

std::optional<int64_t> toInt64(std::string_view s) {
    return convert<int64_t>(s, 10);
}

std::optional<uint64_t> toUInt64(std::string_view s) {
    return convert<uint64_t>(s, 10);
}

std::optional<uint32_t> toOctal(std::string_view s) {
    return convert<uint32_t>(s, 8);
}

} // namespace ipcscope::helper
