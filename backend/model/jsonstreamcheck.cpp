// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/jsonstreamcheck.h"

#include "model/jsoncursor.h"

#include <cstring>

namespace ipcscope {

namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isScalarChar(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' ||
           c == '+' || c == '-';
}

bool isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

} // namespace

bool JsonStreamCheck::fail(qsizetype at) {
    m_failed = true;
    m_errorOffset = at;
    return false;
}

void JsonStreamCheck::valueDone(qsizetype end) {
    if (m_runBytes > 0 && inTopArray())
        elementEnds(end);
    m_state = m_stack.empty() ? State::Done : State::AfterValue;
}

void JsonStreamCheck::elementStarts(qsizetype at) {
    if (m_runBegin < 0) {
        m_runBegin = at;
        m_runElements = 0;
    }
}

void JsonStreamCheck::elementEnds(qsizetype end) {
    ++m_runElements;
    m_runEnd = end;
    if (end - m_runBegin >= m_runBytes) {
        m_runs.push_back({QByteArray::fromStdString(m_topKey), m_arrayStart, m_runBegin, end,
                          m_runElements, -1});
        m_runBegin = -1;
    }
}

void JsonStreamCheck::topArrayEnds(qsizetype end) {
    if (m_runBegin >= 0)
        m_runs.push_back({QByteArray::fromStdString(m_topKey), m_arrayStart, m_runBegin, m_runEnd,
                          m_runElements, end});
    else
        m_runs.push_back(
            {QByteArray::fromStdString(m_topKey), m_arrayStart, end - 1, end - 1, 0, end});
    m_runBegin = -1;
}

// Pops the container that `at` closes.
void JsonStreamCheck::closeContainer(qsizetype at) {
    const bool array = m_stack.back() == '[';
    m_stack.pop_back();
    if (m_runBytes > 0 && array && m_stack.size() == 1 && m_stack[0] == '{')
        topArrayEnds(at + 1);
    valueDone(at + 1);
}

// A byte outside strings and scalars.
bool JsonStreamCheck::structural(char c, qsizetype at) {
    if (isSpace(c))
        return true;
    switch (m_state) {
    case State::Done:
        return fail(at);
    case State::Colon:
        if (c != ':')
            return fail(at);
        m_state = State::Value;
        return true;
    case State::KeyOrClose:
    case State::Key:
        if (c == '}' && m_state == State::KeyOrClose) {
            closeContainer(at);
            return true;
        }
        if (c != '"')
            return fail(at);
        m_inString = true;
        m_stringIsKey = true;
        m_topKeyReading = m_runBytes > 0 && m_stack.size() == 1;
        if (m_topKeyReading)
            m_topKey.clear();
        return true;
    case State::AfterValue:
        if (c == ',') {
            m_state = m_stack.back() == '{' ? State::Key : State::Value;
            return true;
        }
        if (c != (m_stack.back() == '{' ? '}' : ']'))
            return fail(at);
        closeContainer(at);
        return true;
    case State::ValueOrClose:
        if (c == ']') {
            closeContainer(at);
            return true;
        }
        [[fallthrough]];
    case State::Value:
        break;
    }
    // A value starts.
    if (m_runBytes > 0 && inTopArray())
        elementStarts(at);
    if (c == '{' || c == '[') {
        if (int(m_stack.size()) >= JsonCursor::kMaxDepth)
            return fail(at);
        if (m_runBytes > 0 && c == '[' && m_stack.size() == 1 && m_stack[0] == '{') {
            m_arrayStart = at;
            m_runBegin = -1;
        }
        m_stack.push_back(c);
        m_state = c == '{' ? State::KeyOrClose : State::ValueOrClose;
        return true;
    }
    if (c == '"') {
        m_inString = true;
        m_stringIsKey = false;
        return true;
    }
    if (c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f' || c == 'n') {
        m_inScalar = true;
        m_literalLength = 0;
        if (c == 't' || c == 'f' || c == 'n')
            m_literal[m_literalLength++] = c;
        else
            m_literal[0] = '\0';
        return true;
    }
    return fail(at);
}

bool JsonStreamCheck::feed(QByteArrayView more) {
    const char* data = more.data();
    const qsizetype size = more.size();
    for (qsizetype i = 0; i < size && !m_failed; ++i) {
        const char c = data[i];
        const qsizetype at = m_offset + i;
        if (m_inString) {
            if (m_unicodeDigits > 0) {
                if (!isHex(c))
                    return fail(at);
                --m_unicodeDigits;
            } else if (m_escape) {
                m_escape = false;
                if (c == 'u')
                    m_unicodeDigits = 4;
                else if (!std::strchr("\"\\/bfnrt", c) || c == '\0')
                    return fail(at);
            } else if (c == '\\') {
                m_escape = true;
            } else if (c == '"') {
                m_inString = false;
                m_topKeyReading = false;
                if (m_stringIsKey)
                    m_state = State::Colon;
                else
                    valueDone(at + 1);
                continue;
            } else if (static_cast<unsigned char>(c) < 0x20) {
                return fail(at);
            } else {
                // The bulk of a string: jump to its next quote, backslash or control byte.
                qsizetype j = i + 1;
                while (j < size) {
                    const auto b = static_cast<unsigned char>(data[j]);
                    if (b == '"' || b == '\\' || b < 0x20)
                        break;
                    ++j;
                }
                if (m_topKeyReading)
                    m_topKey.append(data + i, size_t(j - i));
                i = j - 1;
                continue;
            }
            if (m_topKeyReading)
                m_topKey.push_back(c);
            continue;
        }
        if (m_inScalar) {
            if (isScalarChar(c)) {
                if (m_literalLength > 0) {
                    if (m_literalLength >= 5)
                        return fail(at);
                    m_literal[m_literalLength++] = c;
                }
                continue;
            }
            m_inScalar = false;
            if (m_literalLength > 0) {
                m_literal[m_literalLength] = '\0';
                if (std::strcmp(m_literal, "true") != 0 && std::strcmp(m_literal, "false") != 0 &&
                    std::strcmp(m_literal, "null") != 0)
                    return fail(at - m_literalLength);
            }
            valueDone(at);
        }
        if (!structural(c, at))
            return false;
    }
    m_offset += size;
    return !m_failed;
}

} // namespace ipcscope
