// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/posixmodel.h"

#include "util/format.h"

namespace ipcscope {

PosixModel::PosixModel(QObject* parent)
    : ObjectTableModel({ObjectType::PosixShm, ObjectType::PosixSemaphore, ObjectType::PosixMqueue},
                       parent) {}

int PosixModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const PosixObject& PosixModel::object(const Report& report, const ObjectRef& ref) {
    switch (ref.type) {
    case ObjectType::PosixSemaphore:
        return report.snapshot.posixSemaphores.at(ref.index);
    case ObjectType::PosixMqueue:
        return report.snapshot.posixMqueues.at(ref.index);
    default:
        return report.snapshot.posixShm.at(ref.index);
    }
}

QString PosixModel::headerText(int column) const {
    switch (Column(column)) {
    case Verdict:
        return tr("Verdict");
    case Kind:
        return tr("Type");
    case Name:
        return tr("Name");
    case Owner:
        return tr("Owner");
    case Mode:
        return tr("Mode");
    case Size:
        return tr("Size");
    case Mapped:
        return tr("Mapped by");
    case Modified:
        return tr("Modified");
    case Software:
        return tr("Software");
    case ColumnCount:
        break;
    }
    return {};
}

QString PosixModel::headerToolTip(int column) const {
    switch (Column(column)) {
    case Mapped:
        return tr("Number of processes that map the object");
    case Modified:
        return tr("Time of the last modification (mtime)");
    default:
        return headerText(column);
    }
}

QVariant PosixModel::cell(const Row& row, int column, int role) const {
    const ObjectVerdict& verdict = verdictOf(row);
    const PosixObject& obj = object(report(), verdict.ref);
    switch (Column(column)) {
    case Kind:
        if (role == Qt::DisplayRole || role == ExportRole || role == SortRole)
            return objectTypeName(verdict.ref.type);
        return {};
    case Name:
        if (role == Qt::DisplayRole || role == ExportRole || role == SortRole)
            return u'/' + obj.name;
        if (role == Qt::ToolTipRole)
            return obj.nameHex.isEmpty() ? u'/' + obj.name
                                         : tr("/%1 (exact bytes: %2)").arg(obj.name, obj.nameHex);
        return {};
    case Owner:
        if (role == Qt::DisplayRole || role == ExportRole || role == SortRole)
            return obj.owner;
        if (role == Qt::ToolTipRole)
            return tr("Owner %1 (uid %2), group %3").arg(obj.owner).arg(obj.uid).arg(obj.group);
        return {};
    case Mode:
        if (role == Qt::DisplayRole || role == ExportRole)
            return format::perms(obj.mode);
        if (role == SortRole)
            return obj.mode;
        if (role == Qt::ToolTipRole)
            return format::permsTooltip(obj.mode);
        return {};
    case Size:
        return bytesCell(obj.size, role);
    case Mapped:
        return numberCell(quint64(obj.mappedPids.size()), role);
    case Modified:
        return timeCell(obj.mtime, role);
    case Software:
        return softwareCell(verdict, role);
    default:
        return {};
    }
}

} // namespace ipcscope
