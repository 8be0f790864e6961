// SPDX-License-Identifier: GPL-3.0-or-later
// The main window: hosts on the left, the pages of the chosen host on the right, state and
// progress in the status bar. Each host entry has its own HostController (session, report, log
// search); the pages subscribe to the controller shown. The window itself keeps menus, the host
// list and page switching.
#pragma once

#include "analysis/report.h"
#include "host/hostpages.h"
#include "session/hostsession.h"

#include <QMainWindow>

#include <optional>

class QAction;
class QListView;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace ipcscope {

class ErrorBanner;
class FleetPage;
class GuiPrompter;
class HistoryPage;
class HistoryService;
class HostActions;
class HostController;
class HostControllers;
class HostListModel;
class HostStatus;
class ObjectsPage;
class OverviewPage;
class OwnersPage;
class SuggestionsPage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    using Page = HostPages::Page;
    static constexpr Page OverviewIndex = HostPages::OverviewIndex;
    static constexpr Page ObjectsIndex = HostPages::ObjectsIndex;
    static constexpr Page OwnersIndex = HostPages::OwnersIndex;
    static constexpr Page HistoryIndex = HostPages::HistoryIndex;
    static constexpr Page SuggestionsIndex = HostPages::SuggestionsIndex;
    static constexpr Page PlannerIndex = HostPages::PlannerIndex;
    static constexpr Page DiagnosisIndex = HostPages::DiagnosisIndex;

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // The About box's text: version, and the server architectures this copy has a helper for
    // (and those left out of the build, which are read with standard tools instead).
    static QString aboutText();

    void refresh();
    void cancel();
    void addHost();
    void editHost(int row);
    void duplicateHost(int row);
    // The guided cleanup for the current host, with these objects ticked.
    void cleanUp(const QList<ipcscope::ObjectRef>& objects = {}, quint64 ns = 0);
    void showPage(Page page) { m_pages->showPage(page); }
    void selectHost(int row);
    // The Fleet page (all servers) instead of the current host's pages.
    void showFleet();
    bool fleetShown() const;
    FleetPage* fleetPage() const { return m_fleet; }
    int currentHostRow() const { return m_currentRow; }
    bool exportCsv(const QString& path, QString* error) const;
    bool exportJson(const QString& path, QString* error) const {
        return m_pages->exportJson(path, error);
    }
    std::optional<Report> currentReport() const;
    // The controller of the host entry in `row`, created on first use.
    HostController* controllerAt(int row);

    HostListModel* hosts() const { return m_hosts; }
    ObjectsPage* objectsPage() const { return m_pages->objects(); }
    OwnersPage* ownersPage() const { return m_pages->owners(); }
    OverviewPage* overviewPage() const { return m_pages->overview(); }
    SuggestionsPage* suggestionsPage() const { return m_pages->suggestions(); }
    HistoryPage* historyPage() const { return m_pages->history(); }
    GuiPrompter* prompter() const { return m_prompter; }

signals:
    // A fresh report of the current host is on screen (tests wait for it).
    void reportShown();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createLayout();
    void followControllers();
    HostController* current() const;
    void onReport(HostController* controller, const Report& report);
    void onRefreshFailed(HostController* controller, const Error& error);
    void removeCurrentHost();
    void openSettings();
    void applyRefreshInterval();
    void exportInteractive(bool csv);

    HostListModel* m_hosts;
    GuiPrompter* m_prompter;
    QListView* m_hostList;
    QSplitter* m_splitter;
    HostPages* m_pages;
    FleetPage* m_fleet;
    QPushButton* m_fleetButton;
    QStackedWidget* m_stack;
    ErrorBanner* m_error;
    HostStatus* m_status;
    QTimer* m_autoRefresh;
    QAction* m_refreshAction = nullptr;
    QList<QAction*> m_savedHostActions; // duplicate, remove: not for the local machine
    // The history database (own thread): the controllers record, the History page reads.
    HistoryService* m_history;
    // One controller per row of m_hosts (made on first use); follows the model's rows.
    HostControllers* m_controllers;
    HostActions* m_hostActions;
    int m_currentRow = 0;
};

} // namespace ipcscope
