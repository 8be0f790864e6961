// SPDX-License-Identifier: GPL-3.0-or-later
#include "cleanup/cleanuprunner.h"

#include "cleanup/auditlog.h"
#include "cleanup/cleanuptr.h"
#include "core/logging.h"
#include "session/hostsession.h"

#include <algorithm>

#include <QCoreApplication>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

template <typename T>
bool sameSysv(const QList<T>& list, const CleanupItem& item) {
    return std::any_of(list.begin(), list.end(), [&](const T& o) {
        return o.id == item.ref.id && o.key == item.key && o.cuid == item.cuid;
    });
}

bool samePosix(const QList<PosixObject>& list, const CleanupItem& item) {
    return std::any_of(list.begin(), list.end(), [&](const PosixObject& o) {
        return o.inode == item.inode && o.name == item.ref.name && o.nameHex == item.nameHex;
    });
}

} // namespace

int CleanupOutcome::count(RemovalItemResult::Status status) const {
    return int(std::count_if(items.begin(), items.end(), [status](const CleanupItemOutcome& o) {
        return o.result && o.result->status == status;
    }));
}

int CleanupOutcome::gone() const {
    return int(std::count_if(items.begin(), items.end(), [](const CleanupItemOutcome& o) {
        return o.after == CleanupItemOutcome::After::Gone;
    }));
}

bool stillPresent(const CleanupItem& item, const Report& report) {
    const Snapshot& s = report.snapshot;
    switch (item.ref.type) {
    case ObjectType::Semaphore:
        return sameSysv(s.semaphores, item);
    case ObjectType::SharedMemory:
        return sameSysv(s.sharedMemory, item);
    case ObjectType::MessageQueue:
        return sameSysv(s.messageQueues, item);
    case ObjectType::PosixShm:
        return samePosix(s.posixShm, item);
    case ObjectType::PosixSemaphore:
        return samePosix(s.posixSemaphores, item);
    case ObjectType::PosixMqueue:
        return samePosix(s.posixMqueues, item);
    }
    return true;
}

CleanupRunner::CleanupRunner(HostSession* session, AuditLog* log, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_log(log) {}

CleanupRunner::~CleanupRunner() = default;

void CleanupRunner::setStage(Stage stage, const QString& text) {
    emit stageChanged(stage, text);
}

bool CleanupRunner::start(const CleanupPlan& plan) {
    if (m_running)
        return false;
    m_running = true;
    m_cancelRequested = false;
    m_plan = plan;
    m_outcome = CleanupOutcome();
    m_outcome.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    for (const CleanupItem& item : plan.items)
        m_outcome.items.append({item, std::nullopt, CleanupItemOutcome::After::NotChecked});
    setStage(Stage::WritingIntent, Tr::tr("Writing the audit log…"));
    const Result<bool> logged = m_log->recordIntent(m_outcome.runId, plan.host, plan);
    if (!logged) {
        // Nothing is changed without a record of the intent.
        m_outcome.error = logged.error();
        QMetaObject::invokeMethod(this, &CleanupRunner::finish, Qt::QueuedConnection);
        return true;
    }
    setStage(Stage::Removing,
             Tr::tr("Re-checking and removing %n object(s)…", nullptr, int(plan.items.size())));
    qCInfo(lcCleanup) << "run" << m_outcome.runId << "removing" << plan.items.size() << "objects";
    m_removal = m_session->runHelper({u"remove"_s}, removalPlanJson(plan, localRequester()));
    connect(m_removal.get(), &HelperReply::finished, this, &CleanupRunner::onHelperFinished);
    connect(m_removal.get(), &HelperReply::failed, this, &CleanupRunner::onHelperFailed);
    return true;
}

void CleanupRunner::cancel() {
    if (!m_running)
        return;
    m_cancelRequested = true;
    // Objects already removed stay removed; the snapshot afterwards shows what is gone.
    if (m_removal)
        m_removal->cancel();
    if (m_refresh)
        m_refresh->cancel();
}

void CleanupRunner::onHelperFinished(const HelperOutput& output) {
    if (output.exitCode == 4) { // carried out, but the result was lost on the way
        m_outcome.error =
            Error{Error::Kind::HelperFailed,
                  Tr::tr("The helper carried out the removal plan but could not report "
                         "the result per object. A fresh snapshot shows what is gone."),
                  QString::fromUtf8(output.err).trimmed()};
        recordResultsAndRefresh({}, m_outcome.error->detail);
        return;
    }
    if (output.exitCode != 0) {
        m_outcome.error = Error{Error::Kind::HelperFailed,
                                Tr::tr("The helper could not process the removal plan; nothing is "
                                       "known to be removed. Refresh to see the current state."),
                                QString::fromUtf8(output.err).trimmed()};
        recordResultsAndRefresh({}, m_outcome.error->detail);
        return;
    }
    Result<QList<RemovalItemResult>> results =
        parseRemovalResult(output.out, int(m_plan.items.size()));
    if (!results) {
        m_outcome.error = results.error();
        recordResultsAndRefresh({}, results.error().detail);
        return;
    }
    for (qsizetype i = 0; i < m_outcome.items.size(); ++i)
        m_outcome.items[i].result = results.value()[i];
    recordResultsAndRefresh(results.value(), QString());
}

void CleanupRunner::onHelperFailed(const Error& error) {
    m_outcome.cancelled = error.kind == Error::Kind::Cancelled;
    m_outcome.error = error;
    recordResultsAndRefresh({}, error.message);
}

void CleanupRunner::onRefreshFailed(const Error& error) {
    if (error.kind == Error::Kind::Cancelled)
        m_outcome.cancelled = true;
    else if (!m_outcome.error)
        m_outcome.error = error;
    finish();
}

void CleanupRunner::recordResultsAndRefresh(const QList<RemovalItemResult>& results,
                                            const QString& error) {
    setStage(Stage::WritingResults, Tr::tr("Writing the audit log…"));
    const Result<bool> logged =
        m_log->recordResults(m_outcome.runId, m_plan.host, m_plan, results, error);
    if (!logged && !m_outcome.error)
        m_outcome.error = logged.error();
    // Even after a failure or a cancel some objects may be gone: look again before reporting.
    refresh();
}

void CleanupRunner::refresh() {
    setStage(Stage::Refreshing, Tr::tr("Taking a fresh snapshot to check the result…"));
    m_refresh = m_session->refresh();
    connect(m_refresh.get(), &RefreshReply::finished, this, &CleanupRunner::onReportReady);
    connect(m_refresh.get(), &RefreshReply::failed, this, &CleanupRunner::onRefreshFailed);
}

void CleanupRunner::onReportReady(const Report& report) {
    // When someone else refreshes meanwhile, the session answers our reply with that newer
    // snapshot, which also shows the state after the run.
    m_outcome.refreshed = true;
    m_outcome.after = report;
    for (CleanupItemOutcome& o : m_outcome.items)
        o.after = stillPresent(o.item, report) ? CleanupItemOutcome::After::StillThere
                                               : CleanupItemOutcome::After::Gone;
    finish();
}

void CleanupRunner::finish() {
    m_running = false;
    setStage(Stage::Done, Tr::tr("Done"));
    qCInfo(lcCleanup) << "run" << m_outcome.runId << "finished:" << m_outcome.gone() << "gone";
    emit finished(m_outcome);
}

} // namespace ipcscope
