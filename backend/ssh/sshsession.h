// SPDX-License-Identifier: GPL-3.0-or-later
// One libssh session, owned and used by one worker thread. Options are set the way OpenSSH
// resolves them: the explicit HostConfig values, then ~/.ssh/config for everything left open
// (Host aliases, HostName, User, Port, IdentityFile, ProxyJump as libssh 0.10 maps it to a
// ProxyCommand), then the explicit values once more so that they always win.
#pragma once

#include "core/cancel.h"
#include "core/error.h"
#include "core/hostconfig.h"

#include <QString>

struct ssh_session_struct;

namespace ipcscope {

class SshSession {
public:
    explicit SshSession(HostConfig config);
    ~SshSession(); // disconnects
    SshSession(const SshSession&) = delete;
    SshSession& operator=(const SshSession&) = delete;

    // Resolves the options and connects (TCP, key exchange). Polls cancel while waiting and
    // gives up after config.connectTimeoutSeconds.
    Result<bool> connect(const CancelToken& cancel);
    void disconnect();
    bool isConnected() const;

    ssh_session_struct* handle() const { return m_session; }
    const HostConfig& config() const { return m_config; }
    QString user() const { return m_user; }         // effective, after ~/.ssh/config
    QString hostName() const { return m_hostName; } // effective HostName
    int port() const { return m_port; }
    QString knownHostsFile() const { return m_knownHosts; }

    // An error for the last libssh failure on this session, in words; `what` names the step
    // ("opening a channel") for the technical detail.
    Error lastError(const QString& what) const;

private:
    Result<bool> applyOptions();
    void readEffectiveOptions();
    void tuneSocket();

    HostConfig m_config;
    ssh_session_struct* m_session = nullptr;
    QString m_user;
    QString m_hostName;
    int m_port = 22;
    QString m_knownHosts;
};

// ~/.ssh of the person running IPC Scope, from $HOME (libssh itself would read the password
// database, which ignores a changed HOME).
QString sshUserDir();

} // namespace ipcscope
