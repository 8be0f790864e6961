// SPDX-License-Identifier: GPL-3.0-or-later
// The advisor's suggestions (Report::suggestions).
#pragma once

#include "analysis/report.h"
#include "models/flattablemodel.h"

namespace ipcscope {

class SuggestionModel : public FlatTableModel {
    Q_OBJECT
public:
    enum Column { Parameter, Field, Current, Suggested, Reason, Reference, ColumnCount };
    enum Role { SortRole = Qt::UserRole };

    explicit SuggestionModel(QObject* parent = nullptr);
    void setReport(const Report& report);
    // The row of the suggestion for this limit ("SEMMNI"), or -1.
    int rowOf(const QString& field) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    int rows() const override;
    QList<Suggestion> m_suggestions;
    quint64 m_pageSize = 4096;
};

} // namespace ipcscope
