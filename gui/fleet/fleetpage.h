// SPDX-License-Identifier: GPL-3.0-or-later
// All servers at a glance: every host entry in one sortable, filterable table, worst first, with
// "Refresh all" (at most settings::fleetConcurrency() at once, with progress and cancel).
// Double-click or Enter opens the host's own pages.
// Or, with the source "Prometheus" (remembered in settings), every instance that reports the
// helper's metrics to a Prometheus server (PrometheusFleetModel): Refresh asks it again; opening
// a row opens the host entry of that name, or offers to add one.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace ipcscope {

class ErrorBanner;
class FleetModel;
class FleetRefresh;
class PrometheusFleetModel;
class PrometheusReader;
class HostControllers;
class HostListModel;

class FleetPage : public QWidget {
    Q_OBJECT
public:
    FleetPage(HostListModel* hosts, HostControllers* controllers, QWidget* parent = nullptr);
    ~FleetPage() override; // wipes the Prometheus secret

    FleetRefresh* refresher() const { return m_refresh; }
    FleetModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    PrometheusFleetModel* prometheusModel() const { return m_prometheus; }
    bool fromPrometheus() const;
    // Switches the source (and saves the choice); to Prometheus asks for the server first when
    // none is set, and stays with SSH when the person cancels.
    void setFromPrometheus(bool prometheus);
    // The server dialog; true when the person chose one (then it is read).
    bool choosePrometheusServer();
    void refreshAll(); // F5: every host, or Prometheus again
    void focusFilter();
    void cancelRefresh(); // Esc
    // The rows as shown (filtered, sorted) as CSV.
    bool exportCsv(const QString& path, QString* error) const;

signals:
    void openHost(int row);
    // A Prometheus instance without a host entry, which the person wants to add.
    void addHostRequested(const QString& host);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateProgress(int done, int total);
    void summarise();
    void showBound(int bound); // the Refresh all button's tooltip
    void fitColumns();
    void updateGroups(); // the group chooser lists the groups the entries have
    void open(const QModelIndex& index);
    void openInstance(int row);
    // A reader for the saved source with the secret of this run.
    void connectPrometheus();
    void showPrometheusAnswer();
    void showSource();

    HostListModel* m_hosts;
    FleetRefresh* m_refresh;
    FleetModel* m_model;
    PrometheusFleetModel* m_prometheus;
    PrometheusReader* m_reader = nullptr;
    QString m_secret; // the Prometheus password or token of this run, never saved
    QComboBox* m_source;
    QPushButton* m_server;
    ErrorBanner* m_error;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QComboBox* m_group;
    QPushButton* m_refreshAll;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QTableView* m_table;
    bool m_cancelled = false;
    QString m_lastRun; // how the last Refresh all ended
};

} // namespace ipcscope
