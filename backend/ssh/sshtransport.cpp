// SPDX-License-Identifier: GPL-3.0-or-later
#include "ssh/sshtransport.h"

#include "core/logging.h"
#include "model/snapshotparser.h"
#include "ssh/agentless.h"
#include "ssh/hostkeys.h"
#include "ssh/secret.h"
#include "ssh/sshauth.h"
#include "ssh/ssherror.h"
#include "ssh/sshexec.h"
#include "ssh/sshsession.h"
#include "ssh/sshtr.h"
#include "transport/helpererror.h"
#include "transport/prompter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

bool sudoWantsPassword(const QByteArray& err) {
    return err.contains("a password is required") || err.contains("a terminal is required");
}

bool sudoRejectedPassword(const QByteArray& err) {
    return err.contains("incorrect password") || err.contains("Sorry, try again") ||
           err.contains("no password was provided");
}

} // namespace

SshTransport::SshTransport(const HostConfig& config)
    : m_config(config) {}

SshTransport::~SshTransport() {
    close();
}

void SshTransport::setRemoteCacheDir(const QString& dir) {
    const QString helper = m_deployer.localHelper();
    m_deployer = HelperDeployer(dir);
    m_deployer.setLocalHelper(helper);
}

void SshTransport::setLocalHelper(const QString& path) {
    m_deployer.setLocalHelper(path);
}

QString SshTransport::describe() const {
    if (m_session && !m_session->user().isEmpty())
        return u"%1@%2:%3"_s.arg(m_session->user(), m_config.host).arg(m_session->port());
    return m_config.target();
}

bool SshTransport::isOpen() const {
    return m_open && m_session && m_session->isConnected();
}

Result<bool> SshTransport::open(Prompter* prompter, const CancelToken& cancel) {
    close();
    m_prompter = prompter;
    m_session = std::make_unique<SshSession>(m_config);
    // Each step is a separate blocking phase; the token is looked at between them and inside.
    // Each reports its stage as it starts, so that a failure is known to belong to it.
    reportStage(ConnectionStage::Connecting);
    if (auto r = m_session->connect(cancel); !r)
        return r;
    reportStage(ConnectionStage::HostKey);
    if (auto r = verifyHostKey(*m_session, prompter, cancel); !r) {
        close();
        return r;
    }
    if (cancel.isCancelled()) {
        close();
        return cancelledError();
    }
    reportStage(ConnectionStage::Login);
    auto login = authenticate(*m_session, prompter, cancel);
    if (!login) {
        close();
        return login.error();
    }
    m_login = login.value().describe(m_session->user());
    reportStage(ConnectionStage::Helper);
    auto deployed = m_deployer.deploy(*m_session, m_config.agentless, cancel);
    if (!deployed) {
        close();
        return deployed.error();
    }
    m_deployment = deployed.value();
    if (!m_deployment.useHelper)
        qCInfo(lcSsh) << "agentless mode for" << m_config.target() << ":"
                      << m_deployment.fallbackReason;
    m_open = true;
    return true;
}

void SshTransport::close() {
    m_open = false;
    m_session.reset();
}

TransportCapabilities SshTransport::capabilities() const {
    TransportCapabilities caps;
    caps.fullDetail = m_deployment.useHelper;
    caps.canModify = m_deployment.useHelper;
    caps.elevated = m_deployment.useHelper && (m_config.sudo || m_deployment.uid == 0);
    caps.login = m_login;
    return caps;
}

Elevation SshTransport::elevation() const {
    if (m_deployment.uid == 0)
        return Elevation::AlreadyRoot; // root logins need no sudo; the hash is still checked
    return m_config.sudo ? Elevation::Sudo : Elevation::None;
}

Error SshTransport::noHelperError() const {
    return {Error::Kind::HelperFailed,
            Tr::tr("The helper cannot run on %1, so only the reduced read is possible there (no "
                   "cleanup, no limit changes).")
                .arg(m_config.target()),
            m_deployment.fallbackReason};
}

Result<HelperOutput> SshTransport::runHelper(const QStringList& args, const QByteArray& stdinData,
                                             const CancelToken& cancel) {
    if (!isOpen())
        return connectionLost(m_config.target(), u"not connected"_s);
    if (!m_deployment.useHelper)
        return noHelperError();
    auto result = execHelper(args, stdinData, cancel);
    if (result && result.value().exitCode == HelperDeployer::kHashMismatchExit &&
        result.value().err.contains("does not match its checksum")) {
        // Someone changed the file since it was deployed: put ours back once, then run again.
        qCWarning(lcSsh) << "remote helper changed since deployment, deploying again";
        auto redeployed = m_deployer.deploy(*m_session, false, cancel);
        if (!redeployed)
            return redeployed.error();
        m_deployment = redeployed.value();
        if (!m_deployment.useHelper)
            return noHelperError();
        result = execHelper(args, stdinData, cancel);
    }
    if (!result && result.error().kind == Error::Kind::ConnectionLost)
        close();
    return result;
}

Result<HelperOutput> SshTransport::execHelper(const QStringList& args, const QByteArray& stdinData,
                                              const CancelToken& cancel) {
    const Elevation how = elevation();
    auto result = execCommand(*m_session, HelperDeployer::helperCommand(m_deployment, args, how),
                              {stdinData, 0, outputLimit()}, cancel);
    if (!result)
        return result;
    const HelperOutput& out = result.value();
    if (how == Elevation::Sudo && out.exitCode != 0 && sudoWantsPassword(out.err))
        return execWithSudoPassword(args, stdinData, cancel);
    if (how == Elevation::Sudo && out.exitCode == 127 && out.err.contains("sudo"))
        return Error{Error::Kind::HelperFailed,
                     Tr::tr("sudo is not installed on %1, so administrator mode cannot work there. "
                            "Install sudo, or log in as root.")
                         .arg(m_config.target()),
                     QString::fromUtf8(out.err)};
    if (how == Elevation::Sudo && out.err.contains("not in the sudoers"))
        return Error{Error::Kind::PermissionDenied,
                     Tr::tr("%1 may not use sudo on %2, so administrator mode cannot work there.")
                         .arg(m_session->user(), m_config.target()),
                     QString::fromUtf8(out.err)};
    if (out.exitCode == 126 || out.exitCode == 127) {
        // The deployed helper could run at open(); now it cannot (remounted, removed).
        m_deployment.useHelper = false;
        m_deployment.fallbackReason = u"the helper could no longer be started (%1)"_s.arg(
            QString::fromUtf8(out.err.trimmed()));
        return Error{Error::Kind::HelperFailed,
                     Tr::tr("The helper could not be started on %1. The next refresh uses the "
                            "reduced read.")
                         .arg(m_config.target()),
                     QString::fromUtf8(out.err)};
    }
    return result;
}

Result<HelperOutput> SshTransport::execWithSudoPassword(const QStringList& args,
                                                        const QByteArray& stdinData,
                                                        const CancelToken& cancel) {
    if (!m_prompter)
        return Error{
            Error::Kind::PermissionDenied,
            Tr::tr("sudo on %1 needs a password and nobody can be asked for it here. Allow "
                   "the command without a password, or run interactively.")
                .arg(m_config.target()),
            {}};
    // The session's prompter remembers the password (session/sessionprompter.h): asked once per
    // session, and again only after sudo refused it. Three tries, as sudo itself allows.
    const QString question =
        Tr::tr("Password of %1 for sudo on %2:").arg(m_session->user(), m_config.host);
    Result<HelperOutput> result = cancelledError();
    for (int attempt = 0; attempt < 3; ++attempt) {
        std::optional<QString> password = m_prompter->secret(
            Prompter::SecretKind::SudoPassword, attempt == 0 ? question
                                                             : Tr::tr("sudo did not accept the "
                                                                      "password. %1")
                                                                   .arg(question));
        if (!password)
            return attempt == 0 ? cancelledError() : sudoRefusedPassword(result);
        // The password goes on stdin (first line, read by sudo -S), never on a command line;
        // the helper reads the rest.
        QByteArray input = password->toUtf8() + '\n' + stdinData;
        wipe(password);
        result = execCommand(
            *m_session, HelperDeployer::helperCommand(m_deployment, args, Elevation::SudoPassword),
            {input, 0, outputLimit()}, cancel);
        wipe(input);
        if (!result || result.value().exitCode == 0 || !sudoRejectedPassword(result.value().err))
            return result;
        m_prompter->secretRejected(Prompter::SecretKind::SudoPassword);
    }
    return sudoRefusedPassword(result);
}

Error SshTransport::sudoRefusedPassword(const Result<HelperOutput>& last) const {
    return Error{Error::Kind::PermissionDenied,
                 Tr::tr("sudo on %1 did not accept the password.").arg(m_config.target()),
                 last ? QString::fromUtf8(last.value().err) : last.error().detail};
}

Result<Snapshot> SshTransport::snapshot(const CancelToken& cancel) {
    if (!isOpen())
        return connectionLost(m_config.target(), u"not connected"_s);
    reportStage(ConnectionStage::Reading);
    if (m_deployment.useHelper) {
        auto out = runHelper({u"snapshot"_s}, {}, cancel);
        if (out) {
            if (out.value().exitCode != 0)
                return helperFailure(describe(), out.value());
            return parseSnapshot(out.value().out);
        }
        if (m_deployment.useHelper || out.error().kind != Error::Kind::HelperFailed)
            return out.error();
        // The helper stopped being runnable: fall through to the reduced read.
    }
    auto result = agentlessSnapshot(*m_session, m_deployment.fallbackReason, cancel);
    if (!result && result.error().kind == Error::Kind::ConnectionLost)
        close();
    return result;
}

} // namespace ipcscope
