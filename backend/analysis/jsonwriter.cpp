// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/jsonwriter.h"

#include <charconv>
#include <cmath>

namespace ipcscope::analysis {

void JsonWriter::newline() {
    m_out += '\n';
    m_out.append(qsizetype(m_first.size()) * 2, ' ');
}

void JsonWriter::element() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.empty()) {
        if (!m_first.back())
            m_out += ',';
        m_first.back() = false;
        if (m_pretty)
            newline();
    }
}

void JsonWriter::open(char c) {
    element();
    m_out += c;
    m_first.push_back(true);
}

void JsonWriter::close(char c) {
    const bool empty = m_first.back();
    m_first.pop_back();
    if (m_pretty && !empty)
        newline();
    m_out += c;
}

void JsonWriter::key(const char* name) {
    element();
    m_out += '"';
    m_out += name; // keys are our own ASCII identifiers
    m_out += m_pretty ? "\": " : "\":";
    m_afterKey = true;
}

void JsonWriter::appendEscaped(const char* data, qsizetype size) {
    static const char hex[] = "0123456789abcdef";
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default:
            if (c < 0x20) {
                m_out += "\\u00";
                m_out += hex[c >> 4];
                m_out += hex[c & 15];
            } else {
                m_out += char(c);
            }
        }
    }
}

void JsonWriter::value(const QString& s) {
    element();
    m_out += '"';
    // Most strings (codes, names, sentences in English) are plain ASCII without anything to
    // escape: copy those without converting the whole string to UTF-8 first.
    const auto* u = reinterpret_cast<const char16_t*>(s.constData());
    const qsizetype n = s.size();
    bool plain = true;
    for (qsizetype i = 0; i < n && plain; ++i)
        plain = u[i] >= 0x20 && u[i] < 0x80 && u[i] != u'"' && u[i] != u'\\';
    if (plain) {
        const qsizetype at = m_out.size();
        m_out.resize(at + n);
        char* out = m_out.data() + at;
        for (qsizetype i = 0; i < n; ++i)
            out[i] = char(u[i]);
    } else {
        const QByteArray utf8 = s.toUtf8();
        appendEscaped(utf8.constData(), utf8.size());
    }
    m_out += '"';
}

void JsonWriter::value(const char* s) {
    value(QString::fromUtf8(s));
}

void JsonWriter::value(quint64 n) {
    element();
    m_out += QByteArray::number(n);
}

void JsonWriter::value(qint64 n) {
    element();
    m_out += QByteArray::number(n);
}

void JsonWriter::value(double d) {
    element();
    if (!std::isfinite(d))
        m_out += "null";
    else
        m_out += QByteArray::number(d, 'g', 15);
}

void JsonWriter::value(bool b) {
    element();
    m_out += b ? "true" : "false";
}

void JsonWriter::null() {
    element();
    m_out += "null";
}

QByteArray JsonWriter::take() {
    if (m_pretty)
        m_out += '\n';
    return std::move(m_out);
}

} // namespace ipcscope::analysis
