// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sharedmemorymodel.h"

namespace ipcscope {

SharedMemoryModel::SharedMemoryModel(QObject* parent)
    : ObjectTableModel({ObjectType::SharedMemory}, parent) {}

int SharedMemoryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString SharedMemoryModel::headerText(int column) const {
    switch (Column(column)) {
    case Verdict:
        return tr("Verdict");
    case Key:
        return tr("Key");
    case Id:
        return tr("ID");
    case Owner:
        return tr("Owner");
    case Permissions:
        return tr("Permissions");
    case Size:
        return tr("Size");
    case Resident:
        return tr("Resident");
    case Attached:
        return tr("Attached");
    case Creator:
        return tr("Creator process");
    case LastAttach:
        return tr("Last attach");
    case Changed:
        return tr("Changed");
    case Software:
        return tr("Software");
    case ColumnCount:
        break;
    }
    return {};
}

QString SharedMemoryModel::headerToolTip(int column) const {
    switch (Column(column)) {
    case Size:
        return tr("Size of the segment");
    case Resident:
        return tr("Memory of the segment that is resident in RAM (rss)");
    case Attached:
        return tr("Number of processes attached (nattch)");
    case Creator:
        return tr("The process that created the segment (cpid)");
    case LastAttach:
        return tr("Time of the last shmat() call (atime)");
    case Changed:
        return tr("Time of creation or the last change of permissions (ctime)");
    default:
        return headerText(column);
    }
}

QVariant SharedMemoryModel::cell(const Row& row, int column, int role) const {
    const ObjectVerdict& object = verdictOf(row);
    const SharedMemorySegment& seg = report().snapshot.sharedMemory.at(object.ref.index);
    switch (Column(column)) {
    case Key:
        return commonCell(object, seg, KeyCell, role);
    case Id:
        return commonCell(object, seg, IdCell, role);
    case Owner:
        return commonCell(object, seg, OwnerCell, role);
    case Permissions:
        return commonCell(object, seg, PermsCell, role);
    case Size:
        return bytesCell(seg.size, role);
    case Resident:
        if (!seg.rss)
            return role == Qt::ToolTipRole ? QVariant(tr("Not reported by this kernel"))
                                           : QVariant();
        return bytesCell(*seg.rss, role);
    case Attached:
        return numberCell(quint64(seg.nattch), role);
    case Creator:
        return pidCell(seg.cpid, role);
    case LastAttach:
        return timeCell(seg.atime, role);
    case Changed:
        return commonCell(object, seg, ChangedCell, role);
    case Software:
        return softwareCell(object, role);
    default:
        return {};
    }
}

} // namespace ipcscope
