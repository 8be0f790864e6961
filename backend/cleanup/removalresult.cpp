// SPDX-License-Identifier: GPL-3.0-or-later
#include "cleanup/removalresult.h"

#include "cleanup/cleanuptr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

Error bad(const QString& detail) {
    return {Error::Kind::BadData,
            Tr::tr("The helper's answer to the removal could not be read, so "
                   "it is not known what was removed. Refresh to see the "
                   "current state."),
            detail};
}

} // namespace

QString removalStatusCode(RemovalItemResult::Status status) {
    switch (status) {
    case RemovalItemResult::Status::Removed:
        return u"removed"_s;
    case RemovalItemResult::Status::Refused:
        return u"refused"_s;
    case RemovalItemResult::Status::Failed:
        break;
    }
    return u"failed"_s;
}

QString removalStatusName(RemovalItemResult::Status status) {
    switch (status) {
    case RemovalItemResult::Status::Removed:
        return Tr::tr("Removed");
    case RemovalItemResult::Status::Refused:
        return Tr::tr("Refused");
    case RemovalItemResult::Status::Failed:
        break;
    }
    return Tr::tr("Failed");
}

Result<QList<RemovalItemResult>> parseRemovalResult(const QByteArray& json, int expectedItems) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return bad(parseError.errorString());
    const QJsonObject root = doc.object();
    if (root.value("schema"_L1).toString() != "ipcscope.removal-result/1"_L1)
        return bad(u"unexpected schema: "_s + root.value("schema"_L1).toString());
    const QJsonArray items = root.value("items"_L1).toArray();
    if (items.size() != expectedItems)
        return bad(u"%1 results for %2 plan items"_s.arg(items.size()).arg(expectedItems));
    QList<RemovalItemResult> results;
    for (const QJsonValue& v : items) {
        const QJsonObject o = v.toObject();
        RemovalItemResult r;
        const QString status = o.value("result"_L1).toString();
        if (status == "removed"_L1)
            r.status = RemovalItemResult::Status::Removed;
        else if (status == "refused"_L1)
            r.status = RemovalItemResult::Status::Refused;
        else if (status == "failed"_L1)
            r.status = RemovalItemResult::Status::Failed;
        else
            return bad(u"unknown result: "_s + status);
        r.code = o.value("code"_L1).toString();
        r.message = o.value("message"_L1).toString();
        r.errnoValue = o.value("errno"_L1).toInt();
        results.append(r);
    }
    return results;
}

} // namespace ipcscope
