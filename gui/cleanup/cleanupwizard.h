// SPDX-License-Identifier: GPL-3.0-or-later
// The guided cleanup: choose → review (verdicts and reasons; in_use only with "force" and a
// second confirmation) → the equivalent shell commands → confirm (type the host name for more
// than 10 objects or any forced one) → progress (cancellable) → results per object → after-care
// (the root-cause advice of the recognised software, and an offer to start it when it is not
// running). The removal itself is the backend's
// CleanupRunner: the helper re-checks every object, the audit log records intent and results.
// Given a container's report (Report::reportFor), it cleans up inside that container's IPC
// namespace: the helper joins it to re-check and remove.
#pragma once

#include "analysis/report.h"
#include "cleanup/auditlog.h"
#include "cleanup/cleanupplan.h"
#include "cleanup/cleanuprunner.h"

#include <QWizard>

#include <memory>

namespace ipcscope {

class HostSession;

class CleanupWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId {
        ChoosePage,
        ReviewPage,
        CommandsPage,
        ConfirmPage,
        ProgressPage,
        ResultsPage,
        AfterCarePage
    };

    // `session` runs the removal and the snapshot afterwards; it must outlive the wizard.
    CleanupWizard(HostSession* session, const Report& report, const QList<ObjectRef>& preselected,
                  QWidget* parent = nullptr);
    ~CleanupWizard() override;

    const Report& report() const { return m_report; }
    const QList<ObjectRef>& preselected() const { return m_preselected; }
    QString hostName() const; // what the person types to confirm
    // Where the objects are, in words: the host name, or "the container web on host1".
    QString place() const;
    bool inContainer() const { return m_report.snapshot.containerNamespace != 0; }
    HostSession* session() const { return m_session; }

    // Chosen on the first page, narrowed on the review page.
    QList<ObjectRef> chosen;
    bool force = false;
    CleanupPlan plan() const;

    // The audit log (tests point it elsewhere before the run).
    void setAuditLogPath(const QString& path);
    CleanupRunner* runner() const { return m_runner.get(); }
    const CleanupOutcome& outcome() const { return m_outcome; }
    bool hasOutcome() const { return m_hasOutcome; }

    // While a run is going on, Cancel stops the run (objects already removed stay removed) and
    // the wizard goes on to the results; otherwise it closes the wizard.
    void reject() override;

signals:
    void outcomeReady();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fitToScreen();

    HostSession* m_session;
    Report m_report;
    QList<ObjectRef> m_preselected;
    std::unique_ptr<AuditLog> m_log;
    std::unique_ptr<CleanupRunner> m_runner;
    CleanupOutcome m_outcome;
    bool m_hasOutcome = false;
    bool m_sized = false;
};

} // namespace ipcscope
