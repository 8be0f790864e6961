// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/jsonwriter.h"

#include <charconv>
#include <cmath>
#include <cstring>

namespace ipcscope::analysis {

namespace {

// Appends n bytes to out and returns where they go (growing geometrically, never per call).
char* grow(QByteArray& out, qsizetype n) {
    const qsizetype at = out.size();
    if (out.capacity() < at + n)
        out.reserve(std::max<qsizetype>(2 * out.capacity(), at + n + 4096));
    out.resize(at + n);
    return out.data() + at;
}

void append(QByteArray& out, const char* data, qsizetype n) {
    std::memcpy(grow(out, n), data, size_t(n));
}

void append(QByteArray& out, char c) {
    *grow(out, 1) = c;
}

template <typename Int>
void appendNumber(QByteArray& out, Int n) {
    char text[24];
    const auto end = std::to_chars(text, text + sizeof text, n).ptr;
    append(out, text, end - text);
}

} // namespace

void JsonWriter::newline() {
    const qsizetype indent = qsizetype(m_first.size()) * 2;
    char* out = grow(m_out, 1 + indent);
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
            append(m_out, ',');
        m_first.back() = false;
        if (m_pretty)
            newline();
    }
}

void JsonWriter::open(char c) {
    element();
    append(m_out, c);
    m_first.push_back(true);
}

void JsonWriter::close(char c) {
    const bool empty = m_first.back();
    m_first.pop_back();
    if (m_pretty && !empty)
        newline();
    append(m_out, c);
}

void JsonWriter::key(const char* name) {
    element();
    const size_t n = std::strlen(name); // keys are our own ASCII identifiers
    char* out = grow(m_out, qsizetype(n) + (m_pretty ? 4 : 3));
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
            append(m_out, "\\\"", 2);
            break;
        case '\\':
            append(m_out, "\\\\", 2);
            break;
        case '\n':
            append(m_out, "\\n", 2);
            break;
        case '\r':
            append(m_out, "\\r", 2);
            break;
        case '\t':
            append(m_out, "\\t", 2);
            break;
        default:
            if (c < 0x20) {
                const char escape[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
                append(m_out, escape, 6);
            } else {
                append(m_out, char(c));
            }
        }
    }
}

void JsonWriter::value(const QString& s) {
    element();
    // Most strings (codes, names, sentences in English) are plain ASCII without anything to
    // escape: copy those without converting the whole string to UTF-8 first.
    const auto* u = reinterpret_cast<const char16_t*>(s.constData());
    const qsizetype n = s.size();
    bool plain = true;
    for (qsizetype i = 0; i < n && plain; ++i)
        plain = u[i] >= 0x20 && u[i] < 0x80 && u[i] != u'"' && u[i] != u'\\';
    if (plain) {
        char* out = grow(m_out, n + 2);
        *out++ = '"';
        for (qsizetype i = 0; i < n; ++i)
            out[i] = char(u[i]);
        out[n] = '"';
    } else {
        append(m_out, '"');
        const QByteArray utf8 = s.toUtf8();
        appendEscaped(utf8.constData(), utf8.size());
        append(m_out, '"');
    }
}

void JsonWriter::value(const char* s) {
    element();
    append(m_out, '"');
    appendEscaped(s, qsizetype(std::strlen(s)));
    append(m_out, '"');
}

void JsonWriter::plainValue(QLatin1StringView s) {
    element();
    char* out = grow(m_out, s.size() + 2);
    *out++ = '"';
    std::memcpy(out, s.data(), size_t(s.size()));
    out[s.size()] = '"';
}

void JsonWriter::value(quint64 n) {
    element();
    appendNumber(m_out, n);
}

void JsonWriter::value(qint64 n) {
    element();
    appendNumber(m_out, n);
}

void JsonWriter::value(double d) {
    element();
    if (!std::isfinite(d))
        append(m_out, "null", 4);
    else
        m_out += QByteArray::number(d, 'g', 15);
}

void JsonWriter::value(bool b) {
    element();
    if (b)
        append(m_out, "true", 4);
    else
        append(m_out, "false", 5);
}

void JsonWriter::null() {
    element();
    append(m_out, "null", 4);
}

QByteArray JsonWriter::take() {
    if (m_pretty)
        append(m_out, '\n');
    return std::move(m_out);
}

void JsonWriter::continueIn(const JsonWriter& parent, bool elementsBefore) {
    m_out.truncate(0);
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
