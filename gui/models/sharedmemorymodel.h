// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/objecttablemodel.h"

namespace ipcscope {

// System V shared-memory segments.
class SharedMemoryModel : public SysvTableModel {
    Q_OBJECT
public:
    enum Column {
        Size = FirstOwnColumn,
        Resident,
        Attached,
        Creator,
        LastAttach,
        Changed,
        Software,
        ColumnCount
    };
    explicit SharedMemoryModel(QObject* parent = nullptr);

private:
    QString ownHeader(int column) const override;
    QString ownToolTip(int column) const override;
    QVariant ownCell(const ObjectVerdict& object, int column, int role) const override;
};

} // namespace ipcscope
