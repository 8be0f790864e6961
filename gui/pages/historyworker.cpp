// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/historyworker.h"

namespace ipcscope {

void HistoryWorker::open(const QString& path, int retentionDays) {
    setRetentionDays(retentionDays);
    const Result<bool> opened = m_store.open(path.isEmpty() ? HistoryStore::defaultPath() : path);
    if (!opened)
        emit failed(opened.error());
}

void HistoryWorker::setRetentionDays(int days) {
    HistoryRetention retention = m_store.retention();
    retention.days = days;
    m_store.setRetention(retention);
}

void HistoryWorker::record(const QString& hostId, const Report& report) {
    if (!m_store.isOpen())
        return;
    const Result<bool> done = m_store.record(hostId, report);
    if (!done)
        emit failed(done.error());
    else
        emit recorded(hostId);
}

void HistoryWorker::load(quint64 requestId, const QString& hostId, qint64 fromSeconds) {
    if (!m_store.isOpen())
        return;
    const QDateTime from =
        fromSeconds > 0 ? QDateTime::fromSecsSinceEpoch(fromSeconds) : QDateTime();
    const Result<HistorySeries> series = m_store.series(hostId, from);
    if (!series)
        emit failed(series.error());
    else
        emit loaded(requestId, series.value());
}

} // namespace ipcscope
