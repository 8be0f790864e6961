// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/fleetpage.h"

#include "dialogs/dialoghook.h"
#include "fleet/fleetmodel.h"
#include "fleet/fleetrefresh.h"
#include "fleet/prometheusfleetmodel.h"
#include "fleet/prometheusreader.h"
#include "fleet/prometheussourcedialog.h"
#include "models/hostlistmodel.h"
#include "ssh/secret.h"
#include "util/appsettings.h"
#include "util/exporter.h"
#include "util/format.h"
#include "util/verdictstyle.h"
#include "widgets/errorbanner.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
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

// The text filter over every column's text and tooltip (so "orphan" finds a Limit critical row
// with orphans too: its Orphaned cell says "3 orphaned objects" on hover), and the group chosen
// (empty: all).
class FleetFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setGroup(const QString& group) {
        m_group = group;
        invalidateFilter();
    }
    void setText(const QString& text) {
        m_text = text;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override {
        if (!m_group.isEmpty() && !sourceModel()
                                       ->index(row, 0, parent)
                                       .data(FleetModel::GroupsRole)
                                       .toStringList()
                                       .contains(m_group))
            return false;
        if (m_text.isEmpty())
            return true;
        for (int column = 0; column < sourceModel()->columnCount(parent); ++column) {
            const QModelIndex cell = sourceModel()->index(row, column, parent);
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                if (cell.data(role).toString().contains(m_text, Qt::CaseInsensitive))
                    return true;
        }
        return false;
    }

private:
    QString m_group;
    QString m_text;
};

} // namespace

FleetPage::FleetPage(HostListModel* hosts, HostControllers* controllers, QWidget* parent)
    : QWidget(parent)
    , m_hosts(hosts)
    , m_refresh(new FleetRefresh(hosts, controllers, this))
    , m_model(new FleetModel(hosts, controllers, m_refresh, this))
    , m_prometheus(new PrometheusFleetModel(this))
    , m_proxy(new FleetFilter(this)) {
    setObjectName(u"fleetPage"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FleetModel::SortRole);
    m_proxy->setDynamicSortFilter(true);

    auto* title = new QLabel(tr("<b>All servers</b>"));
    m_source = new QComboBox;
    m_source->setObjectName(u"fleetSource"_s);
    m_source->setAccessibleName(tr("Source"));
    m_source->addItem(tr("Host entries (SSH)"), false);
    m_source->addItem(tr("Prometheus"), true);
    m_source->setToolTip(tr("Read every host entry over SSH, or the IPC metrics a Prometheus "
                            "server collects from many hosts"));
    connect(m_source, &QComboBox::activated, this,
            [this] { setFromPrometheus(m_source->currentData().toBool()); });
    m_server = new QPushButton(tr("Server…"));
    m_server->setObjectName(u"prometheusServerButton"_s);
    m_server->setToolTip(tr("The Prometheus server's address and login"));
    connect(m_server, &QPushButton::clicked, this, &FleetPage::choosePrometheusServer);
    m_error = new ErrorBanner;
    m_error->setObjectName(u"fleetError"_s);
    m_error->hide();
    m_summary = new QLabel;
    m_summary->setObjectName(u"fleetSummary"_s);
    m_summary->setWordWrap(true); // the Prometheus server's address makes it long
    m_filter = new QLineEdit;
    m_filter->setObjectName(u"fleetFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by server, state or finding"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter servers"));
    // Each row's cells and tooltips are read per key: with thousands of Prometheus instances the
    // filter waits for a pause in the typing.
    auto* filterDelay = new QTimer(this);
    filterDelay->setSingleShot(true);
    filterDelay->setInterval(150);
    connect(filterDelay, &QTimer::timeout, this,
            [this] { static_cast<FleetFilter*>(m_proxy)->setText(m_filter->text()); });
    connect(m_filter, &QLineEdit::textChanged, this, [this, filterDelay](const QString& text) {
        if (m_proxy->sourceModel()->rowCount() > 500)
            filterDelay->start();
        else
            static_cast<FleetFilter*>(m_proxy)->setText(text);
    });
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
    bar->addWidget(m_source);
    bar->addWidget(m_server);
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
    // A double-click (or a single one, where the style says so) and Enter: `activated` only,
    // since a double-click emits it besides doubleClicked, and a question asked twice confuses.
    connect(m_table, &QTableView::activated, this, &FleetPage::open);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_refresh, &FleetRefresh::progressChanged, this, &FleetPage::updateProgress);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_cancelled = true; });
    connect(m_cancel, &QPushButton::clicked, m_prometheus, &PrometheusFleetModel::cancel);
    connect(m_prometheus, &PrometheusFleetModel::refreshStarted, this,
            &FleetPage::showPrometheusAnswer);
    connect(m_prometheus, &PrometheusFleetModel::refreshFinished, this,
            &FleetPage::showPrometheusAnswer);
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
    // New or renamed entries: the Server column follows the longest name.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &FleetPage::fitColumns);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FleetPage::fitColumns);
    connect(hosts, &QAbstractItemModel::dataChanged, this, &FleetPage::fitColumns);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &FleetPage::summarise);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &FleetPage::summarise);
    summarise();
    updateGroups();
    auto* clock = new QTimer(this);
    connect(clock, &QTimer::timeout, m_model, &FleetModel::timePassed);
    connect(clock, &QTimer::timeout, m_prometheus, &PrometheusFleetModel::timePassed);
    clock->start(std::chrono::seconds(30));
    showSource();
    if (fromPrometheus()) { // the source of the last run; a login asks first (F5)
        connectPrometheus();
        if (m_reader)
            m_prometheus->refresh();
        else
            showPrometheusAnswer();
    }
}

FleetPage::~FleetPage() {
    // The models go before the reader they use (children are deleted after this body).
    m_prometheus->disconnect(this);
    m_prometheus->setReader(nullptr);
    wipe(m_secret);
}

bool FleetPage::fromPrometheus() const {
    return m_proxy->sourceModel() == m_prometheus;
}

namespace {
bool needsSecret(const settings::PrometheusSource& source, const QString& secret) {
    return source.auth != settings::PrometheusSource::Auth::None && secret.isEmpty();
}
} // namespace

void FleetPage::setFromPrometheus(bool prometheus) {
    if (prometheus && !m_reader && !choosePrometheusServer()) {
        showSource(); // cancelled: stays with the host entries
        return;
    }
    settings::setFleetFromPrometheus(prometheus);
    showSource();
    if (prometheus && !m_prometheus->isRefreshing() && !m_prometheus->lastAnswer().isValid())
        m_prometheus->refresh();
}

bool FleetPage::choosePrometheusServer() {
    const settings::PrometheusSource before = settings::prometheusSource();
    PrometheusSourceDialog dialog(before, m_secret, this);
    if (DialogRunner::exec(&dialog) != QDialog::Accepted)
        return false;
    const settings::PrometheusSource chosen = dialog.source();
    settings::setPrometheusSource(chosen);
    wipe(m_secret);
    m_secret = dialog.secret();
    if (chosen.url != before.url)
        m_prometheus->clear(); // another server: its rows are not these
    connectPrometheus();
    m_prometheus->refresh();
    return true;
}

void FleetPage::connectPrometheus() {
    m_prometheus->setReader(nullptr);
    delete m_reader;
    m_reader = nullptr;
    const settings::PrometheusSource source = settings::prometheusSource();
    const QUrl url = PrometheusSourceDialog::parseUrl(source.url);
    if (url.isEmpty() || needsSecret(source, m_secret))
        return;
    m_reader = new PrometheusReader(url, this);
    if (source.auth == settings::PrometheusSource::Auth::Basic)
        m_reader->setBasicAuth(source.user, m_secret);
    else if (source.auth == settings::PrometheusSource::Auth::Token)
        m_reader->setBearerToken(m_secret);
    m_prometheus->setReader(m_reader);
}

void FleetPage::showSource() {
    // Prometheus chosen: its rows, also while the login of this run is not known yet.
    const bool prometheus =
        settings::fleetFromPrometheus() &&
        !PrometheusSourceDialog::parseUrl(settings::prometheusSource().url).isEmpty();
    if (prometheus != fromPrometheus() || !m_proxy->sourceModel()) {
        m_group->setCurrentIndex(0);
        static_cast<FleetFilter*>(m_proxy)->setGroup({});
        m_proxy->setSourceModel(prometheus ? static_cast<QAbstractItemModel*>(m_prometheus)
                                           : m_model);
        // fitColumns() gives instances their width; no "· refreshing…" after their state.
        m_table->setColumnWidth(FleetModel::Server, 130);
        m_table->setColumnWidth(FleetModel::State, prometheus ? 135 : 190);
        fitColumns();
    }
    m_source->setCurrentIndex(prometheus ? 1 : 0);
    m_server->setVisible(prometheus);
    m_filter->setPlaceholderText(prometheus ? tr("Filter by instance, state or finding")
                                            : tr("Filter by server, state or finding"));
    m_refreshAll->setText(prometheus ? tr("Refresh") : tr("Refresh all"));
    if (prometheus) {
        m_refreshAll->setToolTip(tr("Asks Prometheus again"));
        showPrometheusAnswer();
    } else {
        showBound(settings::fleetConcurrency());
        m_error->hide();
        updateProgress(m_refresh->done(), m_refresh->total());
    }
    updateGroups();
    summarise();
}

void FleetPage::showPrometheusAnswer() {
    if (!fromPrometheus())
        return;
    const bool running = m_prometheus->isRefreshing();
    m_progress->setVisible(running);
    m_progress->setRange(0, 0); // busy: one answer for all instances
    m_refreshAll->setEnabled(!running);
    m_cancel->setEnabled(running);
    if (const std::optional<Error>& error = m_prometheus->lastError(); error && !running) {
        m_error->showError(m_prometheus->rowCount() > 0
                               ? tr("Prometheus could not be read. The rows are those of its "
                                    "last answer.")
                               : tr("Prometheus could not be read."),
                           *error);
        m_error->show();
    } else if (!running) {
        m_error->hide();
    }
    summarise();
}

void FleetPage::open(const QModelIndex& index) {
    if (!index.isValid())
        return;
    const int row = index.data(FleetModel::HostRowRole).toInt();
    if (fromPrometheus())
        openInstance(row);
    else
        emit openHost(row);
}

// The host entry of the instance's host name, never a guess: several are offered to choose from,
// none to add.
void FleetPage::openInstance(int row) {
    const QString host = FleetInstance::hostName(m_prometheus->instance(row).instance);
    QList<int> matches;
    for (int r = 0; r < m_hosts->rowCount(); ++r) {
        const HostConfig& config = m_hosts->config(r);
        if (config.host.compare(host, Qt::CaseInsensitive) == 0 ||
            config.name.compare(host, Qt::CaseInsensitive) == 0)
            matches.append(r);
    }
    if (matches.size() == 1) {
        emit openHost(matches.constFirst());
        return;
    }
    if (matches.size() > 1) {
        QStringList names;
        for (int r : std::as_const(matches)) {
            const HostConfig& config = m_hosts->config(r);
            names.append(config.name.isEmpty() ? config.target()
                                               : tr("%1 (%2)").arg(config.name, config.target()));
        }
        QInputDialog dialog(this);
        dialog.setObjectName(u"fleetChooseHostDialog"_s);
        dialog.setWindowTitle(tr("Open %1").arg(host));
        dialog.setLabelText(tr("Several host entries connect to %1. Which one do you want to "
                               "open?")
                                .arg(host));
        dialog.setComboBoxItems(names);
        dialog.setComboBoxEditable(false);
        if (DialogRunner::exec(&dialog) != QDialog::Accepted)
            return;
        if (const qsizetype chosen = names.indexOf(dialog.textValue()); chosen >= 0)
            emit openHost(matches.at(chosen));
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Open %1").arg(host),
                    tr("%1 reports to Prometheus, but none of your host entries connects to it. "
                       "Add it as an SSH host to open it?")
                        .arg(host),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(u"fleetAddInstanceBox"_s);
    box.button(QMessageBox::Yes)->setText(tr("Add host…"));
    if (DialogRunner::exec(&box) == QMessageBox::Yes)
        emit addHostRequested(host);
}

void FleetPage::summarise() {
    const QAbstractItemModel* source = m_proxy->sourceModel();
    if (!source)
        return;
    int critical = 0, attention = 0, failed = 0;
    for (int row = 0; row < source->rowCount(); ++row) {
        switch (FleetModel::HostState(source->index(row, 0).data(FleetModel::StateRole).toInt())) {
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
    const int shown = m_proxy->rowCount(), all = source->rowCount();
    parts.append(shown == all ? tr("%n server(s)", nullptr, all)
                              : tr("%1 of %n server(s) shown", nullptr, all).arg(shown));
    parts.append(tr("%n with a limit critical", nullptr, critical));
    parts.append(tr("%n with orphans or warnings", nullptr, attention));
    parts.append(tr("%n unreachable", nullptr, failed));
    QString text = parts.join(u" · "_s);
    if (fromPrometheus()) {
        const QString server = settings::prometheusSource().url;
        if (!m_reader)
            text += u"  —  "_s + tr("Prometheus at %1 needs the password or token once per run: "
                                    "press Refresh (F5).")
                                     .arg(server);
        else if (m_prometheus->isRefreshing())
            text += u"  —  "_s + tr("asking Prometheus at %1…").arg(server);
        else if (m_prometheus->lastAnswer().isValid())
            text += u"  —  "_s +
                    tr("Prometheus at %1, answered %2")
                        .arg(server,
                             format::absoluteTime(m_prometheus->lastAnswer().toSecsSinceEpoch()));
        else if (!m_prometheus->lastError())
            text += u"  —  "_s + tr("Prometheus at %1").arg(server);
    } else if (!m_lastRun.isEmpty())
        text += u"  —  "_s + m_lastRun;
    m_summary->setText(text);
}

void FleetPage::cancelRefresh() {
    if (fromPrometheus())
        m_prometheus->cancel();
    else if (m_refresh->isRunning())
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
    m_group->setVisible(!groups.isEmpty() && !fromPrometheus());
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
    // The table's viewport gets its new size only when the layout has run.
    QTimer::singleShot(0, this, &FleetPage::fitColumns);
}

// "Server" is as wide as its longest name within bounds, and "Worst finding" takes what the
// other columns leave, but never less than a readable width (the table scrolls sideways then);
// the others keep their widths.
void FleetPage::fitColumns() {
    const bool prometheus = fromPrometheus();
    int others = 0;
    for (int column = 0; column < FleetModel::ColumnCount; ++column) {
        if (column != FleetModel::WorstFinding && column != FleetModel::Server)
            others += m_table->columnWidth(column);
    }
    const int minWorst = prometheus ? 150 : 220;
    const int available = m_table->viewport()->width() - others;
    // Instances are long ("db-7.example.com:9100"); host names mostly short.
    const int least = prometheus ? 150 : 130;
    const int most = std::max(least, std::min(prometheus ? 210 : 280, available - minWorst));
    const int wanted =
        static_cast<QAbstractItemView*>(m_table)->sizeHintForColumn(FleetModel::Server);
    const int server = std::clamp(prometheus ? available - 240 : wanted, least, most);
    m_table->setColumnWidth(FleetModel::Server, server);
    m_table->setColumnWidth(FleetModel::WorstFinding, std::max(minWorst, available - server));
}

void FleetPage::showBound(int bound) {
    m_refreshAll->setToolTip(
        tr("Reads every server, at most %n at once (Settings).", nullptr, bound));
}

void FleetPage::refreshAll() {
    if (fromPrometheus()) {
        if (m_reader)
            m_prometheus->refresh();
        else // the login of this run is not known yet
            choosePrometheusServer();
        return;
    }
    const int bound = settings::fleetConcurrency(); // may have changed in Settings
    showBound(bound);
    m_lastRun.clear();
    m_cancelled = false;
    m_refresh->start(bound);
}

void FleetPage::updateProgress(int done, int total) {
    if (fromPrometheus())
        return; // showPrometheusAnswer()
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
