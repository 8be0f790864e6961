// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "analysis/reportjson.h"

#include "cleanup/cleanupwizard.h"
#include "diagnosis/diagnoser.h"
#include "diagnosis/diagnosispanel.h"
#include "dialogs/addhostwizard.h"
#include "dialogs/dialoghook.h"
#include "dialogs/guiprompter.h"
#include "dialogs/settingsdialog.h"
#include "models/hostlistmodel.h"
#include "models/objectfilterproxy.h"
#include "models/objecttablemodel.h"
#include "models/ownermodel.h"
#include "pages/historypage.h"
#include "pages/objectspage.h"
#include "pages/overviewpage.h"
#include "pages/ownerspage.h"
#include "pages/suggestionspage.h"
#include "planner/plannerpage.h"
#include "transport/helpererror.h"
#include "util/appsettings.h"
#include "util/exporter.h"
#include "util/format.h"
#include "util/verdictstyle.h"
#include "widgets/errorbanner.h"
#include "widgets/hostitemdelegate.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ipcscope {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_hosts(new HostListModel(this))
    , m_prompter(new GuiPrompter(this, this))
    , m_autoRefresh(new QTimer(this)) {
    setObjectName(u"mainWindow"_s);
    style::initResources();
    setWindowIcon(style::appIcon());
    m_hosts->setSavedHosts(settings::savedHosts());
    createLayout();
    createActions();
    m_history->openStore();

    QSettings s;
    if (!restoreGeometry(s.value(u"mainWindow/geometry"_s).toByteArray()))
        resize(QSize(1280, 800).boundedTo(screen()->availableGeometry().size()));
    restoreState(s.value(u"mainWindow/state"_s).toByteArray());
    m_splitter->restoreState(s.value(u"mainWindow/splitter"_s).toByteArray());

    connect(m_autoRefresh, &QTimer::timeout, this, [this] {
        if (stateOf(m_currentRow).pending == 0)
            refresh();
    });
    applyRefreshInterval();

    selectHost(0);
    // First start: show real data of this machine right away.
    QTimer::singleShot(0, this, &MainWindow::refresh);
}

MainWindow::~MainWindow() {
    // Sessions join their worker threads; a worker may be waiting in a dialog on this thread,
    // which GuiPrompter answers as cancelled once the window is gone.
    m_states.clear();
}

void MainWindow::createLayout() {
    m_hostList = new QListView;
    m_hostList->setObjectName(u"hostList"_s);
    m_hostList->setAccessibleName(tr("Hosts"));
    m_hostList->setModel(m_hosts);
    m_hostList->setItemDelegate(new HostItemDelegate(m_hostList));
    m_hostList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_hostList->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_hostList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid() && current.row() != m_currentRow)
                    selectHost(current.row());
            });
    auto* addButton = new QPushButton(style::actionIcon(u"add-host"_s), tr("Add host…"));
    addButton->setObjectName(u"addHostButton"_s);
    connect(addButton, &QPushButton::clicked, this, &MainWindow::addHost);
    auto* sidebar = new QWidget;
    auto* sideLayout = new QVBoxLayout(sidebar);
    sideLayout->setContentsMargins(6, 6, 0, 6);
    auto* hostsTitle = new QLabel(tr("<b>Hosts</b>"));
    sideLayout->addWidget(hostsTitle);
    sideLayout->addWidget(m_hostList, 1);
    sideLayout->addWidget(addButton);

    m_overview = new OverviewPage;
    m_objects = new ObjectsPage;
    m_owners = new OwnersPage;
    m_history = new HistoryPage;
    m_suggestions = new SuggestionsPage;
    m_planner = new PlannerPage;
    m_diagnosis = new DiagnosisPanel;
    m_pages = new QTabWidget;
    m_pages->setObjectName(u"pageTabs"_s);
    m_pages->setDocumentMode(true);
    m_pages->addTab(m_overview, tr("Overview"));
    m_pages->addTab(m_objects, tr("Objects"));
    m_pages->addTab(m_owners, tr("Owners"));
    m_pages->addTab(m_history, tr("History"));
    m_pages->addTab(m_suggestions, tr("Suggestions"));
    m_pages->addTab(m_planner, tr("Planner"));
    m_pages->addTab(m_diagnosis, tr("Diagnosis"));

    m_error = new ErrorBanner;
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 6, 6, 0);
    rightLayout->addWidget(m_error);
    rightLayout->addWidget(m_pages, 1);

    m_splitter = new QSplitter;
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(sidebar);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({210, 1070});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_stateLabel = new QLabel;
    m_stateLabel->setObjectName(u"connectionState"_s);
    m_snapshotLabel = new QLabel;
    m_snapshotLabel->setObjectName(u"snapshotTime"_s);
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"refreshProgress"_s);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setMaximumWidth(180);
    m_progress->setMaximumHeight(16);
    m_progress->setTextVisible(false);
    m_cancel = new QToolButton;
    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->setIcon(style::actionIcon(u"cancel"_s));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Cancel the running refresh (Esc)"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_cancel->setAutoRaise(true);
    connect(m_cancel, &QToolButton::clicked, this, &MainWindow::cancel);
    statusBar()->addWidget(m_stateLabel, 1);
    statusBar()->addPermanentWidget(m_snapshotLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    setBusy(false);

    connect(m_overview, &OverviewPage::showObjects, this,
            [this](const QList<ObjectRef>& objects, const QString& note) {
                m_objects->showObjects(objects, note);
                showPage(ObjectsIndex);
            });
    connect(m_overview, &OverviewPage::showVerdict, this, [this](Verdict v) {
        m_objects->clearObjectRestriction();
        m_objects->setVerdictFilter(v);
        showPage(ObjectsIndex);
    });
    connect(m_overview, &OverviewPage::showSuggestions, this,
            [this] { showPage(SuggestionsIndex); });
    connect(m_diagnosis, &DiagnosisPanel::cleanupRequested, this,
            [this](const QList<ObjectRef>& objects) { cleanUp(objects); });
    connect(m_overview, &OverviewPage::cleanUp, this,
            [this](const QList<ObjectRef>& objects) { cleanUp(objects); });
    connect(m_owners, &OwnersPage::ownerChosen, this, [this](const QString& owner) {
        m_objects->clearObjectRestriction();
        m_objects->setOwnerFilter(owner);
        showPage(ObjectsIndex);
    });
    connect(m_objects, &ObjectsPage::cleanUp, this, &MainWindow::cleanUp);
    connect(m_history, &HistoryPage::refreshIntervalChanged, this,
            &MainWindow::applyRefreshInterval);
}

void MainWindow::createActions() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QMenu* hostMenu = menuBar()->addMenu(tr("&Host"));
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QToolBar* bar = addToolBar(tr("Main toolbar"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);

    m_refreshAction = new QAction(style::actionIcon(u"refresh"_s), tr("&Refresh"), this);
    m_refreshAction->setObjectName(u"refreshAction"_s);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Read the host's IPC objects again (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    auto* find = new QAction(style::actionIcon(u"find"_s), tr("&Find…"), this);
    find->setObjectName(u"findAction"_s);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        showPage(ObjectsIndex);
        m_objects->focusFilter();
    });

    auto* cancelAction = new QAction(tr("&Cancel refresh"), this);
    cancelAction->setShortcut(Qt::Key_Escape);
    cancelAction->setShortcutContext(Qt::WindowShortcut);
    connect(cancelAction, &QAction::triggered, this, &MainWindow::cancel);
    addAction(cancelAction);

    auto* add = new QAction(style::actionIcon(u"add-host"_s), tr("&Add host…"), this);
    add->setObjectName(u"addHostAction"_s);
    add->setShortcut(QKeySequence(tr("Ctrl+N")));
    connect(add, &QAction::triggered, this, &MainWindow::addHost);
    m_removeHostAction = new QAction(tr("&Remove host"), this);
    m_removeHostAction->setObjectName(u"removeHostAction"_s);
    connect(m_removeHostAction, &QAction::triggered, this, &MainWindow::removeCurrentHost);
    m_hostList->addAction(m_refreshAction);
    m_hostList->addAction(m_removeHostAction);

    auto* exportCsv =
        new QAction(style::actionIcon(u"export"_s), tr("Export table as &CSV…"), this);
    exportCsv->setObjectName(u"exportCsvAction"_s);
    exportCsv->setShortcut(QKeySequence(tr("Ctrl+E")));
    connect(exportCsv, &QAction::triggered, this, &MainWindow::exportCsvInteractive);
    auto* exportJson = new QAction(tr("Export report as &JSON…"), this);
    exportJson->setObjectName(u"exportJsonAction"_s);
    exportJson->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    exportJson->setToolTip(
        tr("The snapshot's objects with verdicts and reasons, owners, limits and "
           "suggestions (ipcscope.report/1)"));
    connect(exportJson, &QAction::triggered, this, &MainWindow::exportJsonInteractive);

    auto* settingsAction = new QAction(style::actionIcon(u"settings"_s), tr("&Settings…"), this);
    settingsAction->setObjectName(u"settingsAction"_s);
    settingsAction->setShortcut(QKeySequence::Preferences);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    auto* quit = new QAction(tr("&Quit"), this);
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(QKeySequence(tr("Ctrl+Q")));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    file->addAction(exportCsv);
    file->addAction(exportJson);
    file->addSeparator();
    file->addAction(settingsAction);
    file->addSeparator();
    file->addAction(quit);

    view->addAction(m_refreshAction);
    view->addAction(find);
    view->addSeparator();
    const QStringList pageNames = {tr("&Overview"), tr("O&bjects"),     tr("O&wners"),
                                   tr("&History"),  tr("&Suggestions"), tr("&Planner"),
                                   tr("&Diagnosis")};
    for (int i = 0; i < pageNames.size(); ++i) {
        auto* a = view->addAction(pageNames.at(i));
        a->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { showPage(Page(i)); });
    }

    auto* clean = new QAction(tr("&Clean up…"), this);
    clean->setObjectName(u"cleanUpAction"_s);
    clean->setToolTip(tr("Review the orphaned objects of this host and remove them safely"));
    connect(clean, &QAction::triggered, this, [this] { cleanUp(); });
    hostMenu->addAction(clean);
    hostMenu->addSeparator();
    hostMenu->addAction(add);
    hostMenu->addAction(m_removeHostAction);
    hostMenu->addAction(m_refreshAction);

    auto* about = help->addAction(tr("&About IPC Scope"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About IPC Scope"),
                           tr("<h3>IPC Scope %1</h3><p>See, understand and safely clean up the "
                              "System V and POSIX IPC objects of your Linux servers.</p>")
                               .arg(QStringLiteral(IPCSCOPE_VERSION)));
    });

    bar->addAction(m_refreshAction);
    bar->addAction(find);
    bar->addSeparator();
    bar->addAction(add);
    bar->addAction(exportCsv);
    bar->addAction(settingsAction);
}

QString MainWindow::hostKey(int row) const {
    const HostConfig& c = m_hosts->config(row);
    return c.kind == HostConfig::Kind::Local ? u"local"_s : c.target();
}

MainWindow::HostState& MainWindow::stateOf(int row) {
    HostState& state = m_states[hostKey(row)];
    if (!state.session) {
        state.session = std::make_unique<HostSession>(m_hosts->config(row), m_prompter);
        HostSession* s = state.session.get();
        connect(s, &HostSession::reportReady, this,
                [this, s](quint64 id, const Report& r) { onReport(s, id, r); });
        connect(s, &HostSession::failed, this,
                [this, s](quint64 id, const Error& e) { onFailed(s, id, e); });
        connect(s, &HostSession::helperFinished, this,
                [this, s](quint64 id, const HelperOutput& o) { onHelperFinished(s, id, o); });
        connect(s, &HostSession::stateChanged, this,
                [this, s](HostSession::State st) { onState(s, st); });
        connect(s, &HostSession::progress, this,
                [this, s](const QString& stage, int step, int steps) {
                    onProgress(s, stage, step, steps);
                });
    }
    return state;
}

int MainWindow::rowOfSession(const HostSession* session) const {
    for (int row = 0; row < m_hosts->rowCount(); ++row) {
        auto it = m_states.find(hostKey(row));
        if (it != m_states.end() && it->second.session.get() == session)
            return row;
    }
    return -1;
}

void MainWindow::refresh() {
    HostState& state = stateOf(m_currentRow);
    state.pending = state.session->refresh();
    m_hosts->setStatus(m_currentRow, HostListModel::Status::Refreshing);
    setBusy(true);
    m_stateLabel->setText(tr("Connecting to %1…").arg(m_hosts->config(m_currentRow).displayName()));
}

void MainWindow::cancel() {
    auto it = m_states.find(hostKey(m_currentRow));
    if (it == m_states.end() || it->second.pending == 0)
        return;
    it->second.session->cancel();
}

void MainWindow::setBusy(bool busy) {
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    if (busy)
        m_progress->setRange(0, 0);
}

void MainWindow::onProgress(HostSession* session, const QString& stage, int step, int steps) {
    if (rowOfSession(session) != m_currentRow)
        return;
    m_stateLabel->setText(stage);
    if (steps > 0) {
        m_progress->setRange(0, steps);
        m_progress->setValue(step);
    }
}

void MainWindow::onState(HostSession* session, HostSession::State state) {
    const int row = rowOfSession(session);
    if (row != m_currentRow)
        return;
    const QString host = m_hosts->config(row).displayName();
    switch (state) {
    case HostSession::State::Connecting:
        m_stateLabel->setText(tr("Connecting to %1…").arg(host));
        break;
    case HostSession::State::Working:
        m_stateLabel->setText(tr("Reading the IPC objects of %1…").arg(host));
        break;
    case HostSession::State::Ready:
        m_stateLabel->setText(tr("Connected to %1").arg(host));
        break;
    case HostSession::State::Failed:
        m_stateLabel->setText(tr("Not connected to %1").arg(host));
        break;
    case HostSession::State::Idle:
        m_stateLabel->setText(tr("Idle"));
        break;
    }
}

namespace {
HostListModel::Status statusFor(const Report& report) {
    bool limitTrouble = false;
    for (const LimitUsage& l : report.limits)
        limitTrouble = limitTrouble || l.level != Level::Ok;
    if (report.count(Verdict::Orphaned) > 0)
        return HostListModel::Status::Orphans;
    if (report.count(Verdict::PossiblyOrphaned) > 0 || limitTrouble)
        return HostListModel::Status::Warnings;
    return HostListModel::Status::Ok;
}
} // namespace

void MainWindow::onReport(HostSession* session, quint64 id, const Report& report) {
    const int row = rowOfSession(session);
    if (row < 0)
        return;
    HostState& state = m_states[hostKey(row)];
    if (id != state.pending)
        return; // stale: a newer refresh was started
    state.pending = 0;
    state.report = report;
    m_hosts->setStatus(row, statusFor(report));
    m_hosts->setRefreshed(row, QDateTime::currentDateTime());
    m_history->record(hostKey(row), report);
    if (row == m_currentRow) {
        setBusy(false);
        m_error->hide();
        showReport(report);
        m_stateLabel->setText(tr("Connected to %1").arg(m_hosts->config(row).displayName()));
        emit reportShown();
    }
    requestSymptoms(row);
}

// Logs change slowly and reading them (and the journal) costs more than a snapshot, so the search
// runs after the first report of a host and then at most every two minutes, after a snapshot.
void MainWindow::requestSymptoms(int row) {
    constexpr qint64 kSymptomsInterval = 120;
    HostState& state = stateOf(row);
    if (state.symptomsPending != 0)
        return;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (state.symptomsAt != 0 && now - state.symptomsAt < kSymptomsInterval)
        return;
    state.symptomsAt = now;
    if (!state.session->capabilities().canModify) {
        // Agentless read: without the helper there is nothing to search the logs with.
        state.symptoms.reset();
        state.symptomsUnavailable =
            tr("IPC Scope's helper cannot run on this host, so its logs are not searched.");
        if (row == m_currentRow)
            showSymptoms(state);
        return;
    }
    state.symptomsPending = state.session->runHelper({u"symptoms"_s}, {});
}

void MainWindow::onHelperFinished(HostSession* session, quint64 id, const HelperOutput& output) {
    const int row = rowOfSession(session);
    if (row < 0)
        return;
    HostState& state = m_states[hostKey(row)];
    if (id == 0 || id != state.symptomsPending)
        return; // another helper command (cleanup, limits) answers its own caller
    state.symptomsPending = 0;
    if (output.exitCode != 0) {
        state.symptoms.reset();
        state.symptomsUnavailable =
            helperFailure(m_hosts->config(row).displayName(), output).message;
        if (row == m_currentRow)
            showSymptoms(state);
        return;
    }
    Result<SymptomScan> scan = parseSymptoms(output.out);
    if (scan) {
        state.symptoms = std::move(scan).value();
        state.symptomsUnavailable.clear();
    } else {
        state.symptoms.reset();
        state.symptomsUnavailable = scan.error().message;
    }
    if (row == m_currentRow)
        showSymptoms(state);
}

void MainWindow::showSymptoms(const HostState& state) {
    if (state.symptoms) {
        m_diagnosis->setSymptoms(*state.symptoms);
        // The diagnosis ("Apache failed to start because …") is the overview's first finding.
        if (state.report)
            m_overview->setReport(withDiagnoses(*state.report, *state.symptoms));
    } else if (!state.symptomsUnavailable.isEmpty()) {
        m_diagnosis->setSymptomsUnavailable(state.symptomsUnavailable);
    } else {
        m_diagnosis->setSymptoms({});
    }
}

void MainWindow::onFailed(HostSession* session, quint64 id, const Error& error) {
    const int row = rowOfSession(session);
    if (row < 0)
        return;
    HostState& state = m_states[hostKey(row)];
    if (id != 0 && id == state.symptomsPending) {
        state.symptomsPending = 0;
        state.symptoms.reset();
        state.symptomsUnavailable = error.message;
        if (row == m_currentRow)
            showSymptoms(state);
        return;
    }
    if (id != state.pending)
        return;
    state.pending = 0;
    const bool cancelled = error.kind == Error::Kind::Cancelled;
    if (cancelled) {
        // Back to what we knew; nothing went wrong.
        m_hosts->setStatus(row, state.report ? statusFor(*state.report)
                                             : HostListModel::Status::NotRefreshed);
    } else {
        m_hosts->setStatus(row, HostListModel::Status::Unreachable, error.message);
    }
    if (row == m_currentRow) {
        setBusy(false);
        if (cancelled) {
            m_stateLabel->setText(tr("Refresh cancelled"));
        } else {
            // The earlier data stays on screen; the banner says it is not current.
            m_error->showError(
                state.report ? tr("The refresh of %1 failed; the data shown is "
                                  "from the previous refresh.")
                                   .arg(m_hosts->config(row).displayName())
                             : tr("Could not read %1.").arg(m_hosts->config(row).displayName()),
                error);
            m_stateLabel->setText(
                tr("Not connected to %1").arg(m_hosts->config(row).displayName()));
        }
    }
}

void MainWindow::showReport(const Report& report) {
    const bool remote = m_hosts->config(m_currentRow).kind == HostConfig::Kind::Ssh;
    m_overview->setReport(report);
    m_objects->setReport(report, remote);
    m_owners->setReport(report);
    m_suggestions->setReport(report);
    m_planner->setReport(report);
    m_diagnosis->setReport(report);
    m_snapshotLabel->setText(
        tr("Snapshot %1").arg(format::absoluteTime(report.snapshot.host.time)));
    m_snapshotLabel->setToolTip(report.snapshot.host.hostname);
}

void MainWindow::selectHost(int row) {
    if (row < 0 || row >= m_hosts->rowCount())
        return;
    m_currentRow = row;
    {
        QSignalBlocker block(m_hostList->selectionModel());
        m_hostList->setCurrentIndex(m_hosts->index(row));
    }
    m_removeHostAction->setEnabled(row > 0);
    m_error->hide();
    updateTitle();
    const bool neverTried = m_states.count(hostKey(row)) == 0;
    auto it = m_states.find(hostKey(row));
    const bool known = it != m_states.end() && it->second.report;
    m_history->setHost(hostKey(row), m_hosts->config(row).displayName());
    m_planner->setSession(stateOf(row).session.get());
    it = m_states.find(hostKey(row));
    if (known) {
        showReport(*it->second.report);
        showSymptoms(it->second);
    } else {
        Report empty;
        showReport(empty);
        showSymptoms(HostState{});
        m_snapshotLabel->clear();
    }
    const bool busy = it != m_states.end() && it->second.pending != 0;
    setBusy(busy);
    if (!busy && !known && neverTried && isVisible())
        refresh();
    else if (!busy)
        m_stateLabel->setText(known ? tr("Connected to %1").arg(m_hosts->config(row).displayName())
                                    : QString());
}

void MainWindow::updateTitle() {
    // Ends with the application's display name, so the platform does not append it again.
    setWindowTitle(tr("%1 — IPC Scope").arg(m_hosts->config(m_currentRow).displayName()));
}

void MainWindow::showPage(Page page) {
    m_pages->setCurrentIndex(int(page));
}

void MainWindow::addHost() {
    AddHostWizard wizard(m_prompter, this);
    if (DialogRunner::exec(&wizard) != QDialog::Accepted)
        return;
    const HostConfig config = wizard.config();
    const int row = m_hosts->addHost(config);
    settings::setSavedHosts(m_hosts->savedHosts());
    selectHost(row);
}

void MainWindow::cleanUp(const QList<ObjectRef>& objects) {
    HostState& state = stateOf(m_currentRow);
    if (!state.report) {
        m_error->showError(tr("There is nothing to clean up yet."),
                           Error{Error::Kind::Generic,
                                 tr("Refresh the host first, so that IPC Scope knows its objects."),
                                 {}});
        return;
    }
    QList<ObjectRef> preselected = objects;
    if (preselected.isEmpty()) {
        for (const ObjectVerdict& o : state.report->objects) {
            if (o.verdict == Verdict::Orphaned)
                preselected.append(o.ref);
        }
    }
    CleanupWizard wizard(state.session.get(), *state.report, preselected, this);
    // The window behind shows the host as it is right after the removal, not at the end.
    connect(&wizard, &CleanupWizard::outcomeReady, this, &MainWindow::refresh);
    DialogRunner::exec(&wizard);
    // Whatever happened, show the host as it is now.
    refresh();
}

void MainWindow::removeCurrentHost() {
    const int row = m_currentRow;
    if (row <= 0)
        return;
    QMessageBox box(QMessageBox::Question, tr("Remove host"),
                    tr("Remove %1 from the list? Its history stays on this computer.")
                        .arg(m_hosts->config(row).displayName()),
                    QMessageBox::Cancel, this);
    box.addButton(tr("Remove"), QMessageBox::AcceptRole);
    box.setObjectName(u"removeHostBox"_s);
    if (DialogRunner::exec(&box) == QMessageBox::Cancel)
        return;
    m_states.erase(hostKey(row));
    selectHost(0);
    m_hosts->removeHost(row);
    settings::setSavedHosts(m_hosts->savedHosts());
}

void MainWindow::openSettings() {
    SettingsDialog dialog(this);
    if (DialogRunner::exec(&dialog) == QDialog::Accepted) {
        applyRefreshInterval();
        m_history->applyRetention();
    }
}

void MainWindow::applyRefreshInterval() {
    const int seconds = settings::refreshIntervalSeconds();
    m_history->showRefreshInterval(seconds);
    if (seconds > 0)
        m_autoRefresh->start(seconds * 1000);
    else
        m_autoRefresh->stop();
}

std::optional<Report> MainWindow::currentReport() const {
    auto it = m_states.find(hostKey(m_currentRow));
    if (it == m_states.end())
        return std::nullopt;
    return it->second.report;
}

bool MainWindow::exportCsv(const QString& path, QString* error) const {
    if (m_pages->currentIndex() == OwnersIndex)
        return writeFile(path, tableToCsv(m_owners->proxy(), OwnerModel::ExportRole), error);
    return writeFile(
        path, tableToCsv(m_objects->proxy(m_objects->currentTab()), ObjectTableModel::ExportRole),
        error);
}

bool MainWindow::exportJson(const QString& path, QString* error) const {
    const std::optional<Report> report = currentReport();
    if (!report) {
        *error = tr("There is no snapshot to export yet. Refresh the host first.");
        return false;
    }
    return writeFile(path, reportToJson(*report, true), error);
}

void MainWindow::exportCsvInteractive() {
    const QString suggested =
        m_pages->currentIndex() == OwnersIndex ? u"owners.csv"_s : u"objects.csv"_s;
    const QString path = DialogRunner::saveFileName(this, tr("Export table as CSV"), suggested,
                                                    tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        m_error->showError(tr("The export failed."), Error{Error::Kind::Generic, error, {}});
    else
        m_stateLabel->setText(tr("Saved %1").arg(path));
}

void MainWindow::exportJsonInteractive() {
    const QString path = DialogRunner::saveFileName(
        this, tr("Export report as JSON"), u"ipcscope-report.json"_s, tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportJson(path, &error))
        m_error->showError(tr("The export failed."), Error{Error::Kind::Generic, error, {}});
    else
        m_stateLabel->setText(tr("Saved %1").arg(path));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings s;
    s.setValue(u"mainWindow/geometry"_s, saveGeometry());
    s.setValue(u"mainWindow/state"_s, saveState());
    s.setValue(u"mainWindow/splitter"_s, m_splitter->saveState());
    for (auto& [key, state] : m_states) {
        if (state.session)
            state.session->cancel();
    }
    event->accept();
}

} // namespace ipcscope
