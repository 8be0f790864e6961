// SPDX-License-Identifier: GPL-3.0-or-later
// The history database on its own thread, one for the whole application: every host's
// controller records its fresh reports, the history page loads the series it shows. Nobody
// waits for the disk on the GUI thread.
#pragma once

#include "analysis/report.h"
#include "core/error.h"
#include "history/historytypes.h"

#include <QObject>

#include <memory>

class QThread;

namespace ipcscope {

class HistoryService;

// The answer to one load(), in the QNetworkReply shape: the caller owns it, only the caller
// hears it, and deleting it drops the answer (a page that asks again simply replaces it).
// Exactly one of finished() or failed() is emitted, on the service's thread.
class HistoryLoad final : public QObject {
    Q_OBJECT
signals:
    void finished(const ipcscope::HistorySeries& series);
    void failed(const ipcscope::Error& error);

private:
    friend class HistoryService;
    HistoryLoad() = default;
};

class HistoryService : public QObject {
    Q_OBJECT
public:
    explicit HistoryService(QObject* parent = nullptr);
    ~HistoryService() override; // finishes what was asked, then closes the database

    // Opens the database at `path` (empty: HistoryStore::defaultPath()) and keeps `retentionDays`
    // days of it. Until it is open, record() and load() do nothing.
    void open(const QString& path, int retentionDays);
    void setRetentionDays(int days);
    // Stores a summary of the report under the host's history key; recorded() follows.
    void record(const QString& hostKey, const Report& report);
    // The host's series from `fromSeconds` (0: everything).
    std::unique_ptr<HistoryLoad> load(const QString& hostKey, qint64 fromSeconds);

signals:
    void recorded(const QString& hostKey);
    // The database could not be opened or written.
    void failed(const ipcscope::Error& error);

private:
    class Worker;
    QThread* m_thread;
    Worker* m_worker; // lives on m_thread
};

} // namespace ipcscope
