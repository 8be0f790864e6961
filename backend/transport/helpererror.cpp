// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/helpererror.h"

#include "transport/transporttr.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ipcscope {

QString firstErrorLine(const QByteArray& err) {
    constexpr qsizetype kMaxLength = 300;
    for (const QByteArray& line : err.split('\n')) {
        const QString text = QString::fromUtf8(line).trimmed();
        if (text.isEmpty())
            continue;
        return text.size() > kMaxLength ? text.left(kMaxLength) + u'…' : text;
    }
    return {};
}

QString limitText(qint64 bytes) {
    const struct {
        qint64 size;
        const char* unit;
    } units[] = {{qint64(1) << 40, "TiB"}, {1 << 30, "GiB"}, {1 << 20, "MiB"}, {1 << 10, "KiB"}};
    for (const auto& u : units)
        if (bytes >= u.size && bytes % u.size == 0)
            return u"%1 %2"_s.arg(bytes / u.size).arg(QLatin1StringView(u.unit));
    return Tr::tr("%n byte(s)", nullptr, int(bytes));
}

Error helperOutputTooLarge(const QString& where, qint64 limit) {
    return Error{
        Error::Kind::HelperFailed,
        Tr::tr("The helper's output on %1 exceeded %2, so it was stopped. A real snapshot "
               "is far smaller: the helper there is broken or not IPC Scope's. Check it, or "
               "raise the limit with IPCSCOPE_MAX_HELPER_OUTPUT.")
            .arg(where, limitText(limit)),
        u"standard output exceeded %1 bytes"_s.arg(limit)};
}

Error helperFailure(const QString& where, const HelperOutput& output) {
    const QString reason = firstErrorLine(output.err);
    const QString detail = u"exit code %1; stderr: %2"_s.arg(output.exitCode)
                               .arg(QString::fromUtf8(output.err).trimmed());
    // Exit code 2 is the helper's usage error (docs/snapshot-schema.md): the request did not fit
    // this helper, which usually means a helper of another version.
    if (output.exitCode == 2) {
        return Error{Error::Kind::HelperFailed,
                     Tr::tr("The helper (%1) did not understand the request: %2. It may belong to "
                            "another version of IPC Scope; reinstall or update it.")
                         .arg(where, reason.isEmpty() ? Tr::tr("no reason given") : reason),
                     detail};
    }
    if (reason.isEmpty()) {
        return Error{Error::Kind::HelperFailed,
                     Tr::tr("The helper (%1) failed with exit code %2 and gave no reason. Run "
                            "ipcscope-helper snapshot there by hand to see what happens.")
                         .arg(where)
                         .arg(output.exitCode),
                     detail};
    }
    return Error{Error::Kind::HelperFailed, Tr::tr("The helper (%1) failed: %2").arg(where, reason),
                 detail};
}

} // namespace ipcscope
