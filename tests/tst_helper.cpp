// SPDX-License-Identifier: GPL-3.0-or-later
// ipcscope-helper as a program: its command line and exit codes, that it is a small static
// binary, that its output validates against docs/snapshot.schema.json, and that it lists exactly
// what the kernel lists in /proc/sysvipc.
#include "requireall.h"
#include "testipc.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

Run runHelper(const QStringList& args,
              const QString& program = QStringLiteral(IPCSCOPE_HELPER_PATH)) {
    QProcess p;
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// One object of a /proc/sysvipc table, by column name.
using Row = QHash<QByteArray, QByteArray>;

QList<Row> readTable(const QString& path) {
    QFile f(path);
    QList<Row> rows;
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    const QList<QByteArray> lines = f.readAll().split('\n');
    if (lines.isEmpty())
        return rows;
    const QList<QByteArray> header = lines.first().simplified().split(' ');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines[i].simplified().split(' ');
        if (fields.size() != header.size())
            continue;
        Row row;
        for (qsizetype c = 0; c < header.size(); ++c)
            row.insert(header[c], fields[c]);
        rows.append(row);
    }
    return rows;
}

// A POSIX shared memory object that is unlinked again at the end of the scope.
struct ShmFile {
    QByteArray path;
    explicit ShmFile(const QByteArray& name)
        : path("/dev/shm/" + name) {
        const int fd = ::open(path.constData(), O_CREAT | O_EXCL | O_RDWR, 0600);
        if (fd < 0)
            path.clear();
        else
            ::close(fd);
    }
    ~ShmFile() {
        if (!path.isEmpty())
            ::unlink(path.constData());
    }
    ShmFile(const ShmFile&) = delete;
    ShmFile& operator=(const ShmFile&) = delete;
};

} // namespace

class TestHelper : public QObject {
    Q_OBJECT

private slots:
    void commandLine_data();
    void commandLine();
    void failsInWordsWithoutProc();
    void isASmallStaticBinary();
    void outputValidatesAgainstTheSchema_data();
    void outputValidatesAgainstTheSchema();
    void listsWhatTheKernelLists();
    void namesTheProcessesItCouldNotInspect_data();
    void namesTheProcessesItCouldNotInspect();
};

void TestHelper::commandLine_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("stdoutStart");

    QTest::newRow("no command is a usage error") << QStringList() << 2 << QByteArray();
    QTest::newRow("an unknown command is a usage error")
        << QStringList{u"frobnicate"_s} << 2 << QByteArray();
    QTest::newRow("an unknown snapshot option is a usage error")
        << QStringList{u"snapshot"_s, u"--ugly"_s} << 2 << QByteArray();
    QTest::newRow("version with an argument is a usage error")
        << QStringList{u"version"_s, u"now"_s} << 2 << QByteArray();
    QTest::newRow("help with an argument is a usage error")
        << QStringList{u"--help"_s, u"snapshot"_s} << 2 << QByteArray();
    QTest::newRow("--help prints the usage")
        << QStringList{u"--help"_s} << 0 << QByteArray("Usage: ipcscope-helper");
    QTest::newRow("help prints the usage")
        << QStringList{u"help"_s} << 0 << QByteArray("Usage: ipcscope-helper");
    QTest::newRow("version prints the version")
        << QStringList{u"version"_s} << 0 << QByteArray("ipcscope-helper 0.");
    QTest::newRow("snapshot prints a JSON object")
        << QStringList{u"snapshot"_s} << 0 << QByteArray("{\"schema\":");
    QTest::newRow("snapshot --pretty prints an indented JSON object")
        << QStringList{u"snapshot"_s, u"--pretty"_s} << 0 << QByteArray("{\n  \"schema\": ");
}

void TestHelper::commandLine() {
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, stdoutStart);
    const Run r = runHelper(args);
    QCOMPARE(r.exitCode, exitCode);
    if (exitCode == 2) {
        // Nothing on stdout; stderr names the problem and where to look.
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith("ipcscope-helper: "), r.err.constData());
        QVERIFY(r.err.contains("--help"));
    } else {
        QVERIFY2(r.out.startsWith(stdoutStart), r.out.left(200).constData());
    }
}

void TestHelper::failsInWordsWithoutProc() {
    if (geteuid() != 0)
        QSKIP("needs root to unmount /proc in a private mount namespace (unshare --mount)");
    const QString unshare = QStandardPaths::findExecutable(u"unshare"_s);
    if (unshare.isEmpty())
        IPCSCOPE_SKIP_MISSING("unshare (util-linux) is not installed");
    if (runHelper({u"--mount"_s, u"true"_s}, unshare).exitCode != 0)
        QSKIP("no private mount namespace possible here (container without CAP_SYS_ADMIN?)");
    // Inside a private mount namespace: the machine's /proc is not affected.
    const Run r = runHelper({u"--mount"_s, u"--"_s, u"sh"_s, u"-c"_s,
                             u"umount -l /proc && exec \"$0\" snapshot"_s,
                             QStringLiteral(IPCSCOPE_HELPER_PATH)},
                            unshare);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith("ipcscope-helper: /proc is not mounted"), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1); // one line
}

void TestHelper::isASmallStaticBinary() {
    const QString helper = QStringLiteral(IPCSCOPE_HELPER_PATH);
    QVERIFY(QFileInfo(helper).size() > 0);
    QVERIFY2(QFileInfo(helper).size() < 2 * 1024 * 1024,
             qPrintable(QString::number(QFileInfo(helper).size())));
    const QString file = QStandardPaths::findExecutable(u"file"_s);
    if (file.isEmpty())
        IPCSCOPE_SKIP_MISSING("file(1) is not installed (Debian package 'file')");
    const Run r = runHelper({helper}, file);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("statically linked"), r.out.constData());
}

void TestHelper::outputValidatesAgainstTheSchema_data() {
    QTest::addColumn<bool>("pretty");
    QTest::newRow("compact output") << false;
    QTest::newRow("pretty output") << true;
}

void TestHelper::outputValidatesAgainstTheSchema() {
    QFETCH(bool, pretty);
    QString python = u"/usr/bin/python3"_s;
    if (!QFileInfo::exists(python))
        python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty() || runHelper({u"-c"_s, u"import jsonschema"_s}, python).exitCode != 0)
        IPCSCOPE_SKIP_MISSING(
            "python3 with jsonschema is not installed (Debian package python3-jsonschema)");

    // Objects of every kind, so that no array of the document is trivially empty.
    testipc::SemSet sem(testipc::uniqueKey(1), 2);
    testipc::ShmSegment shm(testipc::uniqueKey(2), 4096);
    testipc::MsgQueue queue(testipc::uniqueKey(3));
    QVERIFY(sem.id >= 0 && shm.id >= 0 && queue.id >= 0);
    QVERIFY(sem.setValue(0, 3));
    QVERIFY(queue.send(1, "hello", 5));
    testipc::Child attached([&] { (void)shmat(shm.id, nullptr, SHM_RDONLY); });
    const ShmFile hostile("ipcscope-tst-" + QByteArray::number(getpid()) + "-\xff\"\\\n.");
    QVERIFY(!hostile.path.isEmpty());

    QStringList args{u"snapshot"_s};
    if (pretty)
        args << u"--pretty"_s;
    const Run r = runHelper(args);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count('\n') == 1, !pretty);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile doc(dir.filePath(u"snapshot.json"_s));
    QVERIFY(doc.open(QIODevice::WriteOnly));
    doc.write(r.out);
    doc.close();
    const QString schema = QStringLiteral(IPCSCOPE_SOURCE_DIR "/docs/snapshot.schema.json");
    const QString script = uR"(import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
errors = list(jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2]))))
for e in errors[:5]:
    print("/".join(str(p) for p in e.absolute_path), e.message)
sys.exit(1 if errors else 0)
)"_s;
    const Run v = runHelper({u"-c"_s, script, schema, doc.fileName()}, python);
    QVERIFY2(v.exitCode == 0, (v.out + v.err).constData());
}

void TestHelper::listsWhatTheKernelLists() {
    // Some objects of our own, so that the comparison is never empty.
    testipc::SemSet sem(testipc::uniqueKey(11), 3, 0640);
    testipc::ShmSegment shm(testipc::uniqueKey(12), 10000, 0604);
    testipc::MsgQueue queue(testipc::uniqueKey(13), 0620);
    QVERIFY(sem.id >= 0 && shm.id >= 0 && queue.id >= 0);

    const struct {
        const char* file;
        const char* idColumn;
        const char* array;
        QList<QByteArrayList> compared; // {column, json field}
    } tables[] = {
        {"sem", "semid", "semaphores", {{"nsems", "nsems"}}},
        {"shm", "shmid", "shared_memory", {{"size", "size"}}},
        {"msg", "msqid", "message_queues", {{"cbytes", "cbytes"}, {"qnum", "qnum"}}},
    };
    QList<Row> before[3];
    for (int t = 0; t < 3; ++t)
        before[t] = readTable(u"/proc/sysvipc/"_s + QLatin1String(tables[t].file));
    const Run r = runHelper({u"snapshot"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject snapshot = QJsonDocument::fromJson(r.out).object();
    QVERIFY(!snapshot.isEmpty());

    for (int t = 0; t < 3; ++t) {
        const auto& table = tables[t];
        const QList<Row> after = readTable(u"/proc/sysvipc/"_s + QLatin1String(table.file));
        // Objects of the outside world may come and go: compare those unchanged across both reads.
        QHash<QByteArray, Row> stable;
        for (const Row& row : before[t])
            stable.insert(row.value(table.idColumn), row);
        QHash<QByteArray, Row> stableAfter;
        for (const Row& row : after)
            if (stable.value(row.value(table.idColumn)) == row)
                stableAfter.insert(row.value(table.idColumn), row);
        QVERIFY(stableAfter.size() >= 1);

        QHash<qint64, QJsonObject> listed;
        const QJsonArray objects = snapshot.value(QLatin1String(table.array)).toArray();
        for (const auto& v : objects) {
            const QJsonObject o = v.toObject();
            const qint64 id = o.value(u"id"_s).toInteger(-1);
            QVERIFY2(!listed.contains(id), qPrintable(u"listed twice: "_s + QString::number(id)));
            listed.insert(id, o);
        }
        for (const Row& row : std::as_const(stableAfter)) {
            const qint64 id = row.value(table.idColumn).toLongLong();
            const QString what = QLatin1String(table.file) + u" id "_s + QString::number(id);
            QVERIFY2(listed.contains(id), qPrintable(what + u" is missing"_s));
            const QJsonObject o = listed.value(id);
            QCOMPARE(o.value(u"key"_s).toInteger(), qint64(quint32(row.value("key").toInt())));
            QCOMPARE(o.value(u"uid"_s).toInteger(), row.value("uid").toLongLong());
            QCOMPARE(o.value(u"gid"_s).toInteger(), row.value("gid").toLongLong());
            QCOMPARE(o.value(u"cuid"_s).toInteger(), row.value("cuid").toLongLong());
            QCOMPARE(o.value(u"perms"_s).toInteger(),
                     qint64(row.value("perms").toUInt(nullptr, 8) & 0777));
            for (const auto& c : table.compared)
                QVERIFY2(o.value(QLatin1String(c[1])).toInteger() == row.value(c[0]).toLongLong(),
                         qPrintable(what + u": "_s + QLatin1String(c[1])));
        }
    }
}

void TestHelper::namesTheProcessesItCouldNotInspect_data() {
    QTest::addColumn<bool>("ownPidNamespace");
    QTest::newRow("this machine's /proc, where PID 1 may refuse even root") << false;
    QTest::newRow("a fully visible /proc in a new PID namespace") << true;
}

void TestHelper::namesTheProcessesItCouldNotInspect() {
    QFETCH(bool, ownPidNamespace);
    // A POSIX object makes the helper read every process's maps.
    const ShmFile mapped("ipcscope-tst-uninspected-" + QByteArray::number(getpid()));
    QVERIFY(!mapped.path.isEmpty());
    Run r;
    if (ownPidNamespace) {
        if (geteuid() != 0)
            QSKIP("needs root for a new PID namespace (unshare --pid --fork --mount-proc)");
        const QString unshare = QStandardPaths::findExecutable(u"unshare"_s);
        if (unshare.isEmpty())
            IPCSCOPE_SKIP_MISSING("unshare (util-linux) is not installed");
        if (runHelper({u"--pid"_s, u"--fork"_s, u"--mount-proc"_s, u"true"_s}, unshare).exitCode !=
            0)
            QSKIP("no new PID namespace possible here (container without CAP_SYS_ADMIN?)");
        r = runHelper({u"--pid"_s, u"--fork"_s, u"--mount-proc"_s,
                       QStringLiteral(IPCSCOPE_HELPER_PATH), u"snapshot"_s},
                      unshare);
    } else {
        r = runHelper({u"snapshot"_s});
    }
    QCOMPARE(r.exitCode, 0);
    const QJsonObject snapshot = QJsonDocument::fromJson(r.out).object();
    QVERIFY(snapshot.value(u"uninspected_processes"_s).isArray());
    const QJsonArray uninspected = snapshot.value(u"uninspected_processes"_s).toArray();
    if (ownPidNamespace) {
        QVERIFY2(uninspected.isEmpty(), QJsonDocument(uninspected).toJson().constData());
        return;
    }
    QHash<qint64, QJsonObject> byPid;
    for (const auto& v : uninspected) {
        const QJsonObject o = v.toObject();
        QVERIFY(o.value(u"pid"_s).toInteger() > 0);
        QVERIFY(!o.value(u"refused"_s).toArray().isEmpty());
        byPid.insert(o.value(u"pid"_s).toInteger(), o);
    }
    // PID 1 refuses its maps to root on some machines (ours); wherever it does, it is named.
    QFile maps(u"/proc/1/maps"_s);
    if (maps.open(QIODevice::ReadOnly)) {
        QVERIFY(!byPid.contains(1));
        QSKIP("PID 1 shows its maps here: nothing else to check on this machine");
    }
    QVERIFY2(byPid.contains(1), QJsonDocument(uninspected).toJson().constData());
    const QJsonObject init = byPid.value(1);
    QVERIFY(init.value(u"refused"_s).toArray().contains(u"maps"_s));
    QFile comm(u"/proc/1/comm"_s);
    QVERIFY(comm.open(QIODevice::ReadOnly));
    QCOMPARE(init.value(u"comm"_s).toString(), QString::fromUtf8(comm.readAll().trimmed()));
    QCOMPARE(init.value(u"uid"_s).toInteger(), 0);
}

QTEST_GUILESS_MAIN(TestHelper)
#include "tst_helper.moc"
