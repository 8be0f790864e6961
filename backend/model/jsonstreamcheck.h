// SPDX-License-Identifier: GPL-3.0-or-later
// Checks the syntax of JSON text while it arrives, piece by piece, so that a helper whose output
// is not JSON (garbage, or a server that answers with something else) can be stopped at the first
// wrong byte instead of being read to its end. It checks the structure (brackets, keys, commas,
// strings and their escapes, literals, nesting depth); it never rejects what JsonCursor accepts,
// and what it lets through JsonCursor still checks in full.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <string>
#include <utility>
#include <vector>

namespace ipcscope {

class JsonStreamCheck {
public:
    // Checks the bytes that follow those fed before. False once a syntax error was seen.
    bool feed(QByteArrayView more);
    bool failed() const { return m_failed; }
    // The offset of the first wrong byte (counted over everything fed).
    qsizetype errorOffset() const { return m_errorOffset; }

    // Elements of an array that is a member of the top-level object ("semaphores": [...]), in
    // runs of whole elements, so that a reader can start on them before the rest has arrived.
    // Offsets count over everything fed. The bytes of a run (elements and the commas between
    // them) passed this check; the elements' own contents still need a full read.
    struct ElementRun {
        QByteArray key;       // the member's name as written between its quotes
        qsizetype arrayStart; // offset of the array's '['
        qsizetype begin;      // offset of the run's first element
        qsizetype end;        // just after its last element
        qsizetype elements;   // how many elements (0: an empty array)
        qsizetype arrayEnd;   // just after the array's ']' when this run is its last, else -1
    };
    // Reports runs of at least `bytes` bytes (the last run of an array may be shorter); 0 (the
    // default) reports none.
    void setRunBytes(qsizetype bytes) { m_runBytes = bytes; }
    // The runs completed since the last call, in order.
    std::vector<ElementRun> takeRuns() { return std::exchange(m_runs, {}); }

private:
    enum class State { Value, ValueOrClose, KeyOrClose, Key, Colon, AfterValue, Done };
    bool fail(qsizetype at);
    bool structural(char c, qsizetype at);
    // A value ended just before offset `end`.
    void valueDone(qsizetype end);
    // Element-run tracking: inside an array that is a member of the top-level object.
    bool inTopArray() const {
        return m_stack.size() == 2 && m_stack[0] == '{' && m_stack[1] == '[';
    }
    void elementStarts(qsizetype at);
    void elementEnds(qsizetype end);
    void topArrayEnds(qsizetype end);
    void closeContainer(qsizetype at);

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

    qsizetype m_runBytes = 0;
    std::string m_topKey;         // the last key of the top-level object, as read so far
    bool m_topKeyReading = false; // inside a key of the top-level object
    qsizetype m_arrayStart = -1;
    qsizetype m_runBegin = -1; // first element of the open run, -1 when none is open
    qsizetype m_runEnd = -1;
    qsizetype m_runElements = 0;
    std::vector<ElementRun> m_runs;
};

} // namespace ipcscope
