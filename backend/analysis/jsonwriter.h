// SPDX-License-Identifier: GPL-3.0-or-later
// A small streaming JSON writer. Unlike QJsonDocument it writes 64-bit integers exactly (kernel
// limits such as SHMMAX default to values near 2^64, which a double would round) and it does not
// build a tree first, which matters for reports of tens of thousands of objects.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>
#include <QString>

#include <cstdlib>
#include <memory>
#include <vector>

namespace ipcscope::analysis {

class JsonWriter {
public:
    explicit JsonWriter(bool pretty = false)
        : m_pretty(pretty) {}

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    void key(const char* name);

    void value(const QString& s);
    void value(const char* s);
    void value(quint64 n);
    void value(qint64 n);
    void value(int n) { value(qint64(n)); }
    void value(uint n) { value(quint64(n)); }
    void value(double d);
    void value(bool b);
    void null();

    // A string value already in JSON form: ASCII without quotes, backslashes or control
    // characters (codes, hexadecimal keys). Skips the escaping check.
    void plainValue(QLatin1StringView s);

    QByteArray take();
    // Room for this many bytes more, so that large documents are not copied while growing.
    void reserve(qsizetype bytes);

    // Streaming: what is written so far, and dropping it (keeping the memory) once it is out.
    QByteArrayView written() const { return {m_out.get(), m_size}; }
    void clearWritten() { m_size = 0; }

    // Makes this writer continue inside the innermost open container of parent, as if the values
    // it writes came next there: slices of one long array are written on several threads, each
    // by its own writer, and their output is joined in order. What this writer had written is
    // dropped (its memory is kept). elementsBefore: whether the container holds values before
    // this writer's first one (which then starts with a comma).
    void continueIn(const JsonWriter& parent, bool elementsBefore);
    // After the output of writers continuing in this one was joined to this one's: whether they
    // wrote a value.
    void continued(bool wroteElements);

private:
    void open(char c);
    void close(char c);
    void element(); // comma and indentation before a value or key
    void newline();
    void appendEscaped(const char* data, qsizetype size);
    // Makes room for n more bytes and returns where they go: the hot path of every value.
    char* grow(qsizetype n) {
        if (m_size + n > m_capacity)
            enlarge(m_size + n);
        char* at = m_out.get() + m_size;
        m_size += n;
        return at;
    }
    void enlarge(qsizetype needed);
    void append(const char* data, qsizetype n);
    void append(char c) { *grow(1) = c; }

    // A plain buffer rather than a QByteArray: appending is most of the work for large reports,
    // and it should be a bounds check and a copy.
    struct Free {
        void operator()(char* p) const { std::free(p); }
    };
    std::unique_ptr<char[], Free> m_out;
    qsizetype m_size = 0;
    qsizetype m_capacity = 0;
    bool m_pretty;
    bool m_afterKey = false;
    std::vector<bool> m_first; // per open container: nothing written yet
};

} // namespace ipcscope::analysis
