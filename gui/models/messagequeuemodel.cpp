// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/messagequeuemodel.h"

namespace ipcscope {

MessageQueueModel::MessageQueueModel(QObject* parent)
    : ObjectTableModel({ObjectType::MessageQueue}, parent) {}

int MessageQueueModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString MessageQueueModel::headerText(int column) const {
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
    case Messages:
        return tr("Messages");
    case Bytes:
        return tr("Queued");
    case LastSend:
        return tr("Last send");
    case LastReceive:
        return tr("Last receive");
    case Changed:
        return tr("Changed");
    case Software:
        return tr("Software");
    case ColumnCount:
        break;
    }
    return {};
}

QString MessageQueueModel::headerToolTip(int column) const {
    switch (Column(column)) {
    case Messages:
        return tr("Messages waiting in the queue (qnum)");
    case Bytes:
        return tr("Bytes waiting in the queue (cbytes)");
    case LastSend:
        return tr("Time of the last msgsnd() call (stime)");
    case LastReceive:
        return tr("Time of the last msgrcv() call (rtime)");
    case Changed:
        return tr("Time of creation or the last change of permissions (ctime)");
    default:
        return headerText(column);
    }
}

QVariant MessageQueueModel::cell(const Row& row, int column, int role) const {
    const ObjectVerdict& object = verdictOf(row);
    const MessageQueue& queue = report().snapshot.messageQueues.at(object.ref.index);
    switch (Column(column)) {
    case Key:
        return commonCell(object, queue, KeyCell, role);
    case Id:
        return commonCell(object, queue, IdCell, role);
    case Owner:
        return commonCell(object, queue, OwnerCell, role);
    case Permissions:
        return commonCell(object, queue, PermsCell, role);
    case Messages:
        return numberCell(queue.qnum, role);
    case Bytes:
        return bytesCell(queue.cbytes, role);
    case LastSend:
        return timeCell(queue.stime, role);
    case LastReceive:
        return timeCell(queue.rtime, role);
    case Changed:
        return commonCell(object, queue, ChangedCell, role);
    case Software:
        return softwareCell(object, role);
    default:
        return {};
    }
}

} // namespace ipcscope
