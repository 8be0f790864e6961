// SPDX-License-Identifier: GPL-3.0-or-later
// The part of a HostSession that lives on its worker thread: owns the Transport (opened on first
// use, reopened after a failed open or a lost connection), takes snapshots, runs the analyzer and
// helper commands. Every call blocks this thread only; the GUI thread never waits for it.
#pragma once

#include "analysis/report.h"
#include "core/cancel.h"
#include "core/error.h"
#include "core/hostconfig.h"
#include "session/hostsession.h"
#include "session/sessionprompter.h"
#include "transport/transport.h"

#include <QObject>

#include <memory>

namespace ipcscope {

class Prompter;

class HostWorker : public QObject {
    Q_OBJECT
public:
    HostWorker(HostConfig config, Prompter* prompter);
    ~HostWorker() override; // closes the transport, on the worker thread

    // Called on the worker thread (queued from HostSession).
    void refresh(quint64 requestId, const CancelToken& cancel);
    void runHelper(quint64 requestId, const QStringList& args, const QByteArray& stdinData,
                   const CancelToken& cancel);

signals:
    void stateChanged(ipcscope::HostSession::State state);
    void progress(quint64 requestId, const QString& stage, int step, int steps);
    void capabilitiesChanged(const ipcscope::TransportCapabilities& capabilities);
    // The transport started this stage of reaching the host (see ConnectionStage).
    void stageReached(ipcscope::ConnectionStage stage);
    void reportReady(quint64 requestId, const ipcscope::Report& report);
    void helperFinished(quint64 requestId, const ipcscope::HelperOutput& output);
    void failed(quint64 requestId, const ipcscope::Error& error);

private:
    Result<bool> ensureOpen(quint64 requestId, const CancelToken& cancel);
    // The start every request shares: refuses a request cancelled before it began, opens the
    // transport, reports Working. False (and failed() emitted) when the request cannot go on.
    bool begin(quint64 requestId, const CancelToken& cancel);
    void forget(const Error& error); // drops the transport when the connection is gone

    HostConfig m_config;
    // Asks the person's prompter; remembers the sudo password for the life of the session.
    SessionPrompter m_prompter;
    std::unique_ptr<Transport> m_transport;
    bool m_open = false;
};

} // namespace ipcscope
