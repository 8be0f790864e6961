// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/objectspage.h"

#include "models/messagequeuemodel.h"
#include "models/objectfilterproxy.h"
#include "models/posixmodel.h"
#include "models/semaphoremodel.h"
#include "models/sharedmemorymodel.h"
#include "pages/objectdetailspanel.h"
#include "util/format.h"
#include "util/verdictstyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <set>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {
int tabOf(ObjectType type) {
    switch (type) {
    case ObjectType::Semaphore:
        return ObjectsPage::SemaphoresTab;
    case ObjectType::SharedMemory:
        return ObjectsPage::SharedMemoryTab;
    case ObjectType::MessageQueue:
        return ObjectsPage::MessageQueuesTab;
    default:
        return ObjectsPage::PosixTab;
    }
}
} // namespace

ObjectsPage::ObjectsPage(QWidget* parent)
    : QWidget(parent)
    , m_filter(new QLineEdit)
    , m_owner(new QComboBox)
    , m_verdict(new QComboBox)
    , m_restrictionBar(new QWidget)
    , m_restrictionText(new QLabel)
    , m_tabs(new QTabWidget)
    , m_details(new ObjectDetailsPanel)
    , m_filterDelay(new QTimer(this)) {
    setObjectName(u"objectsPage"_s);
    m_filter->setObjectName(u"filterEdit"_s);
    m_filter->setPlaceholderText(tr("Filter by key, ID, owner, name or verdict  (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter objects"));
    m_owner->setObjectName(u"ownerFilter"_s);
    m_owner->setAccessibleName(tr("Filter by owner"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_owner->addItem(tr("All owners"), QString());
    m_verdict->setObjectName(u"verdictFilter"_s);
    m_verdict->setAccessibleName(tr("Filter by verdict"));
    m_verdict->addItem(tr("All verdicts"), -1);
    for (Verdict v :
         {Verdict::Orphaned, Verdict::PossiblyOrphaned, Verdict::Unknown, Verdict::InUse})
        m_verdict->addItem(style::verdictIcon(v), verdictName(v), int(v));

    auto* filterBar = new QHBoxLayout;
    auto* filterLabel = new QLabel(tr("&Filter:"));
    filterLabel->setBuddy(m_filter);
    filterBar->addWidget(filterLabel);
    filterBar->addWidget(m_filter, 1);
    auto* ownerLabel = new QLabel(tr("&Owner:"));
    ownerLabel->setBuddy(m_owner);
    filterBar->addWidget(ownerLabel);
    filterBar->addWidget(m_owner);
    auto* verdictLabel = new QLabel(tr("&Verdict:"));
    verdictLabel->setBuddy(m_verdict);
    filterBar->addWidget(verdictLabel);
    filterBar->addWidget(m_verdict);

    // Shown when a finding restricted the tables to its objects.
    m_restrictionBar->setObjectName(u"restrictionBar"_s);
    auto* restriction = new QHBoxLayout(m_restrictionBar);
    restriction->setContentsMargins(0, 0, 0, 0);
    m_restrictionText->setWordWrap(true);
    m_restrictionText->setObjectName(u"restrictionText"_s);
    auto* showAll = new QPushButton(tr("Show all objects"));
    showAll->setObjectName(u"showAllButton"_s);
    restriction->addWidget(new QLabel(u"<img src=':/icons/action-find.svg' width=16 height=16>"_s));
    restriction->addWidget(m_restrictionText, 1);
    restriction->addWidget(showAll);
    m_restrictionBar->hide();
    connect(showAll, &QPushButton::clicked, this, &ObjectsPage::clearObjectRestriction);

    m_models = {new SemaphoreModel(this), new SharedMemoryModel(this), new MessageQueueModel(this),
                new PosixModel(this)};
    const QStringList viewNames = {u"semaphoreTable"_s, u"sharedMemoryTable"_s,
                                   u"messageQueueTable"_s, u"posixTable"_s};
    for (int t = 0; t < TabCount; ++t) {
        auto* proxy = new ObjectFilterProxy(this);
        proxy->setSourceModel(m_models.at(t));
        auto* view = new QTableView;
        view->setObjectName(viewNames.at(t));
        view->setModel(proxy);
        view->setSortingEnabled(true);
        view->sortByColumn(ObjectTableModel::VerdictColumn, Qt::AscendingOrder);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setAlternatingRowColors(true);
        view->setWordWrap(false);
        view->verticalHeader()->hide();
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
        view->horizontalHeader()->setStretchLastSection(true);
        view->horizontalHeader()->setSectionsMovable(true);
        view->horizontalHeader()->setHighlightSections(false);
        connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &ObjectsPage::updateDetails);
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &ObjectsPage::updateDetails);
        m_proxies.append(proxy);
        m_views.append(view);
        m_tabs->addTab(view, QString());
        view->setAccessibleName(m_tabs->tabText(t));
    }
    m_tabs->setObjectName(u"objectTabs"_s);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ObjectsPage::updateDetails);
    updateTabTitles();

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(u"objectsSplitter"_s);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({720, 400});
    splitter->setChildrenCollapsible(false);
    m_details->setMinimumWidth(300);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filterBar);
    layout->addWidget(m_restrictionBar);
    layout->addWidget(splitter, 1);

    // Typing re-filters after a short pause, so fast typing does not filter once per key.
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(120);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, &ObjectsPage::applyTextFilter);
    connect(m_owner, &QComboBox::currentIndexChanged, this, [this] {
        for (ObjectFilterProxy* p : std::as_const(m_proxies))
            p->setOwner(m_owner->currentData().toString());
        updateTabTitles();
    });
    connect(m_verdict, &QComboBox::currentIndexChanged, this, [this] {
        const int v = m_verdict->currentData().toInt();
        for (ObjectFilterProxy* p : std::as_const(m_proxies))
            p->setVerdict(v < 0 ? std::nullopt : std::optional<Verdict>(Verdict(v)));
        updateTabTitles();
    });
    setTabOrder(m_filter, m_owner);
    setTabOrder(m_owner, m_verdict);
    setTabOrder(m_verdict, m_tabs);
}

void ObjectsPage::applyTextFilter() {
    m_filterDelay->stop();
    for (ObjectFilterProxy* p : std::as_const(m_proxies))
        p->setText(m_filter->text());
    updateTabTitles();
}

void ObjectsPage::setReport(const Report& report, bool remote) {
    m_report = report;
    m_remote = remote;
    for (ObjectTableModel* m : std::as_const(m_models))
        m->setReport(report);
    rebuildOwnerChoices();
    if (!m_columnsSized && report.snapshot.objectCount() > 0) {
        // Size columns once from the first rows; later refreshes keep what the person chose.
        for (QTableView* v : std::as_const(m_views)) {
            v->resizeColumnsToContents();
            for (int c = 0; c < v->model()->columnCount(); ++c)
                v->setColumnWidth(c, qBound(48, v->columnWidth(c) + 6, 220));
        }
        m_columnsSized = true;
    }
    updateTabTitles();
    // Something useful in the details panel from the start.
    for (QTableView* v : std::as_const(m_views)) {
        if (!v->selectionModel()->hasSelection() && v->model()->rowCount() > 0)
            v->selectRow(0);
    }
    updateDetails();
}

void ObjectsPage::rebuildOwnerChoices() {
    const QString current = m_owner->currentData().toString();
    std::set<QString> owners;
    for (const ObjectVerdict& o : m_report.objects)
        owners.insert(o.owner);
    QSignalBlocker block(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("All owners"), QString());
    for (const QString& o : owners)
        m_owner->addItem(o, o);
    const int i = m_owner->findData(current);
    if (i < 0 && !current.isEmpty()) {
        // Keep a chosen owner even when it has no objects right now.
        m_owner->addItem(current, current);
        m_owner->setCurrentIndex(m_owner->count() - 1);
    } else {
        m_owner->setCurrentIndex(qMax(0, i));
    }
}

void ObjectsPage::setOwnerFilter(const QString& owner) {
    int i = m_owner->findData(owner);
    if (i < 0) {
        m_owner->addItem(owner, owner);
        i = m_owner->count() - 1;
    }
    m_owner->setCurrentIndex(i);
}

void ObjectsPage::setVerdictFilter(std::optional<Verdict> verdict) {
    m_verdict->setCurrentIndex(qMax(0, m_verdict->findData(verdict ? int(*verdict) : -1)));
}

void ObjectsPage::showObjects(const QList<ObjectRef>& objects, const QString& note) {
    QSet<QString> identities;
    int firstTab = -1;
    for (const ObjectRef& ref : objects) {
        ObjectVerdict probe;
        probe.ref = ref;
        for (const ObjectVerdict& o : std::as_const(m_report.objects)) {
            if (o.ref.type == ref.type && o.ref.index == ref.index) {
                probe = o;
                break;
            }
        }
        identities.insert(ObjectTableModel::identityOf(probe, m_report));
        if (firstTab < 0)
            firstTab = tabOf(ref.type);
    }
    for (ObjectFilterProxy* p : std::as_const(m_proxies))
        p->setIdentities(identities);
    // Other filters would hide some of the finding's objects.
    m_filter->clear();
    applyTextFilter();
    setOwnerFilter(QString());
    setVerdictFilter(std::nullopt);
    m_restrictionText->setText(
        tr("Showing %n object(s) of a finding.", nullptr, int(objects.size())) + u' ' + note);
    m_restrictionBar->show();
    if (firstTab >= 0)
        m_tabs->setCurrentIndex(firstTab);
    updateTabTitles();
    QTableView* v = m_views.at(m_tabs->currentIndex());
    if (v->model()->rowCount() > 0)
        v->selectRow(0);
}

void ObjectsPage::clearObjectRestriction() {
    for (ObjectFilterProxy* p : std::as_const(m_proxies))
        p->setIdentities(std::nullopt);
    m_restrictionBar->hide();
    updateTabTitles();
}

void ObjectsPage::focusFilter() {
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

int ObjectsPage::currentTab() const {
    return m_tabs->currentIndex();
}

void ObjectsPage::setCurrentTab(int tab) {
    m_tabs->setCurrentIndex(tab);
}

void ObjectsPage::updateTabTitles() {
    const QStringList names = {tr("Semaphore sets"), tr("Shared memory"), tr("Message queues"),
                               tr("POSIX")};
    for (int t = 0; t < TabCount; ++t) {
        const int shown = m_proxies.at(t)->rowCount();
        const int all = m_models.at(t)->rowCount();
        m_tabs->setTabText(t, shown == all
                                  ? u"%1 (%2)"_s.arg(names.at(t), format::number(quint64(all)))
                                  : tr("%1 (%2 of %3)")
                                        .arg(names.at(t), format::number(quint64(shown)),
                                             format::number(quint64(all))));
    }
}

void ObjectsPage::updateDetails() {
    const int t = m_tabs->currentIndex();
    if (t < 0)
        return;
    const QModelIndex current = m_views.at(t)->selectionModel()->currentIndex();
    if (!current.isValid() || !m_views.at(t)->selectionModel()->isRowSelected(current.row(), {})) {
        m_details->setObject(m_report, -1, m_remote);
        return;
    }
    const int objectIndex = current.data(ObjectTableModel::ObjectIndexRole).toInt();
    m_details->setObject(m_report, objectIndex, m_remote);
}

} // namespace ipcscope
