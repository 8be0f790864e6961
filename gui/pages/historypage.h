// SPDX-License-Identifier: GPL-3.0-or-later
// How the host changed over time, from the local history database: objects per type and
// orphans, and the usage of each kernel limit, over a chosen time range. Also where automatic
// refresh is switched on (off / 10 s / 1 min).
#pragma once

#include "analysis/report.h"

#include <QWidget>

#include <memory>

class QChartView;
class QComboBox;
class QLabel;

namespace ipcscope {

class HistoryStore;

class HistoryPage : public QWidget {
    Q_OBJECT
public:
    explicit HistoryPage(QWidget* parent = nullptr);
    ~HistoryPage() override;

    // Stores a summary of the report (the main window calls this for every fresh report).
    void record(const QString& hostId, const Report& report);
    void setHost(const QString& hostId, const QString& displayName);
    void applyRetention();
    void showRefreshInterval(int seconds);
    int pointCount() const { return m_points; }

signals:
    void refreshIntervalChanged();

private:
    void reload();
    void ensureOpen();

    std::unique_ptr<HistoryStore> m_store;
    bool m_triedOpen = false;
    QString m_hostId;
    QComboBox* m_range;
    QComboBox* m_interval;
    QLabel* m_status;
    QChartView* m_objectsChart;
    QChartView* m_limitsChart;
    int m_points = 0;
};

} // namespace ipcscope
