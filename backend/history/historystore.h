// SPDX-License-Identifier: GPL-3.0-or-later
// A summary row per snapshot and host in SQLite (Qt SQL, QSQLITE), for the history charts:
// counts per type and verdict, usage per limit, orphans per owner. The schema is versioned and
// migrated on open; growth is bounded by a retention applied on every insert.
// One instance uses its own connection and must be used from one thread.
#pragma once

#include "analysis/report.h"
#include "core/error.h"
#include "history/historytypes.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace ipcscope {

class HistoryStore {
public:
    HistoryStore();
    ~HistoryStore();
    HistoryStore(const HistoryStore&) = delete;
    HistoryStore& operator=(const HistoryStore&) = delete;

    // history.sqlite in the platform's app-data location (~/.local/share/<app>/ on Linux).
    static QString defaultPath();

    // Opens (creating the file and its folder when needed) and migrates to the current schema.
    Result<bool> open(const QString& path = defaultPath());
    void close();
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }

    void setRetention(const HistoryRetention& retention) { m_retention = retention; }
    HistoryRetention retention() const { return m_retention; }

    // Appends the report's summary for hostId, then applies the retention to that host.
    Result<bool> record(const QString& hostId, const Report& report);
    // The host's samples with from <= time <= to, oldest first (an invalid bound: no bound).
    Result<HistorySeries> series(const QString& hostId, const QDateTime& from = {},
                                 const QDateTime& to = {}) const;
    // Every host with history, sorted.
    Result<QStringList> hosts() const;
    // Applies the retention to every host; returns how many samples were removed. Age is
    // measured from each host's newest sample, so a server with a wrong clock keeps its history.
    Result<int> prune();

private:
    Result<int> applyRetention(const QString& hostId);
    enum class Operation { Write, Read, Prune };
    Error failure(Operation operation, const QString& detail) const;

    QString m_connection; // unique per instance
    QString m_path;
    HistoryRetention m_retention;
    bool m_open = false;
};

} // namespace ipcscope
