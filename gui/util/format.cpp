// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/format.h"

#include <QDateTime>
#include <QLocale>

#include <climits>

namespace ipcscope::format {

using namespace Qt::StringLiterals;

bool isUnlimited(quint64 value) {
    return value >= (quint64(1) << 62);
}

QString exactSize(quint64 value) {
    if (isUnlimited(value))
        return QCoreApplication::translate("Format", "unlimited");
    static const char* const units[] = {
        QT_TRANSLATE_NOOP("Format", "%1 EiB"), QT_TRANSLATE_NOOP("Format", "%1 PiB"),
        QT_TRANSLATE_NOOP("Format", "%1 TiB"), QT_TRANSLATE_NOOP("Format", "%1 GiB"),
        QT_TRANSLATE_NOOP("Format", "%1 MiB"), QT_TRANSLATE_NOOP("Format", "%1 KiB")};
    for (int i = 0; i < 6; ++i) {
        const quint64 unit = quint64(1) << (10 * (6 - i));
        if (value >= unit && value % unit == 0)
            return QCoreApplication::translate("Format", units[i]).arg(number(value / unit));
    }
    return exactBytes(value);
}

QString limitValue(const QString& field, quint64 value, quint64 pageSize) {
    if (isUnlimited(value))
        return QCoreApplication::translate("Format", "unlimited");
    if (field == "SHMMAX"_L1 || field == "MSGMAX"_L1 || field == "MSGMNB"_L1)
        return exactSize(value);
    if (field == "SHMALL"_L1) {
        const quint64 page = pageSize ? pageSize : 4096;
        const QString pages =
            QCoreApplication::translate("Format", "%1 page(s)", nullptr, pluralCount(value))
                .arg(number(value));
        if (value > (quint64(1) << 62) / page) // beyond 4 EiB in bytes: no limit in practice
            return QCoreApplication::translate("Format", "unlimited");
        if (value == 0)
            return pages;
        return QCoreApplication::translate("Format", "%1 (%2)").arg(pages, exactSize(value * page));
    }
    return number(value);
}

QString bytes(quint64 value) {
    if (isUnlimited(value))
        return QCoreApplication::translate("Format", "unlimited");
    return QLocale().formattedDataSize(qint64(qMin<quint64>(value, quint64(INT64_MAX))), 1,
                                       QLocale::DataSizeIecFormat);
}

QString exactBytes(quint64 value) {
    return QCoreApplication::translate("Format", "%1 bytes").arg(number(value));
}

QString number(quint64 value) {
    return QLocale().toString(value);
}

QString keyHex(quint32 key) {
    return u"0x%1"_s.arg(key, 8, 16, QLatin1Char('0'));
}

QString perms(uint perms) {
    return u"%1"_s.arg(perms & 07777, 4, 8, QLatin1Char('0'));
}

QString permsTooltip(uint perms) {
    QString rwx;
    for (int shift = 6; shift >= 0; shift -= 3) {
        rwx += (perms >> shift) & 4 ? QLatin1Char('r') : QLatin1Char('-');
        rwx += (perms >> shift) & 2 ? QLatin1Char('w') : QLatin1Char('-');
        rwx += (perms >> shift) & 1 ? QLatin1Char('x') : QLatin1Char('-');
    }
    return QCoreApplication::translate("Format", "%1 (owner, group, others)").arg(rwx);
}

QString relativeTime(qint64 when, qint64 now) {
    if (when <= 0)
        return QCoreApplication::translate("Format", "never");
    const qint64 delta = now - when;
    if (delta < 0)
        return QCoreApplication::translate("Format", "in the future");
    if (delta < 60)
        return QCoreApplication::translate("Format", "just now");
    // Plain variables as %n arguments: lupdate's parser stalls on nested expressions there.
    const int minutes = int(delta / 60);
    const int hours = int(delta / 3600);
    const int days = int(delta / 86400);
    const int months = days / 30;
    const int years = days / 365;
    if (delta < 3600)
        return QCoreApplication::translate("Format", "%n minute(s) ago", nullptr, minutes);
    if (delta < 86400)
        return QCoreApplication::translate("Format", "%n hour(s) ago", nullptr, hours);
    if (delta < 86400 * 60)
        return QCoreApplication::translate("Format", "%n day(s) ago", nullptr, days);
    if (delta < 86400 * 730)
        return QCoreApplication::translate("Format", "%n month(s) ago", nullptr, months);
    return QCoreApplication::translate("Format", "%n year(s) ago", nullptr, years);
}

QString absoluteTime(qint64 when) {
    if (when <= 0)
        return QCoreApplication::translate("Format", "never");
    return QDateTime::fromSecsSinceEpoch(when).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

int pluralCount(quint64 value) {
    return value <= quint64(INT_MAX) ? int(value) : int(value % 1000000 + 1000000);
}

QString percent(double ratio) {
    const double p = ratio * 100.0;
    return QCoreApplication::translate("Format", "%1 %")
        .arg(QLocale().toString(p, 'f', p < 10 ? 2 : 1));
}

} // namespace ipcscope::format
