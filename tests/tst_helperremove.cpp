// SPDX-License-Identifier: GPL-3.0-or-later
// `ipcscope-helper remove` against real objects this test creates: the strict JSON reader and the
// plan parser with malformed input, then each safety rule of docs/safety.md — orphans removed,
// attached / waited-on / live-used objects refused unless forced, replaced or changed objects
// refused, permission problems reported per item. Objects are removed again on failure (RAII).
#include "jsonreader.h"
#include "removal.h"
#include "removalplan.h"
#include "removalreport.h"
#include "requireall.h"
#include "testipc.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace ipcscope::helper;

namespace {

struct SysvGuards {
    uint32_t key = 0, cuid = 0, uid = 0;
    int64_t ctime = 0;
};

SysvGuards semGuards(int id) {
    semid_ds ds{};
    testipc::semun arg{};
    arg.buf = &ds;
    semctl(id, 0, IPC_STAT, arg);
    return {uint32_t(ds.sem_perm.__key), ds.sem_perm.cuid, ds.sem_perm.uid, int64_t(ds.sem_ctime)};
}

SysvGuards shmGuards(int id) {
    shmid_ds ds{};
    shmctl(id, IPC_STAT, &ds);
    return {uint32_t(ds.shm_perm.__key), ds.shm_perm.cuid, ds.shm_perm.uid, int64_t(ds.shm_ctime)};
}

RemovalItem sysvItem(ObjectKind kind, int id, const SysvGuards& g, bool force = false) {
    RemovalItem item;
    item.kind = kind;
    item.id = id;
    item.key = g.key;
    item.cuid = g.cuid;
    item.uid = g.uid;
    item.ctime = g.ctime;
    item.force = force;
    return item;
}

RemovalOutcome removeOne(const RemovalItem& item) {
    RemovalPlan plan;
    plan.items = {item};
    return removeObjects(plan).at(0);
}

bool semExists(int id) {
    semid_ds ds{};
    testipc::semun arg{};
    arg.buf = &ds;
    return semctl(id, 0, IPC_STAT, arg) == 0;
}

bool shmExists(int id) {
    shmid_ds ds{};
    return shmctl(id, IPC_STAT, &ds) == 0;
}

// A POSIX shared memory object of this test in /dev/shm, unlinked when it goes out of scope.
struct PosixShm {
    std::string name;
    explicit PosixShm(const std::string& n)
        : name(n) {
        const int fd = shm_open(("/" + name).c_str(), O_CREAT | O_EXCL | O_RDWR, 0600);
        if (fd >= 0) {
            (void)!ftruncate(fd, 4096);
            close(fd);
        }
    }
    ~PosixShm() { shm_unlink(("/" + name).c_str()); }
    bool exists() const {
        struct stat st {};
        return ::stat(("/dev/shm/" + name).c_str(), &st) == 0;
    }
    RemovalItem item(bool force = false) const {
        struct stat st {};
        ::stat(("/dev/shm/" + name).c_str(), &st);
        RemovalItem i;
        i.kind = ObjectKind::PosixShm;
        i.name = name;
        i.inode = st.st_ino;
        i.mtime = st.st_mtime;
        i.uid = st.st_uid;
        i.force = force;
        return i;
    }
};

QString planJson(const QString& type, int id, const SysvGuards& g) {
    return uR"({"schema":"ipcscope.removal-plan/1","requested_by":"tst_helperremove","items":[)"
           uR"({"type":"%1","id":%2,"key":%3,"cuid":%4,"uid":%5,"ctime":%6}]})"_s.arg(type)
               .arg(id)
               .arg(g.key)
               .arg(g.cuid)
               .arg(g.uid)
               .arg(g.ctime);
}

struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

Run runHelper(const QStringList& prefix, const QByteArray& input) {
    QProcess p;
    QStringList args = prefix;
    args << QStringLiteral(IPCSCOPE_HELPER_PATH) << u"remove"_s;
    p.start(args.takeFirst(), args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

class TestHelperRemove : public QObject {
    Q_OBJECT
private slots:
    void strictJsonReaderRefuses_data();
    void strictJsonReaderRefuses();
    void strictJsonReaderReadsValidDocuments();
    void planParserRefuses_data();
    void planParserRefuses();
    void orphanOfKilledChildIsRemoved();
    void attachedSegmentIsRefusedUnlessForced();
    void semaphoreOfLiveProcessIsRefused();
    void recreatedObjectIsRefused();
    void differingGuardsAreRefused_data();
    void differingGuardsAreRefused();
    void posixObjectMappedByLiveProcessIsRefused();
    void posixObjectReplacedIsRefused();
    void logLineNamesRequesterAndForce();
    void binaryReportsPerItemAndExitCodes();
    void permissionDeniedIsReportedPerItem();
    void anUnwritableResultStillSaysWhatWasDone_data();
    void anUnwritableResultStillSaysWhatWasDone();
};

void TestHelperRemove::strictJsonReaderRefuses_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty input") << QByteArray("");
    QTest::newRow("a trailing comma in an array") << QByteArray("[1,2,]");
    QTest::newRow("a trailing comma in an object") << QByteArray(R"({"a":1,})");
    QTest::newRow("single quotes") << QByteArray("{'a':1}");
    QTest::newRow("a comment") << QByteArray("{} // no");
    QTest::newRow("text after the document") << QByteArray("{} {}");
    QTest::newRow("a duplicate key") << QByteArray(R"({"a":1,"a":2})");
    QTest::newRow("a leading zero") << QByteArray("[01]");
    QTest::newRow("a fraction") << QByteArray("[1.5]");
    QTest::newRow("an exponent") << QByteArray("[1e3]");
    QTest::newRow("a number beyond 64 bits") << QByteArray("[18446744073709551616]");
    QTest::newRow("a negative number below int64") << QByteArray("[-9223372036854775809]");
    QTest::newRow("NaN") << QByteArray("[NaN]");
    QTest::newRow("a raw newline in a string") << QByteArray("[\"a\nb\"]");
    QTest::newRow("an invalid escape") << QByteArray(R"(["\x41"])");
    QTest::newRow("a lone high surrogate") << QByteArray(R"(["\ud800"])");
    QTest::newRow("a lone low surrogate") << QByteArray(R"(["\udc00"])");
    QTest::newRow("invalid UTF-8") << QByteArray("[\"\xff\"]");
    QTest::newRow("an overlong UTF-8 form") << QByteArray("[\"\xc0\xaf\"]");
    QTest::newRow("an unterminated string") << QByteArray("[\"abc");
    QTest::newRow("an unterminated object") << QByteArray(R"({"a":1)");
    QTest::newRow("a misspelt literal") << QByteArray("[tru]");
    QTest::newRow("a missing colon") << QByteArray(R"({"a" 1})");
    QTest::newRow("a non-string key") << QByteArray("{1:2}");
    QTest::newRow("nesting 40 deep") << QByteArray(40, '[') + QByteArray(40, ']');
}

void TestHelperRemove::strictJsonReaderRefuses() {
    QFETCH(QByteArray, text);
    JsonValue value;
    std::string error;
    QVERIFY(!parseJson(std::string_view(text.constData(), size_t(text.size())), value, error));
    QVERIFY2(error.find("at byte") != std::string::npos, error.c_str());
}

void TestHelperRemove::strictJsonReaderReadsValidDocuments() {
    JsonValue v;
    std::string error;
    QVERIFY(parseJson(
        R"( {"a": [true, false, null, -12, 18446744073709551615, "x\u00e9\ud83d\ude00\n"], "b": {}} )",
        v, error));
    QVERIFY(v.isObject());
    const JsonValue* a = v.find("a");
    QVERIFY(a && a->isArray());
    QCOMPARE(a->elements().size(), size_t(6));
    QVERIFY(a->elements()[0].boolean());
    QVERIFY(a->elements()[2].isNull());
    QVERIFY(a->elements()[3].negative());
    QCOMPARE(a->elements()[3].int64(), int64_t(-12));
    QCOMPARE(a->elements()[4].magnitude(), UINT64_MAX);
    QCOMPARE(QString::fromStdString(a->elements()[5].string()), u"x\u00e9\U0001F600\n"_s);
    QVERIFY(v.find("b")->isObject());
}

void TestHelperRemove::planParserRefuses_data() {
    QTest::addColumn<QByteArray>("plan");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("another schema")
        << QByteArray(R"({"schema":"ipcscope.removal-plan/2","items":[]})") << u"schema"_s;
    QTest::newRow("no items") << QByteArray(R"({"schema":"ipcscope.removal-plan/1"})")
                              << u"items"_s;
    QTest::newRow("an unknown top-level field")
        << QByteArray(R"({"schema":"ipcscope.removal-plan/1","items":[],"all":true})") << u"all"_s;
    QTest::newRow("an unknown type")
        << QByteArray(R"({"schema":"ipcscope.removal-plan/1","items":[{"type":"file","uid":0}]})")
        << u"type"_s;
    QTest::newRow("a System V item without ctime")
        << QByteArray(R"({"schema":"ipcscope.removal-plan/1","items":[)"
                      R"({"type":"sem","id":1,"key":0,"cuid":0,"uid":0}]})")
        << u"ctime"_s;
    QTest::newRow("a negative id")
        << QByteArray(R"({"schema":"ipcscope.removal-plan/1","items":[)"
                      R"({"type":"sem","id":-1,"key":0,"cuid":0,"uid":0,"ctime":0}]})")
        << u"id"_s;
    QTest::newRow("a key beyond 32 bits")
        << QByteArray(R"({"schema":"ipcscope.removal-plan/1","items":[)"
                      R"({"type":"shm","id":1,"key":4294967296,"cuid":0,"uid":0,"ctime":0}]})")
        << u"key"_s;
    QTest::newRow("force as a string")
        << QByteArray(R"({"schema":"ipcscope.removal-plan/1","items":[)"
                      R"({"type":"msg","id":1,"key":0,"cuid":0,"uid":0,"ctime":0,"force":"yes"}]})")
        << u"force"_s;
    QTest::newRow("a POSIX name with a slash")
        << QByteArray(
               R"({"schema":"ipcscope.removal-plan/1","items":[)"
               R"({"type":"posix_shm","name":"../etc/passwd","inode":1,"mtime":0,"uid":0}]})")
        << u"name"_s;
    QTest::newRow("a POSIX name of dot-dot")
        << QByteArray(R"({"schema":"ipcscope.removal-plan/1","items":[)"
                      R"({"type":"posix_mq","name_hex":"2e2e","inode":1,"mtime":0,"uid":0}]})")
        << u"name"_s;
    QTest::newRow("uppercase name_hex")
        << QByteArray(R"({"schema":"ipcscope.removal-plan/1","items":[)"
                      R"({"type":"posix_shm","name_hex":"4A","inode":1,"mtime":0,"uid":0}]})")
        << u"name_hex"_s;
    QTest::newRow("a System V field on a POSIX item")
        << QByteArray(R"({"schema":"ipcscope.removal-plan/1","items":[)"
                      R"({"type":"posix_shm","name":"a","id":3,"inode":1,"mtime":0,"uid":0}]})")
        << u"id"_s;
}

void TestHelperRemove::planParserRefuses() {
    QFETCH(QByteArray, plan);
    QFETCH(QString, mentions);
    RemovalPlan parsed;
    std::string error;
    QVERIFY(
        !parseRemovalPlan(std::string_view(plan.constData(), size_t(plan.size())), parsed, error));
    QVERIFY2(QString::fromStdString(error).contains(mentions), error.c_str());
}

void TestHelperRemove::orphanOfKilledChildIsRemoved() {
    testipc::SemSet set(testipc::uniqueKey(1), 2);
    QVERIFY(set.id >= 0);
    // The child operates on the set and dies by SIGKILL: the set is left behind.
    QVERIFY(testipc::usedByAKilledChild(set.id));
    const RemovalOutcome o = removeOne(sysvItem(ObjectKind::Sem, set.id, semGuards(set.id)));
    QCOMPARE(statusCode(o.status), std::string_view("removed"));
    QCOMPARE(o.code, std::string("removed"));
    QVERIFY(!semExists(set.id));
    set.id = -1;
}

void TestHelperRemove::attachedSegmentIsRefusedUnlessForced() {
    testipc::ShmSegment seg(testipc::uniqueKey(2), 4096);
    QVERIFY(seg.id >= 0);
    testipc::Child child([&] { shmat(seg.id, nullptr, SHM_RDONLY); });
    QVERIFY(child.pid > 0);
    const SysvGuards g = shmGuards(seg.id);
    RemovalOutcome o = removeOne(sysvItem(ObjectKind::Shm, seg.id, g));
    QCOMPARE(statusCode(o.status), std::string_view("refused"));
    QCOMPARE(o.code, std::string("attached"));
    QVERIFY(shmExists(seg.id));

    o = removeOne(sysvItem(ObjectKind::Shm, seg.id, shmGuards(seg.id), true));
    QCOMPARE(statusCode(o.status), std::string_view("removed"));
    QCOMPARE(o.code, std::string("removed_forced"));
    // Marked for removal: the key is reset, the segment goes at the child's detach.
    QCOMPARE(shmGuards(seg.id).key, uint32_t(0));
    child.kill();
    QVERIFY(!shmExists(seg.id));
    seg.id = -1;
}

void TestHelperRemove::semaphoreOfLiveProcessIsRefused() {
    testipc::SemSet set(testipc::uniqueKey(3), 1);
    QVERIFY(set.id >= 0);
    testipc::Child child([&] {
        sembuf op{0, 1, 0};
        semop(set.id, &op, 1);
    });
    QVERIFY(child.pid > 0);
    const RemovalOutcome o = removeOne(sysvItem(ObjectKind::Sem, set.id, semGuards(set.id)));
    QCOMPARE(o.code, std::string("process_alive"));
    QVERIFY2(o.message.find(std::to_string(child.pid)) != std::string::npos, o.message.c_str());
    QVERIFY(semExists(set.id));
}

void TestHelperRemove::recreatedObjectIsRefused() {
    const key_t key = testipc::uniqueKey(4);
    auto first = std::make_unique<testipc::SemSet>(key, 1);
    QVERIFY(first->id >= 0);
    const int oldId = first->id;
    const SysvGuards seen = semGuards(oldId);
    first.reset();                  // removed …
    testipc::SemSet second(key, 1); // … and re-created with the same key: a new id
    QVERIFY(second.id >= 0);
    QVERIFY(second.id != oldId);
    RemovalOutcome o = removeOne(sysvItem(ObjectKind::Sem, oldId, seen));
    QCOMPARE(o.code, std::string("gone"));
    // The new set under the old guards but its own id: the change time tells them apart unless
    // both were created in the same second; then the creator check still holds, so compare a
    // ctime that is certainly older.
    SysvGuards older = seen;
    older.ctime = semGuards(second.id).ctime - 5;
    o = removeOne(sysvItem(ObjectKind::Sem, second.id, older));
    QCOMPARE(statusCode(o.status), std::string_view("refused"));
    QCOMPARE(o.code, std::string("changed"));
    QVERIFY(semExists(second.id));
}

void TestHelperRemove::differingGuardsAreRefused_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    QTest::newRow("another key means another object took the id") << u"key"_s << u"replaced"_s;
    QTest::newRow("another creator means it was re-created") << u"cuid"_s << u"replaced"_s;
    QTest::newRow("another owner means it was changed") << u"uid"_s << u"changed"_s;
    QTest::newRow("another change time means it was changed") << u"ctime"_s << u"changed"_s;
}

void TestHelperRemove::differingGuardsAreRefused() {
    QFETCH(QString, field);
    QFETCH(QString, code);
    testipc::MsgQueue queue(testipc::uniqueKey(5));
    QVERIFY(queue.id >= 0);
    msqid_ds ds{};
    QCOMPARE(msgctl(queue.id, IPC_STAT, &ds), 0);
    SysvGuards g{uint32_t(ds.msg_perm.__key), ds.msg_perm.cuid, ds.msg_perm.uid,
                 int64_t(ds.msg_ctime)};
    if (field == "key"_L1)
        g.key ^= 1;
    else if (field == "cuid"_L1)
        g.cuid += 1;
    else if (field == "uid"_L1)
        g.uid += 1;
    else
        g.ctime -= 1;
    const RemovalOutcome o = removeOne(sysvItem(ObjectKind::Msg, queue.id, g));
    QCOMPARE(QString::fromStdString(o.code), code);
    QVERIFY(msgctl(queue.id, IPC_STAT, &ds) == 0);
}

void TestHelperRemove::posixObjectMappedByLiveProcessIsRefused() {
    const std::string name = "ipcscope-tst-remove-" + std::to_string(getpid());
    PosixShm shm(name);
    QVERIFY(shm.exists());
    {
        testipc::Child child([&] {
            const int fd = shm_open(("/" + name).c_str(), O_RDWR, 0);
            mmap(nullptr, 4096, PROT_READ, MAP_SHARED, fd, 0);
        });
        QVERIFY(child.pid > 0);
        const RemovalOutcome o = removeOne(shm.item());
        QCOMPARE(o.code, std::string("mapped"));
        QVERIFY(shm.exists());
    }
    // Its user was killed: now it goes — unless a process whose maps even root cannot read could
    // reach /dev/shm (this machine's PID 1 is one): then it is refused until forced.
    RemovalItem item = shm.item();
    RemovalOutcome o = removeOne(item);
    if (o.code == "cannot_check") {
        QVERIFY2(o.message.find("may still map it") != std::string::npos, o.message.c_str());
        if (geteuid() == 0)
            QVERIFY2(o.message.find("administrator mode") == std::string::npos, o.message.c_str());
        QVERIFY(shm.exists());
        item.force = true;
        o = removeOne(item);
    }
    QCOMPARE(statusCode(o.status), std::string_view("removed"));
    QVERIFY(!shm.exists());
}

void TestHelperRemove::posixObjectReplacedIsRefused() {
    const std::string name = "ipcscope-tst-replace-" + std::to_string(getpid());
    auto first = std::make_unique<PosixShm>(name);
    const RemovalItem seen = first->item();
    // Keep the old inode busy so that the new file cannot get the same number.
    const int keep = open(("/dev/shm/" + name).c_str(), O_RDONLY);
    first.reset();
    PosixShm second(name);
    QVERIFY(second.exists());
    const RemovalOutcome o = removeOne(seen);
    close(keep);
    QCOMPARE(o.code, std::string("replaced"));
    QVERIFY(second.exists());
}

void TestHelperRemove::logLineNamesRequesterAndForce() {
    RemovalItem item;
    item.kind = ObjectKind::Sem;
    item.id = 42;
    item.key = 7;
    item.uid = 33;
    item.force = true;
    Requester r;
    r.requestedBy = "alice@desk";
    r.sudoUser = "alice";
    r.uid = 0;
    RemovalOutcome o;
    o.status = RemovalOutcome::Status::Removed;
    o.code = "removed_forced";
    const QString line = QString::fromStdString(removalLogLine(item, o, r));
    QVERIFY2(line.startsWith("removed semaphore set id 42"_L1), qPrintable(line));
    QVERIFY(line.contains("[forced]"_L1));
    QVERIFY(line.contains("sudo by alice"_L1));
    QVERIFY(line.contains("requested by alice@desk"_L1));
}

void TestHelperRemove::binaryReportsPerItemAndExitCodes() {
    testipc::SemSet set(testipc::uniqueKey(6), 1);
    QVERIFY(set.id >= 0);
    const SysvGuards g = semGuards(set.id);
    // Two items: the first is refused (wrong key), the second removed.
    SysvGuards wrong = g;
    wrong.key ^= 1;
    QString plan = planJson(u"sem"_s, set.id, wrong);
    plan.chop(2);
    plan += uR"(,{"type":"sem","id":%1,"key":%2,"cuid":%3,"uid":%4,"ctime":%5}]})"_s.arg(set.id)
                .arg(g.key)
                .arg(g.cuid)
                .arg(g.uid)
                .arg(g.ctime);
    Run run = runHelper({}, plan.toUtf8());
    QCOMPARE(run.exitCode, 0);
    const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(doc.value("schema"_L1).toString(), u"ipcscope.removal-result/1"_s);
    const QJsonArray items = doc.value("items"_L1).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[0].toObject().value("result"_L1).toString(), u"refused"_s);
    QCOMPARE(items[0].toObject().value("code"_L1).toString(), u"replaced"_s);
    QCOMPARE(items[1].toObject().value("result"_L1).toString(), u"removed"_s);
    QCOMPARE(doc.value("requested_by"_L1).toString(), u"tst_helperremove"_s);
    QVERIFY(!semExists(set.id));
    set.id = -1;

    run = runHelper({}, "{\"schema\":");
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY(run.out.isEmpty());

    QProcess p;
    p.start(QStringLiteral(IPCSCOPE_HELPER_PATH), {u"remove"_s, u"--all"_s});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
}

void TestHelperRemove::permissionDeniedIsReportedPerItem() {
    if (geteuid() != 0)
        QSKIP("needs root to run the helper as another user (setpriv)");
    if (QStandardPaths::findExecutable(u"setpriv"_s).isEmpty())
        IPCSCOPE_SKIP_MISSING("setpriv (util-linux) is not installed");
    // Readable by everyone, but only its owner (root) may remove it.
    testipc::SemSet set(testipc::uniqueKey(7), 1, 0644);
    QVERIFY(set.id >= 0);
    // Readable by nobody but root: reading it already fails.
    testipc::SemSet hidden(testipc::uniqueKey(8), 1, 0600);
    QVERIFY(hidden.id >= 0);
    const SysvGuards g = semGuards(set.id), h = semGuards(hidden.id);
    QString plan = planJson(u"sem"_s, set.id, g);
    plan.chop(2);
    plan += uR"(,{"type":"sem","id":%1,"key":%2,"cuid":%3,"uid":%4,"ctime":%5}]})"_s.arg(hidden.id)
                .arg(h.key)
                .arg(h.cuid)
                .arg(h.uid)
                .arg(h.ctime);
    const Run run = runHelper(
        {u"setpriv"_s, u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s, u"--"_s},
        plan.toUtf8());
    QCOMPARE(run.exitCode, 0);
    const QJsonArray items = QJsonDocument::fromJson(run.out).object().value("items"_L1).toArray();
    QCOMPARE(items.size(), 2);
    for (const QJsonValue& v : items) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value("result"_L1).toString(), u"failed"_s);
        QCOMPARE(o.value("code"_L1).toString(), u"permission_denied"_s);
        QVERIFY(o.value("message"_L1).toString().contains("administrator"_L1));
        QVERIFY(o.value("errno"_L1).toInt() == EPERM || o.value("errno"_L1).toInt() == EACCES);
    }
    QVERIFY(semExists(set.id));
    QVERIFY(semExists(hidden.id));
}

void TestHelperRemove::anUnwritableResultStillSaysWhatWasDone_data() {
    QTest::addColumn<QString>("redirect");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("removed");
    QTest::newRow("stdout on /dev/full: removed, exit 4 with the counts")
        << u">/dev/full"_s << 4 << true;
    QTest::newRow("stdout closed: refused before anything is removed") << u">&-"_s << 1 << false;
}

void TestHelperRemove::anUnwritableResultStillSaysWhatWasDone() {
    QFETCH(QString, redirect);
    QFETCH(int, exitCode);
    QFETCH(bool, removed);
    testipc::SemSet set(testipc::uniqueKey(9), 1);
    QVERIFY(set.id >= 0);
    QProcess p;
    p.start(u"sh"_s,
            {u"-c"_s, u"exec \"$0\" remove "_s + redirect, QStringLiteral(IPCSCOPE_HELPER_PATH)});
    p.write(planJson(u"sem"_s, set.id, semGuards(set.id)).toUtf8());
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), exitCode);
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(err.count('\n'), 1);
    QCOMPARE(semExists(set.id), !removed);
    if (removed) {
        QVERIFY2(err.contains("the plan was carried out") && err.contains("1 removed, 0 refused"),
                 err.constData());
        set.id = -1;
    } else {
        QVERIFY2(err.contains("nothing was removed"), err.constData());
    }
}

QTEST_GUILESS_MAIN(TestHelperRemove)
#include "tst_helperremove.moc"
