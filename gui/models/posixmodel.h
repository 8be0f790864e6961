// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/objecttablemodel.h"

namespace ipcscope {

// POSIX shared memory, named semaphores and message queues in one table.
class PosixModel : public ObjectTableModel {
    Q_OBJECT
public:
    enum Column { Verdict, Kind, Name, Owner, Mode, Size, Mapped, Modified, Software, ColumnCount };
    explicit PosixModel(QObject* parent = nullptr);
    int columnCount(const QModelIndex& parent = {}) const override;
    static const PosixObject& object(const Report& report, const ObjectRef& ref);

protected:
    QString headerText(int column) const override;
    QString headerToolTip(int column) const override;
    QVariant cell(const Row& row, int column, int role) const override;
};

} // namespace ipcscope
