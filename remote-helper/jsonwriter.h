// SPDX-License-Identifier: GPL-3.0-or-later
// A streaming JSON writer that cannot produce invalid output: strings are repaired to valid UTF-8
// and every control character is escaped; numbers are integers or exact decimal fractions.
// Output collects in a buffer that is flushed to a file descriptor once it grows large, so a
// snapshot of tens of thousands of objects never needs one giant string.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ipcscope::helper {

class JsonWriter {
public:
    // fd < 0 keeps everything in memory (see text()).
    explicit JsonWriter(bool pretty, int fd = -1);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(std::string_view name);

    // Returns true when the bytes were not valid UTF-8 and had to be repaired.
    bool string(std::string_view bytes);
    void integer(int64_t v);
    void unsignedInteger(uint64_t v);
    // numerator / denominator as an exact decimal (denominator a power of ten up to 10^9, or any
    // other positive value, which is then rounded to 6 decimals).
    void fraction(uint64_t numerator, uint64_t denominator);
    void boolean(bool v);
    void null();

    void optionalString(const std::optional<std::string>& v);
    void optionalInteger(const std::optional<int64_t>& v);
    void optionalUnsigned(const std::optional<uint64_t>& v);

    // Ends the document with a newline and writes out what is buffered. False when writing failed.
    bool finish();
    const std::string& text() const { return m_out; }
    bool failed() const { return m_failed; }

private:
    void beforeValue();
    void newline();
    void maybeFlush();

    std::string m_out;
    int m_fd;
    bool m_pretty;
    bool m_failed = false;
    bool m_afterKey = false;
    // One entry per open container: whether it already holds an element.
    std::vector<bool> m_hasElement;
};

// Appends `bytes` as a JSON string literal (with quotes) to `out`; returns true when repaired.
bool appendJsonString(std::string_view bytes, std::string& out);

} // namespace ipcscope::helper
