// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers for people: human units on screen, the exact value for tooltips.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace ipcscope::format {

// The kernel's "no limit" values: SHMMAX and SHMALL default to 2^64 - 2^24 - 1, and tuning
// guides set 2^63 - 1. Anything from 2^62 (4 EiB, or as many pages) up is no limit in practice.
bool isUnlimited(quint64 value);
QString bytes(quint64 value); // "4.0 KiB"; "unlimited" when isUnlimited()
// In the largest binary unit that holds the value exactly: "32 MiB", "4 KiB", "1,000 bytes";
// "unlimited" when isUnlimited().
QString exactSize(quint64 value);
// A kernel limit ("SHMMAX", "SEMMNI", …) in its own unit: "unlimited", sizes with exactSize(),
// SHMALL as "2,097,152 pages (8 GiB)", counts as numbers.
QString limitValue(const QString& field, quint64 value, quint64 pageSize = 4096);
QString exactBytes(quint64 value); // "4,096 bytes"
QString number(quint64 value);     // "40,000" (locale grouping)
QString keyHex(quint32 key);       // "0x1c500001"
QString perms(uint perms);         // "0600"
QString permsTooltip(uint perms);  // "rw------- (owner may read and write)"
// "never" for 0; else "3 minutes ago" relative to `now` (both Unix seconds).
QString relativeTime(qint64 when, qint64 now);
QString absoluteTime(qint64 when); // "2026-11-23 23:41:49 (local time)", "never" for 0
QString percent(double ratio);     // "12.5 %"
// The count to choose a plural form by (tr(…, nullptr, n)) for a quint64 shown with number():
// itself up to INT_MAX, else its last six digits above a million, which is what plural rules
// look at.
int pluralCount(quint64 value);

} // namespace ipcscope::format
