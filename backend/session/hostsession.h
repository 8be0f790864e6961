// SPDX-License-Identifier: GPL-3.0-or-later
// One host: a Transport on its own worker thread (libssh forbids sharing a session between
// threads). Each request returns its own reply object (session/sessionreply.h) that the caller
// owns; the result comes back queued to that reply alone. A newer refresh makes older results
// stale: they are dropped, never shown, and the older replies get the newest refresh's answer.
// stateChanged() and progress() describe the host as a whole, for a status display.
#pragma once

#include "analysis/report.h"
#include "core/cancel.h"
#include "core/error.h"
#include "core/hostconfig.h"
#include "session/sessionreply.h"
#include "transport/transport.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

namespace ipcscope {

class Prompter;
class HostWorker;

class HostSession : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Working, Ready, Failed };
    Q_ENUM(State)

    // The prompter is called on the worker thread and must outlive the session.
    explicit HostSession(HostConfig config, Prompter* prompter = nullptr,
                         QObject* parent = nullptr);
    ~HostSession() override; // cancels running work and joins the worker thread

    const HostConfig& config() const { return m_config; }
    State state() const { return m_state; }
    TransportCapabilities capabilities() const { return m_capabilities; }

    // Takes a snapshot and analyzes it on the worker. Older refreshes still running are
    // cancelled; their replies are answered together with this one.
    [[nodiscard]] std::unique_ptr<RefreshReply> refresh();
    // Runs a helper command (remove, apply-limits, symptoms) with JSON on stdin.
    [[nodiscard]] std::unique_ptr<HelperReply> runHelper(const QStringList& args,
                                                         const QByteArray& stdinData);
    // Cancels every request running now, whoever asked (the window closes).
    void cancel();

signals:
    void stateChanged(ipcscope::HostSession::State state);
    void progress(const QString& stage, int step, int steps);
    // The transport started this stage of reaching the host (connecting, host key, login,
    // helper, reading), as it happens: a failure belongs to the last stage reached.
    void stageReached(ipcscope::ConnectionStage stage);

private:
    friend class SessionReply;
    void setState(State state);
    void drop(SessionReply* reply);        // its owner let it go: cancel what only it waits for
    void cancelReply(SessionReply* reply); // its owner cancels it
    void onReport(quint64 requestId, const Report& report);
    void onHelperFinished(quint64 requestId, const HelperOutput& output);
    void onFailed(quint64 requestId, const Error& error);
    void onProgress(quint64 requestId, const QString& stage, int step, int steps);
    // The replies the newest refresh answers, taken out of the session.
    QList<QPointer<RefreshReply>> takeRefreshWaiters();

    HostConfig m_config;
    State m_state = State::Idle;
    TransportCapabilities m_capabilities;
    quint64 m_lastRefresh = 0;
    quint64 m_nextRequest = 1;
    std::unique_ptr<class QThread> m_thread;
    HostWorker* m_worker = nullptr; // lives on m_thread

    // Requests sent to the worker and not answered yet (ids never leave the session).
    struct Pending {
        CancelToken cancel;
        bool refresh = false;
        QPointer<HelperReply> helper; // who asked, for a helper command
    };
    QHash<quint64, Pending> m_pending;
    // Replies that the newest refresh (m_lastRefresh) answers: its own and superseded ones.
    QList<QPointer<RefreshReply>> m_refreshWaiters;
    // The state to show once nothing is pending: Ready, Failed or Idle.
    State m_settled = State::Idle;
    bool m_hadReport = false;
    bool finish(quint64 requestId); // forgets the request; false when its result is stale
};

} // namespace ipcscope

Q_DECLARE_METATYPE(ipcscope::HelperOutput)
