// SPDX-License-Identifier: GPL-3.0-or-later
// Cleanup end to end on this machine: plans built from a real report, the plan JSON read by the
// helper's own parser, shell equivalents, and CleanupRunner on a local HostSession — orphans
// removed and gone in the fresh snapshot, in-use objects only when forced, objects re-created
// since the snapshot refused, and the audit log written before and after.
#include "analysis/analyzer.h"
#include "analysis/report.h"
#include "cleanup/auditlog.h"
#include "cleanup/cleanupplan.h"
#include "cleanup/cleanuprunner.h"
#include "cleanup/shellcommand.h"
#include "model/snapshotparser.h"
#include "removalplan.h"
#include "session/hostsession.h"
#include "testipc.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace ipcscope;

namespace {

// A uid that runs no process here: objects given to it are judged orphaned once their users
// are gone.
constexpr uid_t IdleUid = 54329;

std::optional<Report> refresh(HostSession& session) {
    const std::unique_ptr<RefreshReply> reply = session.refresh();
    QSignalSpy ready(reply.get(), &RefreshReply::finished);
    QSignalSpy failed(reply.get(), &RefreshReply::failed);
    while (ready.isEmpty() && failed.isEmpty())
        ready.wait(60000);
    if (ready.isEmpty()) {
        qWarning() << failed.first().at(0).value<Error>().message;
        return std::nullopt;
    }
    return ready.first().at(0).value<Report>();
}

std::optional<ObjectRef> findSysv(const Report& r, ObjectType type, qint64 id) {
    for (const ObjectVerdict& v : r.objects) {
        if (v.ref.type == type && v.ref.id == id)
            return v.ref;
    }
    return std::nullopt;
}

CleanupOutcome run(HostSession& session, AuditLog& log, const CleanupPlan& plan) {
    CleanupRunner runner(&session, &log);
    QSignalSpy finished(&runner, &CleanupRunner::finished);
    runner.start(plan);
    while (finished.isEmpty())
        finished.wait(60000);
    return finished.first().at(0).value<CleanupOutcome>();
}

QList<QJsonObject> logLines(const QString& path) {
    QFile f(path);
    QList<QJsonObject> lines;
    if (!f.open(QIODevice::ReadOnly))
        return lines;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (!line.isEmpty())
            lines.append(QJsonDocument::fromJson(line).object());
    }
    return lines;
}

} // namespace

class TestCleanup : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void shellCommands_data();
    void shellCommands();
    void aContainersCommandsActInsideIt();
    void hostileNamesAreRefusedOrQuotedExactly();
    void planJsonIsReadByTheHelper();
    void orphansOfAnOwnerAreRemovedAndGone();
    void inUseObjectsOnlyWhenForced();
    void objectRecreatedSinceTheSnapshotIsRefused();
    void auditLogThatCannotBeWrittenStopsTheRun();
    void theAuditLogIsOneFileOnlyItsOwnerReads_data();
    void theAuditLogIsOneFileOnlyItsOwnerReads();

private:
    QTemporaryDir m_dir;
};

void TestCleanup::initTestCase() {
    qRegisterMetaType<CleanupOutcome>();
    QVERIFY(m_dir.isValid());
}

void TestCleanup::shellCommands_data() {
    QTest::addColumn<int>("type");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("nameHex");
    QTest::addColumn<QString>("command");
    QTest::newRow("a semaphore set is ipcrm -s") << int(ObjectType::Semaphore) << qint64(32769)
                                                 << QString() << QString() << u"ipcrm -s 32769"_s;
    QTest::newRow("a segment is ipcrm -m")
        << int(ObjectType::SharedMemory) << qint64(5) << QString() << QString() << u"ipcrm -m 5"_s;
    QTest::newRow("a queue is ipcrm -q")
        << int(ObjectType::MessageQueue) << qint64(7) << QString() << QString() << u"ipcrm -q 7"_s;
    QTest::newRow("POSIX shared memory is a file in /dev/shm")
        << int(ObjectType::PosixShm) << qint64(-1) << u"pg.1"_s << QString()
        << u"rm /dev/shm/pg.1"_s;
    QTest::newRow("a named semaphore is a sem. file")
        << int(ObjectType::PosixSemaphore) << qint64(-1) << u"lock"_s << QString()
        << u"rm /dev/shm/sem.lock"_s;
    QTest::newRow("a queue is a file in /dev/mqueue")
        << int(ObjectType::PosixMqueue) << qint64(-1) << u"q"_s << QString()
        << u"rm /dev/mqueue/q"_s;
    QTest::newRow("a name with blanks and quotes is quoted")
        << int(ObjectType::PosixShm) << qint64(-1) << u"it's a b"_s << QString()
        << u"rm '/dev/shm/it'\\''s a b'"_s;
    QTest::newRow("a name that is not UTF-8 is spelt byte by byte")
        << int(ObjectType::PosixShm) << qint64(-1) << u"a\uFFFD"_s << u"61ff"_s
        << u"rm $'/dev/shm/a\\xff'"_s;
    QTest::newRow("a name with an escape sequence is spelt byte by byte")
        << int(ObjectType::PosixShm) << qint64(-1) << u"\x1b[2J'"_s << QString()
        << u"rm $'/dev/shm/\\x1b[2J\\''"_s;
    QTest::newRow("a name with a slash gets no command")
        << int(ObjectType::PosixShm) << qint64(-1) << u"../../etc/passwd"_s << QString()
        << QString();
    QTest::newRow("name_hex spelling other bytes than the name gets no command")
        << int(ObjectType::PosixShm) << qint64(-1) << u"x"_s << u"2e2e"_s << QString();
}

void TestCleanup::shellCommands() {
    QFETCH(int, type);
    QFETCH(qint64, id);
    QFETCH(QString, name);
    QFETCH(QString, nameHex);
    QFETCH(QString, command);
    CleanupItem item;
    item.ref.type = ObjectType(type);
    item.ref.id = id;
    item.ref.name = name;
    item.nameHex = nameHex;
    QCOMPARE(shellCommand(item), command);
}

// A container's objects: System V through nsenter into its IPC namespace, POSIX files through a
// process's root (inside the quotes when the name needs them); without a process, no command.
void TestCleanup::aContainersCommandsActInsideIt() {
    CleanupItem item;
    item.ns = 4026532200;
    item.namespacePid = 4242;
    item.ref.type = ObjectType::Semaphore;
    item.ref.id = 0;
    QCOMPARE(shellCommand(item), u"nsenter --target 4242 --ipc ipcrm -s 0"_s);
    item.ref.type = ObjectType::PosixShm;
    item.ref.id = -1;
    item.ref.name = u"pg.1"_s;
    QCOMPARE(shellCommand(item), u"rm /proc/4242/root/dev/shm/pg.1"_s);
    item.ref.type = ObjectType::PosixSemaphore;
    item.ref.name = u"it's"_s;
    QCOMPARE(shellCommand(item), u"rm '/proc/4242/root/dev/shm/sem.it'\\''s'"_s);
    item.ref.type = ObjectType::PosixMqueue;
    item.ref.name = u"a\uFFFD"_s;
    item.nameHex = u"61ff"_s;
    QCOMPARE(shellCommand(item), u"rm $'/proc/4242/root/dev/mqueue/a\\xff'"_s);
    item.namespacePid = 0;
    QCOMPARE(shellCommand(item), QString());
}

// A hostile snapshot (tests/data/cleanup/hostile-names.json): 12 POSIX names that would address
// another file ('/', "..", ".", NUL, empty, too long, name_hex that is not hex, of odd length or
// spelling other bytes than the name) are refused by the plan with a sentence; 13 names full of
// shell and terminal metacharacters are kept, and their command, run by a real bash with rm
// replaced by printf, is exactly one word: the file's exact bytes.
void TestCleanup::hostileNamesAreRefusedOrQuotedExactly() {
    QFile file(QStringLiteral(IPCSCOPE_SOURCE_DIR "/tests/data/cleanup/hostile-names.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<Snapshot> snapshot = parseSnapshot(file.readAll());
    QVERIFY2(snapshot.ok(), snapshot.ok() ? "" : qPrintable(snapshot.error().message));
    const Report report = analyze(snapshot.value());
    CleanupSelection selection;
    for (const ObjectVerdict& v : report.objects)
        if (v.ref.type == ObjectType::PosixShm)
            selection.objects.append(v.ref);
    QCOMPARE(selection.objects.size(), 25);
    const CleanupPlan plan = buildCleanupPlan(report, selection);
    QCOMPARE(plan.skipped.size(), 12);
    QCOMPARE(plan.items.size(), 13);
    for (const SkippedObject& s : plan.skipped)
        QVERIFY2(s.reason.startsWith(u"refused: its "_s), qPrintable(s.reason));
    const QByteArray json = removalPlanJson(plan, u"test"_s);
    QVERIFY(!json.contains("..") && !json.contains("/etc"));

    for (const CleanupItem& item : plan.items) {
        const QString line = shellCommand(item);
        QVERIFY2(line.startsWith(u"rm /dev/shm/"_s) || line.startsWith(u"rm '/dev/shm/"_s) ||
                     line.startsWith(u"rm $'/dev/shm/"_s),
                 qPrintable(line));
        QVERIFY2(!line.contains(u'\n') && !line.contains(u'\r') && !line.contains(u"..") &&
                     !line.contains(QChar(0x1b)) && !line.contains(QChar(0x202e)),
                 qPrintable(line));
        const QByteArray expected =
            "/dev/shm/" + (item.nameHex.isEmpty() ? item.ref.name.toUtf8()
                                                  : QByteArray::fromHex(item.nameHex.toLatin1()));
        QProcess bash;
        bash.start(u"bash"_s, {u"-c"_s, u"printf '<%s>\\n' "_s + line.mid(3)}); // one <…> per word
        QVERIFY(bash.waitForFinished(20000));
        QCOMPARE(bash.exitCode(), 0);
        QCOMPARE(bash.readAllStandardOutput(), '<' + expected + ">\n");
    }
}

void TestCleanup::planJsonIsReadByTheHelper() {
    CleanupPlan plan;
    CleanupItem sem;
    sem.ref = {ObjectType::Semaphore, 0, 32769, {}};
    sem.key = 0xfffffffe;
    sem.cuid = 33;
    sem.uid = 33;
    sem.ctime = 1700000000;
    sem.force = true;
    CleanupItem posix;
    posix.ref = {ObjectType::PosixSemaphore, 0, -1, u"a\uFFFD"_s};
    posix.nameHex = u"61ff"_s;
    posix.inode = 0xfedcba9876543210; // beyond a double's 53 bits
    posix.mtime = 1700000001;
    posix.uid = 1000;
    plan.items = {sem, posix};
    const QByteArray json = removalPlanJson(plan, u"alice@desk"_s);
    helper::RemovalPlan parsed;
    std::string error;
    QVERIFY2(helper::parseRemovalPlan(std::string_view(json.constData(), size_t(json.size())),
                                      parsed, error),
             error.c_str());
    QCOMPARE(parsed.requestedBy, std::string("alice@desk"));
    QCOMPARE(parsed.items.size(), size_t(2));
    QCOMPARE(parsed.items[0].kind, helper::ObjectKind::Sem);
    QCOMPARE(parsed.items[0].id, int64_t(32769));
    QCOMPARE(parsed.items[0].key, uint32_t(0xfffffffe));
    QVERIFY(parsed.items[0].force);
    QCOMPARE(parsed.items[1].kind, helper::ObjectKind::PosixSem);
    QCOMPARE(parsed.items[1].name, std::string("a\xff"));
    QCOMPARE(parsed.items[1].inode, uint64_t(0xfedcba9876543210));
    QVERIFY(!parsed.items[1].force);
}

void TestCleanup::orphansOfAnOwnerAreRemovedAndGone() {
    testipc::OrphanSem a(testipc::uniqueKey(1), IdleUid), b(testipc::uniqueKey(2), IdleUid);
    QVERIFY(a.id >= 0);
    QVERIFY(b.id >= 0);
    HostSession session(HostConfig{});
    const std::optional<Report> report = refresh(session);
    QVERIFY(report);
    const auto refA = findSysv(*report, ObjectType::Semaphore, a.id);
    QVERIFY(refA);
    CleanupSelection selection;
    selection.orphans = true;
    selection.owner = QString::number(IdleUid);
    const CleanupPlan plan = buildCleanupPlan(*report, selection);
    // Only this test's objects belong to the idle uid.
    QCOMPARE(plan.items.size(), 2);
    for (const CleanupItem& item : plan.items) {
        QCOMPARE(item.verdict, Verdict::Orphaned);
        QVERIFY(!item.reasons.isEmpty());
        QVERIFY(!item.force);
        QCOMPARE(item.uid, uint(IdleUid));
    }

    const QString logPath = m_dir.filePath(u"orphans.jsonl"_s);
    AuditLog log(logPath);
    const CleanupOutcome outcome = run(session, log, plan);
    QVERIFY(!outcome.error);
    QVERIFY(outcome.refreshed);
    QCOMPARE(outcome.count(RemovalItemResult::Status::Removed), 2);
    QCOMPARE(outcome.gone(), 2);
    a.id = b.id = -1; // removed by the cleanup

    const QList<QJsonObject> lines = logLines(logPath);
    QCOMPARE(lines.size(), 4); // intent and result for each object
    QCOMPARE(lines[0].value("phase"_L1).toString(), u"intent"_s);
    QCOMPARE(lines[3].value("phase"_L1).toString(), u"result"_s);
    QCOMPARE(lines[3].value("result"_L1).toString(), u"removed"_s);
    for (const QJsonObject& line : lines) {
        QVERIFY(!line.value("time"_L1).toString().isEmpty());
        QVERIFY(!line.value("host"_L1).toString().isEmpty());
        QVERIFY(!line.value("user"_L1).toString().isEmpty());
        QCOMPARE(line.value("object"_L1).toObject().value("type"_L1).toString(), u"sem"_s);
        QCOMPARE(line.value("guard"_L1).toObject().value("uid"_L1).toInt(), int(IdleUid));
        QCOMPARE(line.value("run"_L1).toString(), outcome.runId);
    }
}

void TestCleanup::inUseObjectsOnlyWhenForced() {
    testipc::ShmSegment seg(testipc::uniqueKey(3), 4096);
    QVERIFY(seg.id >= 0);
    testipc::Child child([&] { shmat(seg.id, nullptr, SHM_RDONLY); });
    QVERIFY(child.pid > 0);
    HostSession session(HostConfig{});
    const std::optional<Report> report = refresh(session);
    QVERIFY(report);
    const auto ref = findSysv(*report, ObjectType::SharedMemory, seg.id);
    QVERIFY(ref);

    CleanupSelection selection;
    selection.objects = {*ref};
    CleanupPlan plan = buildCleanupPlan(*report, selection);
    QVERIFY(plan.items.isEmpty());
    QCOMPARE(plan.skipped.size(), 1);
    QCOMPARE(plan.skipped[0].verdict, Verdict::InUse);

    selection.forceInUse = true;
    plan = buildCleanupPlan(*report, selection);
    QCOMPARE(plan.items.size(), 1);
    QVERIFY(plan.items[0].force);
    QCOMPARE(plan.forcedCount(), 1);

    const QString logPath = m_dir.filePath(u"forced.jsonl"_s);
    AuditLog log(logPath);
    const CleanupOutcome outcome = run(session, log, plan);
    QCOMPARE(outcome.items.size(), 1);
    QVERIFY(outcome.items[0].result);
    QCOMPARE(outcome.items[0].result->code, u"removed_forced"_s);
    // Marked for removal, the key reset to 0: the object the person chose is gone.
    QCOMPARE(outcome.items[0].after, CleanupItemOutcome::After::Gone);
    const QList<QJsonObject> lines = logLines(logPath);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines[0].value("force"_L1).toBool());
    QCOMPARE(lines[1].value("result"_L1).toString(), u"removed"_s);
    QCOMPARE(lines[1].value("code"_L1).toString(), u"removed_forced"_s);
    child.kill();
    seg.id = -1; // freed at the child's detach
}

void TestCleanup::objectRecreatedSinceTheSnapshotIsRefused() {
    const key_t key = testipc::uniqueKey(4);
    auto first = std::make_unique<testipc::OrphanSem>(key, IdleUid);
    QVERIFY(first->id >= 0);
    HostSession session(HostConfig{});
    const std::optional<Report> report = refresh(session);
    QVERIFY(report);
    const auto ref = findSysv(*report, ObjectType::Semaphore, first->id);
    QVERIFY(ref);
    CleanupSelection selection;
    selection.objects = {*ref};
    const CleanupPlan plan = buildCleanupPlan(*report, selection);
    QCOMPARE(plan.items.size(), 1);
    first.reset();
    testipc::SemSet second(key, 1); // same key, another id
    QVERIFY(second.id >= 0);

    AuditLog log(m_dir.filePath(u"recreated.jsonl"_s));
    const CleanupOutcome outcome = run(session, log, plan);
    QVERIFY(outcome.items[0].result);
    QCOMPARE(outcome.items[0].result->status, RemovalItemResult::Status::Refused);
    QCOMPARE(outcome.items[0].result->code, u"gone"_s);
    // The new set is untouched.
    semid_ds ds{};
    testipc::semun arg{};
    arg.buf = &ds;
    QCOMPARE(semctl(second.id, 0, IPC_STAT, arg), 0);
}

void TestCleanup::auditLogThatCannotBeWrittenStopsTheRun() {
    testipc::OrphanSem set(testipc::uniqueKey(5), IdleUid);
    QVERIFY(set.id >= 0);
    HostSession session(HostConfig{});
    const std::optional<Report> report = refresh(session);
    QVERIFY(report);
    const auto ref = findSysv(*report, ObjectType::Semaphore, set.id);
    QVERIFY(ref);
    CleanupSelection selection;
    selection.objects = {*ref};
    const CleanupPlan plan = buildCleanupPlan(*report, selection);
    // A directory where the log file should be: it cannot be opened for appending.
    const QString blocked = m_dir.filePath(u"blocked"_s);
    QVERIFY(QDir().mkpath(blocked));
    AuditLog log(blocked);
    const CleanupOutcome outcome = run(session, log, plan);
    QVERIFY(outcome.error);
    QVERIFY(!outcome.items[0].result);
    semid_ds ds{};
    testipc::semun arg{};
    arg.buf = &ds;
    QCOMPARE(semctl(set.id, 0, IPC_STAT, arg), 0); // nothing was removed
}

void TestCleanup::theAuditLogIsOneFileOnlyItsOwnerReads_data() {
    QTest::addColumn<bool>("leftOpenBefore");
    QTest::newRow("a first cleanup creates the folder 0700 and the log 0600") << false;
    QTest::newRow("a folder 0755 and a log 0644 of an older version are tightened") << true;
}

// The GUI's wizard and the CLI both use AuditLog's default path: one log, the one docs/safety.md
// names, in a temporary XDG_DATA_HOME so the real user's log is not touched.
void TestCleanup::theAuditLogIsOneFileOnlyItsOwnerReads() {
    QFETCH(bool, leftOpenBefore);
    QTemporaryDir home;
    const QString dataHome = home.filePath(u"data/share"_s);
    const QByteArray oldData = qgetenv("XDG_DATA_HOME"), oldLog = qgetenv("IPCSCOPE_AUDIT_LOG");
    qputenv("XDG_DATA_HOME", dataHome.toLocal8Bit());
    qunsetenv("IPCSCOPE_AUDIT_LOG");
    const auto restore = qScopeGuard([&] {
        oldData.isEmpty() ? qunsetenv("XDG_DATA_HOME") : qputenv("XDG_DATA_HOME", oldData);
        if (!oldLog.isEmpty())
            qputenv("IPCSCOPE_AUDIT_LOG", oldLog);
    });
    const QString expected = dataHome + u"/ipcscope/cleanup-audit.jsonl"_s;
    QCOMPARE(AuditLog::defaultPath(), expected);
    if (leftOpenBefore) {
        QVERIFY(QDir().mkpath(dataHome + u"/ipcscope"_s));
        QVERIFY(::chmod(QFile::encodeName(dataHome + u"/ipcscope"_s).constData(), 0755) == 0);
        QFile old(expected);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("{}\n");
        old.close();
        QVERIFY(::chmod(QFile::encodeName(expected).constData(), 0644) == 0);
    }

    testipc::OrphanSem orphan(testipc::uniqueKey(5), IdleUid);
    QVERIFY(orphan.id >= 0);
    HostSession session(HostConfig{});
    const std::optional<Report> report = refresh(session);
    QVERIFY(report);
    const auto ref = findSysv(*report, ObjectType::Semaphore, orphan.id);
    QVERIFY(ref);
    CleanupSelection selection;
    selection.objects = {*ref};
    const CleanupPlan plan = buildCleanupPlan(*report, selection);
    QCOMPARE(plan.items.size(), 1);
    AuditLog log;
    QCOMPARE(log.path(), expected);
    const CleanupOutcome outcome = run(session, log, plan);
    QVERIFY(!outcome.error);
    QCOMPARE(outcome.gone(), 1);
    orphan.id = -1;

    QCOMPARE(logLines(expected).size(), leftOpenBefore ? 3 : 2);
    struct stat st {};
    QCOMPARE(::stat(QFile::encodeName(expected).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0600));
    QCOMPARE(::stat(QFile::encodeName(dataHome + u"/ipcscope"_s).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0700));
    if (!leftOpenBefore) { // folders it had to create are the owner's alone as well
        QCOMPARE(::stat(QFile::encodeName(dataHome).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0700));
    }
}

QTEST_GUILESS_MAIN(TestCleanup)
#include "tst_cleanup.moc"
