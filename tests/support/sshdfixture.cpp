// SPDX-License-Identifier: GPL-3.0-or-later
#include "sshdfixture.h"

#include "localport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <csignal>
#include <fcntl.h>
#include <sched.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>

namespace testssh {

namespace {

bool run(const QString& program, const QStringList& args, QString* error,
         QByteArray* out = nullptr) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = program + u' ' + args.join(u' ') + QStringLiteral(" failed: ") +
                 QString::fromLocal8Bit(p.readAllStandardError());
        return false;
    }
    if (out)
        *out = p.readAllStandardOutput();
    return true;
}

qint64 parentOf(qint64 pid) {
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so start after the last ')'.
    const qsizetype close = stat.lastIndexOf(')');
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() : -1;
}

QList<qint64> childrenOf(qint64 parent) {
    QList<qint64> result;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString& e : entries) {
        bool ok = false;
        const qint64 pid = e.toLongLong(&ok);
        if (ok && parentOf(pid) == parent)
            result.append(pid);
    }
    return result;
}

} // namespace

SshdFixture::SshdFixture()
    : SshdFixture(Options{}) {}

SshdFixture::SshdFixture(Options options)
    : m_options(std::move(options)) {}

SshdFixture::~SshdFixture() {
    stop();
    if (m_homeChanged) {
        qputenv("HOME", m_oldHome);
        if (m_hadAuthSock)
            qputenv("SSH_AUTH_SOCK", m_oldAuthSock);
        if (m_hadRemoteCache)
            qputenv("IPCSCOPE_REMOTE_CACHE", m_oldRemoteCache);
        else
            qunsetenv("IPCSCOPE_REMOTE_CACHE");
    }
}

QString SshdFixture::clientKeyPath() const {
    return m_dir.filePath(QStringLiteral("client_ed25519"));
}
QString SshdFixture::knownHostsPath() const {
    return m_dir.filePath(QStringLiteral("known_hosts"));
}
// sshd reads authorized_keys as the user who logs in: the file must be reachable for every user
// (the test's other users included), so it lives in a world-readable subdirectory.
static QString authorizedKeysPath(const QTemporaryDir& dir) {
    return dir.filePath(QStringLiteral("public/authorized_keys"));
}

QString SshdFixture::logPath() const {
    return m_dir.filePath(QStringLiteral("sshd.log"));
}

QString SshdFixture::logTail(int lines) const {
    QFile f(logPath());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QStringList all = QString::fromLocal8Bit(f.readAll()).split(u'\n');
    return all.mid(std::max<qsizetype>(0, all.size() - lines)).join(u'\n');
}

bool SshdFixture::generateKey(const QString& path, const QString& type, const QString& passphrase) {
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".pub"));
    return run(QStringLiteral("ssh-keygen"),
               {QStringLiteral("-q"), QStringLiteral("-t"), type, QStringLiteral("-N"), passphrase,
                QStringLiteral("-C"), QStringLiteral("ipcscope-test"), QStringLiteral("-f"), path},
               &m_error);
}

QString SshdFixture::hostKeyFingerprint() const {
    QString error;
    QByteArray out;
    if (!run(QStringLiteral("ssh-keygen"),
             {QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"),
              QStringLiteral("-f"), m_dir.filePath(QStringLiteral("host_ed25519.pub"))},
             &error, &out))
        return {};
    const QList<QByteArray> fields = out.split(' '); // "256 SHA256:… comment (ED25519)"
    return fields.size() > 1 ? QString::fromLatin1(fields.at(1)) : QString();
}

bool SshdFixture::writeConfig() {
    QStringList lines = {
        QStringLiteral("Port %1").arg(m_port),
        QStringLiteral("ListenAddress 127.0.0.1"),
        QStringLiteral("HostKey %1").arg(m_dir.filePath(QStringLiteral("host_ed25519"))),
        QStringLiteral("PidFile %1").arg(m_dir.filePath(QStringLiteral("sshd.pid"))),
        QStringLiteral("AuthorizedKeysFile %1").arg(authorizedKeysPath(m_dir)),
        QStringLiteral("StrictModes no"),
        QStringLiteral("UsePAM no"),
        QStringLiteral("PermitRootLogin yes"),
        QStringLiteral("PubkeyAuthentication yes"),
        QStringLiteral("PasswordAuthentication %1")
            .arg(m_options.passwordAuthentication ? QStringLiteral("yes") : QStringLiteral("no")),
        QStringLiteral("KbdInteractiveAuthentication no"),
        QStringLiteral("PermitEmptyPasswords no"),
        QStringLiteral("LogLevel VERBOSE"),
        // Benchmarks open 20 sessions at once.
        QStringLiteral("MaxStartups 100:30:200"),
        QStringLiteral("MaxSessions 100"),
        QStringLiteral("UseDNS no"),
    };
    if (m_options.sftp)
        lines << QStringLiteral("Subsystem sftp internal-sftp");
    // sshd takes the first value of a keyword: extra lines go first so that they can override.
    lines = m_options.extraConfig + lines;
    QFile f(m_dir.filePath(QStringLiteral("sshd_config")));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = QStringLiteral("cannot write sshd_config: ") + f.errorString();
        return false;
    }
    f.write(lines.join(u'\n').toUtf8() + '\n');
    return true;
}

bool SshdFixture::start() {
    if (isRunning())
        return true;
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    if (!QFile::exists(QStringLiteral("/usr/sbin/sshd"))) {
        m_error = QStringLiteral("/usr/sbin/sshd is not installed (package openssh-server)");
        return false;
    }
    QDir().mkpath(QStringLiteral("/run/sshd")); // sshd's privilege separation directory
    const QString hostKey = m_dir.filePath(QStringLiteral("host_ed25519"));
    if (!QFile::exists(hostKey) && !generateKey(hostKey, QStringLiteral("ed25519")))
        return false;
    if (!QFile::exists(clientKeyPath())) {
        if (!generateKey(clientKeyPath(), QStringLiteral("ed25519")))
            return false;
        // Traversable (not listable) for other users, who need to reach public/.
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                QFile::ExeGroup | QFile::ExeOther);
        QDir().mkpath(m_dir.filePath(QStringLiteral("public")));
        QFile::remove(authorizedKeysPath(m_dir));
        if (!QFile::copy(clientKeyPath() + QStringLiteral(".pub"), authorizedKeysPath(m_dir))) {
            m_error = QStringLiteral("cannot write authorized_keys");
            return false;
        }
        QFile known(knownHostsPath());
        known.open(QIODevice::WriteOnly | QIODevice::Truncate);
    }
    // A freshly closed port can be taken by someone else before sshd binds it: try a few.
    const bool keepPort = m_port != 0;
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (!keepPort)
            m_port = testns::freePort();
        if (m_port == 0) {
            m_error = QStringLiteral("no free port");
            return false;
        }
        if (!writeConfig())
            return false;
        if (launch())
            return true;
        if (keepPort)
            QThread::msleep(200); // the old listener's port may still be closing
    }
    return false;
}

bool SshdFixture::launch() {
    const QByteArray config = m_dir.filePath(QStringLiteral("sshd_config")).toLocal8Bit();
    const QByteArray log = logPath().toLocal8Bit();
    const pid_t pid = ::fork();
    if (pid < 0) {
        m_error = QStringLiteral("fork failed");
        return false;
    }
    if (pid == 0) {
        const int devnull = ::open("/dev/null", O_RDWR);
        if (devnull >= 0) {
            ::dup2(devnull, 0);
            ::dup2(devnull, 1);
        }
        if (m_options.privateIpc && ::unshare(CLONE_NEWIPC) != 0)
            ::_exit(126);
        ::execl("/usr/sbin/sshd", "/usr/sbin/sshd", "-D", "-f", config.constData(), "-E",
                log.constData(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    m_pid = pid;
    // Readiness: sshd accepts TCP connections once it listens. Not a timing assertion, a wait.
    for (int i = 0; i < 500; ++i) {
        int status = 0;
        if (::waitpid(pid, &status, WNOHANG) == pid) {
            m_pid = 0;
            QFile f(logPath());
            f.open(QIODevice::ReadOnly);
            m_error = QStringLiteral("sshd exited: ") + QString::fromLocal8Bit(f.readAll());
            return false;
        }
        if (testns::acceptsConnections(m_port))
            return true;
        QThread::msleep(20);
    }
    m_error = QStringLiteral("sshd did not start listening");
    stop();
    return false;
}

int SshdFixture::killSessions() {
    if (m_pid <= 0)
        return 0;
    // Collect the whole tree first, then kill it, so that nothing is re-parented in between.
    QList<qint64> tree;
    QList<qint64> todo = childrenOf(m_pid);
    while (!todo.isEmpty()) {
        const qint64 pid = todo.takeFirst();
        tree.append(pid);
        todo += childrenOf(pid);
    }
    for (qint64 pid : std::as_const(tree))
        ::kill(pid_t(pid), SIGKILL);
    // Reap what the listener does not (it reaps its direct children itself).
    return int(tree.size());
}

QList<qint64> SshdFixture::sessionPids() const {
    return m_pid > 0 ? childrenOf(m_pid) : QList<qint64>{};
}

void SshdFixture::stop() {
    if (m_pid <= 0)
        return;
    killSessions();
    ::kill(pid_t(m_pid), SIGTERM);
    int status = 0;
    ::waitpid(pid_t(m_pid), &status, 0);
    m_pid = 0;
}

bool SshdFixture::regenerateHostKey() {
    stop();
    if (!generateKey(m_dir.filePath(QStringLiteral("host_ed25519")), QStringLiteral("ed25519")))
        return false;
    return start();
}

bool SshdFixture::trustHostKey() {
    QFile pub(m_dir.filePath(QStringLiteral("host_ed25519.pub")));
    if (!pub.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> fields = pub.readAll().trimmed().split(' ');
    if (fields.size() < 2)
        return false;
    QFile known(knownHostsPath());
    if (!known.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    known.write("[127.0.0.1]:" + QByteArray::number(m_port) + ' ' + fields.at(0) + ' ' +
                fields.at(1) + '\n');
    return true;
}

QString SshdFixture::generateAuthorizedKey(const QString& name, const QString& passphrase) {
    const QString path = m_dir.filePath(name);
    if (!generateKey(path, QStringLiteral("ed25519"), passphrase))
        return {};
    QFile pub(path + QStringLiteral(".pub"));
    QFile keys(authorizedKeysPath(m_dir));
    if (!pub.open(QIODevice::ReadOnly) || !keys.open(QIODevice::WriteOnly | QIODevice::Append))
        return {};
    keys.write(pub.readAll());
    return path;
}

QString SshdFixture::generateUnauthorizedKey() {
    const QString path = m_dir.filePath(QStringLiteral("stranger_ed25519"));
    return generateKey(path, QStringLiteral("ed25519")) ? path : QString();
}

QString SshdFixture::remoteCacheDir() const {
    return m_dir.filePath(QStringLiteral("remote-cache"));
}

QString SshdFixture::usePrivateHome() {
    const QString home = m_dir.filePath(QStringLiteral("home"));
    QDir().mkpath(home);
    if (!m_homeChanged) {
        m_oldHome = qgetenv("HOME");
        m_hadAuthSock = qEnvironmentVariableIsSet("SSH_AUTH_SOCK");
        m_oldAuthSock = qgetenv("SSH_AUTH_SOCK");
        m_hadRemoteCache = qEnvironmentVariableIsSet("IPCSCOPE_REMOTE_CACHE");
        m_oldRemoteCache = qgetenv("IPCSCOPE_REMOTE_CACHE");
        m_homeChanged = true;
    }
    qputenv("HOME", home.toLocal8Bit());
    qunsetenv("SSH_AUTH_SOCK"); // no agent of the person running the tests
    qputenv("IPCSCOPE_REMOTE_CACHE", remoteCacheDir().toLocal8Bit());
    return home;
}

} // namespace testssh
