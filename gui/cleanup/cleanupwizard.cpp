// SPDX-License-Identifier: GPL-3.0-or-later
#include "cleanup/cleanupwizard.h"

#include "cleanup/cleanuppages.h"
#include "session/hostsession.h"

namespace ipcscope {

CleanupWizard::CleanupWizard(HostSession* session, const Report& report,
                             const QList<ObjectRef>& preselected, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
    , m_report(report)
    , m_preselected(preselected)
    , m_log(std::make_unique<AuditLog>())
    , m_runner(std::make_unique<CleanupRunner>(session, m_log.get())) {
    setObjectName(QStringLiteral("cleanupWizard"));
    setWindowTitle(tr("Clean up IPC objects on %1").arg(hostName()));
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(ChoosePage, new ChooseObjectsPage(this));
    setPage(ReviewPage, new ReviewObjectsPage(this));
    setPage(CommandsPage, new ShellCommandsPage(this));
    setPage(ConfirmPage, new ConfirmCleanupPage(this));
    setPage(ProgressPage, new CleanupProgressPage(this));
    setPage(ResultsPage, new CleanupResultsPage(this));
    setPage(AfterCarePage, new CleanupAfterCarePage(this));
    connect(m_runner.get(), &CleanupRunner::finished, this, [this](const CleanupOutcome& o) {
        m_outcome = o;
        m_hasOutcome = true;
        emit outcomeReady();
    });
}

CleanupWizard::~CleanupWizard() {
    // The session outlives the wizard: a run still going on is stopped, not orphaned.
    if (m_runner->isRunning())
        m_runner->cancel();
}

void CleanupWizard::reject() {
    if (m_runner->isRunning()) {
        m_runner->cancel();
        return;
    }
    QWizard::reject();
}

QString CleanupWizard::hostName() const {
    if (!m_report.snapshot.host.hostname.isEmpty())
        return m_report.snapshot.host.hostname;
    return m_session->config().displayName();
}

CleanupPlan CleanupWizard::plan() const {
    CleanupSelection selection;
    selection.objects = chosen;
    selection.forceInUse = force;
    CleanupPlan p = buildCleanupPlan(m_report, selection);
    p.host = hostName();
    return p;
}

void CleanupWizard::setAuditLogPath(const QString& path) {
    m_runner.reset();
    m_log = std::make_unique<AuditLog>(path);
    m_runner = std::make_unique<CleanupRunner>(m_session, m_log.get());
    connect(m_runner.get(), &CleanupRunner::finished, this, [this](const CleanupOutcome& o) {
        m_outcome = o;
        m_hasOutcome = true;
        emit outcomeReady();
    });
}

} // namespace ipcscope
