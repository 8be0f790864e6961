// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/semaphoremodel.h"

namespace ipcscope {

SemaphoreModel::SemaphoreModel(QObject* parent)
    : ObjectTableModel({ObjectType::Semaphore}, parent) {}

int SemaphoreModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString SemaphoreModel::headerText(int column) const {
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
    case Semaphores:
        return tr("Semaphores");
    case LastOperation:
        return tr("Last operation");
    case Changed:
        return tr("Changed");
    case Software:
        return tr("Software");
    case ColumnCount:
        break;
    }
    return {};
}

QString SemaphoreModel::headerToolTip(int column) const {
    switch (Column(column)) {
    case Semaphores:
        return tr("Number of semaphores in the set (nsems)");
    case LastOperation:
        return tr("Time of the last semop() call (otime)");
    case Changed:
        return tr("Time of creation or the last change of permissions (ctime)");
    case Software:
        return tr("Software recognised from the object's signature");
    default:
        return headerText(column);
    }
}

QVariant SemaphoreModel::cell(const Row& row, int column, int role) const {
    const ObjectVerdict& object = verdictOf(row);
    const SemaphoreSet& set = report().snapshot.semaphores.at(object.ref.index);
    switch (Column(column)) {
    case Key:
        return commonCell(object, set, KeyCell, role);
    case Id:
        return commonCell(object, set, IdCell, role);
    case Owner:
        return commonCell(object, set, OwnerCell, role);
    case Permissions:
        return commonCell(object, set, PermsCell, role);
    case Semaphores:
        return numberCell(quint64(set.nsems), role);
    case LastOperation:
        return timeCell(set.otime, role);
    case Changed:
        return commonCell(object, set, ChangedCell, role);
    case Software:
        return softwareCell(object, role);
    default:
        return {};
    }
}

} // namespace ipcscope
