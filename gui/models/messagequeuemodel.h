// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/objecttablemodel.h"

namespace ipcscope {

// System V message queues.
class MessageQueueModel : public ObjectTableModel {
    Q_OBJECT
public:
    enum Column {
        Verdict,
        Key,
        Id,
        Owner,
        Permissions,
        Messages,
        Bytes,
        LastSend,
        LastReceive,
        Changed,
        Software,
        ColumnCount
    };
    explicit MessageQueueModel(QObject* parent = nullptr);
    int columnCount(const QModelIndex& parent = {}) const override;

protected:
    QString headerText(int column) const override;
    QString headerToolTip(int column) const override;
    QVariant cell(const Row& row, int column, int role) const override;
};

} // namespace ipcscope
