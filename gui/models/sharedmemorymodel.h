// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/objecttablemodel.h"

namespace ipcscope {

// System V shared-memory segments.
class SharedMemoryModel : public ObjectTableModel {
    Q_OBJECT
public:
    enum Column {
        Verdict,
        Key,
        Id,
        Owner,
        Permissions,
        Size,
        Resident,
        Attached,
        Creator,
        LastAttach,
        Changed,
        Software,
        ColumnCount
    };
    explicit SharedMemoryModel(QObject* parent = nullptr);
    int columnCount(const QModelIndex& parent = {}) const override;

protected:
    QString headerText(int column) const override;
    QString headerToolTip(int column) const override;
    QVariant cell(const Row& row, int column, int role) const override;
};

} // namespace ipcscope
