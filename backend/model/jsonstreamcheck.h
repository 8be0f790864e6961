// SPDX-License-Identifier: GPL-3.0-or-later
// Checks the syntax of JSON text while it arrives, piece by piece, so that a helper whose output
// is not JSON (garbage, or a server that answers with something else) can be stopped at the first
// wrong byte instead of being read to its end. It checks the structure (brackets, keys, commas,
// strings and their escapes, literals, nesting depth); it never rejects what JsonCursor accepts,
// and what it lets through JsonCursor still checks in full.
#pragma once

#include <QByteArrayView>

#include <vector>

namespace ipcscope {

class JsonStreamCheck {
public:
    // Checks the bytes that follow those fed before. False once a syntax error was seen.
    bool feed(QByteArrayView more);
    bool failed() const { return m_failed; }
    // The offset of the first wrong byte (counted over everything fed).
    qsizetype errorOffset() const { return m_errorOffset; }

private:
    enum class State { Value, ValueOrClose, KeyOrClose, Key, Colon, AfterValue, Done };
    bool fail(qsizetype at);
    bool structural(char c, qsizetype at);
    void valueDone();

    std::vector<char> m_stack; // '{' or '['
    State m_state = State::Value;
    bool m_inString = false;
    bool m_stringIsKey = false;
    bool m_escape = false;
    int m_unicodeDigits = 0; // hex digits still expected after \u
    bool m_inScalar = false;
    char m_literal[6] = {}; // true/false/null as read so far ('\0' for numbers)
    int m_literalLength = 0;
    qsizetype m_offset = 0;
    bool m_failed = false;
    qsizetype m_errorOffset = -1;
};

} // namespace ipcscope
