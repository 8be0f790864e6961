// SPDX-License-Identifier: GPL-3.0-or-later
// Real Apache httpd (Debian's apache2, `Mutex sysvsem`, mod_ssl with a session cache) in a private
// IPC, mount and PID namespace, with a configuration, ports, pid file and logs of the test's own:
// the outage of a restart loop, reproduced. Each start leaves one generation of IPC_PRIVATE sets
// behind when master and children are killed with SIGKILL; the report of ipcscope-cli must call
// exactly the killed starts' sets orphaned and the running start's sets in use — with traffic,
// after a graceful restart — and `clean --orphans --yes` must remove exactly those, leaving the
// running Apache working. Finally a semaphore table filled by leftovers keeps Apache from starting
// ("No space left on device: AH00023") until the orphans are cleaned.
// What Apache does (which process makes which set) is written down in docs/verdicts.md.
#include "clireport.h"
#include "localport.h"
#include "privatenamespace.h"
#include "requireall.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;
using testns::PrivateNamespace;

namespace {

const QString kApache = u"/usr/sbin/apache2"_s;
const QString kModules = u"/usr/lib/apache2/modules"_s;
constexpr int kKilledStarts = 3;

// The ids of the semaphore sets in the namespace, from its /proc/sysvipc/sem.
QList<qint64> semaphoreSets(const PrivateNamespace& ns) {
    QList<qint64> ids;
    const testns::Run r = ns.run(u"cat"_s, {u"/proc/sysvipc/sem"_s});
    const QList<QByteArray> lines = r.out.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0: the column titles
        const QList<QByteArray> fields = lines.at(i).simplified().split(' ');
        if (fields.size() > 1)
            ids.append(fields.at(1).toLongLong());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qint64> without(QList<qint64> ids, const QList<qint64>& removed) {
    ids.removeIf([&](qint64 id) { return removed.contains(id); });
    return ids;
}

QString idList(const QList<qint64>& ids) {
    QStringList s;
    for (qint64 id : ids)
        s << QString::number(id);
    return s.join(u", "_s);
}

// One `apache2 -k start`: the process that ran it (it parses the configuration, forks the master
// and exits), the master, and the sets that appeared meanwhile.
struct Start {
    qint64 starter = 0;
    qint64 master = 0;
    QList<qint64> sets;
};

// An Apache with a configuration of its own in a temporary directory: two ports on 127.0.0.1
// (plain HTTP and HTTPS, so that prefork serialises accept() with a mutex), the pid file, logs
// and runtime files beside it. Everything it runs runs in the namespace.
class Apache {
public:
    Apache(const PrivateNamespace& ns, const QString& tlsDir, const QString& mpm)
        : m_ns(ns) {
        // The children run as www-data and read the document root.
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                QFile::ReadGroup | QFile::ExeGroup |
                                                QFile::ReadOther | QFile::ExeOther);
        QDir(m_dir.path()).mkpath(u"htdocs"_s);
        QDir(m_dir.path()).mkpath(u"run"_s);
        QFile index(m_dir.filePath(u"htdocs/index.html"_s));
        if (index.open(QIODevice::WriteOnly))
            index.write("It works.\n");
        m_httpPort = testns::freePort();
        do
            m_httpsPort = testns::freePort();
        while (m_httpsPort == m_httpPort);
        const QString m = m_dir.path();
        const QStringList lines = {
            u"ServerRoot %1"_s.arg(m),
            u"ServerName 127.0.0.1"_s,
            u"LoadModule mpm_%1_module %2/mod_mpm_%1.so"_s.arg(mpm, kModules),
            u"LoadModule authz_core_module %1/mod_authz_core.so"_s.arg(kModules),
            u"LoadModule socache_shmcb_module %1/mod_socache_shmcb.so"_s.arg(kModules),
            u"LoadModule ssl_module %1/mod_ssl.so"_s.arg(kModules),
            u"User www-data"_s,
            u"Group www-data"_s,
            u"Listen 127.0.0.1:%1"_s.arg(m_httpPort),
            u"Listen 127.0.0.1:%1"_s.arg(m_httpsPort),
            u"PidFile %1/run/httpd.pid"_s.arg(m),
            u"DefaultRuntimeDir %1/run"_s.arg(m),
            u"ErrorLog %1/error.log"_s.arg(m),
            u"LogLevel notice"_s,
            // The subject: every mutex a System V semaphore set, as in the outage.
            u"Mutex sysvsem default"_s,
            u"DocumentRoot %1/htdocs"_s.arg(m),
            u"StartServers 2"_s,
            u"SSLSessionCache shmcb:%1/run/ssl_scache(512000)"_s.arg(m),
            u"<VirtualHost 127.0.0.1:%1>"_s.arg(m_httpsPort),
            u"SSLEngine on"_s,
            u"SSLCertificateFile %1/cert.pem"_s.arg(tlsDir),
            u"SSLCertificateKeyFile %1/key.pem"_s.arg(tlsDir),
            u"</VirtualHost>"_s,
        };
        QFile conf(configPath());
        if (conf.open(QIODevice::WriteOnly))
            conf.write(lines.join(u'\n').toUtf8() + '\n');
    }

    QString configPath() const { return m_dir.filePath(u"httpd.conf"_s); }
    QString error() const { return m_error; }

    // `apache2 -k start` as an init script runs it; returns once the master says it runs.
    std::optional<Start> start() {
        const QList<qint64> before = semaphoreSets(m_ns);
        QFile::remove(pidFile()); // a killed master leaves its pid file behind
        const int ready = readyLines();
        const testns::Run r = run(u"start"_s);
        if (!r.ok()) {
            m_error = u"apache2 -k start failed (exit %1): %2\n%3"_s.arg(r.exitCode)
                          .arg(QString::fromLocal8Bit(r.err), errorLogTail());
            return std::nullopt;
        }
        if (!testns::waitFor([&] { return readyLines() > ready && masterPid() > 0; })) {
            m_error = u"Apache did not say that it runs:\n"_s + errorLogTail();
            return std::nullopt;
        }
        Start s;
        s.starter = r.out.split('\n').value(0).toLongLong();
        s.master = masterPid();
        s.sets = without(semaphoreSets(m_ns), before);
        return s;
    }

    // A start that is expected to fail: what it said on stderr and in the error log.
    testns::Run failingStart() {
        QFile::remove(pidFile());
        testns::Run r = run(u"start"_s);
        QFile f(m_dir.filePath(u"error.log"_s));
        if (f.open(QIODevice::ReadOnly))
            r.err += f.readAll();
        return r;
    }

    // `apache2 -k graceful`: the master re-reads its configuration; returns once it says it runs.
    bool graceful() {
        const int ready = readyLines();
        const testns::Run r = run(u"graceful"_s);
        if (!r.ok() || !testns::waitFor([&] { return readyLines() > ready; })) {
            m_error = u"the graceful restart failed: %1\n%2"_s.arg(QString::fromLocal8Bit(r.err),
                                                                   errorLogTail());
            return false;
        }
        return true;
    }

    // A few requests over HTTP and HTTPS: the children take the accept and session cache mutexes.
    bool serve(int requests) {
        for (int i = 0; i < requests; ++i) {
            for (const QString& url : {u"http://127.0.0.1:%1/index.html"_s.arg(m_httpPort),
                                       u"https://127.0.0.1:%1/index.html"_s.arg(m_httpsPort)}) {
                QProcess curl;
                curl.start(u"curl"_s,
                           {u"--silent"_s, u"--insecure"_s, u"--max-time"_s, u"10"_s, u"--output"_s,
                            u"/dev/null"_s, u"--write-out"_s, u"%{http_code}"_s, url});
                if (!curl.waitForFinished(20000) || curl.readAllStandardOutput() != "200") {
                    curl.kill();
                    curl.waitForFinished();
                    m_error = u"%1 was not answered with 200 OK:\n"_s.arg(url) + errorLogTail();
                    return false;
                }
            }
        }
        return true;
    }

    // SIGKILL to the master and its children, by their pids, as the OOM killer or a
    // `systemctl kill -s KILL` would; returns once none of them exists any more.
    bool killAll() {
        const qint64 master = masterPid();
        if (master <= 0) { // "kill 0" would hit this test's own process group
            m_error = u"no Apache master to kill (its pid file gave %1)"_s.arg(master);
            return false;
        }
        const testns::Run r = m_ns.shell(
            u"kill -KILL %1 $(ps --ppid %1 -o pid= -o comm= | awk '$2==\"apache2\"{print $1}')"_s
                .arg(master));
        const bool gone = testns::waitFor([&] {
            return m_ns.run(u"ps"_s, {u"-C"_s, u"apache2"_s, u"-o"_s, u"pid="_s})
                .out.trimmed()
                .isEmpty();
        });
        if (!r.ok() || !gone) {
            m_error = u"could not kill Apache (master %1): %2"_s.arg(master).arg(
                QString::fromLocal8Bit(r.err));
            return false;
        }
        return true;
    }

    QString errorLogTail() const {
        QFile f(m_dir.filePath(u"error.log"_s));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QStringList all = QString::fromLocal8Bit(f.readAll()).split(u'\n');
        all.removeIf([](const QString& line) { return line.contains("[ssl:warn]"_L1); });
        return all.mid(std::max<qsizetype>(0, all.size() - 6)).join(u'\n');
    }

private:
    QString pidFile() const { return m_dir.filePath(u"run/httpd.pid"_s); }

    qint64 masterPid() const {
        QFile f(pidFile());
        return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toLongLong() : 0;
    }

    // "… configured -- resuming normal operations" (AH00163 prefork, AH00489 event): once per
    // start and graceful restart, when the master's new generation is set up.
    int readyLines() const {
        QFile f(m_dir.filePath(u"error.log"_s));
        return f.open(QIODevice::ReadOnly)
                   ? int(f.readAll().count("configured -- resuming normal operations"))
                   : 0;
    }

    // Prints the pid of the apache2 process that does the work (the shell execs it).
    testns::Run run(const QString& command) const {
        return m_ns.shell(u"echo $$; exec %1 -f %2 -k %3"_s.arg(kApache, configPath(), command));
    }

    const PrivateNamespace& m_ns;
    QTemporaryDir m_dir;
    int m_httpPort = 0;
    int m_httpsPort = 0;
    QString m_error;
};

// The set's entry in the helper's snapshot.
QJsonObject snapshotSet(const QJsonObject& snapshot, qint64 id) {
    for (const QJsonValue& v : snapshot.value("semaphores"_L1).toArray())
        if (v.toObject().value("id"_L1).toInteger(-1) == id)
            return v.toObject();
    return {};
}

qint64 lastPid(const QJsonObject& set) {
    return set.value("sems"_L1).toArray().at(0).toObject().value("pid"_L1).toInteger();
}

QString clock(double unixSeconds) {
    return QDateTime::fromMSecsSinceEpoch(qint64(unixSeconds * 1000), Qt::UTC)
        .toString(u"HH:mm:ss.zzz"_s);
}

// What the snapshot shows about the starts and their sets, for a failure message: the creation
// and operation times, the last pids and whether they run, and the master's start.
QString evidence(const PrivateNamespace& ns, const QList<Start>& starts) {
    const testns::CliJson snapshot = testns::cliJson(ns, {u"snapshot"_s});
    QStringList out;
    for (const QJsonValue& v : snapshot.root.value("programs"_L1).toArray()) {
        const QJsonObject p = v.toObject();
        if (p.value("comm"_L1).toString() == "apache2"_L1)
            out << u"apache2 uid %1: %2 running, oldest pid %3 started %4"_s.arg(
                QString::number(p.value("uid"_L1).toInteger()),
                QString::number(p.value("count"_L1).toInteger()),
                QString::number(p.value("oldest_pid"_L1).toInteger()),
                clock(p.value("oldest_start"_L1).toDouble()));
    }
    for (qsizetype i = 0; i < starts.size(); ++i)
        out << u"start %1: apache2 -k start was pid %2, master %3, sets %4"_s.arg(
            QString::number(i + 1), QString::number(starts.at(i).starter),
            QString::number(starts.at(i).master), idList(starts.at(i).sets));
    QHash<qint64, QJsonObject> processes;
    for (const QJsonValue& v : snapshot.root.value("processes"_L1).toArray())
        processes.insert(v.toObject().value("pid"_L1).toInteger(), v.toObject());
    for (const QJsonValue& v : snapshot.root.value("semaphores"_L1).toArray()) {
        const QJsonObject set = v.toObject();
        const qint64 pid = lastPid(set);
        const QJsonObject p = processes.value(pid);
        out << u"set %1: ctime %2, otime %3, pid %4 %5 (parent %6)"_s.arg(
            QString::number(set.value("id"_L1).toInteger()),
            clock(set.value("ctime"_L1).toDouble()),
            set.value("otime"_L1).toInteger() ? clock(set.value("otime"_L1).toDouble())
                                              : u"never"_s,
            QString::number(pid), p.value("alive"_L1).toBool() ? u"alive"_s : u"gone"_s,
            QString::number(p.value("ppid"_L1).toInteger()));
    }
    return out.join(u'\n');
}

// Sentences for every object whose verdict is not the expected one.
QStringList wrongVerdicts(const QJsonObject& report, const QList<qint64>& ids,
                          const QString& expected, const QString& what) {
    QStringList wrong;
    for (qint64 id : ids) {
        const QJsonObject o = testns::objectWithId(report, u"sem"_s, id);
        if (o.isEmpty())
            wrong << u"%1 set %2 is missing from the report"_s.arg(what).arg(id);
        else if (o.value("verdict"_L1).toString() != expected ||
                 o.value("software"_L1).toString() != "apache"_L1)
            wrong << u"%1 %2, expected %3 and software apache, is %4 (software %5)"_s.arg(
                what, testns::describe(o), expected, o.value("verdict"_L1).toString(),
                o.value("software"_L1).toString());
    }
    return wrong;
}

} // namespace

class TestRealApache : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void restartLoopLeavesOnlyTheRunningStartsSetsInUse_data();
    void restartLoopLeavesOnlyTheRunningStartsSetsInUse();
    void aFullSemaphoreTableKeepsApacheDownUntilTheOrphansAreCleaned();

private:
    QTemporaryDir m_tls;
};

void TestRealApache::initTestCase() {
    if (::geteuid() != 0)
        QSKIP("needs root: Apache switches to www-data, and the test makes IPC and PID namespaces");
    if (!QFile::exists(kApache) || !QFile::exists(kModules + u"/mod_ssl.so"_s))
        IPCSCOPE_SKIP_MISSING(
            "Apache httpd is not installed (Debian package apache2; scripts/deps.sh test "
            "installs it)");
    for (const char* tool : {"curl", "openssl", "unshare", "nsenter", "ps"})
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QSKIP(qPrintable(u"%1 is not installed (scripts/deps.sh test installs it)"_s.arg(
                QString::fromLatin1(tool))));
    PrivateNamespace ns(PrivateNamespace::Proc::Own);
    QVERIFY2(ns.ready(), qPrintable(ns.errorString()));
    // A self-signed certificate for the HTTPS port, readable by the root master only.
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                   u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                   u"/CN=127.0.0.1"_s, u"-keyout"_s, m_tls.filePath(u"key.pem"_s), u"-out"_s,
                   m_tls.filePath(u"cert.pem"_s)});
    QVERIFY(openssl.waitForFinished(60000));
    QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
}

void TestRealApache::restartLoopLeavesOnlyTheRunningStartsSetsInUse_data() {
    QTest::addColumn<QString>("mpm");
    QTest::addColumn<bool>("traffic");
    QTest::addColumn<bool>("graceful");
    QTest::newRow("prefork: the sets of three killed starts are orphaned, the running start's "
                  "are in use")
        << u"prefork"_s << false << false;
    QTest::newRow("event: the one set of each killed start is orphaned, the running start's is "
                  "in use")
        << u"event"_s << false << false;
    QTest::newRow("prefork with traffic: the pids of dead children do not keep a killed start's "
                  "sets, live children keep the running start's")
        << u"prefork"_s << true << false;
    QTest::newRow("prefork after a graceful restart: the new accept mutex and the start's "
                  "session cache mutex are the running Apache's")
        << u"prefork"_s << true << true;
    QTest::newRow("event after a graceful restart: the session cache mutex of the running start "
                  "stays in use")
        << u"event"_s << true << true;
}

void TestRealApache::restartLoopLeavesOnlyTheRunningStartsSetsInUse() {
    QFETCH(QString, mpm);
    QFETCH(bool, traffic);
    QFETCH(bool, graceful);
    PrivateNamespace ns(PrivateNamespace::Proc::Own);
    QVERIFY2(ns.ready(), qPrintable(ns.errorString()));
    Apache apache(ns, m_tls.path(), mpm);

    // The restart loop: starts killed with SIGKILL within seconds, then one that keeps running.
    QList<qint64> killed;
    QList<Start> starts;
    for (int i = 0; i < kKilledStarts; ++i) {
        const std::optional<Start> s = apache.start();
        QVERIFY2(s, qPrintable(apache.error()));
        // One burst per start: the session cache mutex (made by the process that ran `apache2 -k
        // start`, before it forks the master) and, with prefork, the accept mutex of the master.
        QCOMPARE(s->sets.size(), mpm == "prefork"_L1 ? 2 : 1);
        QVERIFY(s->starter != s->master);
        if (i == 0) {
            const testns::CliJson snapshot = testns::cliJson(ns, {u"snapshot"_s});
            QVERIFY2(snapshot.error.isEmpty(), qPrintable(snapshot.error));
            int byStarter = 0;
            for (qint64 id : s->sets) {
                const QJsonObject set = snapshotSet(snapshot.root, id);
                if (lastPid(set) == s->starter && set.value("otime"_L1).toInteger() == 0)
                    ++byStarter;
            }
            QVERIFY2(byStarter == 1, "the session cache mutex names the starting process");
        }
        if (traffic)
            QVERIFY2(apache.serve(3), qPrintable(apache.error()));
        QVERIFY2(apache.killAll(), qPrintable(apache.error()));
        killed += s->sets;
        starts << *s;
    }
    const std::optional<Start> running = apache.start();
    QVERIFY2(running, qPrintable(apache.error()));
    starts << *running;
    if (traffic)
        QVERIFY2(apache.serve(3), qPrintable(apache.error()));
    if (graceful) {
        QVERIFY2(apache.graceful(), qPrintable(apache.error()));
        if (traffic)
            QVERIFY2(apache.serve(3), qPrintable(apache.error()));
    }
    const QList<qint64> runningSets = without(semaphoreSets(ns), killed);
    if (graceful && mpm == "prefork"_L1) {
        // The master replaced its accept mutex; the session cache mutex is the start's.
        QCOMPARE(runningSets.size(), 2);
        QCOMPARE(without(runningSets, running->sets).size(), 1);
    } else {
        QCOMPARE(runningSets, running->sets);
    }

    const testns::CliJson report = testns::reportIn(ns);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    const QStringList wrong =
        wrongVerdicts(report.root, killed, u"orphaned"_s, u"killed start's"_s) +
        wrongVerdicts(report.root, runningSets, u"in_use"_s, u"running start's"_s);
    if (!wrong.isEmpty())
        qWarning().noquote() << wrong.join(u'\n') + u"\n"_s + evidence(ns, starts);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));

    // Cleaning up the orphans removes exactly the killed starts' sets ...
    QTemporaryDir audit;
    const testns::CliJson clean = testns::cleanOrphansIn(ns, audit.filePath(u"audit.jsonl"_s));
    QVERIFY2(clean.error.isEmpty(), qPrintable(clean.error));
    QList<qint64> removed;
    for (const QJsonValue& v :
         clean.root.value("outcome"_L1).toObject().value("items"_L1).toArray()) {
        const QJsonObject item = v.toObject();
        QCOMPARE(item.value("type"_L1).toString(), u"sem"_s);
        QCOMPARE(item.value("result"_L1).toString(), u"removed"_s);
        removed << item.value("id"_L1).toInteger();
    }
    std::sort(removed.begin(), removed.end());
    std::sort(killed.begin(), killed.end());
    QVERIFY2(removed == killed, qPrintable(u"removed %1, the killed starts' sets are %2"_s.arg(
                                    idList(removed), idList(killed))));
    QCOMPARE(semaphoreSets(ns), runningSets);
    // ... and the running Apache keeps working: it answers, restarts gracefully and answers.
    QVERIFY2(apache.serve(2), qPrintable(apache.error()));
    QVERIFY2(apache.graceful(), qPrintable(apache.error()));
    QVERIFY2(apache.serve(2), qPrintable(apache.error()));
}

void TestRealApache::aFullSemaphoreTableKeepsApacheDownUntilTheOrphansAreCleaned() {
    PrivateNamespace ns(PrivateNamespace::Proc::Own);
    QVERIFY2(ns.ready(), qPrintable(ns.errorString()));
    Apache apache(ns, m_tls.path(), u"prefork"_s);
    for (int i = 0; i < kKilledStarts; ++i) {
        QVERIFY2(apache.start(), qPrintable(apache.error()));
        QVERIFY2(apache.killAll(), qPrintable(apache.error()));
    }
    const QList<qint64> leftovers = semaphoreSets(ns);
    QCOMPARE(leftovers.size(), 2 * kKilledStarts);

    // SEMMNI (the fourth field of kernel.sem) of the namespace: exactly the sets there are.
    const testns::Run limit = ns.shell(
        u"set -- $(cat /proc/sys/kernel/sem) && echo \"$1 $2 $3 %1\" > /proc/sys/kernel/sem"_s.arg(
            leftovers.size()));
    QVERIFY2(limit.ok(), limit.err.constData());
    const testns::Run failed = apache.failingStart();
    QVERIFY(failed.exitCode != 0);
    QVERIFY2(failed.err.contains("No space left on device: AH00023"), failed.err.constData());

    const testns::CliJson report = testns::reportIn(ns);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    const QStringList wrong =
        wrongVerdicts(report.root, leftovers, u"orphaned"_s, u"killed start's"_s);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));

    QTemporaryDir audit;
    const testns::CliJson clean = testns::cleanOrphansIn(ns, audit.filePath(u"audit.jsonl"_s));
    QVERIFY2(clean.error.isEmpty(), qPrintable(clean.error));
    QCOMPARE(clean.root.value("outcome"_L1).toObject().value("items"_L1).toArray().size(),
             leftovers.size());
    QVERIFY(semaphoreSets(ns).isEmpty());

    // With the table free again, Apache starts (under the same low limit) and serves.
    const std::optional<Start> s = apache.start();
    QVERIFY2(s, qPrintable(apache.error()));
    QVERIFY2(apache.serve(1), qPrintable(apache.error()));
    const testns::CliJson after = testns::reportIn(ns);
    QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
    const QStringList wrongAfter =
        wrongVerdicts(after.root, s->sets, u"in_use"_s, u"restarted Apache's"_s);
    QVERIFY2(wrongAfter.isEmpty(), qPrintable(wrongAfter.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestRealApache)
#include "tst_realapache.moc"
