// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/fleetrefresh.h"

#include "host/hostcontrollers.h"
#include "models/hostlistmodel.h"
#include "session/hostcontroller.h"

#include <algorithm>

namespace ipcscope {

FleetRefresh::FleetRefresh(HostListModel* hosts, HostControllers* controllers, QObject* parent)
    : QObject(parent)
    , m_hosts(hosts)
    , m_controllers(controllers) {
    // An entry removed or edited while it refreshes: its controller goes, its slot is free.
    connect(m_controllers, &HostControllers::aboutToDrop, this, [this](HostController* c) {
        if (m_running.contains(c))
            ended(c);
    });
}

void FleetRefresh::start(int concurrency) {
    if (isRunning())
        return;
    m_concurrency = std::max(1, concurrency);
    m_waiting.clear();
    for (int row = 0; row < m_hosts->rowCount(); ++row)
        m_waiting.append(m_hosts->config(row).id);
    m_total = int(m_waiting.size());
    m_done = 0;
    m_peak = 0;
    for (const QString& id : std::as_const(m_waiting))
        emit entryChanged(id);
    emit progressChanged(m_done, m_total);
    startNext();
}

void FleetRefresh::startNext() {
    while (!m_waiting.isEmpty() && m_running.size() < m_concurrency) {
        const QString id = m_waiting.takeFirst();
        const int row = m_hosts->rowOfId(id);
        if (row < 0) { // removed while waiting
            ++m_done;
            continue;
        }
        HostController* c = m_controllers->at(row);
        m_running.insert(c);
        m_peak = std::max(m_peak, int(m_running.size()));
        // One end per refresh: a success, a failure or a cancel.
        connect(c, &HostController::reportChanged, this, [this, c] { ended(c); });
        connect(c, &HostController::refreshFailed, this, [this, c] { ended(c); });
        c->refresh(HostController::LogSearch::WhenShown); // the rows do not show the logs
        emit entryChanged(id);
    }
    emit progressChanged(m_done, m_total);
    finishIfDone();
}

void FleetRefresh::ended(HostController* c) {
    if (!m_running.remove(c))
        return;
    disconnect(c, nullptr, this, nullptr);
    ++m_done;
    const int row = m_controllers->rowOf(c);
    if (row >= 0)
        emit entryChanged(m_hosts->config(row).id);
    startNext();
}

void FleetRefresh::cancel() {
    const QStringList waiting = std::exchange(m_waiting, {});
    m_done += int(waiting.size());
    for (const QString& id : waiting)
        emit entryChanged(id);
    // Each cancelled refresh ends with refreshFailed(Cancelled), which frees its slot.
    const QSet<HostController*> running = m_running;
    for (HostController* c : running)
        c->cancel();
    finishIfDone();
}

void FleetRefresh::finishIfDone() {
    if (m_total > 0 && m_waiting.isEmpty() && m_running.isEmpty()) {
        m_total = 0;
        emit finished();
    }
}

} // namespace ipcscope
