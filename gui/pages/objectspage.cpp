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

#include <QAction>
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
constexpr int kSideBySideWidth = 980; // narrower: the details below the tables

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
    , m_namespaceLabel(new QLabel(tr("&Namespace:")))
    , m_namespace(new QComboBox)
    , m_restrictionBar(new QWidget)
    , m_restrictionText(new QLabel)
    , m_tabs(new QTabWidget)
    , m_details(new ObjectDetailsPanel)
    , m_cleanAction(new QAction(this))
    , m_cleanButton(new QPushButton)
    , m_splitter(new QSplitter(Qt::Horizontal))
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

    // Containers have IPC namespaces of their own, each with its own objects and ids: one at a
    // time, the host's first. Shown only when the host has containers.
    m_namespace->setObjectName(u"namespaceFilter"_s);
    m_namespace->setAccessibleName(tr("Show the objects of this IPC namespace"));
    // Container names can be long: the box stays narrow (its list shows them whole), and the
    // text filter keeps room to type in.
    m_namespace->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_namespace->setMinimumContentsLength(14);
    m_filter->setMinimumWidth(150);
    m_namespaceLabel->setBuddy(m_namespace);
    m_namespaceLabel->hide();
    m_namespace->hide();

    auto* filterBar = new QHBoxLayout;
    filterBar->addWidget(m_namespaceLabel);
    filterBar->addWidget(m_namespace);
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
        view->setSelectionMode(QAbstractItemView::ExtendedSelection);
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
        view->addAction(m_cleanAction);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setAlternatingRowColors(true);
        view->setWordWrap(false);
        view->verticalHeader()->hide();
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
        view->horizontalHeader()->setStretchLastSection(true);
        view->horizontalHeader()->setSectionsMovable(true);
        view->horizontalHeader()->setHighlightSections(false);
        // Which software made an object matters more than its times: next to the owner, where
        // it is on screen in a narrow window too (the models keep it last, as in the CSV).
        view->horizontalHeader()->moveSection(proxy->columnCount() - 1, 4);
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

    // The guided cleanup for what is selected, from the context menu or the button below.
    m_cleanAction->setObjectName(u"cleanSelectedAction"_s);
    m_cleanButton->setObjectName(u"cleanSelectedButton"_s);
    m_cleanButton->setToolTip(tr("Review the selected objects and remove them safely"));
    connect(m_cleanAction, &QAction::triggered, this, [this] {
        const QList<ObjectRef> objects = selectedObjects();
        if (!objects.isEmpty())
            emit cleanUp(objects, currentNamespace());
    });
    connect(m_cleanButton, &QPushButton::clicked, m_cleanAction, &QAction::trigger);
    auto* hint = new QLabel(tr("Ctrl+click or Shift+click selects several objects."));
    hint->setObjectName(u"selectionHint"_s);
    hint->setEnabled(false); // a quiet hint
    hint->setWordWrap(true); // long in some languages: it must not widen the window
    auto* tableSide = new QWidget;
    auto* tableLayout = new QVBoxLayout(tableSide);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_tabs, 1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(hint, 1);
    actions->addWidget(m_cleanButton);
    tableLayout->addLayout(actions);
    updateCleanAction();

    m_splitter->setObjectName(u"objectsSplitter"_s);
    m_splitter->addWidget(tableSide);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({720, 400});
    m_splitter->setChildrenCollapsible(false);
    m_details->setMinimumSize(300, 160);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filterBar);
    layout->addWidget(m_restrictionBar);
    layout->addWidget(m_splitter, 1);

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
    connect(m_namespace, &QComboBox::currentIndexChanged, this, &ObjectsPage::showNamespace);
    setTabOrder(m_namespace, m_filter);
    setTabOrder(m_filter, m_owner);
    setTabOrder(m_owner, m_verdict);
    setTabOrder(m_verdict, m_tabs);
}

// Side by side the details would squeeze the tables (and be squeezed) in a narrow window, such as
// on a 1024×700 screen: there the details go below the tables, both as wide as the page.
void ObjectsPage::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    const Qt::Orientation wanted = width() < kSideBySideWidth ? Qt::Vertical : Qt::Horizontal;
    if (m_splitter->orientation() == wanted)
        return;
    m_splitter->setOrientation(wanted);
    const int length = wanted == Qt::Vertical ? m_splitter->height() : m_splitter->width();
    m_splitter->setSizes({length * 11 / 20, length * 9 / 20});
}

void ObjectsPage::applyTextFilter() {
    m_filterDelay->stop();
    for (ObjectFilterProxy* p : std::as_const(m_proxies))
        p->setText(m_filter->text());
    updateTabTitles();
}

void ObjectsPage::setReport(const Report& report, bool remote) {
    m_hostReport = report;
    m_remote = remote;
    rebuildNamespaceChoices();
    showNamespace();
}

void ObjectsPage::rebuildNamespaceChoices() {
    const quint64 current = currentNamespace();
    QSignalBlocker block(m_namespace);
    m_namespace->clear();
    m_namespace->addItem(tr("Host (%n object(s))", nullptr, m_hostReport.snapshot.objectCount()),
                         QVariant::fromValue<quint64>(0));
    for (const NamespaceReport& c : std::as_const(m_hostReport.containers)) {
        if (c.report) {
            m_namespace->addItem(
                tr("Container %1 (%n object(s))", nullptr, c.report->snapshot.objectCount())
                    .arg(c.ns.name),
                QVariant::fromValue<quint64>(c.ns.id));
        } else {
            m_namespace->addItem(tr("Container %1 (not readable)").arg(c.ns.name),
                                 QVariant::fromValue<quint64>(c.ns.id));
            m_namespace->setItemData(m_namespace->count() - 1, c.ns.message, Qt::ToolTipRole);
        }
    }
    const int i = m_namespace->findData(QVariant::fromValue<quint64>(current));
    m_namespace->setCurrentIndex(qMax(0, i));
    const bool any = m_namespace->count() > 1;
    m_namespaceLabel->setVisible(any);
    m_namespace->setVisible(any);
}

quint64 ObjectsPage::currentNamespace() const {
    return m_namespace->currentData().value<quint64>();
}

void ObjectsPage::setNamespace(quint64 ns) {
    const int i = m_namespace->findData(QVariant::fromValue<quint64>(ns));
    if (i >= 0)
        m_namespace->setCurrentIndex(i);
}

// The chosen namespace's report into the tables: a container's own objects, verdicts and refs
// (an unreadable one shows none).
void ObjectsPage::showNamespace() {
    const Report* shown = m_hostReport.reportFor(currentNamespace());
    m_report = shown ? *shown : Report{};
    const Report& report = m_report;
    for (ObjectTableModel* m : std::as_const(m_models))
        m->setReport(report);
    rebuildOwnerChoices();
    if (!m_columnsSized && report.snapshot.objectCount() > 0) {
        // Size columns once from the first rows; later refreshes keep what the person chose.
        for (QTableView* v : std::as_const(m_views)) {
            v->resizeColumnsToContents();
            for (int c = 0; c < v->model()->columnCount(); ++c)
                v->setColumnWidth(c, qBound(48, v->columnWidth(c) + 6, 180));
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
    if (!owner.isEmpty())
        showSomeRows();
}

// After choosing an owner: never an empty tab when the owner has objects. Filters that hide all
// of them go, and the first tab with rows is shown when the current one has none.
void ObjectsPage::showSomeRows() {
    auto anyRows = [this] {
        for (ObjectFilterProxy* p : std::as_const(m_proxies)) {
            if (p->rowCount() > 0)
                return true;
        }
        return false;
    };
    if (!anyRows() && !m_filter->text().isEmpty()) {
        m_filter->clear();
        applyTextFilter();
    }
    if (!anyRows() && m_verdict->currentIndex() != 0)
        setVerdictFilter(std::nullopt);
    if (m_proxies.at(m_tabs->currentIndex())->rowCount() > 0)
        return;
    for (int t = 0; t < TabCount; ++t) {
        if (m_proxies.at(t)->rowCount() > 0) {
            m_tabs->setCurrentIndex(t);
            if (!m_views.at(t)->selectionModel()->hasSelection())
                m_views.at(t)->selectRow(0);
            return;
        }
    }
}

void ObjectsPage::setVerdictFilter(std::optional<Verdict> verdict) {
    m_verdict->setCurrentIndex(qMax(0, m_verdict->findData(verdict ? int(*verdict) : -1)));
}

void ObjectsPage::showObjects(const QList<ObjectRef>& objects, const QString& note, quint64 ns) {
    setNamespace(ns); // a container's finding: its refs point into that container's report
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
    m_restrictionNote = note;
    m_restrictionIdentities = identities;
    m_restrictionTotal = int(objects.size());
    m_restrictionBar->show();
    updateRestrictionText();
    if (firstTab >= 0)
        m_tabs->setCurrentIndex(firstTab);
    updateTabTitles();
    QTableView* v = m_views.at(m_tabs->currentIndex());
    if (v->model()->rowCount() > 0)
        v->selectRow(0);
}

// How many of the finding's objects the current report still has: a refresh after a cleanup
// finds fewer.
void ObjectsPage::updateRestrictionText() {
    if (m_restrictionBar->isHidden())
        return;
    int left = 0;
    for (const ObjectVerdict& o : std::as_const(m_report.objects))
        left += m_restrictionIdentities.contains(ObjectTableModel::identityOf(o, m_report)) ? 1 : 0;
    const int total = m_restrictionTotal;
    QString text;
    if (left >= total)
        text = tr("The %n object(s) of the finding: %1", nullptr, total);
    else if (left == 0)
        text = tr("None of the finding's %n object(s) is left: %1", nullptr, total);
    else
        text = tr("Still here: %1 of the finding's %n object(s), the others are gone. %2", nullptr,
                  total)
                   .arg(format::number(quint64(left)));
    m_restrictionText->setText(text.arg(m_restrictionNote));
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
    updateRestrictionText();
}

QList<ObjectRef> ObjectsPage::selectedObjects() const {
    QList<ObjectRef> objects;
    const int t = m_tabs->currentIndex();
    if (t < 0)
        return objects;
    for (const QModelIndex& row : m_views.at(t)->selectionModel()->selectedRows()) {
        const int i = row.data(ObjectTableModel::ObjectIndexRole).toInt();
        if (i >= 0 && i < m_report.objects.size())
            objects.append(m_report.objects.at(i).ref);
    }
    return objects;
}

void ObjectsPage::updateCleanAction() {
    const int n = int(selectedObjects().size());
    const QString text =
        n == 0 ? tr("Clean up selected…") : tr("Clean up %n selected…", nullptr, n);
    m_cleanAction->setText(text);
    m_cleanButton->setText(text);
    // Removal needs the helper; an agentless snapshot cannot remove anything. A container's
    // objects are removed inside its namespace (the wizard gets that container's report).
    const bool can = n > 0 && m_report.snapshot.mode != SnapshotMode::Agentless;
    m_cleanAction->setEnabled(can);
    m_cleanButton->setEnabled(can);
}

void ObjectsPage::updateDetails() {
    updateCleanAction();
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
