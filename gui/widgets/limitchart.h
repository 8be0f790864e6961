// SPDX-License-Identifier: GPL-3.0-or-later
// A horizontal bar per kernel limit, used vs limit in percent, coloured by level (with the level
// word in the legend, never colour alone). Fed from a LimitModel.
#pragma once

#include <QChartView>

class QAbstractItemModel;

namespace ipcscope {

class LimitChart : public QChartView {
    Q_OBJECT
public:
    explicit LimitChart(QWidget* parent = nullptr);
    void setModel(QAbstractItemModel* model);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    QAbstractItemModel* m_model = nullptr;
};

// Follows the application palette (dark themes) for any chart.
void applyPalette(QChart* chart, const QPalette& palette);

} // namespace ipcscope
