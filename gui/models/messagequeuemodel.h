// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/objecttablemodel.h"

namespace ipcscope {

// System V message queues.
class MessageQueueModel : public SysvTableModel {
    Q_OBJECT
public:
    enum Column {
        Messages = FirstOwnColumn,
        Bytes,
        LastSend,
        LastReceive,
        Changed,
        Software,
        ColumnCount
    };
    explicit MessageQueueModel(QObject* parent = nullptr);

private:
    QString ownHeader(int column) const override;
    QString ownToolTip(int column) const override;
    QVariant ownCell(const ObjectVerdict& object, int column, int role) const override;
};

} // namespace ipcscope
