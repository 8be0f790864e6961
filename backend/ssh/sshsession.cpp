// SPDX-License-Identifier: GPL-3.0-or-later
#include "ssh/sshsession.h"

#include "core/logging.h"
#include "ssh/ssherror.h"
#include "ssh/sshtr.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>

#include <libssh/libssh.h>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace ipcscope {

QString sshUserDir() {
    return QDir::homePath() + u"/.ssh"_s;
}

SshSession::SshSession(HostConfig config)
    : m_config(std::move(config)) {}

SshSession::~SshSession() {
    disconnect();
}

bool SshSession::isConnected() const {
    return m_session && ssh_is_connected(m_session);
}

void SshSession::disconnect() {
    if (!m_session)
        return;
    if (ssh_is_connected(m_session))
        ssh_disconnect(m_session);
    ssh_free(m_session);
    m_session = nullptr;
}

Error SshSession::lastError(const QString& what) const {
    const QString detail = m_session ? QString::fromUtf8(ssh_get_error(m_session)) : QString();
    if (m_session && !ssh_is_connected(m_session))
        return connectionLost(m_config.target(), what + u": "_s + detail);
    return {Error::Kind::Generic,
            Tr::tr("The SSH connection to %1 failed while %2. The technical detail says why.")
                .arg(m_config.target(), what),
            detail};
}

Result<bool> SshSession::applyOptions() {
    ssh_session s = m_session;
    const QByteArray sshDir = sshUserDir().toLocal8Bit();
    const QByteArray host = m_config.host.toUtf8();
    const QByteArray user = m_config.user.toUtf8();
    const unsigned int port = unsigned(m_config.port);
    const long timeout = m_config.connectTimeoutSeconds > 0 ? m_config.connectTimeoutSeconds : 10;

    // Explicit values that must win over ~/.ssh/config are set before parsing (libssh does not
    // override user and port set earlier) and again afterwards (it does override HostName-like
    // and timeout settings).
    auto applyExplicit = [&]() {
        ssh_options_set(s, SSH_OPTIONS_SSH_DIR, sshDir.constData());
        if (!user.isEmpty())
            ssh_options_set(s, SSH_OPTIONS_USER, user.constData());
        if (port != 0)
            ssh_options_set(s, SSH_OPTIONS_PORT, &port);
        ssh_options_set(s, SSH_OPTIONS_TIMEOUT, &timeout);
    };

    if (ssh_options_set(s, SSH_OPTIONS_HOST, host.constData()) != SSH_OK)
        return Error{Error::Kind::HostNotFound,
                     Tr::tr("\"%1\" is not a valid host name.").arg(m_config.host),
                     QString::fromUtf8(ssh_get_error(s))};
    applyExplicit();

    // ~/.ssh/config of the person (resolves Host aliases); /etc/ssh/ssh_config as OpenSSH does.
    const QByteArray userConfig = (sshUserDir() + u"/config"_s).toLocal8Bit();
    if (QFile::exists(QString::fromLocal8Bit(userConfig)) &&
        ssh_options_parse_config(s, userConfig.constData()) != SSH_OK)
        return Error{Error::Kind::Generic,
                     Tr::tr("~/.ssh/config could not be read. Fix the file or move it away, then "
                            "connect again."),
                     QString::fromUtf8(ssh_get_error(s))};
    if (QFile::exists(u"/etc/ssh/ssh_config"_s))
        ssh_options_parse_config(s, "/etc/ssh/ssh_config");
    applyExplicit();

    if (!m_config.identityFile.isEmpty()) {
        // Tried first among the key files (libssh prepends SSH_OPTIONS_IDENTITY).
        const QByteArray identity = QDir::cleanPath(m_config.identityFile).toLocal8Bit();
        ssh_options_set(s, SSH_OPTIONS_IDENTITY, identity.constData());
    }

    m_knownHosts = m_config.knownHostsFile.isEmpty() ? sshUserDir() + u"/known_hosts"_s
                                                     : m_config.knownHostsFile;
    const QByteArray knownHosts = m_knownHosts.toLocal8Bit();
    ssh_options_set(s, SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData());
    // libssh answers "known" for *every* key when strict checking is off (as a ~/.ssh/config
    // "StrictHostKeyChecking no" would set it), which would silently accept a changed key. The
    // decision is ours (hostkeys.cpp), so libssh must always report the truth.
    int strict = 1;
    ssh_options_set(s, SSH_OPTIONS_STRICTHOSTKEYCHECK, &strict);

    // Snapshots can be megabytes of JSON that compresses well; level 1 keeps it cheap.
    ssh_options_set(s, SSH_OPTIONS_COMPRESSION, "yes");
    int level = 1;
    ssh_options_set(s, SSH_OPTIONS_COMPRESSION_LEVEL, &level);
    int yes = 1;
    ssh_options_set(s, SSH_OPTIONS_NODELAY, &yes);

    readEffectiveOptions();
    return true;
}

void SshSession::readEffectiveOptions() {
    ssh_session s = m_session;
    char* value = nullptr;
    if (ssh_options_get(s, SSH_OPTIONS_USER, &value) == SSH_OK) {
        m_user = QString::fromUtf8(value);
        ssh_string_free_char(value);
    }
    if (ssh_options_get(s, SSH_OPTIONS_HOST, &value) == SSH_OK) {
        m_hostName = QString::fromUtf8(value);
        ssh_string_free_char(value);
    }
    unsigned int effectivePort = 22;
    if (ssh_options_get_port(s, &effectivePort) == SSH_OK)
        m_port = int(effectivePort);
}

// TCP keepalive: a server that vanishes (power cut, cable) is noticed by the kernel instead of
// leaving a session that waits forever. libssh 0.10 has no SSH-level keepalive option.
void SshSession::tuneSocket() {
    const socket_t fd = ssh_get_fd(m_session);
    if (fd < 0)
        return;
    int on = 1, idle = 30, interval = 10, count = 3;
    setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on);
    setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle);
    setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &interval, sizeof interval);
    setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &count, sizeof count);
}

Result<bool> SshSession::connect(const CancelToken& cancel) {
    disconnect();
    m_session = ssh_new();
    if (!m_session)
        return Error{
            Error::Kind::Generic, Tr::tr("The SSH library could not start a session."), {}};
    if (auto r = applyOptions(); !r)
        return r;
    qCDebug(lcSsh) << "connecting to" << m_hostName << m_port << "as" << m_user;

    // Non-blocking connect, so that the wait can be cancelled and bounded by our own deadline
    // (name resolution itself is a blocking getaddrinfo() inside libssh).
    const int seconds = m_config.connectTimeoutSeconds > 0 ? m_config.connectTimeoutSeconds : 10;
    QDeadlineTimer deadline(std::chrono::seconds{seconds});
    ssh_set_blocking(m_session, 0);
    int rc = SSH_AGAIN;
    for (;;) {
        rc = ssh_connect(m_session);
        if (rc != SSH_AGAIN)
            break;
        if (cancel.isCancelled()) {
            disconnect();
            return cancelledError();
        }
        if (deadline.hasExpired()) {
            disconnect();
            return timeoutError(m_config.target(), seconds);
        }
        const socket_t fd = ssh_get_fd(m_session);
        pollfd p{fd, POLLIN, 0};
        if (fd >= 0) {
            // Until the TCP handshake completes, writability is what we wait for.
            sockaddr_storage peer{};
            socklen_t len = sizeof peer;
            if (getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &len) != 0)
                p.events |= POLLOUT;
            ::poll(&p, 1, int(std::min<qint64>(50, deadline.remainingTime())));
        } else {
            ::poll(nullptr, 0, 5);
        }
    }
    if (rc != SSH_OK) {
        const QString message = QString::fromUtf8(ssh_get_error(m_session));
        disconnect();
        return connectError(m_config.target(), message);
    }
    ssh_set_blocking(m_session, 1);
    readEffectiveOptions(); // libssh fills in the local user name while connecting
    tuneSocket();
    return true;
}

} // namespace ipcscope
