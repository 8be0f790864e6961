// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "cleanup/cleanupwizard.h"
#include "dialogs/dialoghook.h"
#include "dialogs/guiprompter.h"
#include "dialogs/hostactions.h"
#include "dialogs/settingsdialog.h"
#include "fleet/fleetpage.h"
#include "history/historyservice.h"
#include "host/hostcontrollers.h"
#include "host/hoststatus.h"
#include "mainactions.h"
#include "models/hostlistmodel.h"
#include "pages/historypage.h"
#include "pages/objectspage.h"
#include "session/hostcontroller.h"
#include "transport/helperlocator.h"
#include "util/appsettings.h"
#include "util/verdictstyle.h"
#include "widgets/errorbanner.h"
#include "widgets/hostitemdelegate.h"

#include <QAction>
#include <QCloseEvent>
#include <QDateTime>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ipcscope {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_hosts(new HostListModel(this))
    , m_prompter(new GuiPrompter(this, this))
    , m_autoRefresh(new QTimer(this))
    , m_history(new HistoryService(this))
    , m_controllers(new HostControllers(m_hosts, m_prompter, m_history, this))
    , m_hostActions(new HostActions(m_hosts, m_prompter, this)) {
    setObjectName(u"mainWindow"_s);
    style::initResources();
    setWindowIcon(style::appIcon());
    m_hostActions->load();
    createLayout();
    followControllers();
    m_status = new HostStatus(statusBar(), this);
    connect(m_status, &HostStatus::cancelRequested, this, &MainWindow::cancel);
    createActions();
    m_history->open({}, settings::historyRetentionDays());
    m_pages->history()->setHistory(m_history);

    QSettings s;
    if (!restoreGeometry(s.value(u"mainWindow/geometry"_s).toByteArray()))
        resize(QSize(1280, 800).boundedTo(screen()->availableGeometry().size()));
    restoreState(s.value(u"mainWindow/state"_s).toByteArray());
    m_splitter->restoreState(s.value(u"mainWindow/splitter"_s).toByteArray());

    connect(m_autoRefresh, &QTimer::timeout, this, [this] {
        if (!controllerAt(m_currentRow)->isRefreshing())
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
    m_pages->setController(nullptr);
    delete m_controllers;
}

void MainWindow::followControllers() {
    connect(m_controllers, &HostControllers::created, this, [this](HostController* c) {
        connect(c, &HostController::refreshStarted, this, [this, c] {
            m_hosts->setStatus(m_controllers->rowOf(c), HostListModel::Status::Refreshing);
        });
        connect(c, &HostController::reportChanged, this,
                [this, c](const Report& r) { onReport(c, r); });
        connect(c, &HostController::refreshFailed, this,
                [this, c](const Error& e) { onRefreshFailed(c, e); });
    });
    connect(m_controllers, &HostControllers::aboutToDrop, this, [this](HostController* c) {
        if (c == m_pages->controller()) {
            m_pages->setController(nullptr);
            m_status->setController(nullptr);
        }
    });
    // An edited entry has a new controller (a new session): show and read it.
    connect(m_controllers, &HostControllers::replaced, this, [this](int row) {
        if (row == m_currentRow)
            selectHost(row);
    });
}

void MainWindow::createLayout() {
    m_hostList = new QListView;
    m_hostList->setObjectName(u"hostList"_s);
    m_hostList->setAccessibleName(tr("Hosts"));
    m_hostList->setModel(m_hosts);
    m_hostList->setItemDelegate(new HostItemDelegate(m_hostList));
    m_hostList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_hostList->setContextMenuPolicy(Qt::ActionsContextMenu); // see createActions()
    connect(m_hostList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid() && current.row() != m_currentRow)
                    selectHost(current.row());
            });
    connect(m_hostList, &QListView::clicked, this, [this](const QModelIndex& index) {
        if (fleetShown()) // the current entry clicked again: back to its pages
            selectHost(index.row());
    });
    m_fleetButton = new QPushButton(style::actionIcon(u"refresh"_s), tr("All servers"));
    m_fleetButton->setObjectName(u"fleetButton"_s);
    m_fleetButton->setCheckable(true); // looks pressed while the page is shown
    m_fleetButton->setToolTip(tr("Every server in one table, worst first"));
    connect(m_fleetButton, &QPushButton::clicked, this, &MainWindow::showFleet);
    auto* addButton = new QPushButton(style::actionIcon(u"add-host"_s), tr("Add host…"));
    addButton->setObjectName(u"addHostButton"_s);
    connect(addButton, &QPushButton::clicked, this, &MainWindow::addHost);
    auto* sidebar = new QWidget;
    auto* sideLayout = new QVBoxLayout(sidebar);
    sideLayout->setContentsMargins(6, 6, 0, 6);
    auto* hostsTitle = new QLabel(tr("<b>Hosts</b>"));
    sideLayout->addWidget(m_fleetButton);
    sideLayout->addWidget(hostsTitle);
    sideLayout->addWidget(m_hostList, 1);
    sideLayout->addWidget(addButton);

    m_pages = new HostPages;
    connect(m_pages, &HostPages::reportShown, this, [this] {
        m_error->hide();
        emit reportShown();
    });
    connect(m_pages, &HostPages::cleanUpRequested, this, &MainWindow::cleanUp);
    connect(m_pages, &HostPages::refreshRequested, this, &MainWindow::refresh);
    connect(m_pages, &HostPages::editHostRequested, this, [this] { editHost(m_currentRow); });
    connect(m_pages->history(), &HistoryPage::refreshIntervalChanged, this,
            &MainWindow::applyRefreshInterval);
    m_fleet = new FleetPage(m_hosts, m_controllers);
    connect(m_fleet, &FleetPage::openHost, this, &MainWindow::selectHost);
    connect(m_fleet, &FleetPage::addHostRequested, this, [this](const QString& host) {
        if (const int row = m_hostActions->add(host); row >= 0)
            selectHost(row);
    });
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_pages);
    m_stack->addWidget(m_fleet);
    m_error = new ErrorBanner;
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 6, 6, 0);
    rightLayout->addWidget(m_error);
    rightLayout->addWidget(m_stack, 1);

    m_splitter = new QSplitter;
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(sidebar);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({210, 1070});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
}

void MainWindow::createActions() {
    const MainActions a(this);
    m_refreshAction = a.refresh;
    m_savedHostActions = {a.duplicateHost, a.removeHost}; // the local machine: edit only
    connect(a.refresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(a.find, &QAction::triggered, this, [this] {
        if (fleetShown())
            return m_fleet->focusFilter();
        showPage(ObjectsIndex);
        m_pages->objects()->focusFilter();
    });
    connect(a.cancel, &QAction::triggered, this, &MainWindow::cancel);
    connect(a.addHost, &QAction::triggered, this, &MainWindow::addHost);
    connect(a.importHosts, &QAction::triggered, m_hostActions, &HostActions::importHosts);
    connect(a.editHost, &QAction::triggered, this, [this] { editHost(m_currentRow); });
    connect(a.duplicateHost, &QAction::triggered, this, [this] { duplicateHost(m_currentRow); });
    connect(a.removeHost, &QAction::triggered, this, &MainWindow::removeCurrentHost);
    m_hostList->addActions({a.refresh, a.editHost, a.duplicateHost, a.removeHost});
    connect(a.exportCsv, &QAction::triggered, this, [this] { exportInteractive(true); });
    connect(a.exportJson, &QAction::triggered, this, [this] { exportInteractive(false); });
    connect(a.settings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    for (int i = 0; i < a.pages.size(); ++i)
        connect(a.pages.at(i), &QAction::triggered, this, [this, i] { showPage(Page(i)); });
    connect(a.cleanUp, &QAction::triggered, this, [this] { cleanUp(); });
    connect(a.about, &QAction::triggered, this,
            [this] { QMessageBox::about(this, tr("About IPC Scope"), aboutText()); });
}

QString MainWindow::aboutText() {
    QString text = tr("<h3>IPC Scope %1</h3><p>See, understand and safely clean up the "
                      "System V and POSIX IPC objects of your Linux servers.</p>")
                       .arg(QStringLiteral(IPCSCOPE_VERSION));
    const QLocale locale;
    text += tr("<p>Helper programs for servers with these processors: %1.</p>")
                .arg(locale.createSeparatedList(builtHelperArchitectures()));
    const QStringList leftOut = leftOutHelperArchitectures();
    if (!leftOut.isEmpty())
        text += tr("<p>No helper was built into this copy for: %1. Servers with these processors "
                   "are read with standard tools instead (reduced detail, no cleanup).</p>")
                    .arg(locale.createSeparatedList(leftOut));
    return text;
}

HostController* MainWindow::controllerAt(int row) {
    return m_controllers->at(row);
}

HostController* MainWindow::current() const {
    return m_pages->controller();
}

void MainWindow::refresh() {
    if (fleetShown()) // F5 on the All servers page
        return m_fleet->refreshAll();
    controllerAt(m_currentRow)->refresh();
}

void MainWindow::cancel() {
    if (fleetShown()) // Esc
        return m_fleet->cancelRefresh();
    if (HostController* c = current())
        c->cancel();
}

void MainWindow::onReport(HostController* controller, const Report& report) {
    const int row = m_controllers->rowOf(controller);
    m_hosts->setStatus(row, HostListModel::statusFor(report));
    m_hosts->setRefreshed(row, QDateTime::currentDateTime());
}

void MainWindow::onRefreshFailed(HostController* controller, const Error& error) {
    const bool cancelled = error.kind == Error::Kind::Cancelled;
    const int row = m_controllers->rowOf(controller);
    const std::optional<Report>& report = controller->report();
    if (cancelled) // back to what we knew; nothing went wrong
        m_hosts->setStatus(row, report ? HostListModel::statusFor(*report)
                                       : HostListModel::Status::NotRefreshed);
    else
        m_hosts->setStatus(row, HostListModel::Status::Unreachable, error.message);
    if (controller != current() || cancelled || fleetShown()) // the Fleet page says it there
        return;
    const QString host = controller->config().displayName();
    // The earlier data stays on screen; the banner says it is not current.
    m_error->showError(report ? tr("The refresh of %1 failed; the data shown is "
                                   "from the previous refresh.")
                                    .arg(host)
                              : tr("Could not read %1.").arg(host),
                       error);
}

void MainWindow::selectHost(int row) {
    if (row < 0 || row >= m_hosts->rowCount())
        return;
    m_currentRow = row;
    m_stack->setCurrentWidget(m_pages);
    m_fleetButton->setChecked(false);
    {
        QSignalBlocker block(m_hostList->selectionModel());
        m_hostList->selectionModel()->setCurrentIndex(m_hosts->index(row),
                                                      QItemSelectionModel::ClearAndSelect);
    }
    for (QAction* a : std::as_const(m_savedHostActions))
        a->setEnabled(row > 0);
    m_error->hide();
    HostController* c = controllerAt(row);
    // Ends with the application's display name, so the platform does not append it again.
    setWindowTitle(tr("%1 — IPC Scope").arg(c->config().displayName()));
    // The status bar first: it has said "connected" when the pages announce the report.
    m_status->setController(c);
    m_pages->setController(c);
    if (!c->isRefreshing() && !c->report() && !c->hasTried() && isVisible())
        refresh();
}

void MainWindow::showFleet() {
    m_error->hide();
    m_stack->setCurrentWidget(m_fleet);
    m_hostList->clearSelection(); // no host is shown
    m_fleetButton->setChecked(true);
    setWindowTitle(tr("All servers — IPC Scope"));
    m_fleet->table()->setFocus();
}

bool MainWindow::fleetShown() const {
    return m_stack->currentWidget() == m_fleet;
}

void MainWindow::addHost() {
    if (const int row = m_hostActions->add(); row >= 0)
        selectHost(row);
}

void MainWindow::editHost(int row) {
    m_hostActions->edit(row); // an edited current entry is shown again (followControllers)
}

void MainWindow::duplicateHost(int row) {
    if (const int copy = m_hostActions->duplicate(row); copy >= 0)
        selectHost(copy);
}

void MainWindow::cleanUp(const QList<ObjectRef>& objects, quint64 ns) {
    HostController* c = controllerAt(m_currentRow);
    // The report that holds the objects: the host's, or the container's they are in.
    const Report* report = c->report() ? c->report()->reportFor(ns) : nullptr;
    if (!report) {
        m_error->showError(tr("There is nothing to clean up yet."),
                           Error{Error::Kind::Generic,
                                 tr("Refresh the host first, so that IPC Scope knows its objects."),
                                 {}});
        return;
    }
    QList<ObjectRef> preselected = objects;
    if (preselected.isEmpty()) {
        for (const ObjectVerdict& o : report->objects) {
            if (o.verdict == Verdict::Orphaned)
                preselected.append(o.ref);
        }
    }
    // Objects of other users need administrator rights: said now, not after five pages.
    if (!m_hostActions->readyToCleanUp(m_currentRow, *report, c->session()->capabilities().elevated,
                                       preselected))
        return;
    CleanupWizard wizard(c->session(), *report, preselected, this);
    // The window behind shows the host as it is right after the removal, not at the end.
    connect(&wizard, &CleanupWizard::outcomeReady, this, &MainWindow::refresh);
    DialogRunner::exec(&wizard);
    // Whatever happened, show the host as it is now.
    refresh();
}

void MainWindow::removeCurrentHost() {
    const int row = m_currentRow;
    // Asked while the list and the pages still show the host in question; only then do the
    // pages let go of its controller, which goes with the row.
    if (row <= 0 || !m_hostActions->confirmRemove(row))
        return;
    selectHost(0);
    m_hostActions->remove(row);
}

void MainWindow::openSettings() {
    SettingsDialog dialog(this);
    if (DialogRunner::exec(&dialog) == QDialog::Accepted) {
        applyRefreshInterval();
        m_history->setRetentionDays(settings::historyRetentionDays());
    }
}

void MainWindow::applyRefreshInterval() {
    const int seconds = settings::refreshIntervalSeconds();
    m_pages->history()->showRefreshInterval(seconds);
    if (seconds > 0)
        m_autoRefresh->start(seconds * 1000);
    else
        m_autoRefresh->stop();
}

std::optional<Report> MainWindow::currentReport() const {
    const HostController* c = current();
    return c ? c->report() : std::nullopt;
}

bool MainWindow::exportCsv(const QString& path, QString* error) const {
    return fleetShown() ? m_fleet->exportCsv(path, error) : m_pages->exportCsv(path, error);
}

void MainWindow::exportInteractive(bool csv) {
    const QString path =
        csv ? DialogRunner::saveFileName(this, tr("Export table as CSV"),
                                         fleetShown() ? u"servers.csv"_s : m_pages->csvFileName(),
                                         tr("CSV files (*.csv)"))
            : DialogRunner::saveFileName(this, tr("Export report as JSON"),
                                         u"ipcscope-report.json"_s, tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!(csv ? exportCsv(path, &error) : exportJson(path, &error)))
        m_error->showError(tr("The export failed."), Error{Error::Kind::Generic, error, {}});
    else
        m_status->showMessage(tr("Saved %1").arg(path));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings s;
    s.setValue(u"mainWindow/geometry"_s, saveGeometry());
    s.setValue(u"mainWindow/state"_s, saveState());
    s.setValue(u"mainWindow/splitter"_s, m_splitter->saveState());
    m_controllers->cancelAll();
    event->accept();
}

} // namespace ipcscope
