// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/jsoncursor.h"

#include "model/modeltr.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>
#include <limits>

namespace ipcscope {

namespace {

constexpr quint64 kU64Max = std::numeric_limits<quint64>::max();

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(QByteArray& out, char32_t cp) {
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xc0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3f)));
    } else if (cp < 0x10000) {
        out.append(char(0xe0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3f)));
        out.append(char(0x80 | (cp & 0x3f)));
    } else {
        out.append(char(0xf0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3f)));
        out.append(char(0x80 | ((cp >> 6) & 0x3f)));
        out.append(char(0x80 | (cp & 0x3f)));
    }
}

} // namespace

JsonCursor::JsonCursor(QByteArrayView text)
    : m_data(text.data())
    , m_size(text.size()) {}

bool JsonCursor::fail(const QString& reason, qsizetype at) {
    if (!m_failed) {
        m_failed = true;
        m_errorReason = reason;
        m_errorOffset = at;
    }
    return false;
}

bool JsonCursor::failEnd() {
    if (!m_failed)
        m_truncated = true;
    return fail(Tr::tr("the text ends early"), m_size);
}

void JsonCursor::skipSpace() {
    while (m_pos < m_size) {
        const char c = m_data[m_pos];
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return;
        ++m_pos;
    }
}

bool JsonCursor::expect(char c) {
    skipSpace();
    if (m_pos >= m_size)
        return failEnd();
    if (m_data[m_pos] != c)
        return fail(Tr::tr("expected '%1'").arg(QLatin1Char(c)), m_pos);
    ++m_pos;
    return true;
}

JsonCursor::Kind JsonCursor::peek() {
    if (m_failed)
        return Kind::Invalid;
    skipSpace();
    if (m_pos >= m_size) {
        failEnd();
        return Kind::Invalid;
    }
    switch (m_data[m_pos]) {
    case '{':
        return Kind::Object;
    case '[':
        return Kind::Array;
    case '"':
        return Kind::String;
    case 't':
    case 'f':
        return Kind::Bool;
    case 'n':
        return Kind::Null;
    case '-':
        return Kind::Number;
    default:
        if (isDigit(m_data[m_pos]))
            return Kind::Number;
    }
    fail(Tr::tr("unexpected character"), m_pos);
    return Kind::Invalid;
}

bool JsonCursor::enterObject() {
    if (m_failed)
        return false;
    if (m_depth >= kMaxDepth)
        return fail(Tr::tr("nested too deeply"), m_pos);
    if (!expect('{'))
        return false;
    m_first[++m_depth] = true;
    return true;
}

bool JsonCursor::enterArray() {
    if (m_failed)
        return false;
    if (m_depth >= kMaxDepth)
        return fail(Tr::tr("nested too deeply"), m_pos);
    if (!expect('['))
        return false;
    m_first[++m_depth] = true;
    return true;
}

// Before the next element of the open container: true when there is one, false when the
// container closes here (or on an error).
bool JsonCursor::close(char closing) {
    skipSpace();
    if (m_pos >= m_size)
        return failEnd();
    const char c = m_data[m_pos];
    if (m_first[m_depth]) {
        if (c == closing) {
            ++m_pos;
            --m_depth;
            return false;
        }
        m_first[m_depth] = false;
        return true;
    }
    if (c == closing) {
        ++m_pos;
        --m_depth;
        return false;
    }
    if (c != ',')
        return fail(Tr::tr("expected ',' or '%1'").arg(QLatin1Char(closing)), m_pos);
    ++m_pos;
    skipSpace();
    if (m_pos >= m_size)
        return failEnd();
    if (m_data[m_pos] == closing)
        return fail(Tr::tr("a comma before '%1'").arg(QLatin1Char(closing)), m_pos);
    return true;
}

bool JsonCursor::nextElement() {
    if (m_failed)
        return false;
    return close(']');
}

bool JsonCursor::nextKey(QByteArrayView& key) {
    if (m_failed || !close('}'))
        return false;
    if (m_data[m_pos] != '"')
        return fail(Tr::tr("expected a key in quotes"), m_pos);
    bool ascii = true;
    if (!scanString(key, m_keyScratch, ascii))
        return false;
    return expect(':');
}

bool JsonCursor::scanString(QByteArrayView& view, QByteArray& scratch, bool& ascii) {
    const qsizetype start = ++m_pos; // after the opening quote
    bool escaped = false;
    ascii = true;
    for (;;) {
        if (m_pos >= m_size)
            return failEnd();
        const uchar c = uchar(m_data[m_pos]);
        if (c == '"') {
            view =
                escaped ? QByteArrayView(scratch) : QByteArrayView(m_data + start, m_pos - start);
            ++m_pos;
            return true;
        }
        if (c < 0x20)
            return fail(Tr::tr("a control character in a string"), m_pos);
        if (c == '\\') {
            if (!escaped) {
                scratch.clear();
                scratch.append(m_data + start, m_pos - start);
                escaped = true;
            }
            if (++m_pos >= m_size)
                return failEnd();
            const char e = m_data[m_pos++];
            switch (e) {
            case '"':
            case '\\':
            case '/':
                scratch.append(e);
                continue;
            case 'b':
                scratch.append('\b');
                continue;
            case 'f':
                scratch.append('\f');
                continue;
            case 'n':
                scratch.append('\n');
                continue;
            case 'r':
                scratch.append('\r');
                continue;
            case 't':
                scratch.append('\t');
                continue;
            case 'u':
                break;
            default:
                return fail(Tr::tr("an invalid escape sequence"), m_pos - 2);
            }
            const auto hex4 = [this](char32_t& out) {
                if (m_pos + 4 > m_size)
                    return failEnd();
                out = 0;
                for (int i = 0; i < 4; ++i) {
                    const int v = hexValue(m_data[m_pos + i]);
                    if (v < 0)
                        return fail(Tr::tr("an invalid escape sequence"), m_pos - 2);
                    out = out * 16 + char32_t(v);
                }
                m_pos += 4;
                return true;
            };
            char32_t cp = 0;
            if (!hex4(cp))
                return false;
            ascii = ascii && cp < 0x80;
            if (cp >= 0xd800 && cp <= 0xdbff && m_pos + 1 < m_size && m_data[m_pos] == '\\' &&
                m_data[m_pos + 1] == 'u') {
                const qsizetype back = m_pos;
                m_pos += 2;
                char32_t low = 0;
                if (!hex4(low))
                    return false;
                if (low >= 0xdc00 && low <= 0xdfff)
                    cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
                else
                    m_pos = back; // not a pair: the high half stands alone
            }
            if (cp >= 0xd800 && cp <= 0xdfff)
                cp = 0xfffd; // a lone surrogate is no character
            appendUtf8(scratch, cp);
            continue;
        }
        if (c < 0x80) {
            if (escaped)
                scratch.append(char(c));
            ++m_pos;
            continue;
        }
        // Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
        ascii = false;
        int length = 0;
        uchar lo = 0x80, hi = 0xbf;
        if (c >= 0xc2 && c <= 0xdf) {
            length = 2;
        } else if (c >= 0xe0 && c <= 0xef) {
            length = 3;
            if (c == 0xe0)
                lo = 0xa0;
            else if (c == 0xed)
                hi = 0x9f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            length = 4;
            if (c == 0xf0)
                lo = 0x90;
            else if (c == 0xf4)
                hi = 0x8f;
        } else {
            return fail(Tr::tr("invalid UTF-8 in a string"), m_pos);
        }
        if (m_pos + length > m_size)
            return failEnd();
        for (int i = 1; i < length; ++i) {
            const uchar cc = uchar(m_data[m_pos + i]);
            if (cc < (i == 1 ? lo : 0x80) || cc > (i == 1 ? hi : 0xbf))
                return fail(Tr::tr("invalid UTF-8 in a string"), m_pos);
        }
        if (escaped)
            scratch.append(m_data + m_pos, length);
        m_pos += length;
    }
}

bool JsonCursor::readString(QString& out) {
    QByteArrayView view;
    bool ascii = true;
    if (!readStringBytes(view, ascii))
        return false;
    out = ascii ? QString::fromLatin1(view) : QString::fromUtf8(view);
    return true;
}

bool JsonCursor::readStringBytes(QByteArrayView& bytes, bool& ascii) {
    if (peek() != Kind::String)
        return m_failed ? false : fail(Tr::tr("expected a string"), m_pos);
    return scanString(bytes, m_stringScratch, ascii);
}

bool JsonCursor::readNumber(Number& out) {
    if (peek() != Kind::Number)
        return m_failed ? false : fail(Tr::tr("expected a number"), m_pos);
    const qsizetype start = m_pos;
    out = Number{};
    if (m_data[m_pos] == '-') {
        out.negative = true;
        ++m_pos;
    }
    if (m_pos >= m_size)
        return failEnd();
    if (!isDigit(m_data[m_pos]))
        return fail(Tr::tr("an invalid number"), start);
    quint64 magnitude = 0;
    bool overflow = false;
    if (m_data[m_pos] == '0') {
        ++m_pos;
        if (m_pos < m_size && isDigit(m_data[m_pos]))
            return fail(Tr::tr("an invalid number (leading zero)"), start);
    } else {
        for (; m_pos < m_size && isDigit(m_data[m_pos]); ++m_pos) {
            const quint64 digit = quint64(m_data[m_pos] - '0');
            if (magnitude > (kU64Max - digit) / 10)
                overflow = true;
            else if (!overflow)
                magnitude = magnitude * 10 + digit;
        }
    }
    bool plainInteger = true;
    if (m_pos < m_size && m_data[m_pos] == '.') {
        plainInteger = false;
        ++m_pos;
        if (m_pos >= m_size)
            return failEnd();
        if (!isDigit(m_data[m_pos]))
            return fail(Tr::tr("an invalid number"), start);
        while (m_pos < m_size && isDigit(m_data[m_pos]))
            ++m_pos;
    }
    if (m_pos < m_size && (m_data[m_pos] == 'e' || m_data[m_pos] == 'E')) {
        plainInteger = false;
        ++m_pos;
        if (m_pos < m_size && (m_data[m_pos] == '+' || m_data[m_pos] == '-'))
            ++m_pos;
        if (m_pos >= m_size)
            return failEnd();
        if (!isDigit(m_data[m_pos]))
            return fail(Tr::tr("an invalid number"), start);
        while (m_pos < m_size && isDigit(m_data[m_pos]))
            ++m_pos;
    }
    out.text = QByteArrayView(m_data + start, m_pos - start);
    if (plainInteger) {
        // Exact from the digits: values near 2^64 must not pass through a double.
        out.integral = true;
        out.overflow = overflow;
        out.magnitude = overflow ? kU64Max : magnitude;
        if (!overflow) {
            out.value = out.negative ? -double(magnitude) : double(magnitude);
            return true;
        }
    }
    double value = 0;
    const auto [end, error] =
        std::from_chars(out.text.data(), out.text.data() + out.text.size(), value);
    if (error == std::errc::result_out_of_range) {
        // Far beyond any double: huge, or so tiny it is zero.
        const bool tiny = out.text.contains("e-") || out.text.contains("E-");
        value = tiny ? 0.0 : (out.negative ? -HUGE_VAL : HUGE_VAL);
    } else if (error != std::errc() || end != out.text.data() + out.text.size()) {
        return fail(Tr::tr("an invalid number"), start);
    }
    out.value = value;
    if (!plainInteger) {
        const double absolute = std::fabs(value);
        out.integral = std::isfinite(value) && absolute == std::floor(absolute);
        if (out.integral) {
            // 2^64 as a double: at or above it nothing fits in quint64.
            out.overflow = absolute >= 18446744073709551616.0;
            out.magnitude = out.overflow ? kU64Max : quint64(absolute);
        }
    }
    return true;
}

bool JsonCursor::readBool(bool& out) {
    if (peek() != Kind::Bool)
        return m_failed ? false : fail(Tr::tr("expected true or false"), m_pos);
    const bool isTrue = m_data[m_pos] == 't';
    const QByteArrayView literal = isTrue ? QByteArrayView("true") : QByteArrayView("false");
    for (qsizetype i = 0; i < literal.size(); ++i) {
        if (m_pos + i >= m_size)
            return failEnd();
        if (m_data[m_pos + i] != literal[i])
            return fail(Tr::tr("an invalid literal"), m_pos);
    }
    m_pos += literal.size();
    out = isTrue;
    return true;
}

bool JsonCursor::readNull() {
    if (peek() != Kind::Null)
        return m_failed ? false : fail(Tr::tr("expected null"), m_pos);
    const QByteArrayView literal("null");
    for (qsizetype i = 0; i < literal.size(); ++i) {
        if (m_pos + i >= m_size)
            return failEnd();
        if (m_data[m_pos + i] != literal[i])
            return fail(Tr::tr("an invalid literal"), m_pos);
    }
    m_pos += literal.size();
    return true;
}

bool JsonCursor::skipValue() {
    switch (peek()) {
    case Kind::Object: {
        if (!enterObject())
            return false;
        QByteArrayView key;
        while (nextKey(key)) {
            if (!skipValue())
                return false;
        }
        return !m_failed;
    }
    case Kind::Array:
        if (!enterArray())
            return false;
        while (nextElement()) {
            if (!skipValue())
                return false;
        }
        return !m_failed;
    case Kind::String: {
        QByteArrayView view;
        bool ascii = true;
        return scanString(view, m_stringScratch, ascii);
    }
    case Kind::Number: {
        Number number;
        return readNumber(number);
    }
    case Kind::Bool: {
        bool value = false;
        return readBool(value);
    }
    case Kind::Null:
        return readNull();
    case Kind::Invalid:
        break;
    }
    return false;
}

void JsonCursor::skipValueReadElsewhere(qsizetype end) {
    skipSpace();
    Q_ASSERT(end > m_pos && end <= m_size);
    if (!m_failed)
        m_pos = end;
}

bool JsonCursor::atEnd() {
    if (m_failed)
        return false;
    skipSpace();
    if (m_pos < m_size)
        return fail(Tr::tr("unexpected text after the document"), m_pos);
    return true;
}

} // namespace ipcscope
