// SPDX-License-Identifier: GPL-3.0-or-later
// The finer removal guards (docs/cleanup-schema.md): what happens to an object in the same
// second as the snapshot — a SETVAL, a message sent to a POSIX queue, the object removed and
// re-created with the same key, creator and even the same id — leaves every whole-second time
// unchanged. With the per-semaphore values and pids, nattch/lpid, qnum/lspid and POSIX
// nanosecond times in the plan, such an object is refused; a plan without them (an older
// backend) keeps the old guard. The test process runs in its own IPC and mount namespace, so
// that it may choose the next id (kernel.sem_next_id) and mount its own mqueue file system.
#include "removal.h"
#include "removalplan.h"
#include "testipc.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>
#include <fcntl.h>
#include <mqueue.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace ipcscope::helper;

namespace {

// What a snapshot shows of a semaphore set, as the backend puts it into the plan.
RemovalItem semItem(int id, bool finer) {
    semid_ds ds{};
    testipc::semun arg{};
    arg.buf = &ds;
    semctl(id, 0, IPC_STAT, arg);
    RemovalItem item;
    item.kind = ObjectKind::Sem;
    item.id = id;
    item.key = uint32_t(ds.sem_perm.__key);
    item.cuid = ds.sem_perm.cuid;
    item.uid = ds.sem_perm.uid;
    item.ctime = int64_t(ds.sem_ctime);
    if (finer) {
        item.semValues.emplace();
        item.semPids.emplace();
        for (unsigned long i = 0; i < ds.sem_nsems; ++i) {
            item.semValues->push_back(semctl(id, int(i), GETVAL));
            item.semPids->push_back(semctl(id, int(i), GETPID));
        }
    }
    return item;
}

RemovalItem shmItem(int id, bool finer) {
    shmid_ds ds{};
    shmctl(id, IPC_STAT, &ds);
    RemovalItem item;
    item.kind = ObjectKind::Shm;
    item.id = id;
    item.key = uint32_t(ds.shm_perm.__key);
    item.cuid = ds.shm_perm.cuid;
    item.uid = ds.shm_perm.uid;
    item.ctime = int64_t(ds.shm_ctime);
    if (finer) {
        item.nattch = int64_t(ds.shm_nattch);
        item.lpid = ds.shm_lpid;
    }
    return item;
}

RemovalItem posixItem(ObjectKind kind, const QString& dir, const std::string& name, bool finer) {
    struct stat st {};
    ::stat((dir.toStdString() + "/" + name).c_str(), &st);
    RemovalItem item;
    item.kind = kind;
    item.name = name;
    item.inode = st.st_ino;
    item.mtime = st.st_mtime;
    item.uid = st.st_uid;
    if (finer) {
        item.posixCtime = st.st_ctime;
        item.mtimeNs = st.st_mtim.tv_nsec;
        item.ctimeNs = st.st_ctim.tv_nsec;
        if (kind == ObjectKind::PosixMq)
            item.qsize = 0; // a new, empty queue (its file says QSIZE:0)
    }
    return item;
}

bool writeProcSys(const char* path, int value) {
    const int fd = ::open(path, O_WRONLY);
    if (fd < 0)
        return false;
    const std::string text = std::to_string(value) + "\n";
    const bool ok = ::write(fd, text.data(), text.size()) == ssize_t(text.size());
    ::close(fd);
    return ok;
}

// Waits until early in a second, so that a few system calls surely stay within it.
void startOfASecond() {
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    if (now.tv_nsec > 300'000'000) {
        timespec rest{0, 1'000'000'000 - now.tv_nsec + 1'000'000};
        nanosleep(&rest, nullptr);
    }
}

} // namespace

class TestHelperRemoveGuards : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void sameSecondSetvalIsSeen_data();
    void sameSecondSetvalIsSeen();
    void sameSecondRecreateWithTheSameIdIsSeen_data();
    void sameSecondRecreateWithTheSameIdIsSeen();
    void sameSecondMessageToAPosixQueueIsSeen_data();
    void sameSecondMessageToAPosixQueueIsSeen();
    void finerGuardsOfAnotherKindAreRefused_data();
    void finerGuardsOfAnotherKindAreRefused();

private:
    QTemporaryDir m_mqueue;
    RemovalSources m_sources;
    std::string m_mqueueDir;
};

void TestHelperRemoveGuards::initTestCase() {
    if (::geteuid() != 0)
        QSKIP("needs root for a private IPC and mount namespace (unshare)");
    if (::unshare(CLONE_NEWIPC | CLONE_NEWNS) != 0)
        QSKIP("unshare(CLONE_NEWIPC | CLONE_NEWNS) is not allowed here");
    QCOMPARE(::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr), 0);
    QVERIFY(m_mqueue.isValid());
    QCOMPARE(::mount("mqueue", m_mqueue.path().toUtf8().constData(), "mqueue", 0, nullptr), 0);
    m_mqueueDir = m_mqueue.path().toStdString();
    m_sources.mqueueDir = m_mqueueDir.c_str();
}

void TestHelperRemoveGuards::cleanupTestCase() {
    if (!m_mqueueDir.empty())
        ::umount(m_mqueueDir.c_str());
}

void TestHelperRemoveGuards::sameSecondSetvalIsSeen_data() {
    QTest::addColumn<bool>("finer");
    QTest::addColumn<QString>("code");
    QTest::newRow("a plan with values and pids refuses the set") << true << u"changed"_s;
    QTest::newRow("an older plan without them keeps the whole-second guard")
        << false << u"removed"_s;
}

void TestHelperRemoveGuards::sameSecondSetvalIsSeen() {
    QFETCH(bool, finer);
    QFETCH(QString, code);
    testipc::SemSet set(testipc::uniqueKey(1), 2);
    QVERIFY(set.id >= 0);
    startOfASecond();
    QVERIFY(set.setValue(0, 1));
    const RemovalItem seen = semItem(set.id, finer);
    // Someone else sets a value within the same second.
    {
        testipc::Child child([&] { set.setValue(1, 7); });
        QVERIFY(child.pid > 0);
        QCOMPARE(semctl(set.id, 1, GETVAL), 7);
    }
    if (semItem(set.id, false).ctime != seen.ctime)
        QSKIP("this (loaded) machine crossed into the next second: the whole-second guard saw it");
    RemovalPlan plan;
    plan.items = {seen};
    plan.items[0].force = true; // the in-use checks are not what is tested here
    const RemovalOutcome o = removeObjects(plan, m_sources).at(0);
    QCOMPARE(QString::fromStdString(o.code), code == u"removed"_s ? u"removed_forced"_s : code);
    if (finer)
        QVERIFY2(o.message.find("used since the snapshot") != std::string::npos, o.message.c_str());
    else
        set.id = -1;
}

void TestHelperRemoveGuards::sameSecondRecreateWithTheSameIdIsSeen_data() {
    QTest::addColumn<QString>("kind");
    QTest::newRow("a semaphore set re-created with the same id, key and creator") << u"sem"_s;
    QTest::newRow("a segment re-created with the same id, key and creator") << u"shm"_s;
}

void TestHelperRemoveGuards::sameSecondRecreateWithTheSameIdIsSeen() {
    QFETCH(QString, kind);
    const bool sem = kind == u"sem"_s;
    const key_t key = testipc::uniqueKey(sem ? 2 : 3);
    startOfASecond();
    int id = sem ? semget(key, 1, IPC_CREAT | IPC_EXCL | 0600)
                 : shmget(key, 4096, IPC_CREAT | IPC_EXCL | 0600);
    QVERIFY(id >= 0);
    RemovalItem seen;
    if (sem) {
        sembuf op{0, 1, 0};
        QCOMPARE(semop(id, &op, 1), 0);
        seen = semItem(id, true);
        QCOMPARE(semctl(id, 0, IPC_RMID), 0);
        QVERIFY(writeProcSys("/proc/sys/kernel/sem_next_id", id));
        QCOMPARE(semget(key, 1, IPC_CREAT | IPC_EXCL | 0600), id);
    } else {
        void* at = shmat(id, nullptr, SHM_RDONLY);
        QVERIFY(at != reinterpret_cast<void*>(-1));
        shmdt(at);
        seen = shmItem(id, true);
        QCOMPARE(shmctl(id, IPC_RMID, nullptr), 0);
        QVERIFY(writeProcSys("/proc/sys/kernel/shm_next_id", id));
        QCOMPARE(shmget(key, 4096, IPC_CREAT | IPC_EXCL | 0600), id);
    }
    const RemovalItem now = sem ? semItem(id, false) : shmItem(id, false);
    const bool sameSecond = now.ctime == seen.ctime;
    RemovalPlan plan;
    plan.items = {seen};
    plan.items[0].force = true; // the in-use checks are not what is tested here
    const RemovalOutcome o = removeObjects(plan, m_sources).at(0);
    shmid_ds shmDs{};
    const bool stillThere = sem ? semctl(id, 0, GETVAL) >= 0 : shmctl(id, IPC_STAT, &shmDs) == 0;
    if (sem)
        semctl(id, 0, IPC_RMID);
    else
        shmctl(id, IPC_RMID, nullptr);
    if (!sameSecond)
        QSKIP("this (loaded) machine crossed into the next second: the whole-second guard saw it");
    QCOMPARE(statusCode(o.status), std::string_view("refused"));
    QVERIFY2(o.message.find("used since the snapshot") != std::string::npos, o.message.c_str());
    QVERIFY(stillThere);
}

void TestHelperRemoveGuards::sameSecondMessageToAPosixQueueIsSeen_data() {
    QTest::addColumn<bool>("finer");
    QTest::addColumn<QString>("code");
    QTest::newRow("a plan with the queued bytes refuses the queue") << true << u"changed"_s;
    QTest::newRow("an older plan without them keeps the whole-second guard")
        << false << u"removed"_s;
}

void TestHelperRemoveGuards::sameSecondMessageToAPosixQueueIsSeen() {
    QFETCH(bool, finer);
    QFETCH(QString, code);
    const std::string name = "ipcscope-tst-guard-" + std::to_string(getpid());
    startOfASecond();
    const mqd_t q = mq_open(("/" + name).c_str(), O_CREAT | O_EXCL | O_RDWR, 0600, nullptr);
    QVERIFY(q != mqd_t(-1));
    const RemovalItem seen = posixItem(ObjectKind::PosixMq, m_mqueue.path(), name, finer);
    QCOMPARE(mq_send(q, "x", 1, 0), 0);
    const bool sameSecond =
        posixItem(ObjectKind::PosixMq, m_mqueue.path(), name, false).mtime == seen.mtime;
    RemovalPlan plan;
    plan.items = {seen};
    plan.items[0].force = true; // the in-use checks are not what is tested here
    const RemovalOutcome o = removeObjects(plan, m_sources).at(0);
    mq_close(q);
    const bool stillThere = mq_unlink(("/" + name).c_str()) == 0;
    if (!sameSecond)
        QSKIP("this (loaded) machine crossed into the next second: the whole-second guard saw it");
    QCOMPARE(QString::fromStdString(o.code), code == u"removed"_s ? u"removed_forced"_s : code);
    QCOMPARE(stillThere, finer);
}

void TestHelperRemoveGuards::finerGuardsOfAnotherKindAreRefused_data() {
    QTest::addColumn<QByteArray>("item");
    QTest::addColumn<QString>("mentions");
    const QByteArray sem = R"("type":"sem","id":1,"key":0,"cuid":0,"uid":0,"ctime":0)";
    QTest::newRow("nattch on a semaphore set") << sem + R"(,"nattch":0)" << u"nattch"_s;
    QTest::newRow("mtime_ns on a message queue")
        << QByteArray(R"("type":"msg","id":1,"key":0,"cuid":0,"uid":0,"ctime":0,"mtime_ns":1)")
        << u"mtime_ns"_s;
    QTest::newRow("sem_values and sem_pids of different lengths")
        << sem + R"(,"sem_values":[0,1],"sem_pids":[0])" << u"sem_pids"_s;
    QTest::newRow("a negative semaphore value") << sem + R"(,"sem_values":[-1])" << u"sem_values"_s;
    QTest::newRow("nanoseconds of a whole second")
        << QByteArray(R"("type":"posix_shm","name":"a","inode":1,"mtime":0,"uid":0,)"
                      R"("mtime_ns":1000000000)")
        << u"mtime_ns"_s;
}

void TestHelperRemoveGuards::finerGuardsOfAnotherKindAreRefused() {
    QFETCH(QByteArray, item);
    QFETCH(QString, mentions);
    const QByteArray text = R"({"schema":"ipcscope.removal-plan/1","items":[{)" + item + "}]}";
    RemovalPlan plan;
    std::string error;
    QVERIFY(
        !parseRemovalPlan(std::string_view(text.constData(), size_t(text.size())), plan, error));
    QVERIFY2(QString::fromStdString(error).contains(mentions), error.c_str());
}

QTEST_GUILESS_MAIN(TestHelperRemoveGuards)
#include "tst_helperremoveguards.moc"
