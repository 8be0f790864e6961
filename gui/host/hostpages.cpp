// SPDX-License-Identifier: GPL-3.0-or-later
#include "host/hostpages.h"

#include "analysis/reportjson.h"
#include "diagnosis/diagnosispanel.h"
#include "models/objectfilterproxy.h"
#include "models/objecttablemodel.h"
#include "models/ownermodel.h"
#include "pages/historypage.h"
#include "pages/objectspage.h"
#include "pages/overviewpage.h"
#include "pages/ownerspage.h"
#include "pages/suggestionspage.h"
#include "planner/plannerpage.h"
#include "session/hostcontroller.h"
#include "util/exporter.h"
#include "widgets/nodatapanel.h"

#include <QResizeEvent>
#include <QSortFilterProxyModel>

using namespace Qt::StringLiterals;

namespace ipcscope {

HostPages::HostPages(QWidget* parent)
    : QTabWidget(parent)
    , m_overview(new OverviewPage)
    , m_objects(new ObjectsPage)
    , m_owners(new OwnersPage)
    , m_history(new HistoryPage)
    , m_suggestions(new SuggestionsPage)
    , m_planner(new PlannerPage)
    , m_diagnosis(new DiagnosisPanel)
    , m_noData(new NoDataPanel(this)) {
    setObjectName(u"pageTabs"_s);
    setDocumentMode(true);
    addTab(m_overview, tr("Overview"));
    addTab(m_objects, tr("Objects"));
    addTab(m_owners, tr("Owners"));
    addTab(m_history, tr("History"));
    addTab(m_suggestions, tr("Suggestions"));
    addTab(m_planner, tr("Planner"));
    addTab(m_diagnosis, tr("Diagnosis"));

    // The pages lead to each other.
    connect(m_overview, &OverviewPage::showObjects, this,
            [this](const QList<ObjectRef>& objects, const QString& note, quint64 ns) {
                m_objects->showObjects(objects, note, ns);
                showPage(ObjectsIndex);
            });
    connect(m_overview, &OverviewPage::showVerdict, this, [this](Verdict v) {
        m_objects->clearObjectRestriction();
        m_objects->setVerdictFilter(v);
        showPage(ObjectsIndex);
    });
    connect(m_overview, &OverviewPage::showSuggestions, this, [this](const QString& field) {
        showPage(SuggestionsIndex);
        if (!field.isEmpty())
            m_suggestions->showField(field);
    });
    connect(m_owners, &OwnersPage::ownerChosen, this, [this](const QString& owner) {
        m_objects->clearObjectRestriction();
        m_objects->setNamespace(m_owners->currentNamespace()); // the owner's objects are there
        m_objects->setOwnerFilter(owner);
        showPage(ObjectsIndex);
    });
    connect(m_diagnosis, &DiagnosisPanel::cleanupRequested, this, &HostPages::cleanUpRequested);
    connect(m_overview, &OverviewPage::cleanUp, this, &HostPages::cleanUpRequested);
    connect(m_objects, &ObjectsPage::cleanUp, this, &HostPages::cleanUpRequested);

    // A host without data shows why and what to do, never an empty page that reads as an
    // all-clear. The panel lies over the pages (History has its own data: not covered).
    m_noData->hide();
    connect(m_noData, &NoDataPanel::retryRequested, this, &HostPages::refreshRequested);
    connect(m_noData, &NoDataPanel::editRequested, this, &HostPages::editHostRequested);
    connect(this, &QTabWidget::currentChanged, this, &HostPages::showDataState);
}

void HostPages::resizeEvent(QResizeEvent* event) {
    QTabWidget::resizeEvent(event);
    showDataState();
}

void HostPages::showDataState() {
    const HostController* c = m_controller;
    const bool covered = c && !c->report() && currentIndex() != HistoryIndex;
    if (covered) {
        m_noData->showState(c->config(), c->hasTried(), c->isRefreshing(), c->lastError());
        if (QWidget* page = currentWidget())
            m_noData->setGeometry(QRect(page->mapTo(this, QPoint(0, 0)), page->size()));
        m_noData->raise();
    }
    m_noData->setVisible(covered);
}

void HostPages::setController(HostController* controller) {
    for (const QMetaObject::Connection& c : std::as_const(m_subscriptions))
        disconnect(c);
    m_subscriptions.clear();
    // A finding's restriction belongs to the host it came from: another host shows all of its
    // own objects (the same ids and keys would otherwise be filtered by it).
    if (controller != m_controller)
        m_objects->clearObjectRestriction();
    m_controller = controller;
    if (!controller) {
        m_overview->setEntryName({});
        showReport({});
        showDataState();
        return;
    }
    m_history->setHost(controller->historyKey(), controller->config().displayName());
    m_overview->setEntryName(controller->config().displayName());
    m_planner->setSession(controller->session());
    m_subscriptions
        << connect(controller, &HostController::reportChanged, this,
                   [this](const Report& report) {
                       showReport(report);
                       showSymptoms();
                       showDataState();
                       emit reportShown();
                   })
        << connect(controller, &HostController::symptomsChanged, this, &HostPages::showSymptoms)
        << connect(controller, &HostController::refreshStarted, this, &HostPages::showDataState)
        << connect(controller, &HostController::refreshFailed, this, &HostPages::showDataState)
        // After Apply or Restore the kernel has other limits: read the host again (its own
        // refresh, so that every page shows the new values).
        << connect(m_planner, &PlannerPage::limitsChanged, controller,
                   [controller] { controller->refresh(); });
    showReport(controller->report().value_or(Report{}));
    showSymptoms();
    showDataState();
    // A host read by the Fleet page's Refresh all has not had its logs searched yet.
    controller->searchLogs();
}

void HostPages::showReport(const Report& report) {
    const bool remote = m_controller && m_controller->config().kind == HostConfig::Kind::Ssh;
    m_overview->setReport(report);
    m_objects->setReport(report, remote);
    m_owners->setReport(report);
    m_suggestions->setReport(report);
    m_planner->setReport(report);
    m_diagnosis->setReport(report);
}

void HostPages::showSymptoms() {
    const HostController* c = m_controller;
    if (c && c->symptoms()) {
        m_diagnosis->setSymptoms(*c->symptoms());
        // The diagnosis ("Apache failed to start because …") is the overview's first finding.
        if (c->report())
            m_overview->setReport(*c->diagnosedReport());
    } else if (c && !c->symptomsUnavailable().isEmpty()) {
        m_diagnosis->setSymptomsUnavailable(c->symptomsUnavailable());
    } else {
        m_diagnosis->setSymptoms({});
    }
}

QString HostPages::csvFileName() const {
    return currentIndex() == OwnersIndex ? u"owners.csv"_s : u"objects.csv"_s;
}

bool HostPages::exportCsv(const QString& path, QString* error) const {
    if (currentIndex() == OwnersIndex)
        return writeFile(path, tableToCsv(m_owners->proxy(), OwnerModel::ExportRole), error);
    return writeFile(
        path, tableToCsv(m_objects->proxy(m_objects->currentTab()), ObjectTableModel::ExportRole),
        error);
}

bool HostPages::exportJson(const QString& path, QString* error) const {
    if (!m_controller || !m_controller->report()) {
        *error = tr("There is no snapshot to export yet. Refresh the host first.");
        return false;
    }
    return writeFile(path, reportToJson(*m_controller->report(), true), error);
}

} // namespace ipcscope
