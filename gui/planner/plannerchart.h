// SPDX-License-Identifier: GPL-3.0-or-later
// A stacked bar per kernel limit: current use, the planned extra load on top, the room left up
// to the limit, and what the plan needs beyond the limit — in percent of the larger of limit and
// requirement, so that SHMALL near 2^64 and SEMMNI in the hundreds share one axis. Fed from a
// ProposalModel.
#pragma once

#include <QChartView>

class QAbstractItemModel;

namespace ipcscope {

class PlannerChart : public QChartView {
    Q_OBJECT
public:
    explicit PlannerChart(QWidget* parent = nullptr);
    void setModel(QAbstractItemModel* model);
    // The bar values last drawn per category (for tests and accessibility): used, extra, free,
    // beyond, in percent.
    QList<QList<double>> values() const { return m_values; }
    QStringList categories() const { return m_categories; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    QAbstractItemModel* m_model = nullptr;
    QList<QList<double>> m_values;
    QStringList m_categories;
};

} // namespace ipcscope
