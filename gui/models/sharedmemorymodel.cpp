// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sharedmemorymodel.h"

namespace ipcscope {

static_assert(SharedMemoryModel::Software == SharedMemoryModel::ColumnCount - 1);

SharedMemoryModel::SharedMemoryModel(QObject* parent)
    : SysvTableModel(ObjectType::SharedMemory, ColumnCount, parent) {}

QString SharedMemoryModel::ownHeader(int column) const {
    switch (Column(column)) {
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
    default:
        return {};
    }
}

QString SharedMemoryModel::ownToolTip(int column) const {
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
    default:
        return ownHeader(column);
    }
}

QVariant SharedMemoryModel::ownCell(const ObjectVerdict& object, int column, int role) const {
    const SharedMemorySegment& seg = report().snapshot.sharedMemory.at(object.ref.index);
    switch (Column(column)) {
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
    default:
        return {};
    }
}

} // namespace ipcscope
