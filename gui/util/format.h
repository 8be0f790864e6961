// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers for people: human units on screen, the exact value for tooltips.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace ipcscope::format {

QString bytes(quint64 value);      // "4.0 KiB"
QString exactBytes(quint64 value); // "4,096 bytes"
QString number(quint64 value);     // "40,000" (locale grouping)
QString keyHex(quint32 key);       // "0x1c500001"
QString perms(uint perms);         // "0600"
QString permsTooltip(uint perms);  // "rw------- (owner may read and write)"
// "never" for 0; else "3 minutes ago" relative to `now` (both Unix seconds).
QString relativeTime(qint64 when, qint64 now);
QString absoluteTime(qint64 when); // "2026-11-23 23:41:49 (local time)", "never" for 0
QString percent(double ratio);     // "12.5 %"

} // namespace ipcscope::format
