// SPDX-License-Identifier: GPL-3.0-or-later
// ipcscope-cli end to end on real objects: a child creates and uses a semaphore set and a
// segment and is killed with SIGKILL; another child keeps its own set and segment. The report
// must call the first pair orphaned and the second in use. Also --help and the exit codes.
#include "clirun.h"
#include "requireall.h"
#include "testipc.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

using testcli::Run;

Run cli(const QStringList& args, const QString& helper = QStringLiteral(IPCSCOPE_HELPER_PATH)) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"IPCSCOPE_HELPER"_s, helper);
    return testcli::runCli(args, env);
}

// Removes the objects with these keys when the test ends, however it ends. Declared before the
// children, so the children are killed first.
struct RemoveByKey {
    QList<key_t> semKeys, shmKeys;
    ~RemoveByKey() {
        for (key_t k : semKeys)
            if (const int id = semget(k, 0, 0); id >= 0)
                semctl(id, 0, IPC_RMID);
        for (key_t k : shmKeys)
            if (const int id = shmget(k, 0, 0); id >= 0)
                shmctl(id, IPC_RMID, nullptr);
    }
};

// Creates a set of two semaphores and a segment, operates on the set and attaches the segment.
bool createAndUse(key_t semKey, key_t shmKey) {
    const int sem = semget(semKey, 2, IPC_CREAT | IPC_EXCL | 0600);
    if (sem < 0)
        return false;
    sembuf up{0, 1, 0};
    if (semop(sem, &up, 1) != 0)
        return false;
    const int shm = shmget(shmKey, 65536, IPC_CREAT | IPC_EXCL | 0600);
    if (shm < 0)
        return false;
    void* at = shmat(shm, nullptr, 0);
    if (at == reinterpret_cast<void*>(-1))
        return false;
    static_cast<char*>(at)[0] = 1;
    return true;
}

// A uid nobody uses here: then "the owner runs no processes" holds and `orphaned` is certain.
constexpr uid_t kUnusedUid = 54321;

bool uidRunsProcesses(uid_t uid) {
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& e : entries) {
        bool isPid = false;
        e.toInt(&isPid);
        struct stat st {};
        if (isPid && stat(qPrintable(u"/proc/"_s + e), &st) == 0 && st.st_uid == uid)
            return true;
    }
    return false;
}

QJsonObject objectWithKey(const QJsonArray& objects, const QString& type, key_t key) {
    for (const QJsonValue& v : objects) {
        const QJsonObject o = v.toObject();
        if (o.value("type"_L1).toString() == type &&
            quint32(o.value("key"_L1).toInteger()) == quint32(key))
            return o;
    }
    return {};
}

QStringList reasonCodes(const QJsonObject& o) {
    QStringList out;
    for (const QJsonValue& r : o.value("reasons"_L1).toArray())
        out << r.toObject().value("code"_L1).toString();
    return out;
}

// Whether a process with one of these names runs here (read from /proc/PID/comm).
bool programRuns(const QStringList& comms) {
    const QStringList pids = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& pid : pids) {
        QFile comm(u"/proc/"_s + pid + u"/comm"_s);
        if (comm.open(QIODevice::ReadOnly) &&
            comms.contains(QString::fromUtf8(comm.readAll().trimmed())))
            return true;
    }
    return false;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void helpForEveryCommand_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("usage");
        QTest::newRow("the program explains its commands")
            << QStringList{u"--help"_s} << u"Usage: ipcscope-cli COMMAND"_s;
        QTest::newRow("snapshot has help")
            << QStringList{u"snapshot"_s, u"--help"_s} << u"Usage: ipcscope-cli snapshot"_s;
        QTest::newRow("report has help")
            << QStringList{u"report"_s, u"--help"_s} << u"Usage: ipcscope-cli report"_s;
        QTest::newRow("tune has help")
            << QStringList{u"tune"_s, u"-h"_s} << u"Usage: ipcscope-cli tune"_s;
    }

    void helpForEveryCommand() {
        QFETCH(QStringList, args);
        QFETCH(QString, usage);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.startsWith(usage), qPrintable(out));
        QVERIFY(out.contains(u"Exit codes:"_s));
        QVERIFY(out.contains(u"  3  report --fail-on-orphans"_s));
    }

    void usageErrorsExitWithTwo_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("an unknown command") << QStringList{u"frobnicate"_s};
        QTest::newRow("an unknown option") << QStringList{u"report"_s, u"--frob"_s};
        QTest::newRow("two targets") << QStringList{u"report"_s, u"local"_s, u"db1"_s};
        QTest::newRow("a malformed target") << QStringList{u"report"_s, u"bob@"_s};
        QTest::newRow("--pretty without --json") << QStringList{u"tune"_s, u"--pretty"_s};
        QTest::newRow("an SSH key for the local machine")
            << QStringList{u"report"_s, u"--identity"_s, u"/tmp/key"_s};
        QTest::newRow("an unknown workload") << QStringList{u"tune"_s, u"--workload"_s, u"mysql"_s};
        QTest::newRow("a timeout that is not a number")
            << QStringList{u"report"_s, u"db1"_s, u"--connect-timeout"_s, u"soon"_s};
    }

    void usageErrorsExitWithTwo() {
        QFETCH(QStringList, args);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith("ipcscope-cli: "), r.err.constData());
        QVERIFY(r.err.contains("--help"));
    }

    void aMissingHelperExitsWithOneAndSaysWhy() {
        const Run r = cli({u"report"_s, u"--json"_s}, u"/nonexistent/ipcscope-helper"_s);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith("ipcscope-cli: "), r.err.constData());
    }

    void killedChildsObjectsAreOrphanedLiveOnesInUse() {
        if (geteuid() != 0)
            QSKIP("needs root: the child takes an unused uid so that its owner runs nothing");
        if (uidRunsProcesses(kUnusedUid))
            QSKIP("uid 54321 runs processes on this machine; the test needs an unused uid");

        const key_t deadSem = testipc::uniqueKey(1), deadShm = testipc::uniqueKey(2);
        const key_t liveSem = testipc::uniqueKey(3), liveShm = testipc::uniqueKey(4);
        RemoveByKey cleanup;
        cleanup.semKeys = {deadSem, liveSem};
        cleanup.shmKeys = {deadShm, liveShm};

        pid_t deadPid = -1;
        {
            testipc::Child doomed([&] {
                if (setgid(kUnusedUid) != 0 || setuid(kUnusedUid) != 0)
                    _exit(1);
                if (!createAndUse(deadSem, deadShm))
                    _exit(1);
            });
            QVERIFY(doomed.pid > 0);
            deadPid = doomed.pid;
            QVERIFY2(semget(deadSem, 0, 0) >= 0, "the child did not create its set");
            doomed.kill(); // SIGKILL and reap
        }
        testipc::Child holder([&] {
            if (!createAndUse(liveSem, liveShm))
                _exit(1);
        });
        QVERIFY(holder.pid > 0);
        QVERIFY2(shmget(liveShm, 0, 0) >= 0, "the live child did not create its segment");

        const Run r = cli({u"report"_s, u"local"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value("schema"_L1).toString(), u"ipcscope.report/1"_s);
        const QJsonArray objects = root.value("objects"_L1).toArray();

        const QJsonObject sem = objectWithKey(objects, u"sem"_s, deadSem);
        QVERIFY2(!sem.isEmpty(), "the killed child's set is missing from the report");
        QCOMPARE(sem.value("verdict"_L1).toString(), u"orphaned"_s);
        QCOMPARE(sem.value("uid"_L1).toInt(), int(kUnusedUid));
        QCOMPARE(reasonCodes(sem), (QStringList{u"process_exited"_s, u"owner_not_running"_s}));
        QVERIFY(sem.value("reasons"_L1).toArray().at(0).toObject().value("text"_L1).toString() ==
                u"last used by pid %1, which exited"_s.arg(deadPid));

        const QJsonObject shm = objectWithKey(objects, u"shm"_s, deadShm);
        QVERIFY2(!shm.isEmpty(), "the killed child's segment is missing from the report");
        QCOMPARE(shm.value("verdict"_L1).toString(), u"orphaned"_s);
        QVERIFY(reasonCodes(shm).contains(u"process_exited"_s));
        QVERIFY(reasonCodes(shm).contains(u"owner_not_running"_s));

        const QJsonObject liveSet = objectWithKey(objects, u"sem"_s, liveSem);
        QCOMPARE(liveSet.value("verdict"_L1).toString(), u"in_use"_s);
        QCOMPARE(reasonCodes(liveSet), QStringList{u"process_alive"_s});
        const QJsonObject liveSegment = objectWithKey(objects, u"shm"_s, liveShm);
        QCOMPARE(liveSegment.value("verdict"_L1).toString(), u"in_use"_s);
        QCOMPARE(reasonCodes(liveSegment).first(), u"attached"_s);

        // Scripts can fail on orphans; ours are there.
        QCOMPARE(cli({u"report"_s, u"--json"_s, u"--fail-on-orphans"_s}).exitCode, 3);

        // The text report lists them with their reasons.
        const Run text = cli({u"report"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(u"last used by pid %1, which exited"_s.arg(deadPid).toUtf8()));

        // The raw snapshot has them too.
        const Run snapshot = cli({u"snapshot"_s, u"local"_s});
        QCOMPARE(snapshot.exitCode, 0);
        const QJsonObject raw = QJsonDocument::fromJson(snapshot.out).object();
        QCOMPARE(raw.value("schema"_L1).toString(), u"ipcscope.snapshot/1"_s);
        bool listed = false;
        for (const QJsonValue& v : raw.value("semaphores"_L1).toArray())
            listed =
                listed || quint32(v.toObject().value("key"_L1).toInteger()) == quint32(deadSem);
        QVERIFY(listed);
    }

    // Any local user can name a /dev/shm file. Names that would rewrite the admin's screen, set
    // the window title, plant a hyperlink or reverse the text are printed spelt out, never raw.
    void hostileNamesCannotControlTheTerminal() {
        const QList<QByteArray> names = {
            "ipcscope-test-\x1b[1A\x1b[2K\a\rall fine", // cursor up, erase line, BEL, CR
            "ipcscope-test-\x1b]0;owned\a",             // window title (OSC 0)
            "ipcscope-test-\x1b]8;;https:x\x1b\\click\x1b]8;;\x1b\\", // hyperlink (OSC 8)
            "ipcscope-test-\xe2\x80\xaegpj.exe", // U+202E right-to-left override
            "ipcscope-test-\xc2\x9b"
            "2J\x7f", // C1 CSI (U+009B), DEL
        };
        QList<QByteArray> created;
        const auto cleanup = qScopeGuard([&] {
            for (const QByteArray& n : created)
                shm_unlink(n.constData());
        });
        for (const QByteArray& name : names) {
            const QByteArray path = '/' + name;
            const int fd = shm_open(path.constData(), O_CREAT | O_EXCL | O_RDWR, 0600);
            QVERIFY2(fd >= 0,
                     qPrintable(u"shm_open: "_s + QString::fromLocal8Bit(strerror(errno))));
            created.append(path);
            QCOMPARE(fchown(fd, kUnusedUid, kUnusedUid), 0); // an owner without processes
            ::close(fd);
        }
        QVERIFY(!uidRunsProcesses(kUnusedUid));
        QStringList clean{u"clean"_s, u"local"_s}; // a dry run: the plan and its commands
        for (const QByteArray& name : names)
            clean << u"--id"_s << u"posix_shm:"_s + QString::fromUtf8(name);
        for (const QStringList& args : {QStringList{u"report"_s, u"local"_s}, clean}) {
            const Run r = cli(args);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            for (qsizetype i = 0; i < r.out.size(); ++i) {
                const auto c = uchar(r.out.at(i));
                QVERIFY2((c >= 0x20 && c != 0x7f) || c == '\n' || c == '\t',
                         qPrintable(
                             u"raw control byte 0x%1 at %2"_s.arg(uint(c), 2, 16, QLatin1Char('0'))
                                 .arg(i)));
            }
            for (const QByteArray& raw : {QByteArray("\xc2\x9b"), QByteArray("\xe2\x80\xae")})
                QVERIFY2(!r.out.contains(raw), r.out.constData());
            QVERIFY2(r.out.contains("ipcscope-test-\\x1b[1A\\x1b[2K\\x07\\x0dall fine"),
                     r.out.constData());
            QVERIFY(r.out.contains("ipcscope-test-\\x1b]0;owned\\x07"));
            QVERIFY(r.out.contains("ipcscope-test-\\x1b]8;;https:x\\x1b\\click"));
            QVERIFY(r.out.contains("ipcscope-test-\\u202egpj.exe"));
            QVERIFY(r.out.contains("ipcscope-test-\\x9b2J\\x7f"));
        }
    }

    // A "helper" that writes endless garbage: `snapshot` and `report` stop it at the first byte
    // that is not JSON (no output limit in reach), with the parser's message.
    void endlessGarbageFromTheHelperIsStoppedAtOnce() {
        QTemporaryDir dir;
        const QString helper = dir.filePath(u"yes-helper"_s);
        QFile script(helper);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nexec yes\n");
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QByteArray old = qgetenv("IPCSCOPE_MAX_HELPER_OUTPUT");
        qputenv("IPCSCOPE_MAX_HELPER_OUTPUT", "1024G");
        const auto restore = qScopeGuard([&] {
            old.isEmpty() ? qunsetenv("IPCSCOPE_MAX_HELPER_OUTPUT")
                          : qputenv("IPCSCOPE_MAX_HELPER_OUTPUT", old);
        });
        for (const QString& command : {u"snapshot"_s, u"report"_s}) {
            const Run r = cli({command}, helper);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains("is not valid JSON (unexpected character at byte 0)"),
                     r.err.constData());
            QVERIFY(r.out.isEmpty());
        }
    }

    // A dead PostgreSQL's dynamic shared memory, on this machine (whose PID 1 may refuse its
    // maps even to root) and in a new PID namespace where every process can be read.
    void deadPostgresSegmentIsOrphanedWithHiddenProcessesNamed_data() {
        QTest::addColumn<bool>("ownPidNamespace");
        QTest::newRow("this machine's /proc") << false;
        QTest::newRow("a fully visible /proc in a new PID namespace") << true;
    }
    void deadPostgresSegmentIsOrphanedWithHiddenProcessesNamed() {
        QFETCH(bool, ownPidNamespace);
        if (geteuid() != 0)
            QSKIP("needs root: as another user the maps of root's processes are hidden anyway");
        if (programRuns({u"postgres"_s, u"postmaster"_s}))
            QSKIP("PostgreSQL runs on this machine: its segments would not be a dead server's");
        const QString name = u"PostgreSQL.%1"_s.arg(getpid());
        const QByteArray path = "/dev/shm/" + name.toUtf8();
        const int fd = ::open(path.constData(), O_CREAT | O_EXCL | O_RDWR, 0600);
        QVERIFY2(fd >= 0, path.constData());
        ::close(fd);
        struct Unlink {
            QByteArray path;
            ~Unlink() { ::unlink(path.constData()); }
        } unlinkAtEnd{path};

        Run r;
        if (ownPidNamespace) {
            const QString unshare = QStandardPaths::findExecutable(u"unshare"_s);
            if (unshare.isEmpty())
                IPCSCOPE_SKIP_MISSING("unshare (util-linux) is not installed");
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"IPCSCOPE_HELPER"_s, QStringLiteral(IPCSCOPE_HELPER_PATH));
            p.setProcessEnvironment(env);
            p.setStandardInputFile(QProcess::nullDevice());
            p.start(unshare, {u"--pid"_s, u"--fork"_s, u"--mount-proc"_s,
                              QStringLiteral(IPCSCOPE_CLI_PATH), u"report"_s, u"--json"_s});
            QVERIFY(p.waitForFinished(120000));
            if (p.exitCode() != 0 && p.readAllStandardOutput().isEmpty())
                QSKIP("no new PID namespace possible here (container without CAP_SYS_ADMIN?)");
            r.exitCode = p.exitCode();
            r.out = p.readAllStandardOutput();
        } else {
            r = cli({u"report"_s, u"--json"_s});
        }
        QCOMPARE(r.exitCode, 0);
        const QJsonArray objects =
            QJsonDocument::fromJson(r.out).object().value("objects"_L1).toArray();
        QJsonObject segment;
        for (const QJsonValue& v : objects)
            if (v.toObject().value("name"_L1).toString() == name)
                segment = v.toObject();
        QVERIFY2(!segment.isEmpty(), "the segment is missing from the report");
        QCOMPARE(segment.value("software"_L1).toString(), u"postgresql"_s);
        QCOMPARE(segment.value("verdict"_L1).toString(), u"orphaned"_s);
        QStringList texts;
        for (const QJsonValue& reason : segment.value("reasons"_L1).toArray())
            texts << reason.toObject().value("text"_L1).toString();
        for (const QString& text : texts)
            QVERIFY2(!text.contains(u"run as root"_s), qPrintable(text));
        QFile initMaps(u"/proc/1/maps"_s);
        if (ownPidNamespace || initMaps.open(QIODevice::ReadOnly)) {
            QCOMPARE(reasonCodes(segment),
                     (QStringList{u"software_not_running"_s, u"not_mapped"_s}));
            return;
        }
        QCOMPARE(reasonCodes(segment), (QStringList{u"software_not_running"_s, u"not_mapped"_s,
                                                    u"processes_uninspected"_s}));
        QVERIFY2(texts.last().contains(u"pid 1 ("_s), qPrintable(texts.last()));
        QVERIFY2(texts.last().endsWith(u"none of them can be PostgreSQL"_s),
                 qPrintable(texts.last()));
    }

    void snapshotPrettyIsIndentedJson() {
        const Run r = cli({u"snapshot"_s, u"--pretty"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("{\n  \"schema\": \"ipcscope.snapshot/1\""));
        QJsonParseError error;
        QJsonDocument::fromJson(r.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
    }

    void tuneJsonHasLimitsWithUsageAndSuggestions() {
        const Run r = cli({u"tune"_s, u"--json"_s, u"--pretty"_s, u"--workload"_s, u"oracle"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root.value("schema"_L1).toString(), u"ipcscope.report/1"_s);
        const QJsonArray limits = root.value("limits"_L1).toArray();
        QVERIFY(limits.size() >= 9);
        for (const QJsonValue& v : limits) {
            const QJsonObject l = v.toObject();
            QVERIFY(l.contains("parameter"_L1));
            QVERIFY(l.contains("field"_L1));
            QVERIFY(l.contains("used"_L1));
            QVERIFY(l.contains("limit"_L1));
        }
        QVERIFY(root.value("suggestions"_L1).isArray());
        QVERIFY(!root.contains("objects"_L1));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
