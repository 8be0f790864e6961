// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/fleetmodel.h"

#include "fleet/fleetrefresh.h"
#include "host/hostcontrollers.h"
#include "models/hostlistmodel.h"
#include "session/hostcontroller.h"
#include "util/format.h"
#include "util/verdictstyle.h"

#include <QDateTime>
#include <QIcon>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

// The most used limit with a known value, or null: the host's or a container's (each has limits
// of its own), so that a Limit critical row never shows a nearly unused limit beside it.
// `where`: the container's name when it is one of its limits.
const LimitUsage* mostUsedLimit(const Report& report, QString* where = nullptr) {
    const LimitUsage* most = nullptr;
    const auto consider = [&](const Report& r, const QString& name) {
        for (const LimitUsage& l : r.limits) {
            if (l.limit && *l.limit > 0 && (!most || l.ratio() > most->ratio())) {
                most = &l;
                if (where)
                    *where = name;
            }
        }
    };
    consider(report, QString());
    for (const NamespaceReport& c : report.containers)
        if (c.report)
            consider(*c.report, c.ns.name);
    return most;
}

// The finding that matters most: critical before warning, in the report's order.
const Finding* worstFinding(const Report& report) {
    const Finding* worst = nullptr;
    for (const Finding& f : report.findings) {
        if (f.level != Level::Ok && (!worst || f.level > worst->level))
            worst = &f;
    }
    return worst;
}

} // namespace

FleetModel::FleetModel(HostListModel* hosts, HostControllers* controllers, FleetRefresh* refresh,
                       QObject* parent)
    : QAbstractTableModel(parent)
    , m_hosts(hosts)
    , m_controllers(controllers)
    , m_refresh(refresh) {
    // The rows are the host list's rows.
    connect(m_hosts, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex&, int first, int last) { beginInsertRows({}, first, last); });
    connect(m_hosts, &QAbstractItemModel::rowsInserted, this, [this] { endInsertRows(); });
    connect(m_hosts, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex&, int first, int last) { beginRemoveRows({}, first, last); });
    connect(m_hosts, &QAbstractItemModel::rowsRemoved, this, [this] { endRemoveRows(); });
    connect(m_hosts, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(m_hosts, &QAbstractItemModel::modelReset, this, [this] { endResetModel(); });
    // The host list's status changes with every refresh's start and end (MainWindow sets it).
    connect(m_hosts, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                    rowChanged(row);
            });
    connect(m_refresh, &FleetRefresh::entryChanged, this, [this](const QString& id) {
        if (const int row = m_hosts->rowOfId(id); row >= 0)
            rowChanged(row);
    });
}

void FleetModel::rowChanged(int row) {
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void FleetModel::timePassed() {
    if (rowCount() > 0)
        emit dataChanged(index(0, LastRefresh), index(rowCount() - 1, LastRefresh));
}

HostController* FleetModel::controller(int row) const {
    return m_controllers->existing(row);
}

FleetModel::Activity FleetModel::activity(int row) const {
    const HostController* c = controller(row);
    if (c && c->isRefreshing())
        return Activity::Refreshing;
    if (m_refresh->isWaiting(m_hosts->config(row).id))
        return Activity::Waiting;
    return Activity::None;
}

FleetModel::HostState FleetModel::state(int row) const {
    const HostController* c = controller(row);
    if (!c || (!c->report() && !c->lastError()))
        return HostState::NotChecked;
    if (c->lastError())
        return HostState::Failed;
    // The host list's badge, so that both say the same.
    switch (HostListModel::statusFor(*c->report())) {
    case HostListModel::Status::LimitCritical:
        return HostState::LimitCritical;
    case HostListModel::Status::Orphans:
        return HostState::Orphans;
    case HostListModel::Status::Warnings:
        return HostState::Warnings;
    default:
        return HostState::Ok;
    }
}

QIcon FleetModel::stateIcon(HostState state) {
    switch (state) {
    case HostState::LimitCritical:
    case HostState::Orphans:
        return style::verdictIcon(Verdict::Orphaned);
    case HostState::Warnings:
        return style::verdictIcon(Verdict::PossiblyOrphaned);
    case HostState::Ok:
        return style::verdictIcon(Verdict::InUse);
    case HostState::Failed:
        return QIcon(u":/icons/host-unreachable.svg"_s);
    case HostState::NotChecked:
        return QIcon(u":/icons/host-idle.svg"_s);
    }
    return {};
}

qint64 FleetModel::sortKey(HostState state, double ratio, int row) {
    const qint64 permille = qint64(std::min(ratio, 9.99) * 1000);
    return qint64(state) * 100'000'000 - permille * 10'000 + row;
}

QString FleetModel::stateText(HostState state) {
    switch (state) {
    case HostState::LimitCritical:
        return tr("Limit critical");
    case HostState::Failed:
        return tr("Unreachable");
    case HostState::Orphans:
        return tr("Orphans found");
    case HostState::Warnings:
        return tr("Warnings");
    case HostState::NotChecked:
        return tr("Not checked yet");
    case HostState::Ok:
        return tr("OK");
    }
    return {};
}

int FleetModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_hosts->rowCount();
}

int FleetModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FleetModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Server:
        return tr("Server");
    case State:
        return tr("State");
    case WorstFinding:
        return tr("Worst finding");
    case Orphaned:
        return tr("Orphaned");
    case LimitUse:
        return tr("Highest limit use");
    case Helper:
        return tr("Helper");
    case LastRefresh:
        return tr("Last refresh");
    default:
        return {};
    }
}

QVariant FleetModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (role == HostRowRole)
        return row;
    if (role == GroupsRole)
        return m_hosts->config(row).groups;
    if (role == StateRole)
        return int(state(row));
    const HostController* c = controller(row);
    const Report* report = c && c->report() ? &*c->report() : nullptr;
    const HostState hostState = state(row);
    const std::optional<Error>& error = c ? c->lastError() : std::nullopt;
    switch (index.column()) {
    case Server:
        if (role == Qt::DisplayRole)
            return m_hosts->config(row).displayName();
        if (role == SortRole) // "backup" before "Local machine"
            return m_hosts->config(row).displayName().toLower();
        if (role == Qt::ToolTipRole) {
            const HostConfig& config = m_hosts->config(row);
            return config.groups.isEmpty()
                       ? config.target()
                       : tr("%1 · groups: %2").arg(config.target(), config.groups.join(u", "_s));
        }
        break;
    case State:
        if (role == Qt::DisplayRole) {
            const Activity now = activity(row);
            if (hostState == HostState::NotChecked && now != Activity::None)
                return now == Activity::Refreshing ? tr("Refreshing…") : tr("Waiting to refresh");
            if (now == Activity::Refreshing)
                return tr("%1 · refreshing…").arg(stateText(hostState));
            if (now == Activity::Waiting)
                return tr("%1 · waiting").arg(stateText(hostState));
            return stateText(hostState);
        }
        if (role == Qt::ToolTipRole && error)
            return error->message;
        if (role == SortRole) { // worst first; then the fuller limit; then the list's order
            const LimitUsage* most = report ? mostUsedLimit(*report) : nullptr;
            return sortKey(hostState, most ? most->ratio() : 0, row);
        }
        if (role == Qt::DecorationRole) {
            return stateIcon(hostState);
        }
        break;
    case WorstFinding:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole) {
            if (hostState == HostState::Failed && error) // the reason, in words
                return role == SortRole ? QVariant(-1) : QVariant(error->message);
            const Finding* worst = report ? worstFinding(*report) : nullptr;
            if (role == SortRole)
                return worst ? 2 - int(worst->level) : 3;
            if (worst)
                return worst->text;
            return report ? tr("Nothing to do") : QVariant();
        }
        break;
    case Orphaned:
        if (role == Qt::DisplayRole && report)
            return format::number(quint64(report->count(Verdict::Orphaned)));
        if (role == Qt::ToolTipRole && report && report->count(Verdict::Orphaned) > 0)
            return tr("%n orphaned object(s)", nullptr, report->count(Verdict::Orphaned));
        if (role == SortRole)
            return report ? -report->count(Verdict::Orphaned) : 1;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case LimitUse: {
        QString where;
        const LimitUsage* most = report ? mostUsedLimit(*report, &where) : nullptr;
        if (role == Qt::DisplayRole && most)
            return most->field + u' ' + format::percent(most->ratio()) +
                   (where.isEmpty() ? QString() : u" · "_s + tr("container %1").arg(where));
        if (role == Qt::ToolTipRole && most)
            return where.isEmpty() ? tr("%1: %2 of %3 in use")
                                         .arg(most->field, format::number(most->used),
                                              format::number(*most->limit))
                                   : tr("%1 in the container %2: %3 of %4 in use")
                                         .arg(most->field, where, format::number(most->used),
                                              format::number(*most->limit));
        if (role == SortRole)
            return most ? -most->ratio() : 1.0;
        break;
    }
    case Helper:
        if ((role == Qt::DisplayRole || role == SortRole) && report) {
            if (report->snapshot.mode == SnapshotMode::Agentless)
                return tr("without helper");
            return report->snapshot.helperVersion;
        }
        break;
    case LastRefresh: {
        const QDateTime when =
            m_hosts->data(m_hosts->index(row), HostListModel::LastRefreshRole).toDateTime();
        if (role == Qt::DisplayRole && when.isValid())
            return format::relativeTime(when.toSecsSinceEpoch(),
                                        QDateTime::currentSecsSinceEpoch());
        if (role == Qt::ToolTipRole && when.isValid())
            return format::absoluteTime(when.toSecsSinceEpoch());
        if (role == SortRole)
            return when.isValid() ? -when.toSecsSinceEpoch() : 1;
        break;
    }
    default:
        break;
    }
    return {};
}

} // namespace ipcscope
