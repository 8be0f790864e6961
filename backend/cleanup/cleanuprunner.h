// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a cleanup plan on a host: audit intent, `ipcscope-helper remove` through the host's
// session (with its elevation), audit results, then a fresh snapshot that shows, per object,
// whether it is really gone.
#pragma once

#include "analysis/report.h"
#include "cleanup/cleanupplan.h"
#include "cleanup/removalresult.h"
#include "core/error.h"

#include <QObject>

#include <memory>
#include <optional>

namespace ipcscope {

class AuditLog;
class HelperReply;
class HostSession;
class RefreshReply;
struct HelperOutput;

struct CleanupItemOutcome {
    CleanupItem item;
    std::optional<RemovalItemResult> result; // empty when the helper gave no answer for it
    enum class After { Gone, StillThere, NotChecked };
    After after = After::NotChecked; // from the snapshot taken after the run
};

struct CleanupOutcome {
    QString runId;
    QList<CleanupItemOutcome> items;
    std::optional<Error> error; // the run failed as a whole (helper, connection, audit log)
    bool cancelled = false;
    bool refreshed = false; // `after` holds the snapshot taken after the run
    Report after;
    int count(RemovalItemResult::Status status) const;
    int gone() const;
};

// Whether `item` still exists in `report`: same System V id with the same key and creator, or
// the same POSIX name with the same inode.
bool stillPresent(const CleanupItem& item, const Report& report);

class CleanupRunner : public QObject {
    Q_OBJECT
public:
    enum class Stage { WritingIntent, Removing, WritingResults, Refreshing, Done };
    Q_ENUM(Stage)

    // The session and the log must outlive the runner.
    CleanupRunner(HostSession* session, AuditLog* log, QObject* parent = nullptr);
    ~CleanupRunner() override; // a run still going on is cancelled with its requests

    // Starts the run; finished() follows (also when it fails). One run at a time.
    bool start(const CleanupPlan& plan);
    // Cancels the helper (objects already removed stay removed) or the refresh.
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void stageChanged(ipcscope::CleanupRunner::Stage stage, const QString& text);
    void finished(const ipcscope::CleanupOutcome& outcome);

private:
    void onHelperFinished(const HelperOutput& output);
    void onHelperFailed(const Error& error);
    void onReportReady(const Report& report);
    void onRefreshFailed(const Error& error);
    void recordResultsAndRefresh(const QList<RemovalItemResult>& results, const QString& error);
    void refresh();
    void finish();
    void setStage(Stage stage, const QString& text);

    HostSession* m_session;
    AuditLog* m_log;
    CleanupPlan m_plan;
    CleanupOutcome m_outcome;
    std::unique_ptr<HelperReply> m_removal;
    std::unique_ptr<RefreshReply> m_refresh;
    bool m_running = false;
    bool m_cancelRequested = false;
};

} // namespace ipcscope

Q_DECLARE_METATYPE(ipcscope::CleanupOutcome)
