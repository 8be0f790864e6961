// SPDX-License-Identifier: GPL-3.0-or-later
// Where the helper runs: the local machine (QProcess) or a server over SSH (libssh). The rest of
// the backend neither knows nor cares. A Transport is used from one worker thread only; its calls
// block and poll the CancelToken.
#pragma once

#include "core/cancel.h"
#include "core/error.h"
#include "model/snapshot.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace ipcscope {

class Prompter;

struct HelperOutput {
    int exitCode = 0;
    QByteArray out;
    QByteArray err;
    // The run was stopped because the progress callback asked for it (out holds what had arrived
    // by then); exitCode is then meaningless.
    bool stoppedEarly = false;
};

// The most standard output a helper run may produce before it is stopped and the run fails
// (helperOutputTooLarge()): far above the largest real snapshot (12.5 MB for 38,000 objects), but
// a helper, or a compromised server, that never stops writing cannot fill the memory.
// $IPCSCOPE_MAX_HELPER_OUTPUT (bytes, or with a K, M or G suffix) overrides the default of 1 GiB.
inline constexpr qint64 kDefaultHelperOutputLimit = qint64(1) << 30;
qint64 helperOutputLimitFromEnvironment();
// Of standard error only the first part is kept (its first line is the reason); the rest is
// read and dropped.
inline constexpr qsizetype kHelperStderrKept = 64 * 1024;

struct TransportCapabilities {
    bool fullDetail = true; // false in agentless mode
    bool canModify = true;  // cleanup and limit changes possible (needs the helper)
    bool elevated = false;  // commands run as root through sudo (or the session is root)
    // How the login went, in words: which key logged in and which keys were skipped and why
    // ("Logged in as root with the key ~/.ssh/id_ed25519."). Empty for the local machine.
    QString login;
};

// The stages of reaching a host, in order. A transport reports each one as it starts it, so that
// a failure belongs to the stage that really ran last, not to one guessed from the error.
enum class ConnectionStage { Connecting, HostKey, Login, Helper, Reading };

class Transport {
public:
    virtual ~Transport() = default;

    // "local machine", "root@db1:22"
    virtual QString describe() const = 0;

    // Connects (and deploys the helper when remote). Questions go to the prompter, which may be
    // null (then anything that needs a person fails with a clear error).
    virtual Result<bool> open(Prompter* prompter, const CancelToken& cancel) = 0;
    virtual void close() = 0;

    // Runs the helper with args, feeding stdinData. Fails when no helper can run here.
    virtual Result<HelperOutput> runHelper(const QStringList& args, const QByteArray& stdinData,
                                           const CancelToken& cancel) = 0;

    // The standard output received so far, handed over while the helper still runs (on the
    // calling thread, between reads; each call with everything so far), so that reading it can
    // start before the helper ends. Returning false stops the helper: the run then ends with
    // HelperOutput::stoppedEarly and what had arrived.
    using OutputProgress = std::function<bool(const QByteArray& soFar)>;
    // runHelper() with progress. By default runHelper(), without progress calls.
    virtual Result<HelperOutput> runHelperStreaming(const QStringList& args,
                                                    const QByteArray& stdinData,
                                                    const CancelToken& cancel,
                                                    const OutputProgress& progress) {
        (void)progress;
        return runHelper(args, stdinData, cancel);
    }
    // A snapshot: by default `helper snapshot` parsed (read while it arrives, see
    // SnapshotReceiver); SSH overrides it with the agentless fallback when the helper cannot run.
    virtual Result<Snapshot> snapshot(const CancelToken& cancel);

    virtual TransportCapabilities capabilities() const { return {}; }

    // The most standard output one helper run may produce (see kDefaultHelperOutputLimit).
    void setOutputLimit(qint64 bytes) { m_outputLimit = bytes; }
    qint64 outputLimit() const { return m_outputLimit; }

    // Called (on the transport's thread) as each stage of open() and snapshot() starts.
    using StageListener = std::function<void(ConnectionStage stage)>;
    void setStageListener(StageListener listener) { m_stageListener = std::move(listener); }

protected:
    void reportStage(ConnectionStage stage) const {
        if (m_stageListener)
            m_stageListener(stage);
    }

private:
    StageListener m_stageListener;
    qint64 m_outputLimit = helperOutputLimitFromEnvironment();
};

} // namespace ipcscope
