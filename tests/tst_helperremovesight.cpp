// SPDX-License-Identifier: GPL-3.0-or-later
// `ipcscope-helper remove` when it cannot see every process: run as an ordinary user (uid 65534,
// which may not read root's maps), and with a private /proc mounted hidepid=1 or hidepid=2 (other
// users' processes denied or invisible). Objects the test made removable by that user, but used
// or mapped by this (root) test process, must be refused — cannot_check where nothing can be
// checked — never removed as if unused. A forced removal still goes through.
#include "requireall.h"
#include "testipc.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr uint32_t Nobody = 65534;

// A copy of the helper that uid 65534 can run: the build tree may sit in a 0700 home.
struct HelperCopy {
    QTemporaryDir dir;
    QString path = dir.filePath(u"ipcscope-helper"_s);
    bool make() {
        const auto rx = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther |
                        QFile::ExeOther;
        return QFile::copy(QStringLiteral(IPCSCOPE_HELPER_PATH), path) &&
               QFile::setPermissions(dir.path(), rx) && QFile::setPermissions(path, rx);
    }
};

struct Run {
    int exitCode = -1;
    QByteArray out, err;
    QJsonObject item() const {
        return QJsonDocument::fromJson(out).object().value("items"_L1).toArray().at(0).toObject();
    }
};

// Runs the helper as uid 65534; with `hidepid`, in a private mount namespace with its own /proc
// mounted with that option.
Run runAsNobody(const QString& helper, const QString& hidepid, const QByteArray& plan) {
    const QString setpriv = u"setpriv --reuid=65534 --regid=65534 --clear-groups -- "_s;
    QProcess p;
    if (hidepid.isEmpty())
        p.start(u"sh"_s, {u"-c"_s, u"exec "_s + setpriv + u"\"$0\" remove"_s, helper});
    else
        p.start(u"unshare"_s, {u"--mount"_s, u"--propagation"_s, u"private"_s, u"sh"_s, u"-c"_s,
                               u"mount -t proc -o hidepid=%1 proc /proc && exec "_s.arg(hidepid) +
                                   setpriv + u"\"$0\" remove"_s,
                               helper});
    Run r;
    if (!p.waitForStarted())
        return r;
    p.write(plan);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(-1);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QByteArray plan(const QString& item) {
    return (uR"({"schema":"ipcscope.removal-plan/1","items":[)"_s + item + u"]}"_s).toUtf8();
}

QString sysvItem(const char* type, int id, const ipc_perm& perm, time_t ctime, bool force) {
    return uR"({"type":"%1","id":%2,"key":%3,"cuid":%4,"uid":%5,"ctime":%6,"force":%7})"_s
        .arg(QLatin1StringView(type))
        .arg(id)
        .arg(uint32_t(perm.__key))
        .arg(perm.cuid)
        .arg(perm.uid)
        .arg(qint64(ctime))
        .arg(force ? "true"_L1 : "false"_L1);
}

// A POSIX shared memory object owned by uid 65534 (so that it may remove it), mapped by this
// root process.
struct MappedPosixShm {
    std::string name = "ipcscope-tst-sight-" + std::to_string(getpid());
    void* map = MAP_FAILED;
    bool ok = false;
    MappedPosixShm() {
        const int fd = shm_open(("/" + name).c_str(), O_CREAT | O_EXCL | O_RDWR, 0666);
        if (fd < 0)
            return;
        ok = ftruncate(fd, 4096) == 0 && fchown(fd, Nobody, Nobody) == 0;
        map = mmap(nullptr, 4096, PROT_READ, MAP_SHARED, fd, 0);
        ok = ok && map != MAP_FAILED;
        close(fd);
    }
    ~MappedPosixShm() {
        if (map != MAP_FAILED)
            munmap(map, 4096);
        shm_unlink(("/" + name).c_str());
    }
    bool exists() const {
        struct stat st {};
        return ::stat(("/dev/shm/" + name).c_str(), &st) == 0;
    }
    QString item(bool force) const {
        struct stat st {};
        ::stat(("/dev/shm/" + name).c_str(), &st);
        return uR"({"type":"posix_shm","name":"%1","inode":%2,"mtime":%3,"uid":%4,"force":%5})"_s
            .arg(QString::fromStdString(name))
            .arg(quint64(st.st_ino))
            .arg(qint64(st.st_mtime))
            .arg(st.st_uid)
            .arg(force ? "true"_L1 : "false"_L1);
    }
};

} // namespace

class TestHelperRemoveSight : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void hiddenUsersAreNotTakenForGone_data();
    void hiddenUsersAreNotTakenForGone();

private:
    HelperCopy m_helper;
    bool m_hidepid = false;
};

void TestHelperRemoveSight::initTestCase() {
    if (::geteuid() != 0)
        QSKIP("needs root to run the helper as another user (setpriv) and to mount /proc");
    if (QStandardPaths::findExecutable(u"setpriv"_s).isEmpty())
        IPCSCOPE_SKIP_MISSING("setpriv (util-linux) is not installed");
    QVERIFY(m_helper.make());
    QProcess p;
    p.start(u"unshare"_s, {u"--mount"_s, u"--propagation"_s, u"private"_s, u"sh"_s, u"-c"_s,
                           u"mount -t proc -o hidepid=2 proc /proc"_s});
    m_hidepid = p.waitForFinished(60000) && p.exitCode() == 0;
}

void TestHelperRemoveSight::hiddenUsersAreNotTakenForGone_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("hidepid");
    QTest::addColumn<bool>("force");
    QTest::addColumn<QStringList>("codes");
    const QStringList cannot{u"cannot_check"_s};
    QTest::newRow("an ordinary user may not read root's maps: a mapped POSIX object is kept")
        << u"posix"_s << QString() << false << cannot;
    QTest::newRow("an ordinary user sees the live last user of a semaphore set")
        << u"sem"_s << QString() << false << QStringList{u"process_alive"_s};
    QTest::newRow("hidepid=2 hides the live last user of a semaphore set")
        << u"sem"_s << u"2"_s << false << cannot;
    QTest::newRow("hidepid=2 hides the live last attacher of a segment")
        << u"shm"_s << u"2"_s << false << cannot;
    QTest::newRow("hidepid=2 hides the live last sender of a queue")
        << u"msg"_s << u"2"_s << false << cannot;
    QTest::newRow("hidepid=2 hides the root process mapping a POSIX object")
        << u"posix"_s << u"2"_s << false << cannot;
    QTest::newRow("hidepid=1 denies the live last user of a semaphore set")
        << u"sem"_s << u"1"_s << false << cannot;
    QTest::newRow("hidepid=1 denies the root process mapping a POSIX object")
        << u"posix"_s << u"1"_s << false << cannot;
    QTest::newRow("a forced semaphore set is removed although its user is hidden")
        << u"sem"_s << u"2"_s << true << QStringList{u"removed_forced"_s};
    QTest::newRow("a forced POSIX object is removed although its mapper is hidden")
        << u"posix"_s << u"2"_s << true << QStringList{u"removed_forced"_s};
}

void TestHelperRemoveSight::hiddenUsersAreNotTakenForGone() {
    QFETCH(QString, kind);
    QFETCH(QString, hidepid);
    QFETCH(bool, force);
    QFETCH(QStringList, codes);
    if (!hidepid.isEmpty() && !m_hidepid)
        QSKIP("a private /proc with hidepid cannot be mounted here (unshare --mount)");
    const bool removed = codes.first().startsWith("removed"_L1);
    Run r;
    if (kind == u"posix"_s) {
        MappedPosixShm shm;
        QVERIFY(shm.ok);
        r = runAsNobody(m_helper.path, hidepid, plan(shm.item(force)));
        QCOMPARE(shm.exists(), !removed);
    } else if (kind == u"sem"_s) {
        testipc::SemSet set(testipc::uniqueKey(1), 2, 0666);
        QVERIFY(set.id >= 0);
        // This process operates on it (sempid), then hands it to uid 65534.
        sembuf op{1, 1, 0};
        QCOMPARE(semop(set.id, &op, 1), 0);
        semid_ds ds{};
        testipc::semun arg{};
        arg.buf = &ds;
        QCOMPARE(semctl(set.id, 0, IPC_STAT, arg), 0);
        ds.sem_perm.uid = Nobody;
        QCOMPARE(semctl(set.id, 0, IPC_SET, arg), 0);
        QCOMPARE(semctl(set.id, 0, IPC_STAT, arg), 0);
        r = runAsNobody(m_helper.path, hidepid,
                        plan(sysvItem("sem", set.id, ds.sem_perm, ds.sem_ctime, force)));
        QCOMPARE(semctl(set.id, 0, IPC_STAT, arg) == 0, !removed);
    } else if (kind == u"shm"_s) {
        testipc::ShmSegment seg(testipc::uniqueKey(2), 4096, 0666);
        QVERIFY(seg.id >= 0);
        void* at = shmat(seg.id, nullptr, SHM_RDONLY);
        QVERIFY(at != reinterpret_cast<void*>(-1));
        QCOMPARE(shmdt(at), 0); // nattch 0 again, lpid is this live process
        shmid_ds ds{};
        QCOMPARE(shmctl(seg.id, IPC_STAT, &ds), 0);
        ds.shm_perm.uid = Nobody;
        QCOMPARE(shmctl(seg.id, IPC_SET, &ds), 0);
        QCOMPARE(shmctl(seg.id, IPC_STAT, &ds), 0);
        r = runAsNobody(m_helper.path, hidepid,
                        plan(sysvItem("shm", seg.id, ds.shm_perm, ds.shm_ctime, force)));
        QCOMPARE(shmctl(seg.id, IPC_STAT, &ds) == 0, !removed);
    } else {
        testipc::MsgQueue queue(testipc::uniqueKey(3), 0666);
        QVERIFY(queue.id >= 0);
        QVERIFY(queue.send(1, "x", 1)); // lspid is this live process
        msqid_ds ds{};
        QCOMPARE(msgctl(queue.id, IPC_STAT, &ds), 0);
        ds.msg_perm.uid = Nobody;
        QCOMPARE(msgctl(queue.id, IPC_SET, &ds), 0);
        QCOMPARE(msgctl(queue.id, IPC_STAT, &ds), 0);
        r = runAsNobody(m_helper.path, hidepid,
                        plan(sysvItem("msg", queue.id, ds.msg_perm, ds.msg_ctime, force)));
        QCOMPARE(msgctl(queue.id, IPC_STAT, &ds) == 0, !removed);
    }
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject item = r.item();
    const QString code = item.value("code"_L1).toString();
    QVERIFY2(codes.contains(code),
             qPrintable(code + u": "_s + item.value("message"_L1).toString()));
    if (code == u"cannot_check"_s) {
        const QString message = item.value("message"_L1).toString();
        QVERIFY2(message.contains(u"pid "_s) || message.contains(u"hidepid"_s),
                 qPrintable(message));
        QVERIFY2(message.contains(u"administrator mode"_s), qPrintable(message));
    }
}

QTEST_GUILESS_MAIN(TestHelperRemoveSight)
#include "tst_helperremovesight.moc"
