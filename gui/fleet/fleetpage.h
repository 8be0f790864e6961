// SPDX-License-Identifier: GPL-3.0-or-later
// All servers at a glance: every host entry in one sortable, filterable table, worst first, with
// "Refresh all" (at most settings::fleetConcurrency() at once, with progress and cancel).
// Double-click or Enter opens the host's own pages.
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

class FleetModel;
class FleetRefresh;
class HostControllers;
class HostListModel;

class FleetPage : public QWidget {
    Q_OBJECT
public:
    FleetPage(HostListModel* hosts, HostControllers* controllers, QWidget* parent = nullptr);

    FleetRefresh* refresher() const { return m_refresh; }
    FleetModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    void refreshAll();
    void focusFilter();
    void cancelRefresh(); // Esc
    // The rows as shown (filtered, sorted) as CSV.
    bool exportCsv(const QString& path, QString* error) const;

signals:
    void openHost(int row);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateProgress(int done, int total);
    void summarise();
    void showBound(int bound); // the Refresh all button's tooltip
    void fitColumns();
    void updateGroups(); // the group chooser lists the groups the entries have

    FleetRefresh* m_refresh;
    FleetModel* m_model;
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
