// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/semaphoremodel.h"

namespace ipcscope {

static_assert(SemaphoreModel::Software == SemaphoreModel::ColumnCount - 1);

SemaphoreModel::SemaphoreModel(QObject* parent)
    : SysvTableModel(ObjectType::Semaphore, ColumnCount, parent) {}

QString SemaphoreModel::ownHeader(int column) const {
    switch (Column(column)) {
    case Semaphores:
        return tr("Semaphores");
    case LastOperation:
        return tr("Last operation");
    default:
        return {};
    }
}

QString SemaphoreModel::ownToolTip(int column) const {
    switch (Column(column)) {
    case Semaphores:
        return tr("Number of semaphores in the set (nsems)");
    case LastOperation:
        return tr("Time of the last semop() call (otime)");
    default:
        return ownHeader(column);
    }
}

QVariant SemaphoreModel::ownCell(const ObjectVerdict& object, int column, int role) const {
    const SemaphoreSet& set = report().snapshot.semaphores.at(object.ref.index);
    switch (Column(column)) {
    case Semaphores:
        return numberCell(quint64(set.nsems), role);
    case LastOperation:
        return timeCell(set.otime, role);
    default:
        return {};
    }
}

} // namespace ipcscope
