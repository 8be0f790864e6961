// SPDX-License-Identifier: GPL-3.0-or-later
// How the host changed over time, from the local history database: objects per type and
// orphans, and the usage of each kernel limit, over a chosen time range. Also where automatic
// refresh is switched on (off / 10 s / 1 min).
#pragma once

#include "analysis/report.h"
#include "core/error.h"
#include "history/historytypes.h"

#include <QWidget>

#include <memory>

class QChartView;
class QComboBox;
class QLabel;
class QThread;

namespace ipcscope {

class HistoryWorker;

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
    // Opens the database (at `path`, empty: the default place); the main window calls it once.
    void openStore(const QString& path = {});

signals:
    void refreshIntervalChanged();
    void seriesShown(); // after the charts show freshly loaded data (tests wait for it)

private:
    void reload();
    void show(quint64 requestId, const HistorySeries& series);
    void showError(const Error& error);

    QThread* m_thread;
    HistoryWorker* m_worker; // lives on m_thread
    quint64 m_request = 0;
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
