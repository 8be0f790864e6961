// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/ownerspage.h"

#include "models/ownermodel.h"
#include "util/verdictstyle.h"
#include "widgets/limitchart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {
constexpr int kChartOwners = 12; // more bars would not be readable
}

OwnersPage::OwnersPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new OwnerModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView)
    , m_chart(new QChartView)
    , m_namespaceLabel(new QLabel(tr("&Namespace:")))
    , m_namespace(new QComboBox) {
    setObjectName(u"ownersPage"_s);
    // Each container has its own objects and its own users of them: one namespace at a time,
    // the host's first. Shown only when the host has readable containers.
    m_namespace->setObjectName(u"ownersNamespace"_s);
    m_namespace->setAccessibleName(tr("Show the owners of this IPC namespace"));
    m_namespace->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_namespaceLabel->setBuddy(m_namespace);
    connect(m_namespace, &QComboBox::currentIndexChanged, this, &OwnersPage::showNamespace);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(OwnerModel::SortRole);
    m_view->setObjectName(u"ownerTable"_s);
    m_view->setAccessibleName(tr("Owners"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(OwnerModel::Orphaned, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The verdicts first, in the chart's order: in a narrow window they stay on screen and the
    // counts per type scroll out of sight instead (the CSV keeps the model's order).
    const int verdictColumns[] = {OwnerModel::Orphaned, OwnerModel::PossiblyOrphaned,
                                  OwnerModel::Unknown, OwnerModel::InUse};
    for (int i = 0; i < 4; ++i)
        m_view->horizontalHeader()->moveSection(
            m_view->horizontalHeader()->visualIndex(verdictColumns[i]), 1 + i);
    m_view->setToolTip(
        tr("Click a user's name, double-click a row or press Enter to show that user's objects"));
    // Enter or double-click anywhere on a row, or a click on the user's name, opens the objects.
    auto choose = [this](const QModelIndex& index) {
        emit ownerChosen(index.data(OwnerModel::OwnerRole).toString());
    };
    connect(m_view, &QTableView::activated, this, choose);
    connect(m_view, &QTableView::clicked, this, [choose](const QModelIndex& index) {
        if (index.column() == OwnerModel::Owner)
            choose(index);
    });

    m_chart->setObjectName(u"ownerChart"_s);
    m_chart->setAccessibleName(tr("Objects per owner chart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(240);
    m_chart->chart()->legend()->setAlignment(Qt::AlignBottom);

    auto* hint = new QLabel(tr("Objects per user by verdict. Click a bar, or double-click a row, "
                               "to see that user's objects."));
    hint->setWordWrap(true);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* top = new QHBoxLayout;
    top->addWidget(hint, 1);
    top->addWidget(m_namespaceLabel);
    top->addWidget(m_namespace);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
}

quint64 OwnersPage::currentNamespace() const {
    return m_namespace->currentData().value<quint64>();
}

void OwnersPage::setReport(const Report& report) {
    m_hostReport = report;
    const quint64 current = currentNamespace();
    {
        QSignalBlocker block(m_namespace);
        m_namespace->clear();
        m_namespace->addItem(tr("Host"), QVariant::fromValue<quint64>(0));
        for (const NamespaceReport& c : std::as_const(report.containers))
            if (c.report)
                m_namespace->addItem(tr("Container %1").arg(c.ns.name),
                                     QVariant::fromValue<quint64>(c.ns.id));
        m_namespace->setCurrentIndex(
            qMax(0, m_namespace->findData(QVariant::fromValue<quint64>(current))));
    }
    const bool any = m_namespace->count() > 1;
    m_namespaceLabel->setVisible(any);
    m_namespace->setVisible(any);
    showNamespace();
}

void OwnersPage::showNamespace() {
    const quint64 ns = currentNamespace();
    const Report* shown = &m_hostReport;
    for (const NamespaceReport& c : std::as_const(m_hostReport.containers))
        if (ns != 0 && c.ns.id == ns && c.report)
            shown = c.report.get();
    m_model->setReport(*shown);
    rebuildChart();
}

void OwnersPage::rebuildChart() {
    // The chart reads the same model as the table: the owners with the most objects.
    QList<int> rows(m_model->rowCount());
    std::iota(rows.begin(), rows.end(), 0);
    auto total = [this](int row) {
        const OwnerSummary& o = m_model->ownerAt(row);
        return o.inUse + o.orphaned + o.possiblyOrphaned + o.unknown;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) { return total(a) > total(b); });
    if (rows.size() > kChartOwners)
        rows.resize(kChartOwners);
    std::reverse(rows.begin(), rows.end()); // largest on top

    QChart* c = m_chart->chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes())
        c->removeAxis(axis);
    const QPalette pal = palette();
    const Verdict verdicts[] = {Verdict::Orphaned, Verdict::PossiblyOrphaned, Verdict::Unknown,
                                Verdict::InUse};
    const int columns[] = {OwnerModel::Orphaned, OwnerModel::PossiblyOrphaned, OwnerModel::Unknown,
                           OwnerModel::InUse};
    auto* series = new QHorizontalStackedBarSeries;
    QStringList owners;
    for (int row : std::as_const(rows))
        owners.append(m_model->index(row, OwnerModel::Owner).data().toString());
    int maxTotal = 1;
    for (int row : std::as_const(rows))
        maxTotal = qMax(maxTotal, total(row));
    for (int i = 0; i < 4; ++i) {
        auto* set = new QBarSet(verdictName(verdicts[i]));
        set->setColor(style::verdictColor(verdicts[i], pal));
        set->setBorderColor(Qt::transparent);
        for (int row : std::as_const(rows))
            *set << m_model->index(row, columns[i]).data(OwnerModel::SortRole).toDouble();
        series->append(set);
        connect(set, &QBarSet::clicked, this, [this, owners](int index) {
            if (index >= 0 && index < owners.size())
                emit ownerChosen(owners.at(index));
        });
    }
    series->setBarWidth(0.65);
    c->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(owners);
    auto* x = new QValueAxis;
    x->setRange(0, maxTotal);
    x->setLabelFormat(u"%d"_s);
    x->setTickCount(qMin(maxTotal, 5) + 1);
    x->applyNiceNumbers();
    // Bars of a sensible thickness, however few owners there are.
    m_chart->setMaximumHeight(qMax(180, 44 * int(owners.size()) + 120));
    c->addAxis(y, Qt::AlignLeft);
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    applyPalette(c, pal);
}

} // namespace ipcscope
