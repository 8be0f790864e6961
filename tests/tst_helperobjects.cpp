// SPDX-License-Identifier: GPL-3.0-or-later
// ipcscope-helper against real objects this test creates with known keys, owners, sizes and
// contents: every field of the snapshot is checked against what the test did and what the kernel
// says. Everything created here is removed again (RAII), also when a check fails.
#include "requireall.h"
#include "testipc.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <grp.h>
#include <mqueue.h>
#include <pwd.h>
#include <semaphore.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QByteArray runHelperRaw(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning() << "helper failed:" << p.readAllStandardError();
        p.kill();
        p.waitForFinished();
        return {};
    }
    return p.readAllStandardOutput();
}

QJsonObject snapshot() {
    return QJsonDocument::fromJson(
               runHelperRaw(QStringLiteral(IPCSCOPE_HELPER_PATH), {u"snapshot"_s}))
        .object();
}

QJsonObject findBy(const QJsonArray& list, const QString& field, const QJsonValue& value) {
    for (const auto& v : list)
        if (v.toObject().value(field) == value)
            return v.toObject();
    return {};
}

QJsonObject findId(const QJsonObject& snap, const char* array, int id) {
    return findBy(snap.value(QLatin1String(array)).toArray(), u"id"_s, id);
}

QJsonObject process(const QJsonObject& snap, qint64 pid) {
    return findBy(snap.value(u"processes"_s).toArray(), u"pid"_s, pid);
}

QList<qint64> pidList(const QJsonValue& v) {
    QList<qint64> out;
    for (const auto& p : v.toArray())
        out.append(p.toInteger());
    return out;
}

QString userName(uid_t uid) {
    const passwd* pw = getpwuid(uid);
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString::number(uid);
}

QString groupName(gid_t gid) {
    const group* gr = getgrgid(gid);
    return gr ? QString::fromLocal8Bit(gr->gr_name) : QString::number(gid);
}

// A child blocked in semop() until killed (testipc::Child waits for its body to return, which a
// blocking semop never does).
struct BlockedChild {
    pid_t pid = -1;
    BlockedChild(int semid, unsigned short semnum, short op) {
        pid = fork();
        if (pid == 0) {
            sembuf b{semnum, op, 0};
            semop(semid, &b, 1);
            _exit(0);
        }
    }
    ~BlockedChild() {
        if (pid > 0) {
            ::kill(pid, SIGKILL);
            waitpid(pid, nullptr, 0);
        }
    }
    BlockedChild(const BlockedChild&) = delete;
    BlockedChild& operator=(const BlockedChild&) = delete;
};

// A POSIX object name of this test process, with an optional hostile suffix.
QByteArray posixName(const QByteArray& suffix = {}) {
    return "ipcscope-tst-" + QByteArray::number(getpid()) + suffix;
}

struct PosixShm {
    QByteArray name; // without the leading '/'
    int fd = -1;
    PosixShm(const QByteArray& n, mode_t mode, off_t size)
        : name(n) {
        fd = shm_open(("/" + name).constData(), O_CREAT | O_EXCL | O_RDWR, mode);
        if (fd >= 0) {
            fchmod(fd, mode); // not subject to the umask
            if (ftruncate(fd, size) != 0) {
                ::close(fd);
                fd = -1;
            }
        }
    }
    ~PosixShm() {
        if (fd >= 0) {
            ::close(fd);
            shm_unlink(("/" + name).constData());
        }
    }
    PosixShm(const PosixShm&) = delete;
    PosixShm& operator=(const PosixShm&) = delete;
};

struct NamedSemaphore {
    QByteArray name;
    sem_t* sem = SEM_FAILED;
    NamedSemaphore(const QByteArray& n, unsigned value)
        : name(n) {
        sem = sem_open(("/" + name).constData(), O_CREAT | O_EXCL, 0600, value);
    }
    ~NamedSemaphore() {
        if (sem != SEM_FAILED) {
            sem_close(sem);
            sem_unlink(("/" + name).constData());
        }
    }
    NamedSemaphore(const NamedSemaphore&) = delete;
    NamedSemaphore& operator=(const NamedSemaphore&) = delete;
};

struct PosixQueue {
    QByteArray name;
    mqd_t mq = mqd_t(-1);
    explicit PosixQueue(const QByteArray& n)
        : name(n) {
        mq_attr attr{};
        attr.mq_maxmsg = 4;
        attr.mq_msgsize = 64;
        mq = mq_open(("/" + name).constData(), O_CREAT | O_EXCL | O_RDWR, 0640, &attr);
    }
    ~PosixQueue() {
        if (mq != mqd_t(-1)) {
            mq_close(mq);
            mq_unlink(("/" + name).constData());
        }
    }
    PosixQueue(const PosixQueue&) = delete;
    PosixQueue& operator=(const PosixQueue&) = delete;
};

qint64 now() {
    return QDateTime::currentSecsSinceEpoch();
}

// The kernel stamps IPC times with its coarse clock, which can lag the fine one by a tick across a
// second boundary: a time taken before an operation may read one second later than its stamp.
qint64 justBefore() {
    return now() - 1;
}

} // namespace

class TestHelperObjects : public QObject {
    Q_OBJECT

private slots:
    void hostFactsAndLimits();
    void semaphoreSet();
    void semaphoreWaiters();
    void messageQueue();
    void segmentAttachedByAChild();
    void segmentMarkedForDestruction();
    void posixSharedMemoryMappedByAChild();
    void posixNamedSemaphore();
    void hostilePosixNames_data();
    void hostilePosixNames();
    void posixMessageQueue();
    void usersAndPrograms();
    void programsOfOtherIpcNamespacesDoNotCount();
    void withoutRootDetailIsMissingAndSaidWhy();
};

void TestHelperObjects::hostFactsAndLimits() {
    const qint64 before = justBefore();
    const QJsonObject snap = snapshot();
    const qint64 after = now();
    QCOMPARE(snap.value(u"schema"_s).toString(), u"ipcscope.snapshot/1"_s);
    QCOMPARE(snap.value(u"helper"_s)[u"mode"_s].toString(), u"helper"_s);
    QVERIFY(!snap.value(u"helper"_s)[u"version"_s].toString().isEmpty());

    const QJsonObject host = snap.value(u"host"_s).toObject();
    utsname u{};
    QCOMPARE(uname(&u), 0);
    QCOMPARE(host.value(u"hostname"_s).toString(), QString::fromLocal8Bit(u.nodename));
    QCOMPARE(host.value(u"os"_s).toString(), u"Linux"_s);
    QCOMPARE(host.value(u"kernel"_s).toString(), QString::fromLocal8Bit(u.release));
    QCOMPARE(host.value(u"arch"_s).toString(), QString::fromLocal8Bit(u.machine));
    QFile bootId(u"/proc/sys/kernel/random/boot_id"_s);
    QVERIFY(bootId.open(QIODevice::ReadOnly));
    QCOMPARE(host.value(u"boot_id"_s).toString(), QString::fromLatin1(bootId.readAll().trimmed()));
    QVERIFY(host.value(u"time"_s).toInteger() >= before);
    QVERIFY(host.value(u"time"_s).toInteger() <= after);
    // boot_time + uptime is "now", give or take the rounding of btime to whole seconds.
    const double up = host.value(u"boot_time"_s).toInteger() + host.value(u"uptime"_s).toDouble();
    QVERIFY2(up >= double(before) - 2 && up <= double(after) + 2, qPrintable(QString::number(up)));
    QVERIFY(host.value(u"mem_total"_s).toInteger() > 0);
    QCOMPARE(host.value(u"page_size"_s).toInteger(), qint64(sysconf(_SC_PAGESIZE)));
    QCOMPARE(host.value(u"clock_ticks"_s).toInteger(), qint64(sysconf(_SC_CLK_TCK)));
    struct stat ns {};
    QCOMPARE(stat("/proc/self/ns/ipc", &ns), 0);
    QCOMPARE(host.value(u"ipc_ns"_s).toInteger(), qint64(ns.st_ino));
    QCOMPARE(stat("/proc/self/ns/pid", &ns), 0);
    QCOMPARE(host.value(u"pid_ns"_s).toInteger(), qint64(ns.st_ino));
    QCOMPARE(host.value(u"euid"_s).toInteger(), qint64(geteuid()));
    QCOMPARE(host.value(u"user"_s).toString(), userName(geteuid()));
    QVERIFY(host.value(u"full_view"_s).isBool());
    QVERIFY(host.value(u"sem_stat_any"_s).isBool());

    const QJsonObject limits = snap.value(u"limits"_s).toObject();
    QFile sem(u"/proc/sys/kernel/sem"_s);
    QVERIFY(sem.open(QIODevice::ReadOnly));
    const QList<QByteArray> semFields = sem.readAll().simplified().split(' ');
    QCOMPARE(semFields.size(), 4);
    QCOMPARE(limits.value(u"semmsl"_s).toInteger(), semFields[0].toLongLong());
    QCOMPARE(limits.value(u"semmns"_s).toInteger(), semFields[1].toLongLong());
    QCOMPARE(limits.value(u"semopm"_s).toInteger(), semFields[2].toLongLong());
    QCOMPARE(limits.value(u"semmni"_s).toInteger(), semFields[3].toLongLong());
    QCOMPARE(limits.value(u"semvmx"_s).toInteger(), 32767);
    const struct {
        const char* field;
        const char* file;
    } files[] = {{"shmmni", "/proc/sys/kernel/shmmni"},
                 {"msgmax", "/proc/sys/kernel/msgmax"},
                 {"msgmnb", "/proc/sys/kernel/msgmnb"},
                 {"msgmni", "/proc/sys/kernel/msgmni"},
                 {"mq_queues_max", "/proc/sys/fs/mqueue/queues_max"},
                 {"mq_msg_max", "/proc/sys/fs/mqueue/msg_max"},
                 {"mq_msgsize_max", "/proc/sys/fs/mqueue/msgsize_max"}};
    for (const auto& f : files) {
        QFile file(QLatin1String(f.file));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(limits.value(QLatin1String(f.field)).toInteger(),
                 file.readAll().trimmed().toLongLong());
    }
    // shmmax/shmall default to nearly 2^64: doubles cannot hold them exactly, so only check the
    // text of the raw output.
    QVERIFY(limits.value(u"shmmax"_s).isDouble());
    QVERIFY(limits.value(u"shmall"_s).isDouble());
}

void TestHelperObjects::semaphoreSet() {
    const key_t key = testipc::uniqueKey(1);
    const qint64 before = justBefore();
    testipc::SemSet set(key, 3, 0640);
    QVERIFY(set.id >= 0);
    sembuf op{0, 5, 0}; // semaphore 0: +5 by semop (sets otime and its pid)
    QCOMPARE(semop(set.id, &op, 1), 0);
    QVERIFY(set.setValue(2, 7)); // semaphore 2: SETVAL (sets its pid, not otime)
    const QJsonObject snap = snapshot();
    const qint64 after = now();

    const QJsonObject s = findId(snap, "semaphores", set.id);
    QVERIFY2(!s.isEmpty(), "the set is missing");
    QCOMPARE(s.value(u"key"_s).toInteger(), qint64(quint32(key)));
    QCOMPARE(s.value(u"perms"_s).toInteger(), 0640);
    QCOMPARE(s.value(u"uid"_s).toInteger(), qint64(geteuid()));
    QCOMPARE(s.value(u"gid"_s).toInteger(), qint64(getegid()));
    QCOMPARE(s.value(u"cuid"_s).toInteger(), qint64(geteuid()));
    QCOMPARE(s.value(u"cgid"_s).toInteger(), qint64(getegid()));
    QCOMPARE(s.value(u"owner"_s).toString(), userName(geteuid()));
    QCOMPARE(s.value(u"group"_s).toString(), groupName(getegid()));
    QCOMPARE(s.value(u"creator"_s).toString(), userName(geteuid()));
    QVERIFY(s.value(u"ctime"_s).toInteger() >= before && s.value(u"ctime"_s).toInteger() <= after);
    QCOMPARE(s.value(u"nsems"_s).toInteger(), 3);
    QVERIFY(s.value(u"otime"_s).toInteger() >= before && s.value(u"otime"_s).toInteger() <= after);
    QCOMPARE(s.value(u"detail"_s).toBool(), true);
    const QJsonArray sems = s.value(u"sems"_s).toArray();
    QCOMPARE(sems.size(), 3);
    const struct {
        int value;
        qint64 pid;
    } expected[] = {{5, getpid()}, {0, 0}, {7, getpid()}};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject sem = sems[i].toObject();
        QCOMPARE(sem.value(u"value"_s).toInt(), expected[i].value);
        QCOMPARE(sem.value(u"pid"_s).toInteger(), expected[i].pid);
        QCOMPARE(sem.value(u"ncnt"_s).toInt(), 0);
        QCOMPARE(sem.value(u"zcnt"_s).toInt(), 0);
    }
    // The test process itself is referenced (last operation) and alive.
    const QJsonObject self = process(snap, getpid());
    QCOMPARE(self.value(u"alive"_s).toBool(), true);
    QCOMPARE(self.value(u"uid"_s).toInteger(), qint64(getuid()));
}

void TestHelperObjects::semaphoreWaiters() {
    testipc::SemSet set(testipc::uniqueKey(2), 2);
    QVERIFY(set.id >= 0);
    QVERIFY(set.setValue(0, 1));
    BlockedChild waitsForZero(set.id, 0, 0);      // semaphore 0 is 1: waits for it to become 0
    BlockedChild waitsForIncrease(set.id, 1, -1); // semaphore 1 is 0: waits for an increase
    QVERIFY(waitsForZero.pid > 0 && waitsForIncrease.pid > 0);
    // Wait until the kernel has queued both (not a timing assertion: the deadline only guards
    // against a hang).
    QTRY_VERIFY_WITH_TIMEOUT(semctl(set.id, 0, GETZCNT) == 1 && semctl(set.id, 1, GETNCNT) == 1,
                             10000);

    const QJsonObject snap = snapshot();
    const QJsonArray sems = findId(snap, "semaphores", set.id).value(u"sems"_s).toArray();
    QCOMPARE(sems.size(), 2);
    QCOMPARE(sems[0].toObject().value(u"zcnt"_s).toInt(), 1);
    QCOMPARE(sems[0].toObject().value(u"ncnt"_s).toInt(), 0);
    QCOMPARE(sems[1].toObject().value(u"zcnt"_s).toInt(), 0);
    QCOMPARE(sems[1].toObject().value(u"ncnt"_s).toInt(), 1);
}

void TestHelperObjects::messageQueue() {
    const key_t key = testipc::uniqueKey(3);
    const qint64 before = justBefore();
    testipc::MsgQueue queue(key, 0620);
    QVERIFY(queue.id >= 0);
    const QByteArray payload(30, 'x');
    QVERIFY(queue.send(1, payload.constData(), 10));
    QVERIFY(queue.send(2, payload.constData(), 20));
    QVERIFY(queue.send(3, payload.constData(), 30));
    struct {
        long mtype;
        char mtext[64];
    } msg{};
    QCOMPARE(msgrcv(queue.id, &msg, sizeof msg.mtext, 1, IPC_NOWAIT), ssize_t(10));
    msqid_ds ds{};
    QCOMPARE(msgctl(queue.id, IPC_STAT, &ds), 0);
    const QJsonObject snap = snapshot();
    const qint64 after = now();

    const QJsonObject q = findId(snap, "message_queues", queue.id);
    QVERIFY2(!q.isEmpty(), "the queue is missing");
    QCOMPARE(q.value(u"key"_s).toInteger(), qint64(quint32(key)));
    QCOMPARE(q.value(u"perms"_s).toInteger(), 0620);
    QCOMPARE(q.value(u"uid"_s).toInteger(), qint64(geteuid()));
    QCOMPARE(q.value(u"owner"_s).toString(), userName(geteuid()));
    QCOMPARE(q.value(u"group"_s).toString(), groupName(getegid()));
    QCOMPARE(q.value(u"qnum"_s).toInteger(), 2);
    QCOMPARE(q.value(u"cbytes"_s).toInteger(), 50);
    QCOMPARE(q.value(u"qbytes"_s).toInteger(), qint64(ds.msg_qbytes));
    QCOMPARE(q.value(u"lspid"_s).toInteger(), qint64(getpid()));
    QCOMPARE(q.value(u"lrpid"_s).toInteger(), qint64(getpid()));
    for (const auto* field : {"stime", "rtime", "ctime"}) {
        const qint64 t = q.value(QLatin1String(field)).toInteger();
        QVERIFY2(t >= before && t <= after, field);
    }
}

void TestHelperObjects::segmentAttachedByAChild() {
    const key_t key = testipc::uniqueKey(4);
    const qint64 before = justBefore();
    testipc::ShmSegment seg(key, 12345, 0600);
    QVERIFY(seg.id >= 0);
    qint64 childPid = 0;
    {
        testipc::Child child([&] { (void)shmat(seg.id, nullptr, 0); });
        QVERIFY(child.pid > 0);
        childPid = child.pid;
        const QJsonObject snap = snapshot();
        const qint64 after = now();
        const QJsonObject s = findId(snap, "shared_memory", seg.id);
        QVERIFY2(!s.isEmpty(), "the segment is missing");
        QCOMPARE(s.value(u"key"_s).toInteger(), qint64(quint32(key)));
        QCOMPARE(s.value(u"perms"_s).toInteger(), 0600);
        QCOMPARE(s.value(u"size"_s).toInteger(), 12345);
        QCOMPARE(s.value(u"nattch"_s).toInteger(), 1);
        QCOMPARE(s.value(u"cpid"_s).toInteger(), qint64(getpid()));
        QCOMPARE(s.value(u"lpid"_s).toInteger(), childPid);
        QVERIFY(s.value(u"atime"_s).toInteger() >= before &&
                s.value(u"atime"_s).toInteger() <= after);
        QCOMPARE(s.value(u"dtime"_s).toInteger(), 0);
        QVERIFY(s.value(u"ctime"_s).toInteger() >= before &&
                s.value(u"ctime"_s).toInteger() <= after);
        QVERIFY(s.value(u"rss"_s).isDouble()); // this kernel prints rss and swap
        QVERIFY(s.value(u"swap"_s).isDouble());
        QCOMPARE(s.value(u"dest"_s).toBool(), false);
        QCOMPARE(s.value(u"locked"_s).toBool(), false);
        QCOMPARE(pidList(s.value(u"attached_pids"_s)), QList<qint64>{childPid});

        const QJsonObject p = process(snap, childPid);
        QCOMPARE(p.value(u"alive"_s).toBool(), true);
        QCOMPARE(p.value(u"state"_s).toString(), u"S"_s); // in pause()
        QCOMPARE(p.value(u"comm"_s).toString(),
                 process(snap, getpid()).value(u"comm"_s).toString());
        QVERIFY(p.value(u"cmdline"_s).toString().contains(u"tst_helperobjects"_s));
        QCOMPARE(p.value(u"uid"_s).toInteger(), qint64(getuid()));
        QCOMPARE(p.value(u"user"_s).toString(), userName(getuid()));
        QCOMPARE(p.value(u"ppid"_s).toInteger(), qint64(getpid()));
        const double start = p.value(u"start_time"_s).toDouble();
        QVERIFY2(start >= double(before) - 2 && start <= double(after) + 2,
                 qPrintable(QString::number(start, 'f', 2)));
    } // the child is killed and reaped here: its exit detached the segment

    const QJsonObject snap = snapshot();
    const QJsonObject s = findId(snap, "shared_memory", seg.id);
    QCOMPARE(s.value(u"nattch"_s).toInteger(), 0);
    QVERIFY(s.value(u"attached_pids"_s).toArray().isEmpty());
    QCOMPARE(s.value(u"lpid"_s).toInteger(), childPid);
    QVERIFY(s.value(u"dtime"_s).toInteger() >= before);
    const QJsonObject gone = process(snap, childPid);
    QVERIFY2(!gone.isEmpty(), "a referenced pid must be listed even when the process is gone");
    QCOMPARE(gone.value(u"alive"_s).toBool(), false);
    QVERIFY(gone.value(u"state"_s).isNull());
    QVERIFY(gone.value(u"comm"_s).isNull());
    QVERIFY(gone.value(u"start_time"_s).isNull());
}

void TestHelperObjects::segmentMarkedForDestruction() {
    testipc::ShmSegment seg(testipc::uniqueKey(5), 4096);
    QVERIFY(seg.id >= 0);
    testipc::Child child([&] { (void)shmat(seg.id, nullptr, SHM_RDONLY); });
    QCOMPARE(shmctl(seg.id, IPC_RMID, nullptr), 0); // stays until the child detaches
    const QJsonObject s = findId(snapshot(), "shared_memory", seg.id);
    QVERIFY2(!s.isEmpty(), "a segment marked for destruction is still listed");
    QCOMPARE(s.value(u"dest"_s).toBool(), true);
    QCOMPARE(s.value(u"key"_s).toInteger(), 0); // the kernel resets the key to IPC_PRIVATE
    QCOMPARE(pidList(s.value(u"attached_pids"_s)), QList<qint64>{child.pid});
}

void TestHelperObjects::posixSharedMemoryMappedByAChild() {
    PosixShm shm(posixName("-shm"), 0640, 8192);
    QVERIFY(shm.fd >= 0);
    testipc::Child child([&] { (void)mmap(nullptr, 8192, PROT_READ, MAP_SHARED, shm.fd, 0); });
    struct stat st {};
    QCOMPARE(fstat(shm.fd, &st), 0);
    const QJsonObject snap = snapshot();
    const QJsonObject o = findBy(snap.value(u"posix"_s)[u"shm"_s].toArray(), u"name"_s,
                                 QString::fromLatin1(shm.name));
    QVERIFY2(!o.isEmpty(), "the POSIX shared memory object is missing");
    QVERIFY(!o.contains(u"name_hex"_s)); // a valid name needs no hex
    QCOMPARE(o.value(u"uid"_s).toInteger(), qint64(st.st_uid));
    QCOMPARE(o.value(u"gid"_s).toInteger(), qint64(st.st_gid));
    QCOMPARE(o.value(u"owner"_s).toString(), userName(st.st_uid));
    QCOMPARE(o.value(u"group"_s).toString(), groupName(st.st_gid));
    QCOMPARE(o.value(u"mode"_s).toInteger(), 0640);
    QCOMPARE(o.value(u"size"_s).toInteger(), 8192);
    QCOMPARE(o.value(u"mtime"_s).toInteger(), qint64(st.st_mtime));
    QCOMPARE(o.value(u"ctime"_s).toInteger(), qint64(st.st_ctime));
    QCOMPARE(o.value(u"inode"_s).toInteger(), qint64(st.st_ino));
    QCOMPARE(pidList(o.value(u"mapped_pids"_s)), QList<qint64>{child.pid});
    QCOMPARE(process(snap, child.pid).value(u"alive"_s).toBool(), true);
}

void TestHelperObjects::posixNamedSemaphore() {
    NamedSemaphore sem(posixName("-sem"), 5);
    QVERIFY(sem.sem != SEM_FAILED);
    QCOMPARE(sem_post(sem.sem), 0);
    QCOMPARE(sem_post(sem.sem), 0);
    const QJsonObject snap = snapshot();
    const QJsonObject o = findBy(snap.value(u"posix"_s)[u"semaphores"_s].toArray(), u"name"_s,
                                 QString::fromLatin1(sem.name)); // without "sem."
    QVERIFY2(!o.isEmpty(), "the named semaphore is missing");
    QCOMPARE(o.value(u"value"_s).toInt(), 7);
    QCOMPARE(o.value(u"mode"_s).toInteger(), 0600);
    QCOMPARE(o.value(u"size"_s).toInteger(), qint64(sizeof(sem_t)));
    // sem_open() mapped it into this process.
    QVERIFY(pidList(o.value(u"mapped_pids"_s)).contains(getpid()));
    QVERIFY(findBy(snap.value(u"posix"_s)[u"shm"_s].toArray(), u"name"_s,
                   u"sem."_s + QString::fromLatin1(sem.name))
                .isEmpty());
}

void TestHelperObjects::hostilePosixNames_data() {
    QTest::addColumn<QByteArray>("suffix");
    QTest::addColumn<bool>("repaired");
    QTest::newRow("quotes, backslashes and control characters are escaped")
        << QByteArray("-\"\\\n\t\x01\x1f\x7f end") << false;
    QTest::newRow("valid UTF-8 letters and emoji stay as they are")
        << QByteArray("-\xc3\xbc\xe2\x82\xac\xf0\x9f\x98\x80") << false;
    QTest::newRow("Latin-1 bytes are repaired and kept in hex")
        << QByteArray("-\xe4\xf6\xfc") << true;
    QTest::newRow("overlong forms and surrogates are repaired and kept in hex")
        << QByteArray("-\xc0\xaf\xed\xa0\x80\xf4\x90\x80\x80") << true;
    QTest::newRow("stray continuation and cut sequences are repaired")
        << QByteArray("-\x80\xbf\xe2\x82\xff\xfe") << true;
}

void TestHelperObjects::hostilePosixNames() {
    QFETCH(QByteArray, suffix);
    QFETCH(bool, repaired);
    const QByteArray name = posixName(suffix);
    const QByteArray path = "/dev/shm/" + name;
    const int fd = ::open(path.constData(), O_CREAT | O_EXCL | O_RDWR, 0600);
    QVERIFY(fd >= 0);
    ::close(fd);
    const auto removeFile = qScopeGuard([&] { ::unlink(path.constData()); });

    const QByteArray raw = runHelperRaw(QStringLiteral(IPCSCOPE_HELPER_PATH), {u"snapshot"_s});
    // The whole document is strictly valid UTF-8 …
    QStringDecoder strict(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = strict(raw);
    QVERIFY(!strict.hasError());
    QVERIFY(!raw.isEmpty());
    // … and valid JSON in which the object is found by its exact bytes.
    QJsonParseError error{};
    const QJsonObject snap = QJsonDocument::fromJson(raw, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QJsonObject found;
    for (const auto& v : snap.value(u"posix"_s)[u"shm"_s].toArray()) {
        const QJsonObject o = v.toObject();
        const QByteArray bytes =
            o.contains(u"name_hex"_s)
                ? QByteArray::fromHex(o.value(u"name_hex"_s).toString().toLatin1())
                : o.value(u"name"_s).toString().toUtf8();
        if (bytes == name)
            found = o;
    }
    QVERIFY2(!found.isEmpty(), "the object is not found by its exact name");
    QCOMPARE(found.contains(u"name_hex"_s), repaired);
    const QString shown = found.value(u"name"_s).toString();
    QVERIFY(shown.startsWith(QString::fromLatin1(posixName())));
    QCOMPARE(shown.contains(QChar(0xfffd)), repaired);
    if (!repaired)
        QCOMPARE(shown, QString::fromUtf8(name));
    QCOMPARE(found.value(u"size"_s).toInteger(), 0);
}

void TestHelperObjects::posixMessageQueue() {
    PosixQueue queue(posixName("-mq"));
    QVERIFY(queue.mq != mqd_t(-1));
    QCOMPARE(mq_send(queue.mq, "twelve bytes", 12, 0), 0);
    QCOMPARE(mq_send(queue.mq, "three", 5, 0), 0);

    QByteArray raw;
    QStorageInfo mqueue(u"/dev/mqueue"_s);
    if (mqueue.isValid() && mqueue.rootPath() == u"/dev/mqueue"_s &&
        mqueue.fileSystemType() == "mqueue") {
        raw = runHelperRaw(QStringLiteral(IPCSCOPE_HELPER_PATH), {u"snapshot"_s});
    } else {
        // Not mounted here: the helper says so …
        const QJsonObject snap = snapshot();
        bool warned = false;
        for (const auto& w : snap.value(u"warnings"_s).toArray())
            warned |= w.toObject().value(u"code"_s).toString() == u"mqueue_not_mounted"_s;
        QVERIFY(warned);
        // … and with the file system mounted in a private mount namespace it lists the queue.
        if (geteuid() != 0)
            QSKIP("needs root to mount /dev/mqueue in a private mount namespace");
        const QString unshare = QStandardPaths::findExecutable(u"unshare"_s);
        if (unshare.isEmpty())
            IPCSCOPE_SKIP_MISSING("unshare (util-linux) is not installed");
        if (QProcess::execute(unshare, {u"--mount"_s, u"true"_s}) != 0)
            QSKIP("no private mount namespace possible here (container without CAP_SYS_ADMIN?)");
        raw = runHelperRaw(unshare, {u"--mount"_s, u"--"_s, u"sh"_s, u"-c"_s,
                                     u"mount -t tmpfs ipcscope-tst /dev && mkdir /dev/mqueue && "
                                     "mount -t mqueue none /dev/mqueue && exec \"$0\" snapshot"_s,
                                     QStringLiteral(IPCSCOPE_HELPER_PATH)});
    }
    const QJsonObject snap = QJsonDocument::fromJson(raw).object();
    const QJsonObject o = findBy(snap.value(u"posix"_s)[u"mqueues"_s].toArray(), u"name"_s,
                                 QString::fromLatin1(queue.name));
    QVERIFY2(!o.isEmpty(), "the POSIX message queue is missing");
    QCOMPARE(o.value(u"qsize"_s).toInteger(), 17);
    QCOMPARE(o.value(u"notify_pid"_s).toInteger(), 0);
    QCOMPARE(o.value(u"mode"_s).toInteger(), 0640); // the umask (022) keeps 0640
    QCOMPARE(o.value(u"uid"_s).toInteger(), qint64(geteuid()));
    QVERIFY(o.value(u"mapped_pids"_s).toArray().isEmpty());
}

void TestHelperObjects::usersAndPrograms() {
    const QJsonObject snap = snapshot();
    const QJsonObject user = findBy(snap.value(u"users"_s).toArray(), u"uid"_s, qint64(getuid()));
    QVERIFY(user.value(u"processes"_s).toInteger() >= 1);
    QCOMPARE(user.value(u"user"_s).toString(), userName(getuid()));
    // This test's own program, by its comm and uid.
    bool found = false;
    QFile commFile(u"/proc/self/comm"_s);
    QVERIFY(commFile.open(QIODevice::ReadOnly));
    const QString comm = QString::fromLocal8Bit(commFile.readAll().trimmed());
    for (const auto& v : snap.value(u"programs"_s).toArray()) {
        const QJsonObject p = v.toObject();
        if (p.value(u"comm"_s).toString() != comm ||
            p.value(u"uid"_s).toInteger() != qint64(getuid()))
            continue;
        found = true;
        QVERIFY(p.value(u"count"_s).toInteger() >= 1);
        QCOMPARE(p.value(u"user"_s).toString(), userName(getuid()));
        QVERIFY(p.value(u"oldest_start"_s).toDouble() <= p.value(u"newest_start"_s).toDouble());
        QVERIFY(p.value(u"oldest_pid"_s).toInteger() > 0);
    }
    QVERIFY(found);
}

// A program in another IPC namespace (a container's Apache) cannot use this namespace's objects:
// it must not count as running here, or a leak here would look in use.
void TestHelperObjects::programsOfOtherIpcNamespacesDoNotCount() {
    if (geteuid() != 0)
        QSKIP("needs root to make an IPC namespace");
    const QString unshare = QStandardPaths::findExecutable(u"unshare"_s);
    if (unshare.isEmpty() || QProcess::execute(unshare, {u"--ipc"_s, u"true"_s}) != 0)
        QSKIP("no private IPC namespace possible here");
    // Two copies of sleep with names of their own, one here and one in a new IPC namespace.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString here = dir.filePath(u"nsprobe-here"_s);
    const QString elsewhere = dir.filePath(u"nsprobe-other"_s);
    QVERIFY(QFile::copy(QStandardPaths::findExecutable(u"sleep"_s), here));
    QVERIFY(QFile::copy(QStandardPaths::findExecutable(u"sleep"_s), elsewhere));
    QProcess hereProcess, otherProcess;
    hereProcess.start(here, {u"300"_s});
    otherProcess.start(unshare, {u"--ipc"_s, elsewhere, u"300"_s});
    QVERIFY(hereProcess.waitForStarted() && otherProcess.waitForStarted());
    const auto commOf = [](qint64 pid) {
        QFile f(u"/proc/%1/comm"_s.arg(pid));
        return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().trimmed()) : QString();
    };
    QTRY_COMPARE(commOf(otherProcess.processId()), u"nsprobe-other"_s); // unshare has exec'd

    const QJsonObject snap = snapshot();
    QStringList comms;
    for (const auto& v : snap.value(u"programs"_s).toArray())
        comms << v.toObject().value(u"comm"_s).toString();
    QVERIFY2(comms.contains(u"nsprobe-here"_s), qPrintable(comms.join(u' ')));
    QVERIFY2(!comms.contains(u"nsprobe-other"_s), "a program of another IPC namespace counted");
    // It counts in its own namespace, which the helper (root) has read.
    QStringList otherComms;
    for (const auto& n : snap.value(u"namespaces"_s).toArray())
        if (n.toObject().value(u"oldest_pid"_s).toInteger() == otherProcess.processId())
            for (const auto& v : n.toObject().value(u"programs"_s).toArray())
                otherComms << v.toObject().value(u"comm"_s).toString();
    QCOMPARE(otherComms, QStringList{u"nsprobe-other"_s});
    hereProcess.kill();
    otherProcess.kill();
    hereProcess.waitForFinished();
    otherProcess.waitForFinished();
}

void TestHelperObjects::withoutRootDetailIsMissingAndSaidWhy() {
    if (geteuid() != 0)
        QSKIP("needs root to run the helper as another user");
    const QString setpriv = QStandardPaths::findExecutable(u"setpriv"_s);
    if (setpriv.isEmpty())
        IPCSCOPE_SKIP_MISSING("setpriv (util-linux) is not installed");
    testipc::SemSet privateSet(testipc::uniqueKey(6), 2, 0600);  // root's, unreadable for others
    testipc::SemSet readableSet(testipc::uniqueKey(7), 1, 0644); // readable by everyone
    testipc::MsgQueue privateQueue(testipc::uniqueKey(8), 0600);
    QVERIFY(privateSet.id >= 0 && readableSet.id >= 0 && privateQueue.id >= 0);
    // A copy that user "nobody" can execute wherever the build tree lives.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                  QFile::ExeOwner | QFile::ReadOther |
                                                  QFile::ExeOther));
    const QString helper = dir.filePath(u"ipcscope-helper"_s);
    QVERIFY(QFile::copy(QStringLiteral(IPCSCOPE_HELPER_PATH), helper));
    QVERIFY(QFile::setPermissions(helper, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther |
                                              QFile::ExeOther));
    const QByteArray raw = runHelperRaw(setpriv, {u"--reuid=65534"_s, u"--regid=65534"_s,
                                                  u"--clear-groups"_s, helper, u"snapshot"_s});
    const QJsonObject snap = QJsonDocument::fromJson(raw).object();
    QCOMPARE(snap.value(u"host"_s)[u"euid"_s].toInteger(), 65534);
    QCOMPARE(snap.value(u"host"_s)[u"full_view"_s].toBool(), false);
    const QJsonObject hidden = findId(snap, "semaphores", privateSet.id);
    QCOMPARE(hidden.value(u"detail"_s).toBool(), false); // listed, but without detail
    QVERIFY(hidden.value(u"sems"_s).toArray().isEmpty());
    QCOMPARE(hidden.value(u"nsems"_s).toInteger(), 2);
    QCOMPARE(findId(snap, "semaphores", readableSet.id).value(u"detail"_s).toBool(), true);
    QVERIFY(findId(snap, "message_queues", privateQueue.id).value(u"qbytes"_s).isNull());
    QStringList codes;
    QString semMessage;
    for (const auto& v : snap.value(u"warnings"_s).toArray()) {
        codes << v.toObject().value(u"code"_s).toString();
        if (codes.last() == u"no_sem_detail"_s)
            semMessage = v.toObject().value(u"message"_s).toString();
    }
    QVERIFY(codes.contains(u"no_sem_detail"_s));
    QVERIFY(codes.contains(u"no_msg_qbytes"_s));
    QVERIFY2(semMessage.startsWith(u"not root: "_s), qPrintable(semMessage));
}

QTEST_GUILESS_MAIN(TestHelperObjects)
#include "tst_helperobjects.moc"
