// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/jsonwriter.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <new>

namespace ipcscope::analysis {

namespace {

template <typename Int>
char* formatNumber(char (&text)[24], Int n) {
    return std::to_chars(text, text + sizeof text, n).ptr;
}

} // namespace

void JsonWriter::enlarge(qsizetype needed) {
    const qsizetype capacity = std::max<qsizetype>({needed, 2 * m_capacity, 4096});
    char* grown = static_cast<char*>(std::realloc(m_out.get(), size_t(capacity)));
    if (!grown)
        throw std::bad_alloc();
    (void)m_out.release();
    m_out.reset(grown);
    m_capacity = capacity;
}

void JsonWriter::reserve(qsizetype bytes) {
    if (m_size + bytes > m_capacity)
        enlarge(m_size + bytes);
}

void JsonWriter::append(const char* data, qsizetype n) {
    std::memcpy(grow(n), data, size_t(n));
}

void JsonWriter::newline() {
    const qsizetype indent = qsizetype(m_first.size()) * 2;
    char* out = grow(1 + indent);
    out[0] = '\n';
    std::memset(out + 1, ' ', size_t(indent));
}

void JsonWriter::element() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.empty()) {
        if (!m_first.back())
            append(',');
        m_first.back() = false;
        if (m_pretty)
            newline();
    }
}

void JsonWriter::open(char c) {
    element();
    append(c);
    m_first.push_back(true);
}

void JsonWriter::close(char c) {
    const bool empty = m_first.back();
    m_first.pop_back();
    if (m_pretty && !empty)
        newline();
    append(c);
}

void JsonWriter::key(const char* name) {
    element();
    const size_t n = std::strlen(name); // keys are our own ASCII identifiers
    char* out = grow(qsizetype(n) + (m_pretty ? 4 : 3));
    *out++ = '"';
    std::memcpy(out, name, n);
    out += n;
    *out++ = '"';
    *out++ = ':';
    if (m_pretty)
        *out = ' ';
    m_afterKey = true;
}

void JsonWriter::appendEscaped(const char* data, qsizetype size) {
    static const char hex[] = "0123456789abcdef";
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        switch (c) {
        case '"':
            append("\\\"", 2);
            break;
        case '\\':
            append("\\\\", 2);
            break;
        case '\n':
            append("\\n", 2);
            break;
        case '\r':
            append("\\r", 2);
            break;
        case '\t':
            append("\\t", 2);
            break;
        default:
            if (c < 0x20) {
                const char escape[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
                append(escape, 6);
            } else {
                append(char(c));
            }
        }
    }
}

void JsonWriter::value(const QString& s) {
    element();
    // Most strings (codes, names, sentences in English) are plain ASCII without anything to
    // escape: copied in one pass, narrowing, while checking; anything else is escaped from UTF-8.
    const auto* u = reinterpret_cast<const char16_t*>(s.constData());
    const qsizetype n = s.size();
    char* out = grow(n + 2);
    *out++ = '"';
    bool escape = false;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = u[i];
        out[i] = char(c);
        escape |= char16_t(c - 0x20) >= 0x60 || c == u'"' || c == u'\\';
    }
    if (!escape) {
        out[n] = '"';
        return;
    }
    m_size -= n + 1;
    const QByteArray utf8 = s.toUtf8();
    appendEscaped(utf8.constData(), utf8.size());
    append('"');
}

void JsonWriter::value(const char* s) {
    element();
    append('"');
    appendEscaped(s, qsizetype(std::strlen(s)));
    append('"');
}

void JsonWriter::plainValue(QLatin1StringView s) {
    element();
    char* out = grow(s.size() + 2);
    *out++ = '"';
    std::memcpy(out, s.data(), size_t(s.size()));
    out[s.size()] = '"';
}

void JsonWriter::value(quint64 n) {
    element();
    char text[24];
    append(text, formatNumber(text, n) - text);
}

void JsonWriter::value(qint64 n) {
    element();
    char text[24];
    append(text, formatNumber(text, n) - text);
}

void JsonWriter::value(double d) {
    element();
    if (!std::isfinite(d))
        append("null", 4);
    else {
        const QByteArray text = QByteArray::number(d, 'g', 15);
        append(text.constData(), text.size());
    }
}

void JsonWriter::value(bool b) {
    element();
    if (b)
        append("true", 4);
    else
        append("false", 5);
}

void JsonWriter::null() {
    element();
    append("null", 4);
}

QByteArray JsonWriter::take() {
    if (m_pretty)
        append('\n');
    QByteArray out(m_out.get(), m_size);
    m_size = 0;
    return out;
}

void JsonWriter::continueIn(const JsonWriter& parent, bool elementsBefore) {
    m_size = 0;
    m_pretty = parent.m_pretty;
    m_afterKey = false;
    m_first = parent.m_first;
    if (!m_first.empty())
        m_first.back() = !elementsBefore;
}

void JsonWriter::continued(bool wroteElements) {
    if (wroteElements && !m_first.empty())
        m_first.back() = false;
}

} // namespace ipcscope::analysis
