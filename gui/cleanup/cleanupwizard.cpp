// SPDX-License-Identifier: GPL-3.0-or-later
#include "cleanup/cleanupwizard.h"

#include "cleanup/cleanuppages.h"
#include "session/hostsession.h"

#include <QScreen>

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
    setWindowTitle(inContainer() ? tr("Clean up IPC objects in %1").arg(place())
                                 : tr("Clean up IPC objects on %1").arg(place()));
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
    // After the removal there is no going back and nothing to cancel: Next to the after-care
    // page, and Finish.
    page(ResultsPage)->setFinalPage(true);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == ResultsPage || id == AfterCarePage)
            setButtonLayout({QWizard::Stretch, QWizard::NextButton, QWizard::FinishButton});
    });
}

void CleanupWizard::showEvent(QShowEvent* event) {
    if (!m_sized) {
        m_sized = true;
        fitToScreen();
    }
    QWizard::showEvent(event);
}

// Big enough for the lists and the wrapped sentences of every page, never bigger than the screen
// (a 1024×700 screen included), and centred on the window that opened it.
void CleanupWizard::fitToScreen() {
    const QScreen* s = parentWidget() ? parentWidget()->screen() : screen();
    const QSize available = s ? s->availableGeometry().size() : QSize(1024, 700);
    const QSize wanted = sizeHint().expandedTo(QSize(820, 600));
    const QSize bounded = wanted.boundedTo(available - QSize(24, 48));
    resize(bounded);
    if (parentWidget()) {
        QRect r(QPoint(), bounded);
        r.moveCenter(parentWidget()->window()->geometry().center());
        const QRect screenRect = s ? s->availableGeometry() : r;
        r.moveLeft(qBound(screenRect.left(), r.left(),
                          qMax(screenRect.left(), screenRect.right() - r.width())));
        r.moveTop(qBound(screenRect.top(), r.top(),
                         qMax(screenRect.top(), screenRect.bottom() - r.height())));
        move(r.topLeft());
    }
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

QString CleanupWizard::place() const {
    // The host list's name first (the local machine is "Local machine" there), then the host's
    // own name, so that two entries on hosts of the same name are told apart.
    const QString entry = m_session->config().displayName();
    const QString machine = m_session->config().kind == HostConfig::Kind::Local
                                ? tr("the local machine (%1)").arg(hostName())
                            : entry == hostName() ? hostName()
                                                  : tr("%1 (%2)").arg(entry, hostName());
    if (!inContainer())
        return machine;
    return tr("the container %1 on %2").arg(m_report.snapshot.containerName, machine);
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
