// SPDX-License-Identifier: GPL-3.0-or-later
// A process in an IPC namespace of its own (`unshare --ipc`, like a container's) that creates
// System V objects there with python3: `setCount` semaphore sets of 2 semaphores with keys
// keyBase, keyBase+1, … (each operated on once, so its last-operation pid is the creator) and one
// 4 KiB segment with key keyBase+1000. With `Holds::Objects` the creator stays alive with the
// segment attached (and, with its own /dev/shm, a mapped POSIX object "ns-held"); with
// `Holds::NamespaceOnly` it exits and a `cat` keeps the namespace alive, so the objects are a
// killed process's leftovers. The holder ends when this object is destroyed (stdin closed, then
// killed by its pid).
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryFile>

#include <csignal>
#include <sys/stat.h>

namespace testns {

class IpcNamespaceHolder {
public:
    enum class Holds { Objects, NamespaceOnly };

    // `semmni` > 0: the namespace's SEMMNI is set to it first (a container whose limit fills up).
    IpcNamespaceHolder(Holds holds, int keyBase, int setCount, bool ownShm = false,
                       int semmni = 0) {
        if (!m_script.open()) {
            m_error = QStringLiteral("no temporary file for the script");
            return;
        }
        m_script.write(Script);
        m_script.flush();
        const QString py =
            QStringLiteral("python3 %1 %2 %3 %4")
                .arg(m_script.fileName(),
                     holds == Holds::Objects ? QStringLiteral("hold") : QStringLiteral("leave"))
                .arg(keyBase)
                .arg(setCount) +
            (ownShm ? QStringLiteral(" posix") : QString());
        QString shell =
            ownShm ? QStringLiteral("mount -t tmpfs -o mode=1777 tmpfs /dev/shm && ") : QString();
        if (semmni > 0)
            shell += QStringLiteral("echo '250 32000 32 %1' >/proc/sys/kernel/sem && ").arg(semmni);
        shell += holds == Holds::Objects ? QStringLiteral("exec ") + py
                                         : py + QStringLiteral(" && echo ready && exec cat");
        QStringList args = {QStringLiteral("--ipc")};
        if (ownShm)
            args << QStringLiteral("--mount") << QStringLiteral("--propagation")
                 << QStringLiteral("private");
        args << QStringLiteral("--") << QStringLiteral("sh") << QStringLiteral("-c") << shell;
        m_process.start(QStringLiteral("unshare"), args);
        if (!m_process.waitForStarted()) {
            m_error = QStringLiteral("unshare could not be started");
            return;
        }
        while (!m_process.canReadLine() && m_process.waitForReadyRead(30000)) {
        }
        const QByteArray line = m_process.readLine();
        if (!line.startsWith("ready")) {
            m_error = QStringLiteral("the namespace holder did not start: ") +
                      QString::fromLocal8Bit(line + m_process.readAllStandardError());
            return;
        }
        struct stat st {};
        const QByteArray ns = "/proc/" + QByteArray::number(m_process.processId()) + "/ns/ipc";
        if (::stat(ns.constData(), &st) != 0) {
            m_error = QStringLiteral("the holder's IPC namespace is not readable");
            return;
        }
        m_ns = quint64(st.st_ino);
    }

    ~IpcNamespaceHolder() {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000)) {
            ::kill(pid_t(m_process.processId()), SIGKILL);
            m_process.waitForFinished(5000);
        }
    }

    IpcNamespaceHolder(const IpcNamespaceHolder&) = delete;
    IpcNamespaceHolder& operator=(const IpcNamespaceHolder&) = delete;

    bool ready() const { return m_ns != 0; }
    QString errorString() const { return m_error; }
    // The inode of the namespace (the snapshot's namespace id).
    quint64 ns() const { return m_ns; }
    // The holding process (with Holds::Objects also the creator of the objects).
    qint64 pid() const { return m_process.processId(); }

    // Runs `program` inside the namespace (nsenter --ipc); its standard output, and whether it
    // exited with 0 in `ok`.
    QByteArray run(const QString& program, const QStringList& args, bool* ok = nullptr) const {
        QProcess p;
        p.start(QStringLiteral("nsenter"),
                QStringList{QStringLiteral("--target"), QString::number(pid()),
                            QStringLiteral("--ipc"), program} +
                    args);
        const bool finished = p.waitForFinished(10000);
        if (ok)
            *ok = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        return p.readAllStandardOutput();
    }

private:
    static constexpr const char* Script = R"(import ctypes, mmap, os, sys
libc = ctypes.CDLL(None, use_errno=True)
libc.shmat.restype = ctypes.c_void_p
libc.shmat.argtypes = [ctypes.c_int, ctypes.c_void_p, ctypes.c_int]
class SemBuf(ctypes.Structure):
    _fields_ = [("num", ctypes.c_ushort), ("op", ctypes.c_short), ("flg", ctypes.c_short)]
mode, base, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
for i in range(count):
    sid = libc.semget(base + i, 2, 0o1600)
    if sid < 0 or libc.semop(sid, ctypes.byref(SemBuf(0, 1, 0)), 1) != 0:
        sys.exit("semget/semop failed: %d" % ctypes.get_errno())
shm = libc.shmget(base + 1000, 4096, 0o1600)
if shm < 0 or libc.shmat(shm, None, 0) in (None, ctypes.c_void_p(-1).value):
    sys.exit("shmget/shmat failed: %d" % ctypes.get_errno())
held = None
if mode == "hold" and sys.argv[4:] == ["posix"]:  # only on the namespace's own /dev/shm
    fd = os.open("/dev/shm/ns-held", os.O_RDWR | os.O_CREAT, 0o600)
    os.ftruncate(fd, 4096)
    held = mmap.mmap(fd, 4096)
if mode == "hold":
    print("ready", flush=True)
    sys.stdin.read()
)";

    QTemporaryFile m_script;
    QProcess m_process;
    QString m_error;
    quint64 m_ns = 0;
};

} // namespace testns
