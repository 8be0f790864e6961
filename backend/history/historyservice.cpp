// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/historyservice.h"

#include "history/historystore.h"
#include "history/historytr.h"

#include <QDateTime>
#include <QPointer>
#include <QThread>

#include <optional>

using namespace Qt::StringLiterals;

namespace ipcscope {

// Owns the store; every call runs on the service's own thread.
class HistoryService::Worker : public QObject {
public:
    HistoryStore store;
    std::optional<Error> openError; // why the database is not open, once open() failed
};

HistoryService::HistoryService(QObject* parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new Worker) {
    m_thread->setObjectName(u"history"_s);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

HistoryService::~HistoryService() {
    m_thread->quit();
    m_thread->wait();
}

void HistoryService::open(const QString& path, int retentionDays) {
    QMetaObject::invokeMethod(m_worker, [this, w = m_worker, path, retentionDays] {
        HistoryRetention retention = w->store.retention();
        retention.days = retentionDays;
        w->store.setRetention(retention);
        const Result<bool> opened =
            w->store.open(path.isEmpty() ? HistoryStore::defaultPath() : path);
        if (!opened) {
            w->openError = opened.error();
            QMetaObject::invokeMethod(this, [this, e = opened.error()] { emit failed(e); });
        }
    });
}

void HistoryService::setRetentionDays(int days) {
    QMetaObject::invokeMethod(m_worker, [w = m_worker, days] {
        HistoryRetention retention = w->store.retention();
        retention.days = days;
        w->store.setRetention(retention);
    });
}

void HistoryService::record(const QString& hostKey, const Report& report) {
    QMetaObject::invokeMethod(m_worker, [this, w = m_worker, hostKey, report] {
        if (!w->store.isOpen())
            return;
        const Result<bool> done = w->store.record(hostKey, report);
        QMetaObject::invokeMethod(this, [this, hostKey, done] {
            if (done)
                emit recorded(hostKey);
            else
                emit failed(done.error());
        });
    });
}

std::unique_ptr<HistoryLoad> HistoryService::load(const QString& hostKey, qint64 fromSeconds) {
    std::unique_ptr<HistoryLoad> reply(new HistoryLoad);
    // The guard is made and read on this thread only; the worker just carries it along.
    QMetaObject::invokeMethod(m_worker, [this, w = m_worker, guard = QPointer(reply.get()), hostKey,
                                         fromSeconds] {
        if (!w->store.isOpen()) {
            const Error error = w->openError.value_or(
                Error{Error::Kind::Generic, Tr::tr("The history database was not opened."), {}});
            QMetaObject::invokeMethod(this, [guard, error] {
                if (guard)
                    emit guard->failed(error);
            });
            return;
        }
        const QDateTime from =
            fromSeconds > 0 ? QDateTime::fromSecsSinceEpoch(fromSeconds) : QDateTime();
        Result<HistorySeries> series = w->store.series(hostKey, from);
        QMetaObject::invokeMethod(this, [guard, series = std::move(series)] {
            if (!guard)
                return;
            if (series)
                emit guard->finished(series.value());
            else
                emit guard->failed(series.error());
        });
    });
    return reply;
}

} // namespace ipcscope
