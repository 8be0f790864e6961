// SPDX-License-Identifier: GPL-3.0-or-later
// One host: a Transport on its own worker thread (libssh forbids sharing a session between
// threads). Requests are queued to the worker; results come back as queued signals. A newer
// refresh makes older results stale: they are dropped, never shown.
#pragma once

#include "analysis/report.h"
#include "core/cancel.h"
#include "core/error.h"
#include "session/hostconfig.h"
#include "transport/transport.h"

#include <QHash>
#include <QObject>

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

    // Takes a snapshot and analyzes it on the worker. Returns the request id.
    quint64 refresh();
    // Runs a helper command (remove, apply-limits) with JSON on stdin. Returns the request id.
    quint64 runHelper(const QStringList& args, const QByteArray& stdinData);
    // Cancels whatever runs now.
    void cancel();

signals:
    void stateChanged(ipcscope::HostSession::State state);
    void progress(const QString& stage, int step, int steps);
    void reportReady(quint64 requestId, const ipcscope::Report& report);
    void helperFinished(quint64 requestId, const ipcscope::HelperOutput& output);
    void failed(quint64 requestId, const ipcscope::Error& error);

private:
    void setState(State state);

    HostConfig m_config;
    State m_state = State::Idle;
    TransportCapabilities m_capabilities;
    quint64 m_lastRefresh = 0;
    quint64 m_nextRequest = 1;
    std::unique_ptr<class QThread> m_thread;
    HostWorker* m_worker = nullptr; // lives on m_thread

    // Requests sent to the worker and not answered yet.
    struct Pending {
        CancelToken cancel;
        bool refresh = false;
    };
    QHash<quint64, Pending> m_pending;
    // The state to show once nothing is pending: Ready, Failed or Idle.
    State m_settled = State::Idle;
    bool m_hadReport = false;
    bool finish(quint64 requestId); // forgets the request; false when its result is stale
};

} // namespace ipcscope

Q_DECLARE_METATYPE(ipcscope::HelperOutput)
