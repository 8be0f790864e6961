// SPDX-License-Identifier: GPL-3.0-or-later
// Who owns what: a stacked bar per user (objects by verdict) and the full table. Choosing a user
// in either opens the object tables filtered to that user.
#pragma once

#include "analysis/report.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace ipcscope {

class OwnerModel;

class OwnersPage : public QWidget {
    Q_OBJECT
public:
    explicit OwnersPage(QWidget* parent = nullptr);
    void setReport(const Report& report);
    OwnerModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    // The IPC namespace whose owners are shown: 0 the host's, else a container's id.
    quint64 currentNamespace() const;

signals:
    void ownerChosen(const QString& owner);

private:
    void rebuildChart();
    void showNamespace();

    OwnerModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QChartView* m_chart;
    QLabel* m_namespaceLabel;
    QComboBox* m_namespace;
    Report m_hostReport; // with the containers' reports
};

} // namespace ipcscope
