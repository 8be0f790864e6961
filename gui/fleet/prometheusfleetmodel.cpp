// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/prometheusfleetmodel.h"

#include "analysis/limits.h"
#include "fleet/prometheusreader.h"
#include "util/format.h"
#include "util/verdictstyle.h"

#include <QIcon>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

using HostState = FleetModel::HostState;

// Prometheus sends numbers as doubles; counts and limits are whole numbers below 2^53.
quint64 whole(double value) {
    return value > 0 && std::isfinite(value) ? quint64(std::llround(value)) : 0;
}

Level limitLevel(const FleetInstance::Limit& l) {
    return analysis::usageLevel(whole(l.used), whole(l.limit));
}

double ratio(const FleetInstance::Limit& l) {
    return l.limit > 0 ? l.used / l.limit : (l.used > 0 ? 1.0 : 0.0);
}

bool anyLimitAt(const FleetInstance& i, Level level) {
    return std::any_of(i.limits.cbegin(), i.limits.cend(),
                       [level](const FleetInstance::Limit& l) { return limitLevel(l) == level; });
}

} // namespace

PrometheusFleetModel::PrometheusFleetModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void PrometheusFleetModel::setReader(PrometheusReader* reader) {
    cancel();
    m_reader = reader;
}

void PrometheusFleetModel::refresh() {
    if (!m_reader || m_query)
        return;
    m_query = new PrometheusFleetQuery(m_reader, this);
    connect(m_query, &PrometheusFleetQuery::finished, this, &PrometheusFleetModel::answered);
    emit refreshStarted();
}

void PrometheusFleetModel::cancel() {
    if (!m_query)
        return;
    delete m_query; // aborts the requests
    m_query = nullptr;
    emit refreshFinished();
}

void PrometheusFleetModel::clear() {
    cancel();
    beginResetModel();
    m_rows.clear();
    m_error.reset();
    m_answered = {};
    endResetModel();
}

void PrometheusFleetModel::answered() {
    PrometheusFleetQuery* query = m_query;
    m_query = nullptr;
    query->deleteLater();
    if (!query->result()) {
        m_error = query->result().error(); // the rows shown stay
        emit refreshFinished();
        return;
    }
    m_error.reset();
    m_answered = QDateTime::currentDateTime();
    const QList<FleetInstance>& rows = query->result().value();
    const bool sameInstances = std::equal(
        rows.cbegin(), rows.cend(), m_rows.cbegin(), m_rows.cend(),
        [](const FleetInstance& a, const FleetInstance& b) { return a.instance == b.instance; });
    if (sameInstances) { // in place: selection and scroll position stay
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, FleetModel::ColumnCount - 1));
    } else {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    emit refreshFinished();
}

void PrometheusFleetModel::timePassed() {
    if (rowCount() > 0)
        emit dataChanged(index(0, FleetModel::LastRefresh),
                         index(rowCount() - 1, FleetModel::LastRefresh));
}

QString PrometheusFleetModel::unreachableReason(int row) const {
    const FleetInstance& i = m_rows.at(row);
    if (!i.up)
        return tr("Prometheus no longer scrapes it; the values are the last it reported.");
    if (*i.up < 1)
        return tr("Prometheus cannot scrape it (up is 0): its node_exporter does not answer.");
    if (i.snapshotTime && i.evaluatedAt - *i.snapshotTime > kStaleSeconds)
        return tr("Its IPC metrics are from %1: the ipcscope-metrics timer on it has stopped or "
                  "fails.")
            .arg(format::relativeTime(qint64(*i.snapshotTime), qint64(i.evaluatedAt)));
    return {};
}

FleetModel::HostState PrometheusFleetModel::state(int row) const {
    const FleetInstance& i = m_rows.at(row);
    if (!unreachableReason(row).isEmpty())
        return HostState::Failed;
    if (anyLimitAt(i, Level::Critical))
        return HostState::LimitCritical;
    if (i.orphaned.value_or(0) > 0)
        return HostState::Orphans;
    if (i.possiblyOrphaned.value_or(0) > 0 || anyLimitAt(i, Level::Warning) ||
        !i.symptoms.isEmpty())
        return HostState::Warnings;
    return HostState::Ok;
}

// As the report's findings would rank them: a full limit, orphans, failures in the logs, a limit
// filling up, objects to look at.
QString PrometheusFleetModel::worstFinding(int row) const {
    const FleetInstance& i = m_rows.at(row);
    const auto limitText = [](const FleetInstance::Limit& l) {
        return tr("%1 %2 used (%3 of %4)")
            .arg(l.name, format::percent(ratio(l)), format::number(whole(l.used)),
                 format::number(whole(l.limit)));
    };
    const FleetInstance::Limit* most = i.mostUsedLimit();
    if (most && limitLevel(*most) == Level::Critical)
        return limitText(*most);
    if (const quint64 n = whole(i.orphaned.value_or(0)); n > 0)
        return tr("%n orphaned object(s)", nullptr, format::pluralCount(n));
    if (!i.symptoms.isEmpty())
        return tr("IPC failure in the logs: %1").arg(i.symptoms.join(u", "_s));
    if (most && limitLevel(*most) == Level::Warning)
        return limitText(*most);
    if (const quint64 n = whole(i.possiblyOrphaned.value_or(0)); n > 0)
        return tr("%n possibly orphaned object(s) to look at", nullptr, format::pluralCount(n));
    return tr("Nothing to do");
}

int PrometheusFleetModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PrometheusFleetModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : FleetModel::ColumnCount;
}

QVariant PrometheusFleetModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FleetModel::Server:
        return tr("Instance");
    case FleetModel::State:
        return tr("State");
    case FleetModel::WorstFinding:
        return tr("Worst finding");
    case FleetModel::Orphaned:
        return tr("Orphaned");
    case FleetModel::LimitUse:
        return tr("Highest limit use");
    case FleetModel::Helper:
        return tr("Helper");
    case FleetModel::LastRefresh:
        return tr("Metrics from");
    default:
        return {};
    }
}

QVariant PrometheusFleetModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const FleetInstance& i = m_rows.at(row);
    if (role == FleetModel::HostRowRole)
        return row;
    if (role == FleetModel::GroupsRole)
        return QStringList();
    const HostState hostState = state(row);
    if (role == FleetModel::StateRole)
        return int(hostState);
    const FleetInstance::Limit* most = i.mostUsedLimit();
    switch (index.column()) {
    case FleetModel::Server:
        if (role == Qt::DisplayRole || role == FleetModel::ExportRole)
            return i.instance;
        if (role == FleetModel::SortRole)
            return i.instance.toLower();
        if (role == Qt::ToolTipRole)
            return tr("%1 in Prometheus; opening it connects to %2 over SSH")
                .arg(i.instance, FleetInstance::hostName(i.instance));
        break;
    case FleetModel::State:
        if (role == Qt::DisplayRole || role == FleetModel::ExportRole)
            return FleetModel::stateText(hostState);
        if (role == Qt::ToolTipRole && hostState == HostState::Failed)
            return unreachableReason(row);
        if (role == FleetModel::SortRole) { // as FleetModel: worst first, then the fuller limit
            return FleetModel::sortKey(hostState, most ? ratio(*most) : 0, row);
        }
        if (role == Qt::DecorationRole) {
            return FleetModel::stateIcon(hostState);
        }
        break;
    case FleetModel::WorstFinding:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == FleetModel::ExportRole)
            return hostState == HostState::Failed ? unreachableReason(row) : worstFinding(row);
        if (role == FleetModel::SortRole)
            return int(hostState);
        break;
    case FleetModel::Orphaned:
        if ((role == Qt::DisplayRole || role == FleetModel::ExportRole) && i.orphaned)
            return format::number(whole(*i.orphaned));
        if (role == Qt::ToolTipRole && i.orphaned && *i.orphaned > 0)
            return tr("%n orphaned object(s)", nullptr, format::pluralCount(whole(*i.orphaned)));
        if (role == FleetModel::SortRole)
            return i.orphaned ? -*i.orphaned : 1.0;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case FleetModel::LimitUse:
        if ((role == Qt::DisplayRole || role == FleetModel::ExportRole) && most)
            return most->name + u' ' + format::percent(ratio(*most));
        if (role == Qt::ToolTipRole && most)
            return tr("%1: %2 of %3 in use")
                .arg(most->name, format::number(whole(most->used)),
                     format::number(whole(most->limit)));
        if (role == FleetModel::SortRole)
            return most ? -ratio(*most) : 1.0;
        break;
    case FleetModel::Helper:
        if (role == Qt::DisplayRole || role == FleetModel::ExportRole ||
            role == FleetModel::SortRole)
            return i.helperVersion;
        break;
    case FleetModel::LastRefresh:
        if (!i.snapshotTime)
            break;
        if (role == Qt::DisplayRole)
            return format::relativeTime(qint64(*i.snapshotTime),
                                        QDateTime::currentSecsSinceEpoch());
        if (role == Qt::ToolTipRole || role == FleetModel::ExportRole)
            return format::absoluteTime(qint64(*i.snapshotTime));
        if (role == FleetModel::SortRole)
            return -*i.snapshotTime;
        break;
    default:
        break;
    }
    return {};
}

} // namespace ipcscope
