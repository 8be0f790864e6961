// SPDX-License-Identifier: GPL-3.0-or-later
// Per-user breakdown (Report::owners). Updated in place by uid on refresh.
#pragma once

#include "analysis/report.h"
#include "models/flattablemodel.h"

namespace ipcscope {

class OwnerModel : public FlatTableModel {
    Q_OBJECT
public:
    enum Column {
        Owner,
        SemaphoreSets,
        Semaphores,
        Segments,
        SegmentBytes,
        Queues,
        Messages,
        Posix,
        InUse,
        Orphaned,
        PossiblyOrphaned,
        Unknown,
        RunningProcesses,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole, OwnerRole, ExportRole };

    explicit OwnerModel(QObject* parent = nullptr);
    void setReport(const Report& report);
    const OwnerSummary& ownerAt(int row) const { return m_owners.at(row); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    int rows() const override;
    QList<OwnerSummary> m_owners;
};

} // namespace ipcscope
