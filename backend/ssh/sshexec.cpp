// SPDX-License-Identifier: GPL-3.0-or-later
#include "ssh/sshexec.h"

#include "core/logging.h"
#include "ssh/ssherror.h"
#include "ssh/sshsession.h"
#include "ssh/sshtr.h"
#include "transport/helpererror.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <libssh/libssh.h>

#include <poll.h>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

struct ChannelDeleter {
    void operator()(ssh_channel_struct* c) const {
        if (ssh_channel_is_open(c))
            ssh_channel_close(c);
        ssh_channel_free(c);
    }
};
using Channel = std::unique_ptr<ssh_channel_struct, ChannelDeleter>;

// Reads what is available on one stream without blocking, keeping at most `keep` bytes in
// `into` (the rest is read and dropped). Returns false on a broken connection.
bool drain(ssh_channel channel, bool isStderr, QByteArray& into, qint64 keep) {
    char buffer[64 * 1024];
    for (;;) {
        const int n = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, isStderr);
        if (n == SSH_ERROR)
            return false;
        if (n <= 0)
            return true;
        into.append(buffer,
                    qsizetype(std::min<qint64>(n, std::max<qint64>(0, keep - into.size()))));
        if (into.size() >= keep && !isStderr)
            return true; // over the limit: the caller stops
    }
}

// Runs a libssh step in non-blocking mode until it is done, so that a server that stops
// answering (frozen, or a network that drops packets) can be cancelled or times out. Returns
// SSH_AGAIN when cancelled or past the deadline.
template <typename Step>
int untilDone(ssh_session s, const CancelToken& cancel, const QDeadlineTimer& deadline, Step step) {
    ssh_set_blocking(s, 0);
    int rc = step();
    while (rc == SSH_AGAIN && !cancel.isCancelled() && !deadline.hasExpired()) {
        pollfd p{ssh_get_fd(s), POLLIN, 0};
        ::poll(&p, 1, 50);
        rc = step();
    }
    ssh_set_blocking(s, 1);
    return rc;
}

} // namespace

QByteArray shellQuote(const QByteArray& word) {
    QByteArray quoted = word;
    quoted.replace('\'', "'\\''");
    return '\'' + quoted + '\'';
}

Result<HelperOutput> execCommand(SshSession& session, const QByteArray& command,
                                 const ExecOptions& options, const CancelToken& cancel) {
    if (cancel.isCancelled())
        return cancelledError();
    ssh_session s = session.handle();
    if (!session.isConnected())
        return connectionLost(session.config().target(), u"not connected"_s);
    Channel channel(ssh_channel_new(s));
    if (!channel)
        return session.lastError(Tr::tr("opening a channel"));
    // Opening the channel and starting the command are round trips to the server.
    const int seconds = std::max(1, session.config().connectTimeoutSeconds);
    const QDeadlineTimer startDeadline(std::chrono::seconds{seconds});
    const auto failedStart = [&](int rc, const QString& step) -> Error {
        if (cancel.isCancelled())
            return cancelledError();
        if (rc == SSH_AGAIN)
            return timeoutError(session.config().target(), seconds, step);
        return session.lastError(step);
    };
    int rc = untilDone(s, cancel, startDeadline,
                       [&] { return ssh_channel_open_session(channel.get()); });
    if (rc != SSH_OK)
        return failedStart(rc, Tr::tr("opening a channel"));
    rc = untilDone(s, cancel, startDeadline,
                   [&] { return ssh_channel_request_exec(channel.get(), command.constData()); });
    if (rc != SSH_OK)
        return failedStart(rc, Tr::tr("starting a command"));

    // Stdin is small (a sudo password, a JSON request); a blocking write is fine.
    const QByteArray& in = options.stdinData;
    for (qsizetype written = 0; written < in.size();) {
        const int n = ssh_channel_write(channel.get(), in.constData() + written,
                                        uint32_t(in.size() - written));
        if (n == SSH_ERROR)
            return session.lastError(Tr::tr("sending data to a command"));
        written += n;
    }
    ssh_channel_send_eof(channel.get());

    HelperOutput output;
    QDeadlineTimer deadline = options.timeoutSeconds > 0
                                  ? QDeadlineTimer(std::chrono::seconds{options.timeoutSeconds})
                                  : QDeadlineTimer(QDeadlineTimer::Forever);
    for (;;) {
        if (cancel.isCancelled())
            return cancelledError(); // closing the channel ends the remote command
        if (deadline.hasExpired())
            return timeoutError(session.config().target(), options.timeoutSeconds,
                                QString::fromUtf8(command.left(80)));
        // Wait up to 100 ms for stdout, then look at stderr without waiting: the cancel flag is
        // seen ten times a second.
        rc = ssh_channel_poll_timeout(channel.get(), 100, 0);
        if (rc == SSH_ERROR)
            return connectionLost(session.config().target(), QString::fromUtf8(ssh_get_error(s)));
        // One byte beyond the limit proves it was passed.
        if (!drain(channel.get(), false, output.out, options.maxOutput + 1) ||
            !drain(channel.get(), true, output.err, kHelperStderrKept))
            return connectionLost(session.config().target(), QString::fromUtf8(ssh_get_error(s)));
        if (output.out.size() > options.maxOutput) {
            // Closing the channel (Channel's deleter) ends the remote command's output.
            qCWarning(lcSsh) << "command output passed" << options.maxOutput << "bytes, stopped";
            return helperOutputTooLarge(session.config().target(), options.maxOutput);
        }
        if (rc == SSH_EOF && ssh_channel_is_eof(channel.get())) {
            // stderr may still hold data after stdout's EOF.
            if (ssh_channel_poll(channel.get(), 1) > 0 &&
                !drain(channel.get(), true, output.err, kHelperStderrKept))
                return connectionLost(session.config().target(),
                                      QString::fromUtf8(ssh_get_error(s)));
            break;
        }
        if (!session.isConnected())
            return connectionLost(session.config().target(), u"disconnected"_s);
    }
    // The exit status arrives with or just after EOF; libssh waits for it (bounded by the
    // session timeout). A command killed by a signal has none.
    output.exitCode = ssh_channel_get_exit_status(channel.get());
    if (output.exitCode == -1 && !session.isConnected())
        return connectionLost(session.config().target(), QString::fromUtf8(ssh_get_error(s)));
    return output;
}

} // namespace ipcscope
