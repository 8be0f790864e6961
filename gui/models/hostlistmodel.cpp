// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/hostlistmodel.h"

#include "util/format.h"
#include "util/verdictstyle.h"

#include <QIcon>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {
QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

HostListModel::HostListModel(QObject* parent)
    : QAbstractListModel(parent) {
    Entry local;
    local.config.kind = HostConfig::Kind::Local;
    local.config.id = u"local"_s;
    m_entries.append(local);
}

void HostListModel::setSavedHosts(const QList<HostConfig>& hosts) {
    beginResetModel();
    m_entries.resize(1);
    for (HostConfig c : hosts) {
        if (c.id.isEmpty() || rowOfId(c.id) >= 0) // two entries never share an id
            c.id = newId();
        m_entries.append(Entry{c, Status::NotRefreshed, Status::NotRefreshed, {}, {}});
    }
    endResetModel();
}

QList<HostConfig> HostListModel::savedHosts() const {
    QList<HostConfig> hosts;
    for (int i = 1; i < m_entries.size(); ++i)
        hosts.append(m_entries.at(i).config);
    return hosts;
}

int HostListModel::addHost(const HostConfig& config) {
    const int row = int(m_entries.size());
    HostConfig entry = config;
    if (entry.id.isEmpty() || rowOfId(entry.id) >= 0)
        entry.id = newId();
    beginInsertRows({}, row, row);
    m_entries.append(Entry{entry, Status::NotRefreshed, Status::NotRefreshed, {}, {}});
    endInsertRows();
    return row;
}

int HostListModel::duplicateHost(int row) {
    HostConfig copy = config(row);
    copy.id.clear();
    copy.name = tr("%1 (copy)").arg(copy.displayName());
    return addHost(copy);
}

void HostListModel::replaceConfig(int row, const HostConfig& config) {
    // Row 0 too: the local machine may be switched to administrator mode (not saved).
    if (row < 0 || row >= m_entries.size())
        return;
    Entry& e = m_entries[row];
    const QString id = e.config.id;
    e = Entry{config, Status::NotRefreshed, Status::NotRefreshed, {}, {}};
    e.config.id = id;
    emit configReplaced(row);
    emit dataChanged(index(row), index(row));
}

int HostListModel::rowOfId(const QString& id) const {
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).config.id == id)
            return row;
    }
    return -1;
}

void HostListModel::removeHost(int row) {
    if (row <= 0 || row >= m_entries.size())
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
}

void HostListModel::setStatus(int row, Status status, const QString& detail) {
    Entry& e = m_entries[row];
    if (status != Status::Refreshing)
        e.lastKnown = status;
    e.status = status;
    e.detail = detail;
    emit dataChanged(index(row), index(row));
}

void HostListModel::setRefreshed(int row, const QDateTime& when) {
    m_entries[row].lastRefresh = when;
    emit dataChanged(index(row), index(row));
}

int HostListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

HostListModel::Status HostListModel::statusFor(const Report& report) {
    // The findings include those of containers (IPC namespaces of their own), whose objects and
    // limits are not in the host's lists.
    bool limitTrouble = false, warned = false;
    for (const LimitUsage& l : report.limits) {
        if (l.level == Level::Critical)
            return Status::LimitCritical;
        limitTrouble = limitTrouble || l.level != Level::Ok;
    }
    for (const Finding& f : report.findings) {
        if (f.level == Level::Critical)
            return Status::LimitCritical;
        warned = warned || f.level == Level::Warning;
    }
    if (report.count(Verdict::Orphaned) > 0)
        return Status::Orphans;
    if (report.count(Verdict::PossiblyOrphaned) > 0 || limitTrouble || warned)
        return Status::Warnings;
    return Status::Ok;
}

QString HostListModel::statusText(Status status) {
    switch (status) {
    case Status::NotRefreshed:
        return tr("Not checked yet");
    case Status::Refreshing:
        return tr("Refreshing…");
    case Status::Ok:
        return tr("OK");
    case Status::Warnings:
        return tr("Warnings");
    case Status::Orphans:
        return tr("Orphans found");
    case Status::Unreachable:
        return tr("Unreachable");
    case Status::LimitCritical:
        return tr("Limit critical");
    }
    return {};
}

QVariant HostListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& e = m_entries.at(index.row());
    // While refreshing, the badge keeps showing what we knew before.
    const Status shown = e.status == Status::Refreshing ? e.lastKnown : e.status;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return e.config.displayName();
    case Qt::DecorationRole:
        switch (shown) {
        case Status::Ok:
            return style::verdictIcon(Verdict::InUse);
        case Status::Warnings:
            return style::verdictIcon(Verdict::PossiblyOrphaned);
        case Status::Orphans:
        case Status::LimitCritical:
            return style::verdictIcon(Verdict::Orphaned);
        case Status::Unreachable:
            return QIcon(u":/icons/host-unreachable.svg"_s);
        default:
            return QIcon(u":/icons/host-idle.svg"_s);
        }
    case StatusRole:
        return int(e.status);
    case StatusTextRole: {
        QString text = statusText(e.status);
        if (e.lastRefresh.isValid())
            text =
                tr("%1 · %2").arg(text, format::relativeTime(e.lastRefresh.toSecsSinceEpoch(),
                                                             QDateTime::currentSecsSinceEpoch()));
        return text;
    }
    case Qt::ToolTipRole: {
        QString tip =
            e.config.kind == HostConfig::Kind::Local ? tr("This computer") : e.config.target();
        tip += u'\n' + statusText(e.status);
        if (e.lastRefresh.isValid())
            tip +=
                u'\n' +
                tr("Last refresh: %1").arg(format::absoluteTime(e.lastRefresh.toSecsSinceEpoch()));
        if (!e.detail.isEmpty())
            tip += u'\n' + e.detail;
        return tip;
    }
    case LastRefreshRole:
        return e.lastRefresh;
    case ConfigIndexRole:
        return index.row();
    default:
        return {};
    }
}

} // namespace ipcscope
