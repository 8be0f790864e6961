// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/messagequeuemodel.h"

namespace ipcscope {

static_assert(MessageQueueModel::Software == MessageQueueModel::ColumnCount - 1);

MessageQueueModel::MessageQueueModel(QObject* parent)
    : SysvTableModel(ObjectType::MessageQueue, ColumnCount, parent) {}

QString MessageQueueModel::ownHeader(int column) const {
    switch (Column(column)) {
    case Messages:
        return tr("Messages");
    case Bytes:
        return tr("Queued");
    case LastSend:
        return tr("Last send");
    case LastReceive:
        return tr("Last receive");
    default:
        return {};
    }
}

QString MessageQueueModel::ownToolTip(int column) const {
    switch (Column(column)) {
    case Messages:
        return tr("Messages waiting in the queue (qnum)");
    case Bytes:
        return tr("Bytes waiting in the queue (cbytes)");
    case LastSend:
        return tr("Time of the last msgsnd() call (stime)");
    case LastReceive:
        return tr("Time of the last msgrcv() call (rtime)");
    default:
        return ownHeader(column);
    }
}

QVariant MessageQueueModel::ownCell(const ObjectVerdict& object, int column, int role) const {
    const MessageQueue& queue = report().snapshot.messageQueues.at(object.ref.index);
    switch (Column(column)) {
    case Messages:
        return numberCell(queue.qnum, role);
    case Bytes:
        return bytesCell(queue.cbytes, role);
    case LastSend:
        return timeCell(queue.stime, role);
    case LastReceive:
        return timeCell(queue.rtime, role);
    default:
        return {};
    }
}

} // namespace ipcscope
