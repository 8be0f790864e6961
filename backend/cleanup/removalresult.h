// SPDX-License-Identifier: GPL-3.0-or-later
// Reads what `ipcscope-helper remove` printed (schema ipcscope.removal-result/1).
#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ipcscope {

struct RemovalItemResult {
    enum class Status { Removed, Refused, Failed };
    Status status = Status::Failed;
    QString code;    // e.g. "removed", "replaced", "attached", "permission_denied"
    QString message; // the helper's English sentence
    int errnoValue = 0;
    bool permissionDenied() const { return code == QLatin1String("permission_denied"); }
    // The helper could not see whether something still uses it (hidden /proc entries).
    bool cannotCheck() const { return code == QLatin1String("cannot_check"); }
};

QString removalStatusCode(RemovalItemResult::Status status); // "removed", "refused", "failed"
QString removalStatusName(RemovalItemResult::Status status); // translated word

// One result per plan item, in plan order. BadData when the document is not a result for a plan
// of `expectedItems` items.
Result<QList<RemovalItemResult>> parseRemovalResult(const QByteArray& json, int expectedItems);

} // namespace ipcscope
