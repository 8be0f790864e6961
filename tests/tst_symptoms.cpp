// SPDX-License-Identifier: GPL-3.0-or-later
// `ipcscope-helper symptoms` on log trees in the real formats (tests/data/logs/): which lines
// match which signature, the times parsed from Apache, PostgreSQL, syslog and ISO stamps,
// unreadable logs reported (read by an unprivileged user), and the backend's parser and its
// matcher agreeing with the helper.
#include "diagnosis/signatures.h"
#include "diagnosis/symptoms.h"
#include "requireall.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace ipcscope;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

Run runHelper(const QStringList& args, const QStringList& prefix = {}) {
    QProcess p;
    QStringList all = prefix;
    all << QStringLiteral(IPCSCOPE_HELPER_PATH);
    all << args;
    const QString program = all.takeFirst();
    p.start(program, all);
    Run r;
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

SymptomScan scanOf(const QString& logRoot, const QStringList& prefix = {}) {
    const Run r = runHelper({u"symptoms"_s, u"--log-root"_s, logRoot}, prefix);
    if (r.exitCode != 0)
        qFatal("helper symptoms failed: %s", r.err.constData());
    Result<SymptomScan> scan = parseSymptoms(r.out);
    if (!scan.ok())
        qFatal("symptoms do not parse: %s", qPrintable(scan.error().detail));
    return scan.value();
}

QString fixtureRoot() {
    return QFileInfo(QFINDTESTDATA("data/logs/crashed/var/log/syslog")).absoluteDir().path() +
           u"/../.."_s;
}

} // namespace

class TestSymptoms : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        // Apache and syslog stamps are local time; the expected seconds below are for UTC.
        qputenv("TZ", "UTC");
    }

    void helperFindsEachSignatureInItsLog_data() {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("signature");
        QTest::addColumn<QString>("timeText");
        QTest::addColumn<qint64>("time");
        QTest::newRow("Apache 2.4 error.log: AH00023 ssl-cache mutex at its microsecond stamp")
            << u"/var/log/apache2/error.log"_s << u"apache_mutex_create"_s
            << u"Mon Nov 23 12:47:44.123456 2026"_s << qint64(1795438064);
        QTest::newRow("Apache 2.4 error.log: AH00144 accept mutex")
            << u"/var/log/apache2/error.log"_s << u"apache_accept_mutex"_s
            << u"Mon Nov 23 12:40:11.004217 2026"_s << qint64(1795437611);
        QTest::newRow("PostgreSQL log: could not create semaphores with its UTC stamp")
            << u"/var/log/postgresql/postgresql-15-main.log"_s << u"postgresql_semaphores"_s
            << u"2026-11-23 12:50:01.420 UTC"_s << qint64(1795438201);
        QTest::newRow("PostgreSQL log: could not create shared memory segment")
            << u"/var/log/postgresql/postgresql-15-main.log"_s << u"postgresql_shared_memory"_s
            << u"2026-11-23 12:52:30.001 UTC"_s << qint64(1795438350);
        QTest::newRow("PostgreSQL log: semctl IPC_RMID failed after RemoveIPC")
            << u"/var/log/postgresql/postgresql-15-main.log"_s << u"semctl_rmid_failed"_s
            << u"2026-11-23 12:55:03.877 UTC"_s << qint64(1795438503);
        QTest::newRow("syslog: apachectl's copy of AH00023 at the syslog stamp")
            << u"/var/log/syslog"_s << u"apache_mutex_create"_s << u"Nov 23 12:47:44"_s
            << qint64(1795438064);
        QTest::newRow("syslog: semget No space left on device")
            << u"/var/log/syslog"_s << u"semget_no_space"_s << u"Nov 23 12:49:10"_s
            << qint64(1795438150);
        QTest::newRow("syslog: shmget No space left on device")
            << u"/var/log/syslog"_s << u"shmget_no_space"_s << u"Nov 23 12:49:12"_s
            << qint64(1795438152);
        QTest::newRow("RFC 3339 messages: PostgreSQL shared memory through rsyslog")
            << u"/var/log/messages"_s << u"postgresql_shared_memory"_s
            << u"2026-11-23T12:51:00.123456+00:00"_s << qint64(1795438260);
    }
    void helperFindsEachSignatureInItsLog() {
        QFETCH(QString, source);
        QFETCH(QString, signature);
        QFETCH(QString, timeText);
        QFETCH(qint64, time);
        const SymptomScan scan = scanOf(fixtureRoot());
        bool found = false;
        for (const Symptom& s : scan.symptoms) {
            if (s.source != source || s.signature != signature || s.timeText != timeText)
                continue;
            found = true;
            QVERIFY(s.time.has_value());
            QCOMPARE(*s.time, time);
            // The backend's matcher (the paste box) agrees with the helper on every line.
            QCOMPARE(matchSignature(s.line), signature);
        }
        QVERIFY2(found, qPrintable(signature + u" not found in "_s + source));
    }

    // tests/fuzz/fuzz_symptoms_log compares the two matchers line by line; Qt's Unicode case
    // folding made the backend see a 'k' in U+212A KELVIN SIGN.
    void helperAndBackendMatchTheSameLines_data() {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("signature");
        QTest::newRow("Apache 2.2 in capitals matches in both")
            << u"[error] (28)No space left on device: COULDN'T CREATE ACCEPT LOCK"_s
            << u"apache_mutex_create"_s;
        QTest::newRow("a Kelvin sign is not a k in either")
            << u"[error] (28)No space left on device: Couldn't create accept loc\u212A"_s
            << QString();
    }
    void helperAndBackendMatchTheSameLines() {
        QFETCH(QString, line);
        QFETCH(QString, signature);
        QTemporaryDir root;
        QVERIFY(QDir(root.path()).mkpath(u"var/log"_s));
        QFile log(root.filePath(u"var/log/syslog"_s));
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.write(line.toUtf8() + '\n');
        log.close();
        const SymptomScan scan = scanOf(root.path());
        QCOMPARE(scan.symptoms.isEmpty() ? QString() : scan.symptoms.first().signature, signature);
        QCOMPARE(matchSignature(line), signature);
    }

    void helperMatchesOnlyFailureLines() {
        const SymptomScan scan = scanOf(fixtureRoot());
        // 3 Apache + 3 PostgreSQL + 3 syslog + 1 messages; DETAIL/HINT and notices do not match.
        QCOMPARE(scan.symptoms.size(), 10);
        for (const Symptom& s : scan.symptoms) {
            QVERIFY2(!s.line.contains("DETAIL"_L1), qPrintable(s.line));
            QVERIFY2(!s.source.endsWith(".txt"_L1), qPrintable(s.source));
        }
    }

    void helperFindsStartLines_data() {
        QTest::addColumn<QString>("root");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("timeText");
        QTest::addColumn<qint64>("time");
        QTest::newRow("Apache 2.4 prefork's AH00163 resuming normal operations")
            << u"crashed"_s << u"/var/log/apache2/error.log"_s << u"apache"_s
            << u"Mon Nov 23 06:25:02.512841 2026"_s << qint64(1795415102);
        QTest::newRow("Apache 2.4 event's AH00489 after the failed start")
            << u"recovered"_s << u"/var/log/apache2/error.log"_s << u"apache"_s
            << u"Tue Nov 24 18:31:02.551273 2026"_s << qint64(1795545062);
        QTest::newRow("PostgreSQL ready to accept connections")
            << u"recovered"_s << u"/var/log/postgresql/postgresql-15-main.log"_s << u"postgresql"_s
            << u"2026-11-24 13:02:15.402 UTC"_s << qint64(1795525335);
        QTest::newRow("PHP-FPM's fpm is running with its own stamp")
            << u"recovered"_s << u"/var/log/php8.2-fpm.log"_s << u"php-fpm"_s
            << u"24-Nov-2026 11:00:00"_s << qint64(1795518000);
        QTest::newRow("systemd's Started apache2.service in the syslog")
            << u"recovered"_s << u"/var/log/syslog"_s << u"apache"_s << u"Nov 24 18:31:02"_s
            << qint64(1795545062);
    }
    void helperFindsStartLines() {
        QFETCH(QString, root);
        QFETCH(QString, source);
        QFETCH(QString, program);
        QFETCH(QString, timeText);
        QFETCH(qint64, time);
        const SymptomScan scan = scanOf(fixtureRoot() + u"/../"_s + root);
        bool found = false;
        for (const StartLine& s : scan.starts) {
            if (s.source != source || s.timeText != timeText)
                continue;
            found = true;
            QCOMPARE(s.program, program);
            QVERIFY(s.time.has_value());
            QCOMPARE(*s.time, time);
            // A start line is never a symptom.
            QVERIFY(matchSignature(s.line).isEmpty());
        }
        QVERIFY2(found, qPrintable(program + u" start not found in "_s + source));
    }

    void startLinesAreNotSymptoms() {
        const SymptomScan scan = scanOf(fixtureRoot() + u"/../recovered"_s);
        // AH00023, PostgreSQL's semaphores, myapp's semget; the rest are starts and notices.
        QCOMPARE(scan.symptoms.size(), 3);
        // AH00489, ready to accept connections, PHP-FPM's two notices, systemd's Started.
        QCOMPARE(scan.starts.size(), 5);
    }

    void helperReportsEveryLogItLookedAt() {
        const SymptomScan scan = scanOf(fixtureRoot());
        QHash<QString, LogSource::Status> status;
        for (const LogSource& s : scan.sources)
            status.insert(s.path, s.status);
        QCOMPARE(status.value(u"/var/log/apache2/error.log"_s), LogSource::Status::Read);
        QCOMPARE(status.value(u"/var/log/httpd/error_log"_s), LogSource::Status::Absent);
        QCOMPARE(status.value(u"/var/log/php8.2-fpm.log"_s), LogSource::Status::Read);
        QCOMPARE(status.value(u"/var/log/kern.log"_s), LogSource::Status::Absent);
        QVERIFY(!status.contains(u"journal"_s)); // never the real journal with a log root
        QVERIFY(scan.unreadable().isEmpty());
    }

    void helperReadsOnlyTheTailOfALargeLog() {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u"var/log/apache2"_s));
        QFile log(dir.path() + u"/var/log/apache2/error.log"_s);
        QVERIFY(log.open(QIODevice::WriteOnly));
        const QByteArray old = "[Mon Nov 23 01:00:00.000000 2026] [core:emerg] [pid 1] "
                               "(28)No space left on device: AH00023: Couldn't create the "
                               "proxy mutex\n";
        log.write(old);
        const QByteArray filler(100, 'x');
        for (int i = 0; i < 4000; ++i) // 400 KB of other lines
            log.write(filler + '\n');
        log.write("[Mon Nov 23 02:00:00.000000 2026] [mpm_event:emerg] [pid 2] (22)Invalid "
                  "argument: AH00144: couldn't grab the accept mutex\n");
        log.close();
        const SymptomScan scan = scanOf(dir.path());
        QCOMPARE(scan.symptoms.size(), 1);
        QCOMPARE(scan.symptoms.first().signature, u"apache_accept_mutex"_s);
        QVERIFY(scan.sources.first().truncated);
        QCOMPARE(scan.sources.first().bytesRead, quint64(256 * 1024));
    }

    void unreadableLogsAreReportedWithTheReason_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("directory");
        QTest::newRow("an Apache log with mode 000") << u"/var/log/apache2/error.log"_s << false;
        QTest::newRow("a PostgreSQL log directory the user may not open")
            << u"/var/log/postgresql"_s << true;
    }
    void unreadableLogsAreReportedWithTheReason() {
        QFETCH(QString, path);
        QFETCH(bool, directory);
        if (::geteuid() != 0)
            QSKIP("needs root to run the helper as user nobody with setpriv");
        const QString setpriv = QStandardPaths::findExecutable(u"setpriv"_s);
        if (setpriv.isEmpty())
            IPCSCOPE_SKIP_MISSING("setpriv (util-linux) is not installed");
        // The helper must be reachable by nobody: every directory above it must be searchable.
        for (QDir d = QFileInfo(QStringLiteral(IPCSCOPE_HELPER_PATH)).absoluteDir(); !d.isRoot();
             d.cdUp())
            if (!(QFileInfo(d.path()).permissions() & QFileDevice::ExeOther))
                QSKIP("the build directory is not searchable by other users");
        QTemporaryDir dir;
        ::chmod(QFile::encodeName(dir.path()).constData(), 0755);
        QVERIFY(QDir(dir.path()).mkpath(u"var/log/apache2"_s));
        QVERIFY(QDir(dir.path()).mkpath(u"var/log/postgresql"_s));
        const QString full = dir.path() + path;
        if (directory) {
            QFile f(full + u"/postgresql-15-main.log"_s);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("2026-11-23 12:50:01.420 UTC [9121] FATAL:  could not create semaphores: "
                    "No space left on device\n");
            f.close();
            QCOMPARE(::chmod(QFile::encodeName(full).constData(), 0700), 0);
        } else {
            QFile f(full);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[Mon Nov 23 12:47:44.123456 2026] [core:emerg] [pid 8120] (28)No space "
                    "left on device: AH00023: Couldn't create the ssl-cache mutex\n");
            f.close();
            QCOMPARE(::chmod(QFile::encodeName(full).constData(), 0), 0);
        }
        const SymptomScan scan = scanOf(
            dir.path(), {setpriv, u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s});
        QCOMPARE(scan.euid, 65534u);
        QVERIFY(scan.symptoms.isEmpty());
        const QList<LogSource> bad = scan.unreadable();
        QCOMPARE(bad.size(), 1);
        QVERIFY2(bad.first().path.startsWith(path), qPrintable(bad.first().path));
        QCOMPARE(bad.first().status, LogSource::Status::Unreadable);
        QCOMPARE(bad.first().errnoName, u"EACCES"_s);
        const QString sentence = unreadableSentence(bad.first());
        QVERIFY2(sentence.contains(path) && sentence.contains("administrator mode"_L1),
                 qPrintable(sentence));
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("an unknown option is a usage error")
            << QStringList{u"symptoms"_s, u"--frobnicate"_s} << 2;
        QTest::newRow("a relative log root is a usage error")
            << QStringList{u"symptoms"_s, u"--log-root"_s, u"var"_s} << 2;
        QTest::newRow("a missing log root directory is a failure")
            << QStringList{u"symptoms"_s, u"--log-root=/nonexistent/ipcscope"_s} << 1;
    }
    void usageErrors() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const Run r = runHelper(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith("ipcscope-helper: "), r.err.constData());
    }

    void realLogsGiveValidJson() {
        // This host's own logs (and journal, when there is one): whatever they hold, the
        // answer parses and lists what was looked at.
        const Run r = runHelper({u"symptoms"_s});
        QCOMPARE(r.exitCode, 0);
        const Result<SymptomScan> scan = parseSymptoms(r.out);
        QVERIFY2(scan.ok(), qPrintable(scan.ok() ? QString() : scan.error().detail));
        QVERIFY(!scan.value().sources.isEmpty());
    }

    void parserRejectsOtherDocuments_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("a snapshot instead of symptoms")
            << QByteArray("{\"schema\":\"ipcscope.snapshot/1\"}");
        QTest::newRow("a future major version")
            << QByteArray("{\"schema\":\"ipcscope.symptoms/2\"}");
        QTest::newRow("truncated JSON") << QByteArray("{\"schema\":\"ipcscope.symptoms/1\",\"sour");
    }
    void parserRejectsOtherDocuments() {
        QFETCH(QByteArray, json);
        const Result<SymptomScan> scan = parseSymptoms(json);
        QVERIFY(!scan.ok());
        QCOMPARE(scan.error().kind, Error::Kind::BadData);
        QVERIFY(!scan.error().message.isEmpty());
    }

    // tests/fuzz/fuzz_symptoms_json under UBSan: such numbers were converted to integers anyway,
    // which is undefined behaviour.
    void parserRejectsNumbersOutOfRange_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        const QByteArray head = R"({"schema":"ipcscope.symptoms/1",)";
        QTest::newRow("a scan time beyond 64 bits is refused")
            << head + R"("time":1e300})" << u"time: "_s;
        QTest::newRow("a negative euid is refused") << head + R"("euid":-1})" << u"euid: "_s;
        QTest::newRow("bytes read beyond 64 bits are refused")
            << head + R"("sources":[{"path":"/var/log/syslog","bytes_read":1e20}]})"
            << u"bytes_read: "_s;
        QTest::newRow("a symptom's time before -2^63 is refused")
            << head + R"("symptoms":[{"signature":"semget_no_space","time":-1e19}]})"
            << u"time: "_s;
    }
    void parserRejectsNumbersOutOfRange() {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const Result<SymptomScan> scan = parseSymptoms(json);
        QVERIFY(!scan.ok());
        QCOMPARE(scan.error().kind, Error::Kind::BadData);
        QVERIFY2(scan.error().detail.startsWith(field), qPrintable(scan.error().detail));
    }

    void parserReadsNumbersAtTheEdgesOfTheirRange() {
        const Result<SymptomScan> scan = parseSymptoms(
            R"({"schema":"ipcscope.symptoms/1","time":-9223372036854775808,"euid":4294967295,)"
            R"("sources":[{"path":"/var/log/syslog","bytes_read":0}],)"
            R"("symptoms":[{"signature":"semget_no_space","time":1795438064}]})");
        QVERIFY2(scan.ok(), qPrintable(scan.ok() ? QString() : scan.error().detail));
        QCOMPARE(scan.value().time, std::numeric_limits<qint64>::min());
        QCOMPARE(scan.value().euid, 4294967295u);
        QCOMPARE(scan.value().symptoms.first().time, std::optional<qint64>(1795438064));
    }
};

QTEST_GUILESS_MAIN(TestSymptoms)
#include "tst_symptoms.moc"
