// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include "fileio.h"
#include "utf8.h"

#include <charconv>

namespace ipcscope::helper {

namespace {
constexpr size_t FlushThreshold = 256 * 1024;
}

static bool isPlain(std::string_view bytes) {
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\')
            return false;
    }
    return true;
}

bool appendJsonString(std::string_view bytes, std::string& out) {
    if (isPlain(bytes)) { // the common case: user names, comm, warnings
        out.push_back('"');
        out.append(bytes);
        out.push_back('"');
        return false;
    }
    std::string repaired;
    const bool wasRepaired = appendRepairedUtf8(bytes, repaired);
    static const char hex[] = "0123456789abcdef";
    out.push_back('"');
    for (const char ch : repaired) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default:
            // DEL is legal in JSON but invisible; escape it like the C0 controls.
            if (c < 0x20 || c == 0x7f) {
                out.append("\\u00");
                out.push_back(hex[c >> 4]);
                out.push_back(hex[c & 0xf]);
            } else {
                out.push_back(ch);
            }
        }
    }
    out.push_back('"');
    return wasRepaired;
}

JsonWriter::JsonWriter(bool pretty, int fd)
    : m_fd(fd)
    , m_pretty(pretty) {
    m_out.reserve(fd >= 0 ? FlushThreshold + 4096 : 4096);
}

JsonWriter JsonWriter::fragment(bool pretty, size_t depth) {
    JsonWriter w(pretty, -1);
    w.m_hasElement.assign(depth, 1);
    if (depth > 0)
        w.m_hasElement.back() = 0; // the fragment's first element needs no comma
    return w;
}

void JsonWriter::appendElements(const JsonWriter& fragment) {
    if (fragment.m_out.empty())
        return;
    if (m_hasElement.back())
        m_out.push_back(',');
    m_hasElement.back() = 1;
    if (m_fd < 0) {
        m_out.append(fragment.m_out);
        return;
    }
    // Large fragments go straight out instead of being copied into the buffer first.
    if (!writeAll(m_fd, m_out.data(), m_out.size()) ||
        !writeAll(m_fd, fragment.m_out.data(), fragment.m_out.size()))
        m_failed = true;
    m_out.clear();
}

void JsonWriter::newline() {
    if (!m_pretty)
        return;
    m_out.push_back('\n');
    m_out.append(m_hasElement.size() * 2, ' ');
}

void JsonWriter::beforeValue() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_hasElement.empty()) {
        if (m_hasElement.back())
            m_out.push_back(',');
        m_hasElement.back() = 1;
        newline();
    }
}

void JsonWriter::maybeFlush() {
    if (m_fd >= 0 && m_out.size() >= FlushThreshold) {
        if (!writeAll(m_fd, m_out.data(), m_out.size()))
            m_failed = true;
        m_out.clear();
    }
}

void JsonWriter::beginObject() {
    beforeValue();
    m_out.push_back('{');
    m_hasElement.push_back(0);
}

void JsonWriter::endObject() {
    const bool had = m_hasElement.back();
    m_hasElement.pop_back();
    if (had)
        newline();
    m_out.push_back('}');
    maybeFlush();
}

void JsonWriter::beginArray() {
    beforeValue();
    m_out.push_back('[');
    m_hasElement.push_back(0);
}

void JsonWriter::endArray() {
    const bool had = m_hasElement.back();
    m_hasElement.pop_back();
    if (had)
        newline();
    m_out.push_back(']');
    maybeFlush();
}

void JsonWriter::key(std::string_view name) {
    beforeValue();
    m_out.push_back('"');
    m_out.append(name);
    m_out.append(m_pretty ? "\": " : "\":");
    m_afterKey = true;
}

bool JsonWriter::string(std::string_view bytes) {
    beforeValue();
    return appendJsonString(bytes, m_out);
}

template <typename T>
static void appendNumber(std::string& out, T v) {
    char buf[24];
    const auto res = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, res.ptr);
}

void JsonWriter::integer(int64_t v) {
    beforeValue();
    appendNumber(m_out, v);
}

void JsonWriter::unsignedInteger(uint64_t v) {
    beforeValue();
    appendNumber(m_out, v);
}

void JsonWriter::fraction(uint64_t numerator, uint64_t denominator) {
    beforeValue();
    if (denominator == 0)
        denominator = 1;
    uint64_t whole = numerator / denominator;
    const uint64_t rest = numerator % denominator;
    // Exact digits when the denominator is a power of ten (clock ticks, centiseconds), else 6.
    int digits = 0;
    uint64_t scale = 1;
    while (scale < denominator && digits < 9) {
        scale *= 10;
        ++digits;
    }
    const bool exact = scale == denominator;
    if (!exact) {
        digits = 6;
        scale = 1000000;
    }
    const auto scaled = static_cast<unsigned __int128>(rest) * scale;
    uint64_t frac = static_cast<uint64_t>(exact ? scaled / denominator
                                                : (scaled + denominator / 2) / denominator);
    if (frac >= scale) { // rounding carried into the whole part
        frac -= scale;
        ++whole;
    }
    appendNumber(m_out, whole);
    char buf[16];
    for (int i = digits - 1; i >= 0; --i) {
        buf[i] = char('0' + frac % 10);
        frac /= 10;
    }
    while (digits > 0 && buf[digits - 1] == '0')
        --digits;
    if (digits > 0) {
        m_out.push_back('.');
        m_out.append(buf, size_t(digits));
    }
}

void JsonWriter::boolean(bool v) {
    beforeValue();
    m_out.append(v ? "true" : "false");
}

void JsonWriter::rawValue(std::string_view json) {
    beforeValue();
    m_out.append(json);
}

void JsonWriter::null() {
    beforeValue();
    m_out.append("null");
}

void JsonWriter::optionalString(const std::optional<std::string>& v) {
    if (v)
        string(*v);
    else
        null();
}

void JsonWriter::optionalInteger(const std::optional<int64_t>& v) {
    if (v)
        integer(*v);
    else
        null();
}

void JsonWriter::optionalUnsigned(const std::optional<uint64_t>& v) {
    if (v)
        unsignedInteger(*v);
    else
        null();
}

bool JsonWriter::finish() {
    m_out.push_back('\n');
    if (m_fd >= 0) {
        if (!writeAll(m_fd, m_out.data(), m_out.size()))
            m_failed = true;
        m_out.clear();
    }
    return !m_failed;
}

} // namespace ipcscope::helper
