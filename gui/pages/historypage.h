// SPDX-License-Identifier: GPL-3.0-or-later
// How the host changed over time, from the local history database: objects per type and
// orphans, and the usage of each kernel limit, over a chosen time range. Also where automatic
// refresh is switched on (off / 10 s / 1 min).
#pragma once

#include "analysis/report.h"
#include "core/error.h"
#include "history/historytypes.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QChartView;
class QComboBox;
class QLabel;

namespace ipcscope {

class HistoryLoad;
class HistoryService;

class HistoryPage : public QWidget {
    Q_OBJECT
public:
    explicit HistoryPage(QWidget* parent = nullptr);
    ~HistoryPage() override;

    // Where the series come from (the host controllers record into the same service); shown
    // again when it records for the host on show.
    void setHistory(HistoryService* history);
    void setHost(const QString& hostId, const QString& displayName);
    void showRefreshInterval(int seconds);
    int pointCount() const { return m_points; }

signals:
    void refreshIntervalChanged();
    void seriesShown(); // after the charts show freshly loaded data (tests wait for it)

private:
    void reload();
    void show(const HistorySeries& series);
    void showError(const Error& error);

    QPointer<HistoryService> m_history;
    std::unique_ptr<HistoryLoad> m_load; // the load under way; replacing it drops its answer
    QString m_hostId;
    QString m_hostName;
    QComboBox* m_range;
    QComboBox* m_interval;
    QLabel* m_status;
    QChartView* m_objectsChart;
    QChartView* m_limitsChart;
    int m_points = 0;
};

} // namespace ipcscope
