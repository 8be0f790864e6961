// SPDX-License-Identifier: GPL-3.0-or-later
// "Refresh all" of the Fleet page: every host entry refreshed through its own HostController
// (its own session and worker thread), at most a chosen number at once; the next one starts as
// soon as one ends, so a slow or unreachable host holds up one slot, never the others or the
// window. Cancel stops the ones running and drops the ones waiting.
#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>

namespace ipcscope {

class HostController;
class HostControllers;
class HostListModel;

class FleetRefresh : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultConcurrency = 8;

    FleetRefresh(HostListModel* hosts, HostControllers* controllers, QObject* parent = nullptr);

    // Refreshes every entry, at most `concurrency` at once. Ignored while one runs.
    void start(int concurrency);
    void cancel();
    bool isRunning() const { return m_total > 0; }
    // Waiting for a free slot (the entry's id, HostConfig::id).
    bool isWaiting(const QString& id) const { return m_waiting.contains(id); }
    int done() const { return m_done; }
    int total() const { return m_total; }
    // The most refreshes that ran at once since start() (tests check the bound).
    int peakRunning() const { return m_peak; }

signals:
    void progressChanged(int done, int total);
    // The entry `id` began waiting, started or ended.
    void entryChanged(const QString& id);
    void finished();

private:
    void startNext();
    void ended(HostController* controller);
    void finishIfDone();

    HostListModel* m_hosts;
    HostControllers* m_controllers;
    QStringList m_waiting; // ids, in list order
    QSet<HostController*> m_running;
    int m_concurrency = kDefaultConcurrency;
    int m_done = 0;
    int m_total = 0;
    int m_peak = 0;
};

} // namespace ipcscope
