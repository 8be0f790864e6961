// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ownermodel.h"

#include "util/format.h"
#include "util/verdictstyle.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace ipcscope {

OwnerModel::OwnerModel(QObject* parent)
    : FlatTableModel(ColumnCount, parent) {}

void OwnerModel::setReport(const Report& report) {
    const QList<OwnerSummary>& fresh = report.owners;
    bool sameUsers = fresh.size() == m_owners.size();
    for (int i = 0; sameUsers && i < fresh.size(); ++i)
        sameUsers = fresh.at(i).uid == m_owners.at(i).uid;
    if (sameUsers) {
        // The usual refresh: same people, new numbers; keep selection.
        m_owners = fresh;
        if (!m_owners.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_owners = fresh;
    endResetModel();
}

int OwnerModel::rows() const {
    return int(m_owners.size());
}

QVariant OwnerModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OwnerSummary& o = m_owners.at(index.row());
    if (role == OwnerRole)
        return o.owner;
    quint64 n = 0;
    switch (Column(index.column())) {
    case Owner:
        if (role == Qt::DisplayRole || role == SortRole || role == ExportRole)
            return o.owner;
        if (role == Qt::ToolTipRole)
            return tr("%1 (uid %2)").arg(o.owner).arg(o.uid);
        if (role == Qt::ForegroundRole)
            return QApplication::palette().color(QPalette::Link);
        if (role == Qt::FontRole) {
            QFont link;
            link.setUnderline(true);
            return link;
        }
        return {};
    case SegmentBytes:
        if (role == Qt::DisplayRole)
            return format::bytes(o.segmentBytes);
        if (role == Qt::ToolTipRole)
            return format::exactBytes(o.segmentBytes);
        if (role == SortRole || role == ExportRole)
            return o.segmentBytes;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SemaphoreSets:
        n = quint64(o.semaphoreSets);
        break;
    case Semaphores:
        n = quint64(o.semaphores);
        break;
    case Segments:
        n = quint64(o.segments);
        break;
    case Queues:
        n = quint64(o.queues);
        break;
    case Messages:
        n = o.messages;
        break;
    case Posix:
        n = quint64(o.posixObjects);
        break;
    case InUse:
        n = quint64(o.inUse);
        break;
    case Orphaned:
        n = quint64(o.orphaned);
        break;
    case PossiblyOrphaned:
        n = quint64(o.possiblyOrphaned);
        break;
    case Unknown:
        n = quint64(o.unknown);
        break;
    case RunningProcesses:
        n = quint64(o.runningProcesses);
        break;
    case ColumnCount:
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return format::number(n);
    case SortRole:
    case ExportRole:
        return n;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DecorationRole:
        if (n == 0)
            return {};
        if (index.column() == Orphaned)
            return style::verdictIcon(Verdict::Orphaned);
        if (index.column() == PossiblyOrphaned)
            return style::verdictIcon(Verdict::PossiblyOrphaned);
        return {};
    default:
        return {};
    }
}

QVariant OwnerModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (Column(section)) {
    case Owner:
        return tr("Owner");
    case SemaphoreSets:
        return tr("Semaphore sets");
    case Semaphores:
        return tr("Semaphores");
    case Segments:
        return tr("Segments");
    case SegmentBytes:
        return tr("Shared memory");
    case Queues:
        return tr("Queues");
    case Messages:
        return tr("Messages");
    case Posix:
        return tr("POSIX objects");
    case InUse:
        return verdictName(Verdict::InUse);
    case Orphaned:
        return verdictName(Verdict::Orphaned);
    case PossiblyOrphaned:
        return verdictName(Verdict::PossiblyOrphaned);
    case Unknown:
        return verdictName(Verdict::Unknown);
    case RunningProcesses:
        return tr("Running processes");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace ipcscope
