// SPDX-License-Identifier: GPL-3.0-or-later
// The Fleet page's table: one row per host entry (the rows of HostListModel), with what its
// controller knows: state, worst finding, orphaned objects, the most used limit, helper version
// and last refresh. Rows follow the host list; nothing here starts a session (a host that was
// never opened reads "Not checked yet").
#pragma once

#include "analysis/report.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace ipcscope {

class FleetRefresh;
class HostController;
class HostControllers;
class HostListModel;

class FleetModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Server,
        State,
        WorstFinding,
        Orphaned,
        LimitUse,
        Helper,
        LastRefresh,
        ColumnCount
    };
    // Sorting by SortRole puts the worst first in ascending order on the State column.
    // StateRole: the HostState as int. The Prometheus source's model (PrometheusFleetModel) has
    // the same columns and roles.
    enum Role { SortRole = Qt::UserRole, HostRowRole, ExportRole, GroupsRole, StateRole };
    // What is known of the host, ordered from worst to best. A refresh under way does not change
    // it (the row keeps its place and its label until the new answer is in): see activity().
    enum class HostState { LimitCritical, Failed, Orphans, Warnings, NotChecked, Ok };
    enum class Activity { None, Waiting, Refreshing };

    FleetModel(HostListModel* hosts, HostControllers* controllers, FleetRefresh* refresh,
               QObject* parent = nullptr);

    HostState state(int row) const;
    Activity activity(int row) const;
    // "2 minutes ago" moves on: the Last refresh column is read again.
    void timePassed();
    static QString stateText(HostState state);
    // The State column's icon, and its SortRole: worst first, then the fuller limit (`ratio`,
    // the highest limit use), then the list's order. Shared with PrometheusFleetModel.
    static QIcon stateIcon(HostState state);
    static qint64 sortKey(HostState state, double ratio, int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    HostController* controller(int row) const;
    void rowChanged(int row);

    HostListModel* m_hosts;
    HostControllers* m_controllers;
    FleetRefresh* m_refresh;
};

} // namespace ipcscope
