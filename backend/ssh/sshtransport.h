// SPDX-License-Identifier: GPL-3.0-or-later
// The helper on a server over SSH. open() connects, checks the host key, logs in and deploys the
// helper (or decides on the agentless read, and says why); snapshot() and runHelper() then use
// one exec channel each on the same session. Administrator mode (HostConfig::sudo) runs the
// helper through `sudo -n`, or `sudo -S` with the password asked through the Prompter and fed on
// stdin. Like every Transport it lives on one worker thread.
#pragma once

#include "core/hostconfig.h"
#include "ssh/helperdeployer.h"
#include "transport/transport.h"

#include <memory>

namespace ipcscope {

class SshSession;

class SshTransport : public Transport {
public:
    explicit SshTransport(const HostConfig& config);
    ~SshTransport() override;

    // Where the helper is kept on the server ("~/…" or absolute); default: see HelperDeployer.
    // Tests and benchmarks use their own directory. Call before open().
    void setRemoteCacheDir(const QString& dir);
    // The helper binary to deploy; default: the one locateHelper() finds. Call before open().
    void setLocalHelper(const QString& path);

    QString describe() const override;
    Result<bool> open(Prompter* prompter, const CancelToken& cancel) override;
    void close() override;
    Result<HelperOutput> runHelper(const QStringList& args, const QByteArray& stdinData,
                                   const CancelToken& cancel) override;
    Result<Snapshot> snapshot(const CancelToken& cancel) override;
    TransportCapabilities capabilities() const override;

    bool isOpen() const;
    // What open() found out: helper or agentless (and why), the remote path, whether it uploaded.
    const Deployment& deployment() const { return m_deployment; }

private:
    Result<HelperOutput> execHelper(const QStringList& args, const QByteArray& stdinData,
                                    const CancelToken& cancel);
    Result<HelperOutput> execWithSudoPassword(const QStringList& args, const QByteArray& stdinData,
                                              const CancelToken& cancel);
    Error sudoRefusedPassword(const Result<HelperOutput>& last) const;
    Elevation elevation() const;
    Error noHelperError() const;

    HostConfig m_config;
    std::unique_ptr<SshSession> m_session;
    HelperDeployer m_deployer;
    Deployment m_deployment;
    Prompter* m_prompter = nullptr;
    QString m_login; // how the login went, in words (TransportCapabilities::login)
    bool m_open = false;
};

} // namespace ipcscope
