// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/helpererror.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("Transport", text);
}
} // namespace

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

Error helperFailure(const QString& where, const HelperOutput& output) {
    const QString reason = firstErrorLine(output.err);
    const QString detail = u"exit code %1; stderr: %2"_s.arg(output.exitCode)
                               .arg(QString::fromUtf8(output.err).trimmed());
    // Exit code 2 is the helper's usage error (docs/snapshot-schema.md): the request did not fit
    // this helper, which usually means a helper of another version.
    if (output.exitCode == 2) {
        return Error{Error::Kind::HelperFailed,
                     tr("The helper (%1) did not understand the request: %2. It may belong to "
                        "another version of IPC Scope; reinstall or update it.")
                         .arg(where, reason.isEmpty() ? tr("no reason given") : reason),
                     detail};
    }
    if (reason.isEmpty()) {
        return Error{Error::Kind::HelperFailed,
                     tr("The helper (%1) failed with exit code %2 and gave no reason. Run "
                        "ipcscope-helper snapshot there by hand to see what happens.")
                         .arg(where)
                         .arg(output.exitCode),
                     detail};
    }
    return Error{Error::Kind::HelperFailed, tr("The helper (%1) failed: %2").arg(where, reason),
                 detail};
}

} // namespace ipcscope
