// SPDX-License-Identifier: GPL-3.0-or-later
// The Fleet page's table when it reads a Prometheus server: one row per instance that reports the
// helper's metrics (PrometheusFleetQuery), with FleetModel's columns, roles and states. An
// instance whose `up` is 0, that is no longer scraped, or whose metrics are older than
// kStaleSeconds is Unreachable, the reason in words, and keeps its last values. refresh() asks
// again; a failed answer keeps the rows shown (lastError() says why).
#pragma once

#include "core/error.h"
#include "fleet/fleetmodel.h"
#include "fleet/prometheusfleet.h"
#include "fleet/prometheusreader.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>

#include <optional>

namespace ipcscope {

class PrometheusFleetModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // As the shipped alert IpcScopeMetricsStale: the timer writes every minute.
    static constexpr double kStaleSeconds = 600;

    explicit PrometheusFleetModel(QObject* parent = nullptr);

    // The server to read (owned by the caller); the rows stay until the next answer.
    void setReader(PrometheusReader* reader);
    PrometheusReader* reader() const { return m_reader; }
    void refresh();
    void cancel();
    bool isRefreshing() const { return m_query != nullptr; }
    const std::optional<Error>& lastError() const { return m_error; }
    QDateTime lastAnswer() const { return m_answered; }
    // Forgets the rows (another server).
    void clear();

    FleetModel::HostState state(int row) const;
    const FleetInstance& instance(int row) const { return m_rows.at(row); }
    // Why the instance is Unreachable, in words; empty when it is not.
    QString unreachableReason(int row) const;
    void timePassed();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void refreshStarted();
    // After every answer, good or not (lastError()).
    void refreshFinished();

private:
    void answered();
    QString worstFinding(int row) const;

    QPointer<PrometheusReader> m_reader;
    PrometheusFleetQuery* m_query = nullptr;
    QList<FleetInstance> m_rows; // sorted by instance
    std::optional<Error> m_error;
    QDateTime m_answered;
};

} // namespace ipcscope
