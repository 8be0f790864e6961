// SPDX-License-Identifier: GPL-3.0-or-later
// A small streaming JSON writer. Unlike QJsonDocument it writes 64-bit integers exactly (kernel
// limits such as SHMMAX default to values near 2^64, which a double would round) and it does not
// build a tree first, which matters for reports of tens of thousands of objects.
#pragma once

#include <QByteArray>
#include <QString>

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

    QByteArray take();
    // Room for this many bytes more, so that large documents are not copied while growing.
    void reserve(qsizetype bytes) { m_out.reserve(m_out.size() + bytes); }

private:
    void open(char c);
    void close(char c);
    void element(); // comma and indentation before a value or key
    void newline();
    void appendEscaped(const char* data, qsizetype size);

    QByteArray m_out;
    bool m_pretty;
    bool m_afterKey = false;
    std::vector<bool> m_first; // per open container: nothing written yet
};

} // namespace ipcscope::analysis
