// SPDX-License-Identifier: GPL-3.0-or-later
// The main window: hosts on the left, pages on the right, state and progress in the status bar.
// Each host has its own HostSession (worker thread); the GUI thread only ever receives results.
#pragma once

#include "analysis/report.h"
#include "core/error.h"
#include "diagnosis/symptoms.h"
#include "session/hostsession.h"

#include <QMainWindow>

#include <map>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QListView;
class QProgressBar;
class QSplitter;
class QTabWidget;
class QTimer;
class QToolButton;

namespace ipcscope {

class DiagnosisPanel;
class ErrorBanner;
class PlannerPage;
class GuiPrompter;
class HistoryPage;
class HostListModel;
class ObjectsPage;
class OverviewPage;
class OwnersPage;
class SuggestionsPage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Page {
        OverviewIndex,
        ObjectsIndex,
        OwnersIndex,
        HistoryIndex,
        SuggestionsIndex,
        PlannerIndex,
        DiagnosisIndex
    };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void refresh();
    void cancel();
    void addHost();
    // The guided cleanup for the current host, with these objects ticked.
    void cleanUp(const QList<ipcscope::ObjectRef>& objects = {});
    void showPage(Page page);
    void selectHost(int row);
    int currentHostRow() const { return m_currentRow; }
    bool exportCsv(const QString& path, QString* error) const;
    bool exportJson(const QString& path, QString* error) const;
    std::optional<Report> currentReport() const;

    HostListModel* hosts() const { return m_hosts; }
    ObjectsPage* objectsPage() const { return m_objects; }
    OwnersPage* ownersPage() const { return m_owners; }
    OverviewPage* overviewPage() const { return m_overview; }
    SuggestionsPage* suggestionsPage() const { return m_suggestions; }
    HistoryPage* historyPage() const { return m_history; }
    GuiPrompter* prompter() const { return m_prompter; }

signals:
    // A fresh report of the current host is on screen (tests wait for it).
    void reportShown();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    struct HostState {
        std::unique_ptr<HostSession> session;
        std::optional<Report> report;
        std::unique_ptr<RefreshReply> pending; // the refresh under way
        // The last search of the host's logs (helper `symptoms`), or why there is none.
        std::optional<SymptomScan> symptoms;
        QString symptomsUnavailable;
        qint64 symptomsAt = 0; // when it was asked for, seconds since the epoch
        std::unique_ptr<HelperReply> symptomsPending;
    };

    void createActions();
    void createLayout();
    HostState& stateOf(int row);
    int rowOfSession(const HostSession* session) const;
    void onReport(HostSession* session, const Report& report);
    void onFailed(HostSession* session, const Error& error);
    void onSymptomsFailed(HostSession* session, const Error& error);
    void onState(HostSession* session, HostSession::State state);
    void onProgress(HostSession* session, const QString& stage, int step, int steps);
    void showReport(const Report& report);
    void showSymptoms(const HostState& state);
    void requestSymptoms(int row);
    void onHelperFinished(HostSession* session, const HelperOutput& output);
    void updateTitle();
    void setBusy(bool busy);
    void removeCurrentHost();
    void openSettings();
    void applyRefreshInterval();
    void exportCsvInteractive();
    void exportJsonInteractive();
    QString hostKey(int row) const;

    HostListModel* m_hosts;
    GuiPrompter* m_prompter;
    QListView* m_hostList;
    QSplitter* m_splitter;
    QTabWidget* m_pages;
    ErrorBanner* m_error;
    OverviewPage* m_overview;
    ObjectsPage* m_objects;
    OwnersPage* m_owners;
    HistoryPage* m_history;
    SuggestionsPage* m_suggestions;
    PlannerPage* m_planner;
    DiagnosisPanel* m_diagnosis;
    QLabel* m_stateLabel;
    QLabel* m_snapshotLabel;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    QTimer* m_autoRefresh;
    QAction* m_refreshAction = nullptr;
    QAction* m_removeHostAction = nullptr;
    std::map<QString, HostState> m_states; // by host key (target)
    int m_currentRow = 0;
};

} // namespace ipcscope
