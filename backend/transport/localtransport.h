// SPDX-License-Identifier: GPL-3.0-or-later
// The helper on this machine, run with QProcess (never through a shell). In administrator mode it
// runs through `sudo -n`, or with the sudo password asked from the Prompter and fed on stdin
// (`sudo -S`), never on a command line; when we are root already, it runs directly.
#pragma once

#include "transport/transport.h"

#include <chrono>

namespace ipcscope {

class LocalTransport : public Transport {
public:
    static constexpr std::chrono::milliseconds kDefaultTimeout{60'000};

    explicit LocalTransport(bool sudo = false);

    // How long one helper run may take before it is stopped (Error::Timeout).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // The helper that runs; default: locateHelper() at open().
    void setHelperPath(const QString& path) { m_helper = path; }
    QString helperPath() const { return m_helper; }

    QString describe() const override;
    Result<bool> open(Prompter* prompter, const CancelToken& cancel) override;
    void close() override;
    Result<HelperOutput> runHelper(const QStringList& args, const QByteArray& stdinData,
                                   const CancelToken& cancel) override;
    Result<HelperOutput> runHelperStreaming(const QStringList& args, const QByteArray& stdinData,
                                            const CancelToken& cancel,
                                            const OutputProgress& progress) override;
    TransportCapabilities capabilities() const override;

private:
    bool needsSudo() const;
    Result<bool> locate();
    // Runs program with args; secretLine (the sudo password) goes first on stdin. progress, when
    // set, sees the standard output as it arrives.
    Result<HelperOutput> run(const QString& program, const QStringList& args,
                             const QByteArray& secretLine, const QByteArray& stdinData,
                             const CancelToken& cancel, const OutputProgress& progress = {});
    Result<HelperOutput> runWithPassword(const QStringList& helperArgs, const QByteArray& stdinData,
                                         const CancelToken& cancel);

    bool m_sudo = false;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
    QString m_helper;
    Prompter* m_prompter = nullptr;
};

} // namespace ipcscope
