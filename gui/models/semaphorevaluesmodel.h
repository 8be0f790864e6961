// SPDX-License-Identifier: GPL-3.0-or-later
// The semaphores of one set for the details panel: value, last pid with its process, waiters.
#pragma once

#include "analysis/report.h"
#include "models/flattablemodel.h"

namespace ipcscope {

class SemaphoreValuesModel : public FlatTableModel {
    Q_OBJECT
public:
    enum Column { Number, Value, LastPid, WaitingIncrease, WaitingZero, ColumnCount };

    explicit SemaphoreValuesModel(QObject* parent = nullptr);
    // The set at `index` in report.snapshot.semaphores; -1 clears.
    void setSet(const Report& report, int index);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    int rows() const override;
    QList<Semaphore> m_sems;
    QList<QString> m_processes; // label per semaphore's last pid
};

} // namespace ipcscope
