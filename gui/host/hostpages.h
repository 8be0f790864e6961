// SPDX-License-Identifier: GPL-3.0-or-later
// The pages of one host (overview, objects, owners, history, suggestions, planner, diagnosis) in
// their tabs. They follow the HostController they are shown for: setController() subscribes
// them to its reports and log searches, as hotspot's ResultsPage subscribes its pages to the
// parser. The main window only chooses which controller is shown.
#pragma once

#include "analysis/report.h"
#include "session/hostcontroller.h"

#include <QList>
#include <QPointer>
#include <QTabWidget>

namespace ipcscope {

class DiagnosisPanel;
class HistoryPage;
class NoDataPanel;
class ObjectsPage;
class OverviewPage;
class OwnersPage;
class PlannerPage;
class SuggestionsPage;

class HostPages : public QTabWidget {
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

    explicit HostPages(QWidget* parent = nullptr);

    // Shows the host of `controller` and follows it from now on; null shows nothing.
    void setController(HostController* controller);
    HostController* controller() const { return m_controller; }

    void showPage(Page page) { setCurrentIndex(int(page)); }
    // The table of the page shown (objects or owners) as CSV; the report as JSON.
    QString csvFileName() const; // what the shown table is saved as by default
    bool exportCsv(const QString& path, QString* error) const;
    bool exportJson(const QString& path, QString* error) const;

    OverviewPage* overview() const { return m_overview; }
    ObjectsPage* objects() const { return m_objects; }
    OwnersPage* owners() const { return m_owners; }
    HistoryPage* history() const { return m_history; }
    SuggestionsPage* suggestions() const { return m_suggestions; }
    PlannerPage* planner() const { return m_planner; }
    DiagnosisPanel* diagnosis() const { return m_diagnosis; }
    // Covers every page but History while the host has no data (never read, or it failed).
    NoDataPanel* noData() const { return m_noData; }

signals:
    // The pages show a fresh report of the controller.
    void reportShown();
    // A page asks for the guided cleanup of these objects (none: the orphans).
    // The objects of IPC namespace `ns` (0: the host's own; else a container's).
    void cleanUpRequested(const QList<ipcscope::ObjectRef>& objects, quint64 ns);
    // The no-data panel's buttons: read the host (again), edit its entry.
    void refreshRequested();
    void editHostRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void showReport(const Report& report);
    void showSymptoms();
    void showDataState();

    QPointer<HostController> m_controller;
    QList<QMetaObject::Connection> m_subscriptions;
    OverviewPage* m_overview;
    ObjectsPage* m_objects;
    OwnersPage* m_owners;
    HistoryPage* m_history;
    SuggestionsPage* m_suggestions;
    PlannerPage* m_planner;
    DiagnosisPanel* m_diagnosis;
    NoDataPanel* m_noData;
};

} // namespace ipcscope
