// SPDX-License-Identifier: GPL-3.0-or-later
// The benchmarks' memory figures: a field of /proc/self/status in KiB ("VmRSS:", "VmHWM:").
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace bench {

// The value of `field` (with its colon) in KiB, or -1 when it cannot be read.
inline qint64 statusKiB(const char* field) {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

} // namespace bench
