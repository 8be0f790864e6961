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

namespace ipcscope::helper {

class JsonWriter {
public:
    // fd < 0 keeps everything in memory (see text()).
    explicit JsonWriter(bool pretty, int fd = -1);

    // A fragment: the elements of an array nested `depth` containers deep, written on another
    // thread and inserted into the main document with appendElements().
    static JsonWriter fragment(bool pretty, size_t depth);
    // Inserts the text of a fragment as further elements of the innermost open array.
    void appendElements(const JsonWriter& fragment);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // `name` must be plain ASCII without quotes or backslashes (the schema's field names).
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
    // A value the caller has already rendered as JSON (for hot loops in compact output).
    void rawValue(std::string_view json);

    void optionalString(const std::optional<std::string>& v);
    void optionalInteger(const std::optional<int64_t>& v);
    void optionalUnsigned(const std::optional<uint64_t>& v);

    // Ends the document with a newline and writes out what is buffered. False when writing failed.
    bool finish();
    const std::string& text() const { return m_out; }
    bool empty() const { return m_out.empty(); }
    void reserve(size_t bytes) { m_out.reserve(bytes); }
    bool pretty() const { return m_pretty; }
    size_t depth() const { return m_hasElement.size(); }
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
    // One char per open container: 1 once it holds an element.
    std::string m_hasElement;
};

// Appends `bytes` as a JSON string literal (with quotes) to `out`; returns true when repaired.
bool appendJsonString(std::string_view bytes, std::string& out);

} // namespace ipcscope::helper
