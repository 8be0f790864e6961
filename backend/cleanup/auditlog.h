// SPDX-License-Identifier: GPL-3.0-or-later
// The local audit log of cleanups: JSON lines (one object per line and per plan item) appended
// to one file for the GUI and the CLI (defaultPath()), readable by its owner only. Each run writes
// its intent before the helper is started and its results afterwards; every write is flushed and
// synced, so a crash or a lost connection in between still leaves the intent on disk.
#pragma once

#include "cleanup/cleanupplan.h"
#include "cleanup/removalresult.h"
#include "core/error.h"

#include <QJsonObject>
#include <QString>

namespace ipcscope {

class AuditLog {
public:
    // `path` empty: defaultPath().
    explicit AuditLog(const QString& path = QString());

    // $IPCSCOPE_AUDIT_LOG when set, else ownPath(). The GUI and the CLI write the same log.
    static QString defaultPath();
    // <GenericDataLocation>/ipcscope/cleanup-audit.jsonl (~/.local/share/ipcscope/…): its folder
    // is the application's own and is kept 0700; the file is always 0600.
    static QString ownPath();
    const QString& path() const { return m_path; }

    // "intent": one line per item before the run.
    Result<bool> recordIntent(const QString& runId, const QString& host, const CleanupPlan& plan);
    // "result": one line per item with the helper's answer (results may be empty when the run
    // failed as a whole; `error` then says why).
    Result<bool> recordResults(const QString& runId, const QString& host, const CleanupPlan& plan,
                               const QList<RemovalItemResult>& results, const QString& error);

    // A kernel limits change ("apply" or "restore"): one line with `detail` (the helper's
    // result as JSON, planner::limitsResultToJson) before the helper runs with phase "intent"
    // and the document sent, and after with phase "result".
    Result<bool> recordLimits(const QString& runId, const QString& phase, const QString& host,
                              const QString& action, const QJsonObject& detail);

private:
    Result<bool> append(const QByteArray& lines);
    QString m_path;
};

} // namespace ipcscope
