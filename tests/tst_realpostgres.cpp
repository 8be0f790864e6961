// SPDX-License-Identifier: GPL-3.0-or-later
// Real PostgreSQL 15 (Debian's, run as the postgres user) with a data directory, port and socket
// directory of the test's own, inside a private IPC and mount namespace with its own /dev/shm and
// dynamic_shared_memory_type=posix. While it runs, its System V interlock segment and its POSIX
// segments (/dev/shm/PostgreSQL.*) are in use; killed with SIGKILL (postmaster and children), they
// are orphaned — with /proc fully visible (own PID namespace) and on the machine's own /proc, where
// PID 1 may refuse its maps even to root (a partly hidden /proc). `clean --orphans --yes` removes
// exactly them, and PostgreSQL starts again.
#include "clireport.h"
#include "localport.h"
#include "privatenamespace.h"
#include "requireall.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <optional>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/wait.h>

using namespace Qt::StringLiterals;
using testns::PrivateNamespace;

namespace {

const QString kBin = u"/usr/lib/postgresql/15/bin"_s;

QByteArray procStat(qint64 pid) {
    QFile f(u"/proc/%1/stat"_s.arg(pid));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// "pid (comm) state ppid …": comm may hold spaces and parentheses, so split after the last ')'.
QList<QByteArray> statFields(const QByteArray& stat) {
    return stat.mid(stat.lastIndexOf(')') + 2).split(' ');
}

// Processes of the machine's PID namespace: (pid, comm, state, ppid).
struct ProcessEntry {
    qint64 pid = 0;
    QByteArray comm;
    QByteArray state;
    qint64 ppid = 0;
};

QList<ProcessEntry> machineProcesses() {
    QList<ProcessEntry> out;
    for (const QString& e : QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool isPid = false;
        const qint64 pid = e.toLongLong(&isPid);
        const QByteArray stat = isPid ? procStat(pid) : QByteArray();
        if (stat.isEmpty())
            continue;
        const QList<QByteArray> fields = statFields(stat);
        const qsizetype open = stat.indexOf('(');
        out.append({pid, stat.mid(open + 1, stat.lastIndexOf(')') - open - 1), fields.value(0),
                    fields.value(1).toLongLong()});
    }
    return out;
}

bool pidFileReady(const QString& path) {
    QFile f(path);
    // Line 8 of postmaster.pid is the postmaster's status: "ready" once it accepts connections.
    return f.open(QIODevice::ReadOnly) && f.readAll().split('\n').value(7).trimmed() == "ready";
}

// A PostgreSQL server of the test's own, started as the postgres user inside the namespace and
// ended by its pids (postmaster first, then its children) however the test ends.
class Postgres {
public:
    Postgres(const PrivateNamespace& ns, const QString& dir, uid_t uid, gid_t gid)
        : m_ns(ns)
        , m_dir(dir)
        , m_uid(uid)
        , m_gid(gid) {}
    ~Postgres() { kill(); }
    Postgres(const Postgres&) = delete;
    Postgres& operator=(const Postgres&) = delete;

    QString error() const { return m_error; }
    // The postmaster's pid as the namespace sees it, and its System V interlock segment's id.
    qint64 pid() const { return m_pid; }
    qint64 interlockSegment() const { return m_shmid; }

    bool start() {
        QFile::remove(pidFile()); // a killed postmaster leaves it behind
        m_process =
            m_ns.start(kBin + u"/postgres"_s,
                       {u"-D"_s, dataDir(), u"-c"_s, u"port=%1"_s.arg(m_port), u"-c"_s,
                        u"listen_addresses="_s, u"-c"_s, u"unix_socket_directories=%1"_s.arg(m_dir),
                        u"-c"_s, u"dynamic_shared_memory_type=posix"_s, u"-c"_s,
                        u"max_connections=10"_s, u"-c"_s, u"shared_buffers=16MB"_s},
                       int(m_uid), int(m_gid), logPath());
        if (!m_process) {
            m_error = u"nsenter could not start postgres"_s;
            return false;
        }
        if (!testns::waitFor(
                [&] { return pidFileReady(pidFile()) || m_process->waitForFinished(0); }) ||
            !pidFileReady(pidFile())) {
            m_error = u"PostgreSQL did not become ready:\n"_s + logTail();
            return false;
        }
        QFile f(pidFile());
        f.open(QIODevice::ReadOnly);
        const QList<QByteArray> lines = f.readAll().split('\n');
        m_pid = lines.value(0).trimmed().toLongLong();
        // Line 7: the interlock segment's key and id.
        m_shmid = lines.value(6).simplified().split(' ').value(1).toLongLong();
        // In the machine's PID namespace nsenter became the postmaster: kill() relies on it.
        if (m_ns.proc() == PrivateNamespace::Proc::Machine && m_pid != m_process->processId()) {
            m_error = u"the postmaster (pid %1) is not the process nsenter started (pid %2)"_s.arg(
                QString::number(m_pid), QString::number(m_process->processId()));
            return false;
        }
        return m_pid > 0;
    }

    // SIGKILL to the postmaster and its children, by their pids (a crash, the OOM killer);
    // returns once none of them exists any more.
    bool kill() {
        if (!m_process)
            return true;
        bool gone = false;
        // A pid of 0 or less would signal this test's own process group: never.
        if (m_ns.proc() == PrivateNamespace::Proc::Own) {
            if (m_pid > 0)
                m_ns.shell(u"kill -KILL %1 $(ps --ppid %1 -o pid=)"_s.arg(m_pid));
            m_process->waitForFinished(30000); // nsenter, which waited for the postmaster
            gone = testns::waitFor([&] {
                return m_ns.run(u"ps"_s, {u"-C"_s, u"postgres"_s, u"-o"_s, u"pid="_s})
                    .out.trimmed()
                    .isEmpty();
            });
        } else {
            // nsenter ran the postmaster in its own place: the QProcess is the postmaster.
            const qint64 postmaster = m_process->processId(); // 0 once it has ended
            QList<qint64> children;
            if (postmaster > 0) {
                for (const ProcessEntry& p : machineProcesses())
                    if (p.ppid == postmaster)
                        children << p.pid;
                ::kill(pid_t(postmaster), SIGKILL);
            }
            for (qint64 c : children)
                ::kill(pid_t(c), SIGKILL);
            m_process->waitForFinished(30000);
            // Orphaned children come to this process, the subreaper: reap them.
            gone = testns::waitFor([&] {
                bool all = true;
                for (qint64 c : children) {
                    const pid_t r = ::waitpid(pid_t(c), nullptr, WNOHANG);
                    all = all && (r == pid_t(c) || (r < 0 && procStat(c).isEmpty()));
                }
                return all;
            });
        }
        m_process.reset();
        if (!gone)
            m_error = u"the killed PostgreSQL processes did not go away"_s;
        return gone;
    }

    void setPort(int port) { m_port = port; }
    QString dataDir() const { return m_dir + u"/data"_s; }

    QString logTail() const {
        QFile f(logPath());
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QStringList all = QString::fromLocal8Bit(f.readAll()).split(u'\n');
        return all.mid(std::max<qsizetype>(0, all.size() - 8)).join(u'\n');
    }

private:
    QString pidFile() const { return dataDir() + u"/postmaster.pid"_s; }
    QString logPath() const { return m_dir + u"/postgres.log"_s; }

    const PrivateNamespace& m_ns;
    QString m_dir;
    uid_t m_uid;
    gid_t m_gid;
    int m_port = 5432;
    std::unique_ptr<QProcess> m_process;
    qint64 m_pid = 0;
    qint64 m_shmid = -1;
    QString m_error;
};

QStringList posixSegments(const PrivateNamespace& ns) {
    QStringList names;
    for (const QByteArray& line : ns.run(u"ls"_s, {u"/dev/shm"_s}).out.split('\n'))
        if (line.startsWith("PostgreSQL."))
            names << QString::fromLatin1(line);
    return names;
}

// Sentences for every object whose verdict is not the expected one.
QStringList wrongVerdicts(const QJsonObject& report, qint64 shmid, const QStringList& posix,
                          const QString& expected) {
    QList<QJsonObject> objects = {testns::objectWithId(report, u"shm"_s, shmid)};
    for (const QString& name : posix)
        objects << testns::objectWithName(report, u"posix_shm"_s, name);
    QStringList wrong;
    for (const QJsonObject& o : objects) {
        if (o.isEmpty())
            wrong << u"an object of PostgreSQL is missing from the report"_s;
        else if (o.value("verdict"_L1).toString() != expected ||
                 o.value("software"_L1).toString() != "postgresql"_L1)
            wrong << u"%1, expected %2 and software postgresql, has software %3"_s.arg(
                testns::describe(o), expected, o.value("software"_L1).toString());
    }
    return wrong;
}

} // namespace

class TestRealPostgres : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void killedServersObjectsAreOrphaned_data();
    void killedServersObjectsAreOrphaned();

private:
    QTemporaryDir m_dir;
    uid_t m_uid = 0;
    gid_t m_gid = 0;
};

void TestRealPostgres::initTestCase() {
    if (::geteuid() != 0)
        QSKIP("needs root: PostgreSQL runs as the postgres user, and the test makes namespaces");
    const passwd* pw = ::getpwnam("postgres");
    if (!QFile::exists(kBin + u"/postgres"_s) || !QFile::exists(kBin + u"/initdb"_s) || !pw)
        IPCSCOPE_SKIP_MISSING(
            "PostgreSQL 15 is not installed (Debian package postgresql; scripts/deps.sh test "
            "installs it)");
    for (const char* tool : {"unshare", "nsenter", "ps"})
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QSKIP(qPrintable(u"%1 is not installed (scripts/deps.sh test installs it)"_s.arg(
                QString::fromLatin1(tool))));
    m_uid = pw->pw_uid;
    m_gid = pw->pw_gid;
    // Killed postmasters' children are re-parented to this process, which reaps them.
    QCOMPARE(::prctl(PR_SET_CHILD_SUBREAPER, 1), 0);

    // postgres reaches its directory through ours; the data directory is its own.
    QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                            QFile::ExeGroup | QFile::ExeOther);
    QVERIFY(QDir(m_dir.path()).mkpath(u"data"_s));
    QVERIFY(::chown(qPrintable(m_dir.filePath(u"data"_s)), m_uid, m_gid) == 0);
    QVERIFY(::chown(qPrintable(m_dir.path()), 0, m_gid) == 0);
    QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                            QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                            QFile::ExeOther);
    // initdb runs a bootstrap server: in a namespace too, so that it leaves nothing on the machine.
    PrivateNamespace ns(PrivateNamespace::Proc::Own);
    QVERIFY2(ns.ready(), qPrintable(ns.errorString()));
    const std::unique_ptr<QProcess> initdb =
        ns.start(kBin + u"/initdb"_s,
                 {u"-D"_s, m_dir.filePath(u"data"_s), u"-A"_s, u"trust"_s, u"-U"_s, u"postgres"_s,
                  u"-E"_s, u"UTF8"_s, u"--locale=C"_s, u"--no-sync"_s, u"--no-instructions"_s},
                 int(m_uid), int(m_gid), m_dir.filePath(u"initdb.log"_s));
    QVERIFY(initdb);
    QVERIFY(initdb->waitForFinished(120000));
    QFile log(m_dir.filePath(u"initdb.log"_s));
    log.open(QIODevice::ReadOnly);
    QVERIFY2(initdb->exitStatus() == QProcess::NormalExit && initdb->exitCode() == 0,
             log.readAll().constData());
}

void TestRealPostgres::killedServersObjectsAreOrphaned_data() {
    QTest::addColumn<bool>("ownProc");
    QTest::newRow("with /proc fully visible (own PID namespace)") << true;
    QTest::newRow("on the machine's own /proc, where PID 1 may refuse its maps") << false;
}

void TestRealPostgres::killedServersObjectsAreOrphaned() {
    QFETCH(bool, ownProc);
    if (!ownProc) {
        for (const ProcessEntry& p : machineProcesses())
            if ((p.comm == "postgres" || p.comm == "postmaster") && p.state != "Z")
                QSKIP(qPrintable(
                    u"a PostgreSQL that this test did not start runs on this machine (pid %1): on "
                    "the machine's /proc it would count as the running PostgreSQL"_s.arg(p.pid)));
    }
    PrivateNamespace ns(ownProc ? PrivateNamespace::Proc::Own : PrivateNamespace::Proc::Machine);
    QVERIFY2(ns.ready(), qPrintable(ns.errorString()));
    Postgres pg(ns, m_dir.path(), m_uid, m_gid);
    pg.setPort(testns::freePort());
    QVERIFY2(pg.start(), qPrintable(pg.error()));
    const qint64 shmid = pg.interlockSegment();
    const QStringList posix = posixSegments(ns);
    QVERIFY2(!posix.isEmpty(), "PostgreSQL made no dynamic shared memory in /dev/shm");

    // Running: the segment is attached, the POSIX segments are mapped by its processes.
    const testns::CliJson running = testns::reportIn(ns);
    QVERIFY2(running.error.isEmpty(), qPrintable(running.error));
    QStringList wrong = wrongVerdicts(running.root, shmid, posix, u"in_use"_s);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));

    QVERIFY2(pg.kill(), qPrintable(pg.error()));
    const testns::CliJson killed = testns::reportIn(ns);
    QVERIFY2(killed.error.isEmpty(), qPrintable(killed.error));
    if (QFile maps(u"/proc/1/maps"_s); !ownProc && !maps.open(QIODevice::ReadOnly)) {
        // This machine's /proc really hides something: the report must have said so.
        QStringList codes;
        for (const QJsonValue& w : killed.root.value("warnings"_L1).toArray())
            codes << w.toObject().value("code"_L1).toString();
        QVERIFY2(codes.contains(u"maps_unreadable"_s), qPrintable(codes.join(u", "_s)));
        qInfo("PID 1 refuses its maps here: the report was made from a partly hidden /proc");
    }
    wrong = wrongVerdicts(killed.root, shmid, posix, u"orphaned"_s);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));

    // Cleaning up removes exactly the killed server's objects; PostgreSQL starts again.
    QTemporaryDir audit;
    const testns::CliJson clean = testns::cleanOrphansIn(ns, audit.filePath(u"audit.jsonl"_s));
    QVERIFY2(clean.error.isEmpty(), qPrintable(clean.error));
    QStringList removed;
    for (const QJsonValue& v :
         clean.root.value("outcome"_L1).toObject().value("items"_L1).toArray()) {
        const QJsonObject item = v.toObject();
        QCOMPARE(item.value("result"_L1).toString(), u"removed"_s);
        removed << (item.value("type"_L1).toString() == "shm"_L1
                        ? u"shm %1"_s.arg(item.value("id"_L1).toInteger())
                        : item.value("name"_L1).toString());
    }
    QStringList expected = posix;
    expected << u"shm %1"_s.arg(shmid);
    removed.sort();
    expected.sort();
    QCOMPARE(removed, expected);
    QVERIFY(posixSegments(ns).isEmpty());
    QVERIFY2(pg.start(), qPrintable(pg.error()));
}

QTEST_GUILESS_MAIN(TestRealPostgres)
#include "tst_realpostgres.moc"
