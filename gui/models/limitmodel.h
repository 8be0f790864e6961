// SPDX-License-Identifier: GPL-3.0-or-later
// Kernel limits and how much of each is used (Report::limits). Feeds the overview's table and
// its bar chart.
#pragma once

#include "analysis/report.h"

#include <QAbstractTableModel>

namespace ipcscope {

class LimitModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Limit, Parameter, Used, Maximum, Usage, Status, ColumnCount };
    enum Role { SortRole = Qt::UserRole, RatioRole, LevelRole, ExportRole };

    explicit LimitModel(QObject* parent = nullptr);
    void setReport(const Report& report);
    const LimitUsage& limitAt(int row) const { return m_limits.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString amount(const LimitUsage& limit, quint64 value,
                          quint64 pageSize); // "12 sets", "4.0 MiB"

private:
    QList<LimitUsage> m_limits;
    quint64 m_pageSize = 4096;
};

} // namespace ipcscope
