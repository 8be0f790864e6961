// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/localtransport.h"

#include "core/logging.h"
#include "transport/helpererror.h"
#include "transport/helperlocator.h"
#include "transport/prompter.h"
#include "transport/transporttr.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

// How often a running helper is checked for cancellation and its deadline.
constexpr int kPollMs = 50;
// How long a stopped process gets to end after SIGTERM before SIGKILL.
constexpr int kGraceMs = 2000;

template <typename Bytes>
void wipe(Bytes& secret) {
    secret.fill(typename Bytes::value_type{});
    secret.clear();
}

void stop(QProcess& process) {
    process.terminate(); // sudo relays SIGTERM to the helper; SIGKILL would leave it running
    if (!process.waitForFinished(kGraceMs)) {
        process.kill();
        process.waitForFinished(kGraceMs);
    }
}

bool sudoWantsPassword(const HelperOutput& output) {
    // sudo runs with LC_ALL=C, so this is its English message.
    return output.exitCode != 0 && output.err.contains("password is required");
}

Error sudoRefused(const HelperOutput& output) {
    const QString reason = QString::fromUtf8(output.err).trimmed();
    return Error{
        Error::Kind::PermissionDenied,
        Tr::tr("sudo refused to run the helper as root: %1. Check the password, or that "
               "your account may use sudo; or turn administrator mode off.")
            .arg(reason.isEmpty() ? Tr::tr("no reason given") : reason.section(u'\n', 0, 0)),
        u"sudo exit code %1: %2"_s.arg(output.exitCode).arg(reason)};
}

} // namespace

LocalTransport::LocalTransport(bool sudo)
    : m_sudo(sudo) {}

QString LocalTransport::describe() const {
    return Tr::tr("local machine");
}

bool LocalTransport::needsSudo() const {
    return m_sudo && geteuid() != 0;
}

TransportCapabilities LocalTransport::capabilities() const {
    TransportCapabilities caps;
    caps.elevated = m_sudo || geteuid() == 0;
    return caps;
}

Result<bool> LocalTransport::locate() {
    if (m_helper.isEmpty())
        m_helper = locateHelper();
    if (m_helper.isEmpty()) {
        const QStringList paths = helperSearchPaths();
        return Error{Error::Kind::HelperFailed,
                     Tr::tr("IPC Scope's helper program was not found (looked for %1). Reinstall "
                            "IPC Scope, or set IPCSCOPE_HELPER to the helper's path.")
                         .arg(paths.join(u", "_s)),
                     u"helper not found in: %1"_s.arg(paths.join(u", "_s))};
    }
    const QFileInfo info(m_helper);
    if (!info.isFile() || !info.isExecutable()) {
        const QString path = m_helper;
        m_helper.clear(); // look again next time: it may be installed meanwhile
        return Error{Error::Kind::HelperFailed,
                     Tr::tr("IPC Scope's helper program %1 is missing or not executable. Reinstall "
                            "IPC Scope, or set IPCSCOPE_HELPER to the helper's path.")
                         .arg(path),
                     u"not an executable file: %1"_s.arg(path)};
    }
    return true;
}

Result<bool> LocalTransport::open(Prompter* prompter, const CancelToken& cancel) {
    m_prompter = prompter;
    if (Result<bool> located = locate(); !located)
        return located;
    if (!needsSudo())
        return true;

    // Administrator mode: find out now whether sudo needs a password, so the person is asked
    // while connecting rather than in the middle of a refresh.
    Result<HelperOutput> probe = run(u"sudo"_s, {u"-n"_s, u"true"_s}, {}, {}, cancel);
    if (!probe)
        return probe.error();
    if (probe.value().exitCode == 0)
        return true;
    if (!sudoWantsPassword(probe.value()))
        return sudoRefused(probe.value());
    // Validate the password once (sudo -v); later runs use sudo -n while sudo's own timestamp
    // allows it, and ask again only when it does not.
    Result<HelperOutput> validated = runWithPassword({}, {}, cancel);
    if (!validated)
        return validated.error();
    if (validated.value().exitCode != 0)
        return sudoRefused(validated.value());
    return true;
}

void LocalTransport::close() {
    // Nothing stays open between runs; the prompter may go away after close().
    m_prompter = nullptr;
}

Result<HelperOutput> LocalTransport::runHelper(const QStringList& args, const QByteArray& stdinData,
                                               const CancelToken& cancel) {
    return runHelperStreaming(args, stdinData, cancel, {});
}

Result<HelperOutput> LocalTransport::runHelperStreaming(const QStringList& args,
                                                        const QByteArray& stdinData,
                                                        const CancelToken& cancel,
                                                        const OutputProgress& progress) {
    if (Result<bool> located = locate(); !located)
        return located.error();
    if (!needsSudo())
        return run(m_helper, args, {}, stdinData, cancel, progress);

    Result<HelperOutput> output = run(u"sudo"_s, QStringList{u"-n"_s, u"--"_s, m_helper} + args, {},
                                      stdinData, cancel, progress);
    // sudo -n that wants a password prints nothing on stdout, so progress has seen nothing yet;
    // the run with the password is handed over whole.
    if (output && sudoWantsPassword(output.value()))
        return runWithPassword(args, stdinData, cancel);
    return output;
}

// With empty helperArgs this only validates the password (sudo -v).
Result<HelperOutput> LocalTransport::runWithPassword(const QStringList& helperArgs,
                                                     const QByteArray& stdinData,
                                                     const CancelToken& cancel) {
    if (!m_prompter) {
        return Error{
            Error::Kind::PermissionDenied,
            Tr::tr("Administrator mode needs the sudo password, and nobody can be asked for "
                   "it here. Run as root, allow sudo without a password for the helper, or "
                   "turn administrator mode off."),
            u"sudo: a password is required; no prompter"_s};
    }
    std::optional<QString> password = m_prompter->secret(
        Prompter::SecretKind::SudoPassword,
        Tr::tr("Administrator mode on the local machine: the password of %1 for sudo")
            .arg(qEnvironmentVariable("USER", QString::number(getuid()))));
    if (!password)
        return Error{Error::Kind::Cancelled, Tr::tr("Cancelled: no sudo password was given."), {}};
    QByteArray line = password->toUtf8() + '\n';
    wipe(*password);
    // -S reads the password from stdin (one line) and hands the rest to the helper; -p '' keeps
    // sudo's prompt out of the helper's stderr.
    const QStringList args =
        helperArgs.isEmpty()
            ? QStringList{u"-S"_s, u"-p"_s, QString(), u"-v"_s}
            : QStringList{u"-S"_s, u"-p"_s, QString(), u"--"_s, m_helper} + helperArgs;
    Result<HelperOutput> output = run(u"sudo"_s, args, line, stdinData, cancel);
    wipe(line);
    if (output && !helperArgs.isEmpty() && output.value().exitCode != 0 &&
        output.value().err.contains("incorrect password"))
        return sudoRefused(output.value());
    return output;
}

Result<HelperOutput> LocalTransport::run(const QString& program, const QStringList& args,
                                         const QByteArray& secretLine, const QByteArray& stdinData,
                                         const CancelToken& cancel,
                                         const OutputProgress& progress) {
    if (cancel.isCancelled())
        return Error{Error::Kind::Cancelled, Tr::tr("Cancelled."), {}};

    QString executable = program;
    QProcess process;
    if (program == "sudo"_L1) {
        executable = QStandardPaths::findExecutable(program);
        if (executable.isEmpty()) {
            return Error{
                Error::Kind::NotSupported,
                Tr::tr("Administrator mode needs sudo, which is not installed. Install it, "
                       "run IPC Scope as root, or turn administrator mode off."),
                u"sudo not found in PATH"_s};
        }
        // sudo's messages are recognised in English.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LC_ALL"_s, u"C"_s);
        process.setProcessEnvironment(env);
    }
    process.setProgram(executable);
    process.setArguments(args); // an argument vector: no shell ever sees them
    qCDebug(lcTransport) << "running" << executable << args;
    process.start(QIODevice::ReadWrite);
    if (!process.waitForStarted(-1)) {
        return Error{Error::Kind::HelperFailed,
                     Tr::tr("%1 could not be started: %2. Check that it exists and is executable.")
                         .arg(executable, process.errorString()),
                     process.errorString()};
    }
    if (!secretLine.isEmpty())
        process.write(secretLine);
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();

    // No event loop on the worker: wait in slices and check cancellation and the deadline.
    // Standard output is moved into one buffer as it arrives: QProcess keeps what it reads in
    // chunks, and a 12 MB snapshot left there would be copied again (and its memory touched
    // twice) by readAllStandardOutput().
    HelperOutput output;
    const qint64 limit = outputLimit();
    bool tooLarge = false;
    bool stopRequested = false;
    const auto drain = [&] {
        // Standard error: the first part is kept, the rest read and dropped.
        const QByteArray err = process.readAllStandardError();
        output.err.append(err.left(std::max<qsizetype>(0, kHelperStderrKept - output.err.size())));
        qint64 available = process.bytesAvailable();
        if (available <= 0)
            return;
        const qsizetype at = output.out.size();
        if (at + available > limit) {
            tooLarge = true;
            available = limit - at + 1; // one byte beyond the limit proves it was passed
        }
        if (output.out.capacity() < at + available)
            output.out.reserve(std::min<qint64>(
                std::max<qsizetype>(2 * output.out.capacity(), at + available), limit + 1));
        output.out.resize(at + available);
        const qint64 got = process.read(output.out.data() + at, available);
        output.out.resize(at + std::max<qint64>(got, 0));
        if (progress && got > 0 && !tooLarge && !progress(output.out))
            stopRequested = true;
    };
    const QDeadlineTimer deadline(m_timeout);
    while (process.state() != QProcess::NotRunning) {
        if (cancel.isCancelled()) {
            stop(process);
            return Error{Error::Kind::Cancelled, Tr::tr("Cancelled."), {}};
        }
        if (tooLarge) {
            stop(process);
            return helperOutputTooLarge(describe(), limit);
        }
        if (stopRequested) {
            stop(process);
            output.stoppedEarly = true;
            output.exitCode = -1;
            return output;
        }
        if (deadline.hasExpired()) {
            stop(process);
            const int seconds = int((m_timeout.count() + 999) / 1000);
            return Error{
                Error::Kind::Timeout,
                Tr::tr("The helper did not finish within %n second(s) and was stopped. The "
                       "machine may be very busy; try again.",
                       nullptr, seconds),
                u"timeout after %1 ms: %2 %3"_s.arg(m_timeout.count())
                    .arg(executable, args.join(u' '))};
        }
        if (!process.waitForReadyRead(kPollMs) && process.state() != QProcess::NotRunning)
            process.waitForFinished(kPollMs); // no output for a while, or none to come
        drain(); // standard error may have come without standard output
    }
    drain();
    if (tooLarge)
        return helperOutputTooLarge(describe(), limit);
    if (stopRequested) {
        output.stoppedEarly = true;
        output.exitCode = -1;
        return output;
    }

    output.exitCode = process.exitCode();
    if (process.exitStatus() == QProcess::CrashExit) {
        return Error{
            Error::Kind::HelperFailed,
            Tr::tr("The helper (%1) crashed. Please report this with the technical details.")
                .arg(describe()),
            u"%1 ended by signal %2; stderr: %3"_s.arg(executable)
                .arg(output.exitCode)
                .arg(QString::fromUtf8(output.err).trimmed())};
    }
    return output;
}

} // namespace ipcscope
