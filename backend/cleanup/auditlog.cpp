// SPDX-License-Identifier: GPL-3.0-or-later
#include "cleanup/auditlog.h"

#include "cleanup/cleanuptr.h"
#include "core/privatefile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

QJsonObject objectJson(const CleanupItem& item) {
    QJsonObject o;
    o.insert("type"_L1, objectTypeCode(item.ref.type));
    if (item.isSysv()) {
        o.insert("id"_L1, item.ref.id);
    } else {
        o.insert("name"_L1, item.ref.name);
        if (!item.nameHex.isEmpty())
            o.insert("name_hex"_L1, item.nameHex);
    }
    if (item.ns != 0) {
        o.insert("ns"_L1, qint64(item.ns));
        o.insert("namespace"_L1, item.namespaceName);
    }
    o.insert("owner"_L1, item.owner);
    o.insert("verdict"_L1, verdictCode(item.verdict));
    return o;
}

QJsonObject guardJson(const CleanupItem& item) {
    QJsonObject g;
    g.insert("uid"_L1, qint64(item.uid));
    if (item.isSysv()) {
        g.insert("key"_L1, qint64(item.key));
        g.insert("cuid"_L1, qint64(item.cuid));
        g.insert("ctime"_L1, item.ctime);
    } else {
        g.insert("inode"_L1, QString::number(item.inode));
        g.insert("mtime"_L1, item.mtime);
    }
    return g;
}

// What every line of the log starts with: when, which run and phase, which host, who.
QJsonObject lineHead(const QString& runId, const QString& phase, const QString& host) {
    QJsonObject o;
    o.insert("time"_L1, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    o.insert("run"_L1, runId);
    o.insert("phase"_L1, phase);
    o.insert("host"_L1, host);
    o.insert("user"_L1, localUser());
    return o;
}

QJsonObject line(const QString& runId, const QString& phase, const QString& host,
                 const CleanupItem& item) {
    QJsonObject o = lineHead(runId, phase, host);
    o.insert("object"_L1, objectJson(item));
    o.insert("guard"_L1, guardJson(item));
    o.insert("force"_L1, item.force);
    return o;
}

QByteArray toLine(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

AuditLog::AuditLog(const QString& path)
    : m_path(path.isEmpty() ? defaultPath() : path) {}

QString AuditLog::defaultPath() {
    const QString env = qEnvironmentVariable("IPCSCOPE_AUDIT_LOG");
    if (!env.isEmpty())
        return env;
    return ownPath();
}

QString AuditLog::ownPath() {
    // Not AppDataLocation: it depends on the application's name, and the GUI and the CLI would
    // keep two logs.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           "/ipcscope/cleanup-audit.jsonl"_L1;
}

Result<bool> AuditLog::recordIntent(const QString& runId, const QString& host,
                                    const CleanupPlan& plan) {
    QByteArray lines;
    for (const CleanupItem& item : plan.items) {
        QJsonObject o = line(runId, u"intent"_s, host, item);
        QStringList reasons;
        for (const Reason& r : item.reasons)
            reasons.append(r.code);
        o.insert("reasons"_L1, QJsonValue::fromVariant(reasons));
        lines += toLine(o);
    }
    return append(lines);
}

Result<bool> AuditLog::recordResults(const QString& runId, const QString& host,
                                     const CleanupPlan& plan,
                                     const QList<RemovalItemResult>& results,
                                     const QString& error) {
    QByteArray lines;
    for (qsizetype i = 0; i < plan.items.size(); ++i) {
        QJsonObject o = line(runId, u"result"_s, host, plan.items[i]);
        if (i < results.size()) {
            o.insert("result"_L1, removalStatusCode(results[i].status));
            o.insert("code"_L1, results[i].code);
            o.insert("message"_L1, results[i].message);
        } else {
            o.insert("result"_L1, u"unknown"_s);
            o.insert("message"_L1, error);
        }
        lines += toLine(o);
    }
    return append(lines);
}

Result<bool> AuditLog::recordLimits(const QString& runId, const QString& phase, const QString& host,
                                    const QString& action, const QJsonObject& detail) {
    QJsonObject o = lineHead(runId, phase, host);
    o.insert("limits"_L1, action);
    o.insert(phase == u"intent"_s ? "change"_L1 : "result"_L1, detail);
    return append(toLine(o));
}

Result<bool> AuditLog::append(const QByteArray& lines) {
    auto fail = [this](const QString& detail) {
        return Error{Error::Kind::Generic,
                     Tr::tr("The cleanup audit log %1 could not be written, "
                            "so nothing was changed. Check that the folder "
                            "exists and is writable.")
                         .arg(m_path),
                     detail};
    };
    // Only the person may read what was removed when: 0600 in a folder of its own, 0700.
    if (const PrivateFileResult prepared = preparePrivateFile(m_path, m_path == ownPath());
        !prepared.ok)
        return fail(prepared.detail);
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return fail(file.errorString());
    if (file.write(lines) != lines.size() || !file.flush())
        return fail(file.errorString());
    // On disk before the helper runs: the intent must survive a crash of this program.
    if (::fsync(file.handle()) != 0)
        return fail(u"fsync failed"_s);
    return true;
}

} // namespace ipcscope
