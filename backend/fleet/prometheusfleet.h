// SPDX-License-Identifier: GPL-3.0-or-later
// The Fleet page's rows from Prometheus: a few PromQL queries over the helper's metrics
// (docs/monitoring.md) answered per instance and put together into one value per instance. Every
// instance that reported `ipcscope_scrape_timestamp_seconds` in the last day is one; the values
// are the last ones it reported (last_over_time), so a host that stopped reporting keeps what was
// known, and `up` with the snapshot's time say whether that is current.
#pragma once

#include "core/error.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace ipcscope {

class PrometheusReader;
class PrometheusReply;

struct FleetInstance {
    struct Limit {
        QString name; // SEMMNI, …
        double used = 0;
        double limit = 0;
        friend bool operator==(const Limit&, const Limit&) = default;
    };
    QString instance;                   // the `instance` label, e.g. db1.example.com:9100
    std::optional<double> up;           // the target's `up` now; absent: no longer scraped
    std::optional<double> snapshotTime; // ipcscope_scrape_timestamp_seconds (Unix seconds)
    double evaluatedAt = 0;             // the server's time of the answer (Unix seconds)
    QString helperVersion;              // ipcscope_helper_info{version}
    std::optional<double> orphaned;     // sum of ipcscope_orphaned_objects
    std::optional<double> possiblyOrphaned;
    QList<Limit> limits;  // the limits on a total (scope="total") with a value
    QStringList symptoms; // signatures with lines in the log tails, sorted
    friend bool operator==(const FleetInstance&, const FleetInstance&) = default;

    // The instance without its port ("db1:9100" → "db1", "[::1]:9100" → "::1").
    static QString hostName(const QString& instance);
    // The limit with the highest use (limits of 0 with objects count as full), or null.
    const Limit* mostUsedLimit() const;
};

// Runs the queries at once on `reader`; finished() once with the instances sorted by name, or the
// first error. Deleting it aborts the queries.
class PrometheusFleetQuery : public QObject {
    Q_OBJECT
public:
    PrometheusFleetQuery(PrometheusReader* reader, QObject* parent = nullptr);
    bool isFinished() const { return m_result.has_value(); }
    const Result<QList<FleetInstance>>& result() const { return *m_result; }

    // The PromQL it runs (docs/monitoring.md lists them).
    static QStringList queries();

signals:
    void finished();

private:
    void replied();

    QList<PrometheusReply*> m_replies; // in the order of queries()
    std::optional<Result<QList<FleetInstance>>> m_result;
};

} // namespace ipcscope
