// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/fleetpage.h"

#include "fleet/fleetmodel.h"
#include "fleet/fleetrefresh.h"
#include "models/hostlistmodel.h"
#include "util/appsettings.h"
#include "util/verdictstyle.h"

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

using namespace Qt::StringLiterals;

namespace ipcscope {

FleetPage::FleetPage(HostListModel* hosts, HostControllers* controllers, QWidget* parent)
    : QWidget(parent)
    , m_refresh(new FleetRefresh(hosts, controllers, this))
    , m_model(new FleetModel(hosts, controllers, m_refresh, this))
    , m_proxy(new QSortFilterProxyModel(this)) {
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
    m_refreshAll = new QPushButton(style::actionIcon(u"refresh"_s), tr("Refresh all"));
    m_refreshAll->setObjectName(u"refreshAllButton"_s);
    m_refreshAll->setToolTip(tr("Reads every server, at most %n at once (Settings).", nullptr,
                                settings::fleetConcurrency()));
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
    m_table->horizontalHeader()->setSectionResizeMode(FleetModel::WorstFinding,
                                                      QHeaderView::Stretch);
    m_table->setColumnWidth(FleetModel::Server, 150);
    m_table->setColumnWidth(FleetModel::State, 230);
    m_table->setColumnWidth(FleetModel::Orphaned, 80);
    m_table->setColumnWidth(FleetModel::LimitUse, 150);
    m_table->setColumnWidth(FleetModel::Helper, 80);
    m_table->setColumnWidth(FleetModel::LastRefresh, 110);
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
    connect(m_refresh, &FleetRefresh::finished, this, [this] { updateProgress(0, 0); });
    const auto summarise = [this] {
        int failed = 0, trouble = 0;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const FleetModel::HostState s = m_model->state(row);
            failed += s == FleetModel::HostState::Failed;
            trouble +=
                s == FleetModel::HostState::LimitCritical || s == FleetModel::HostState::Orphans;
        }
        m_summary->setText(tr("%n server(s)", nullptr, m_model->rowCount()) + u" · "_s +
                           tr("%n need(s) attention", nullptr, trouble) + u" · "_s +
                           tr("%n could not be read", nullptr, failed));
    };
    connect(m_model, &QAbstractItemModel::dataChanged, this, summarise);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, summarise);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, summarise);
    connect(m_model, &QAbstractItemModel::modelReset, this, summarise);
    summarise();
    auto* clock = new QTimer(this);
    connect(clock, &QTimer::timeout, m_model, &FleetModel::timePassed);
    clock->start(std::chrono::seconds(30));
}

void FleetPage::refreshAll() {
    m_refreshAll->setToolTip(tr("Reads every server, at most %n at once (Settings).", nullptr,
                                settings::fleetConcurrency()));
    m_refresh->start(settings::fleetConcurrency());
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
