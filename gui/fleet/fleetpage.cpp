// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/fleetpage.h"

#include "fleet/fleetmodel.h"
#include "fleet/fleetrefresh.h"
#include "models/hostlistmodel.h"
#include "util/appsettings.h"
#include "util/exporter.h"
#include "util/verdictstyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

// The text filter over every column, and the group chosen (empty: all).
class FleetFilter : public QSortFilterProxyModel {
public:
    FleetFilter(HostListModel* hosts, QObject* parent)
        : QSortFilterProxyModel(parent)
        , m_hosts(hosts) {}
    void setGroup(const QString& group) {
        m_group = group;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override {
        if (!m_group.isEmpty() && !m_hosts->config(row).groups.contains(m_group))
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    HostListModel* m_hosts;
    QString m_group;
};

} // namespace

FleetPage::FleetPage(HostListModel* hosts, HostControllers* controllers, QWidget* parent)
    : QWidget(parent)
    , m_refresh(new FleetRefresh(hosts, controllers, this))
    , m_model(new FleetModel(hosts, controllers, m_refresh, this))
    , m_proxy(new FleetFilter(hosts, this)) {
    setObjectName(u"fleetPage"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FleetModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // any column
    m_proxy->setDynamicSortFilter(true);

    auto* title = new QLabel(tr("<b>All servers</b>"));
    m_summary = new QLabel;
    m_summary->setObjectName(u"fleetSummary"_s);
    m_filter = new QLineEdit;
    m_filter->setObjectName(u"fleetFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by server, state or finding"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter servers"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    m_group = new QComboBox;
    m_group->setObjectName(u"fleetGroup"_s);
    m_group->setAccessibleName(tr("Group"));
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_group, &QComboBox::currentIndexChanged, this, [this] {
        static_cast<FleetFilter*>(m_proxy)->setGroup(m_group->currentData().toString());
        summarise();
    });
    m_refreshAll = new QPushButton(style::actionIcon(u"refresh"_s), tr("Refresh all"));
    m_refreshAll->setObjectName(u"refreshAllButton"_s);
    showBound(settings::fleetConcurrency());
    connect(m_refreshAll, &QPushButton::clicked, this, &FleetPage::refreshAll);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(u"cancelAllButton"_s);
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, m_refresh, &FleetRefresh::cancel);
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"fleetProgress"_s);
    m_progress->setVisible(false);
    m_progress->setMinimumWidth(170);
    m_progress->setMaximumWidth(260);

    auto* bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addSpacing(12);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_group);
    bar->addWidget(m_progress);
    bar->addWidget(m_refreshAll);
    bar->addWidget(m_cancel);

    m_table = new QTableView;
    m_table->setObjectName(u"fleetTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FleetModel::State, Qt::AscendingOrder); // worst first
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    // Worst finding takes the rest (fitColumns), never less than readable.
    m_table->setColumnWidth(FleetModel::Server, 130);
    m_table->setColumnWidth(FleetModel::State, 190);
    m_table->setColumnWidth(FleetModel::Orphaned, 70);
    m_table->setColumnWidth(FleetModel::LimitUse, 130);
    m_table->setColumnWidth(FleetModel::Helper, 60);
    m_table->setColumnWidth(FleetModel::LastRefresh, 100);
    m_table->setAccessibleName(tr("Servers"));
    const auto open = [this](const QModelIndex& index) {
        if (index.isValid())
            emit openHost(index.data(FleetModel::HostRowRole).toInt());
    };
    connect(m_table, &QTableView::doubleClicked, this, open);
    connect(m_table, &QTableView::activated, this, open); // Enter

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_refresh, &FleetRefresh::progressChanged, this, &FleetPage::updateProgress);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_cancelled = true; });
    connect(m_refresh, &FleetRefresh::finished, this, [this] {
        m_lastRun = m_cancelled ? tr("Refresh all was cancelled; the servers not read show what "
                                     "was known before.")
                                : QString();
        m_cancelled = false;
        updateProgress(0, 0);
        summarise();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FleetPage::summarise);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &FleetPage::summarise);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &FleetPage::updateGroups);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &FleetPage::updateGroups);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FleetPage::updateGroups);
    connect(hosts, &QAbstractItemModel::dataChanged, this, &FleetPage::updateGroups);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &FleetPage::summarise);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FleetPage::summarise);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &FleetPage::summarise);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &FleetPage::summarise);
    summarise();
    updateGroups();
    auto* clock = new QTimer(this);
    connect(clock, &QTimer::timeout, m_model, &FleetModel::timePassed);
    clock->start(std::chrono::seconds(30));
}

void FleetPage::summarise() {
    int critical = 0, attention = 0, failed = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        switch (m_model->state(row)) {
        case FleetModel::HostState::LimitCritical:
            ++critical;
            break;
        case FleetModel::HostState::Orphans:
        case FleetModel::HostState::Warnings:
            ++attention;
            break;
        case FleetModel::HostState::Failed:
            ++failed;
            break;
        default:
            break;
        }
    }
    QStringList parts;
    const int shown = m_proxy->rowCount(), all = m_model->rowCount();
    parts.append(shown == all ? tr("%n server(s)", nullptr, all)
                              : tr("%1 of %n server(s) shown", nullptr, all).arg(shown));
    parts.append(tr("%n with a limit critical", nullptr, critical));
    parts.append(tr("%n with orphans or warnings", nullptr, attention));
    parts.append(tr("%n unreachable", nullptr, failed));
    QString text = parts.join(u" · "_s);
    if (!m_lastRun.isEmpty())
        text += u"  —  "_s + m_lastRun;
    m_summary->setText(text);
}

void FleetPage::cancelRefresh() {
    if (m_refresh->isRunning())
        m_cancel->click();
}

void FleetPage::updateGroups() {
    QStringList groups;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        for (const QString& g : index.data(FleetModel::GroupsRole).toStringList()) {
            if (!groups.contains(g))
                groups.append(g);
        }
    }
    groups.sort(Qt::CaseInsensitive);
    const QString chosen = m_group->currentData().toString();
    QSignalBlocker block(m_group);
    m_group->clear();
    m_group->addItem(tr("All groups"), QString());
    for (const QString& g : std::as_const(groups))
        m_group->addItem(g, g);
    m_group->setCurrentIndex(std::max(0, m_group->findData(chosen)));
    m_group->setVisible(!groups.isEmpty());
}

void FleetPage::focusFilter() {
    m_filter->setFocus();
    m_filter->selectAll();
}

bool FleetPage::exportCsv(const QString& path, QString* error) const {
    return writeFile(path, tableToCsv(m_proxy, FleetModel::ExportRole), error);
}

void FleetPage::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitColumns();
}

// "Worst finding" takes what the other columns leave, but never less than a readable width (the
// table scrolls sideways then); the others keep their widths.
void FleetPage::fitColumns() {
    int others = 0;
    for (int column = 0; column < FleetModel::ColumnCount; ++column) {
        if (column != FleetModel::WorstFinding)
            others += m_table->columnWidth(column);
    }
    m_table->setColumnWidth(FleetModel::WorstFinding,
                            std::max(220, m_table->viewport()->width() - others));
}

void FleetPage::showBound(int bound) {
    m_refreshAll->setToolTip(
        tr("Reads every server, at most %n at once (Settings).", nullptr, bound));
}

void FleetPage::refreshAll() {
    const int bound = settings::fleetConcurrency(); // may have changed in Settings
    showBound(bound);
    m_lastRun.clear();
    m_cancelled = false;
    m_refresh->start(bound);
}

void FleetPage::updateProgress(int done, int total) {
    const bool running = total > 0;
    m_progress->setVisible(running);
    m_refreshAll->setEnabled(!running);
    m_cancel->setEnabled(running);
    if (!running)
        return;
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1 of %n server(s)", nullptr, total).arg(done));
}

} // namespace ipcscope
