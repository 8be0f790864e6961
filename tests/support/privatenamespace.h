// SPDX-License-Identifier: GPL-3.0-or-later
// A private IPC and mount namespace with its own tmpfs /dev/shm (and /dev/mqueue where it exists),
// optionally with its own PID namespace and /proc, for integration tests that run real software
// (Apache, PostgreSQL) and the CLI under test side by side: they see only the test's objects, and
// the machine's objects and limits are never touched. A shell started by unshare holds the
// namespaces open while it waits on its stdin; commands join them with nsenter.
//
// Ending: closing the holder's stdin ends the shell. With its own PID namespace the shell is that
// namespace's init, so the kernel then kills every process in it (and the shell reaps orphans
// meanwhile, like an init). On the machine's PID namespace, processes started inside outlive the
// namespace: the test must end them by their pids.
#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QThread>

#include <csignal>
#include <functional>
#include <memory>
#include <unistd.h>

namespace testns {

struct Run {
    int exitCode = -1; // -1: crashed, killed or timed out
    QByteArray out;
    QByteArray err;
    bool ok() const { return exitCode == 0; }
};

// Polls `done` until it holds or `ms` passed: a wait for an observable event (a file, a port, a
// log line), never a fixed sleep.
inline bool waitFor(const std::function<bool()>& done, int ms = 30000) {
    QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(20);
    }
    return true;
}

class PrivateNamespace {
public:
    enum class Proc {
        Own,     // own PID namespace and /proc: every process visible, PID 1 is our shell
        Machine, // the machine's PID namespace and /proc (whatever it hides, e.g. PID 1's maps)
    };

    explicit PrivateNamespace(Proc proc)
        : m_proc(proc) {
        QStringList args = {QStringLiteral("--ipc"), QStringLiteral("--mount"),
                            QStringLiteral("--propagation"), QStringLiteral("private")};
        if (proc == Proc::Own)
            args << QStringLiteral("--pid") << QStringLiteral("--fork")
                 << QStringLiteral("--mount-proc");
        args << QStringLiteral("--") << QStringLiteral("bash") << QStringLiteral("-c")
             << QStringLiteral("mount -t tmpfs -o mode=1777 tmpfs /dev/shm && "
                               "{ [ ! -d /dev/mqueue ] || mount -t mqueue mqueue /dev/mqueue; } && "
                               "echo ready && read x");
        m_holder.start(QStringLiteral("unshare"), args);
        if (!m_holder.waitForStarted()) {
            m_error = QStringLiteral("unshare could not be started: ") + m_holder.errorString();
            return;
        }
        while (!m_holder.canReadLine() && m_holder.waitForReadyRead(30000)) {
        }
        if (!m_holder.readLine().startsWith("ready")) {
            m_error = QStringLiteral("unshare --ipc --mount did not give a namespace: ") +
                      QString::fromLocal8Bit(m_holder.readAllStandardError());
            return;
        }
        // With --fork the shell is unshare's only child; without, unshare became the shell.
        m_target = m_holder.processId();
        if (proc == Proc::Own) {
            QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(m_target));
            m_target = children.open(QIODevice::ReadOnly)
                           ? children.readAll().trimmed().split(' ').value(0).toLongLong()
                           : 0;
        }
        if (m_target <= 0) {
            m_error = QStringLiteral("the shell that holds the namespace was not found");
            return;
        }
        m_ready = true;
    }

    ~PrivateNamespace() {
        if (m_holder.state() == QProcess::NotRunning)
            return;
        m_holder.closeWriteChannel(); // `read` ends, the shell ends, and the namespaces with it
        if (!m_holder.waitForFinished(10000)) {
            if (m_target > 0 && m_target != m_holder.processId())
                ::kill(pid_t(m_target), SIGKILL);
            m_holder.kill();
            m_holder.waitForFinished(10000);
        }
    }

    PrivateNamespace(const PrivateNamespace&) = delete;
    PrivateNamespace& operator=(const PrivateNamespace&) = delete;

    bool ready() const { return m_ready; }
    QString errorString() const { return m_error; }
    Proc proc() const { return m_proc; }
    // The holder shell's pid as the machine sees it.
    qint64 holderPid() const { return m_target; }

    // nsenter arguments that put a program into the namespaces; uid/gid >= 0 switch user first.
    QStringList enter(const QString& program, const QStringList& args, int uid = -1,
                      int gid = -1) const {
        // --root and --wd: the holder's root and folder, not the mount namespace's own root, so
        // that a test inside a chroot (a fresh-machine check) stays inside it.
        QStringList a = {QStringLiteral("--target"), QString::number(m_target),
                         QStringLiteral("--ipc"),    QStringLiteral("--mount"),
                         QStringLiteral("--root"),   QStringLiteral("--wd")};
        if (m_proc == Proc::Own)
            a << QStringLiteral("--pid");
        if (gid >= 0)
            a << QStringLiteral("--setgid") << QString::number(gid);
        if (uid >= 0)
            a << QStringLiteral("--setuid") << QString::number(uid);
        return a << QStringLiteral("--") << program << args;
    }

    // Runs a program inside and waits for it.
    Run run(const QString& program, const QStringList& args,
            const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
            int timeoutMs = 120000) const {
        QProcess p;
        p.setProcessEnvironment(env);
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(QStringLiteral("nsenter"), enter(program, args));
        Run r;
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            r.err = "timed out: " + program.toLocal8Bit();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    Run shell(const QString& script) const {
        return run(QStringLiteral("sh"), {QStringLiteral("-c"), script});
    }

    // Starts a long-running program inside as uid/gid (-1: root), output to `log`. Without its
    // own PID namespace nsenter execs the program in place: the process's pid is the program's.
    std::unique_ptr<QProcess> start(const QString& program, const QStringList& args, int uid,
                                    int gid, const QString& log) const {
        auto p = std::make_unique<QProcess>();
        p->setStandardInputFile(QProcess::nullDevice());
        p->setStandardOutputFile(log, QIODevice::Append);
        p->setStandardErrorFile(log, QIODevice::Append);
        p->start(QStringLiteral("nsenter"), enter(program, args, uid, gid));
        if (!p->waitForStarted())
            return nullptr;
        return p;
    }

private:
    Proc m_proc;
    QProcess m_holder;
    qint64 m_target = 0;
    bool m_ready = false;
    QString m_error;
};

} // namespace testns
