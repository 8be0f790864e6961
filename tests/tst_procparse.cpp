// SPDX-License-Identifier: GPL-3.0-or-later
// The helper's /proc and /etc readers on fixture files: old kernels without rss/swap columns,
// negative keys, values at the top of their range, comm fields full of parentheses, and lines
// that are broken on purpose.
#include "accounts.h"
#include "fileio.h"
#include "hostfacts.h"
#include "posixipc.h"
#include "procparse.h"
#include "semwaiters.h"
#include "sysvlist.h"

#include <QtTest>

#include <semaphore.h>
#include <sys/syscall.h>

using namespace ipcscope::helper;

namespace {
std::string fixture(const char* name) {
    const QString path = QFINDTESTDATA(QStringLiteral("data/proc/") + QLatin1String(name));
    std::string text;
    if (path.isEmpty() || !readFile(path.toLocal8Bit().constData(), text))
        qWarning("fixture %s is missing", name);
    return text;
}

std::vector<std::string> names(std::initializer_list<const char*> list) {
    return std::vector<std::string>(list.begin(), list.end());
}
} // namespace

class TestProcParse : public QObject {
    Q_OBJECT

private slots:
    void semaphoreList();
    void sharedMemoryList();
    void sharedMemoryListOfKernel310WithoutRssAndSwap();
    void messageQueueList();
    void listWithUnknownHeader();
    void listWithMissingColumns();
    void keys_data();
    void keys();
    void stat_data();
    void stat();
    void statusRealUid();
    void maps();
    void accounts();
    void hostFiles();
    void semLimits_data();
    void semLimits();
    void kernelVersion_data();
    void kernelVersion();
    void mqueueInfo_data();
    void mqueueInfo();
    void semaphoreBytes();
    void syscallLine_data();
    void syscallLine();
};

void TestProcParse::semaphoreList() {
    std::vector<SemSet> sets;
    const auto r = parseSemList(fixture("sysvipc_sem"), sets);
    QVERIFY(r.ok);
    QVERIFY(r.missingColumns.empty());
    QCOMPARE(r.badLines, size_t(1)); // "this line is garbage"; the blank line is skipped quietly
    QCOMPARE(sets.size(), size_t(3));

    QCOMPARE(sets[0].key, 0u);
    QCOMPARE(sets[0].id, 0);
    QCOMPARE(sets[0].mode, 0600u);
    QCOMPARE(sets[0].nsems, 1);
    QCOMPARE(sets[0].otime, 0);
    QCOMPARE(sets[0].ctime, 1700000000);

    QCOMPARE(sets[1].key, 0xffffffffu); // printed as -1
    QCOMPARE(sets[1].id, 32769);
    QCOMPARE(sets[1].mode, 0666u);
    QCOMPARE(sets[1].nsems, 4);
    QCOMPARE(sets[1].uid, 1000u);
    QCOMPARE(sets[1].gid, 1000u);
    QCOMPARE(sets[1].cuid, 0u);
    QCOMPARE(sets[1].otime, 1700000100);

    QCOMPARE(sets[2].key, 0x80000000u); // INT_MIN
    QCOMPARE(sets[2].mode, 01600u);
    QCOMPARE(sets[2].nsems, 250);
    QCOMPARE(sets[2].cgid, 33u);
}

void TestProcParse::sharedMemoryList() {
    std::vector<ShmSegment> segs;
    const auto r = parseShmList(fixture("sysvipc_shm"), segs);
    QVERIFY(r.ok);
    QVERIFY(r.missingColumns.empty());
    QCOMPARE(r.badLines, size_t(0));
    QCOMPARE(segs.size(), size_t(2));

    QCOMPARE(segs[0].key, 471859200u);
    QCOMPARE(segs[0].id, 5);
    QCOMPARE(segs[0].mode, 01600u); // SHM_DEST
    QCOMPARE(segs[0].size, uint64_t(65536));
    QCOMPARE(segs[0].cpid, 4242);
    QCOMPARE(segs[0].lpid, 4243);
    QCOMPARE(segs[0].nattch, 2);
    QCOMPARE(segs[0].atime, 1700000300);
    QCOMPARE(segs[0].dtime, 1700000200);
    QCOMPARE(segs[0].ctime, 1700000000);
    QCOMPARE(segs[0].rss, std::optional<uint64_t>(12288));
    QCOMPARE(segs[0].swap, std::optional<uint64_t>(0));

    QCOMPARE(segs[1].mode, 03600u); // SHM_DEST | SHM_LOCKED
    QCOMPARE(segs[1].size, UINT64_MAX);
    QCOMPARE(segs[1].uid, 4294967294u);
    QCOMPARE(segs[1].rss, std::optional<uint64_t>(UINT64_MAX));
    QCOMPARE(segs[1].swap, std::optional<uint64_t>(9223372036854775808ull));
}

void TestProcParse::sharedMemoryListOfKernel310WithoutRssAndSwap() {
    std::vector<ShmSegment> segs;
    const auto r = parseShmList(fixture("sysvipc_shm_3.10"), segs);
    QVERIFY(r.ok);
    QVERIFY(r.missingColumns == names({"rss", "swap"}));
    QCOMPARE(segs.size(), size_t(2));
    QCOMPARE(segs[0].key, 52428800u);
    QCOMPARE(segs[0].id, 32768);
    QCOMPARE(segs[0].size, uint64_t(1048576));
    QCOMPARE(segs[0].nattch, 1);
    QCOMPARE(segs[0].uid, 26u);
    QVERIFY(!segs[0].rss);
    QVERIFY(!segs[0].swap);
    QCOMPARE(segs[1].key, uint32_t(-5));
}

void TestProcParse::messageQueueList() {
    std::vector<MsgQueue> queues;
    const auto r = parseMsgList(fixture("sysvipc_msg"), queues);
    QVERIFY(r.ok);
    QCOMPARE(queues.size(), size_t(2));
    QCOMPARE(queues[0].key, 305419896u);
    QCOMPARE(queues[0].mode, 0620u);
    QCOMPARE(queues[0].cbytes, uint64_t(60));
    QCOMPARE(queues[0].qnum, uint64_t(3));
    QCOMPARE(queues[0].lspid, 5000);
    QCOMPARE(queues[0].lrpid, 5001);
    QCOMPARE(queues[0].uid, 1000u);
    QCOMPARE(queues[0].gid, 100u);
    QCOMPARE(queues[0].stime, 1700000400);
    QCOMPARE(queues[0].rtime, 1700000500);
    QVERIFY(!queues[0].qbytes); // not in /proc: only msgctl knows it
    QCOMPARE(queues[1].key, uint32_t(-16));
    QCOMPARE(queues[1].cbytes, UINT64_MAX);
    QCOMPARE(queues[1].qnum, UINT64_MAX);
}

void TestProcParse::listWithUnknownHeader() {
    std::vector<SemSet> sets;
    const auto r = parseSemList(fixture("sysvipc_sem_bad_header"), sets);
    QVERIFY(!r.ok);
    QVERIFY(sets.empty());
    QVERIFY(!parseSemList("", sets).ok);
}

void TestProcParse::listWithMissingColumns() {
    std::vector<SemSet> sets;
    const auto r = parseSemList(fixture("sysvipc_sem_unknown_columns"), sets);
    QVERIFY(r.ok);
    QVERIFY(r.missingColumns == names({"uid", "gid", "cuid", "cgid"}));
}

void TestProcParse::keys_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<uint>("key");
    QTest::newRow("IPC_PRIVATE is zero") << QByteArray("0") << true << 0u;
    QTest::newRow("a positive key stays as it is") << QByteArray("1193046") << true << 0x123456u;
    QTest::newRow("-1 is the top of the unsigned range") << QByteArray("-1") << true << 0xffffffffu;
    QTest::newRow("INT_MIN maps to 2^31") << QByteArray("-2147483648") << true << 0x80000000u;
    QTest::newRow("an unsigned key above INT_MAX is kept")
        << QByteArray("4294967295") << true << 0xffffffffu;
    QTest::newRow("below INT_MIN is refused") << QByteArray("-2147483649") << false << 0u;
    QTest::newRow("above 32 bits is refused") << QByteArray("4294967296") << false << 0u;
    QTest::newRow("hex is refused") << QByteArray("0x10") << false << 0u;
    QTest::newRow("empty is refused") << QByteArray() << false << 0u;
}

void TestProcParse::keys() {
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(uint, key);
    const auto k = parseKey(std::string_view(text.constData(), size_t(text.size())));
    QCOMPARE(bool(k), valid);
    if (valid)
        QCOMPARE(*k, uint32_t(key));
}

void TestProcParse::stat_data() {
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("comm");
    QTest::addColumn<QString>("state");
    QTest::addColumn<qint64>("ppid");
    QTest::addColumn<bool>("kernelThread");
    QTest::addColumn<quint64>("startTicks");

    const QByteArray tail =
        " 0 0 0 -1 4194560 401 0 0 0 17 22 0 0 20 0 1 0 123456 46211072 3823 "
        "18446744073709551615 1 1 0 0 0 0 0 4096 1256 0 0 0 17 0 0 0 0 0 0 0 0 0 0 0 0 0\n";
    QTest::newRow("an ordinary process")
        << QByteArray("4242 (apache2) S 1") + tail << true << QByteArray("apache2")
        << QStringLiteral("S") << qint64(1) << false << quint64(123456);
    QTest::newRow("comm with spaces and parentheses ends at the last parenthesis")
        << QByteArray("77 (a) b (c)) Z 5") + tail << true << QByteArray("a) b (c)")
        << QStringLiteral("Z") << qint64(5) << false << quint64(123456);
    QTest::newRow("a kernel thread has the PF_KTHREAD flag")
        << QByteArray("2 (kthreadd) S 0 0 0 0 -1 2129984 0 0 0 0 0 0 0 0 20 0 1 0 7 0 0 "
                      "18446744073709551615 0 0 0 0 0 0 0 2147483647 0 0 0 0 17 0 0 0\n")
        << true << QByteArray("kthreadd") << QStringLiteral("S") << qint64(0) << true << quint64(7);
    QTest::newRow("an empty comm") << QByteArray("9 () R 1") + tail << true << QByteArray()
                                   << QStringLiteral("R") << qint64(1) << false << quint64(123456);
    QTest::newRow("a line cut before the start time is refused")
        << QByteArray("4242 (apache2) S 1 0 0 0 -1 4194560\n") << false << QByteArray() << QString()
        << qint64(0) << false << quint64(0);
    QTest::newRow("a line without parentheses is refused")
        << QByteArray("4242 apache2 S 1") + tail << false << QByteArray() << QString() << qint64(0)
        << false << quint64(0);
    QTest::newRow("a state of two letters is refused")
        << QByteArray("4242 (x) SS 1") + tail << false << QByteArray() << QString() << qint64(0)
        << false << quint64(0);
}

void TestProcParse::stat() {
    QFETCH(QByteArray, line);
    QFETCH(bool, valid);
    const auto s = parseStat(std::string_view(line.constData(), size_t(line.size())));
    QCOMPARE(bool(s), valid);
    if (!valid)
        return;
    QFETCH(QByteArray, comm);
    QFETCH(QString, state);
    QFETCH(qint64, ppid);
    QFETCH(bool, kernelThread);
    QFETCH(quint64, startTicks);
    QCOMPARE(QByteArray(s->comm.data(), qsizetype(s->comm.size())), comm);
    QCOMPARE(QString(QLatin1Char(s->state)), state);
    QCOMPARE(s->ppid, ppid);
    QCOMPARE((s->flags & KernelThreadFlag) != 0, kernelThread);
    QCOMPARE(s->startTicks, startTicks);
}

void TestProcParse::statusRealUid() {
    QCOMPARE(parseStatusRealUid(fixture("status")), std::optional<uint32_t>(33));
    QVERIFY(!parseStatusRealUid("Name:\tx\nState:\tS\n"));
    QVERIFY(!parseStatusRealUid("Uid:\tnobody\n"));
}

void TestProcParse::maps() {
    struct Entry {
        uint32_t major, minor;
        uint64_t inode;
        std::string path;
    };
    std::vector<Entry> entries;
    parseMaps(fixture("maps"), [&](const MapsEntry& e) {
        entries.push_back({e.devMajor, e.devMinor, e.inode, std::string(e.path)});
    });
    // Anonymous mappings and [stack]/[vdso]/[vsyscall] are not files.
    QCOMPARE(entries.size(), size_t(7));
    QCOMPARE(entries[0].path, std::string("/usr/sbin/apache2"));
    QCOMPARE(entries[0].major, 0xfdu);
    QCOMPARE(entries[0].minor, 1u);
    QCOMPARE(entries[1].path, std::string("/SYSV1c200000 (deleted)"));
    QCOMPARE(entries[1].inode, uint64_t(5));
    QCOMPARE(entries[1].minor, 1u);
    QCOMPARE(entries[3].inode, uint64_t(32768));
    QCOMPARE(entries[4].path, std::string("/dev/shm/sem.apache mutex")); // spaces kept
    QCOMPARE(entries[4].major, 0u);
    QCOMPARE(entries[4].minor, 0x1au);
    QCOMPARE(entries[4].inode, uint64_t(4711));
    QCOMPARE(entries[5].path, std::string("/dev/shm/odd\\012name"));
    QCOMPARE(entries[6].path, std::string("/dev/shm/gone (deleted)"));
}

void TestProcParse::accounts() {
    Accounts a;
    a.parsePasswd(fixture("passwd"));
    a.parseGroup(fixture("group"));
    QCOMPARE(a.userName(0), std::string("root")); // the first entry for uid 0 wins
    QCOMPARE(a.userName(33), std::string("www-data"));
    QCOMPARE(a.userName(114), std::string("postgres"));
    QCOMPARE(a.userName(65534), std::string("nobody"));
    QCOMPARE(a.userName(4242), std::string("4242")); // unknown: the number
    QVERIFY(!a.hasUser(4242));
    QVERIFY(!a.hasUser(0xffffffffu));
    QCOMPARE(a.groupName(121), std::string("ssl-cert"));
    QCOMPARE(a.groupName(65534), std::string("nogroup"));
    QCOMPARE(a.groupName(7), std::string("7"));
    // The same reference comes back for an unknown id asked twice.
    QCOMPARE(&a.userName(4242), &a.userName(4242));
}

void TestProcParse::hostFiles() {
    QCOMPARE(parseMemTotal(fixture("meminfo")), std::optional<uint64_t>(16314412ull * 1024));
    QCOMPARE(parseBootTime(fixture("stat")), std::optional<int64_t>(1700000000));
    QCOMPARE(parseUptimeCentis(fixture("uptime")), std::optional<uint64_t>(170042));
    QCOMPARE(parseUptimeCentis("12.5 1.0\n"), std::optional<uint64_t>(1250));
    QCOMPARE(parseUptimeCentis("12 1.0\n"), std::optional<uint64_t>(1200));
    QVERIFY(!parseUptimeCentis("up a while\n"));
    QVERIFY(!parseMemTotal("MemFree: 1 kB\n"));
    QVERIFY(!parseBootTime("cpu 1 2 3\n"));
}

void TestProcParse::semLimits_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("tab separated as the kernel prints it")
        << QByteArray("32000\t1024000000\t500\t32000\n") << true;
    QTest::newRow("space separated as sysctl -w writes it")
        << QByteArray("250 32000 32 128") << true;
    QTest::newRow("three fields are refused") << QByteArray("250 32000 32\n") << false;
    QTest::newRow("words are refused") << QByteArray("a b c d\n") << false;
}

void TestProcParse::semLimits() {
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    Limits l;
    QCOMPARE(parseSemLimits(std::string_view(text.constData(), size_t(text.size())), l), valid);
    if (valid) {
        QVERIFY(l.semmsl && l.semmns && l.semopm && l.semmni);
        QVERIFY(*l.semmsl == 32000 || *l.semmsl == 250);
    }
}

void TestProcParse::kernelVersion_data() {
    QTest::addColumn<QString>("release");
    QTest::addColumn<bool>("atLeast417");
    QTest::newRow("CentOS 7 has no SEM_STAT_ANY")
        << QStringLiteral("3.10.0-1160.el7.x86_64") << false;
    QTest::newRow("4.17 is the first with it") << QStringLiteral("4.17.0") << true;
    QTest::newRow("4.9 is older although 9 < 17 as text") << QStringLiteral("4.9.337") << false;
    QTest::newRow("Debian 12") << QStringLiteral("6.1.0-18-amd64") << true;
    QTest::newRow("garbage is old") << QStringLiteral("unknown") << false;
}

void TestProcParse::kernelVersion() {
    QFETCH(QString, release);
    QFETCH(bool, atLeast417);
    QCOMPARE(kernelAtLeast(release.toStdString(), 4, 17), atLeast417);
}

void TestProcParse::mqueueInfo_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<quint64>("qsize");
    QTest::addColumn<qint64>("notifyPid");
    QTest::newRow("an idle queue")
        << QByteArray("QSIZE:0          NOTIFY:0     SIGNO:0     NOTIFY_PID:0     \n") << true
        << quint64(0) << qint64(0);
    QTest::newRow("a queue with messages and a notification")
        << QByteArray("QSIZE:129        NOTIFY:0     SIGNO:10    NOTIFY_PID:4242  \n") << true
        << quint64(129) << qint64(4242);
    QTest::newRow("text without the fields is refused")
        << QByteArray("hello\n") << false << quint64(0) << qint64(0);
}

void TestProcParse::mqueueInfo() {
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    uint64_t qsize = 0;
    int64_t notifyPid = 0;
    QCOMPARE(
        parseMqueueInfo(std::string_view(text.constData(), size_t(text.size())), qsize, notifyPid),
        valid);
    if (valid) {
        QTEST(quint64(qsize), "qsize");
        QTEST(qint64(notifyPid), "notifyPid");
    }
}

void TestProcParse::semaphoreBytes() {
    // A real sem_t, initialised by the C library, read back from its bytes.
    sem_t sem;
    QCOMPARE(sem_init(&sem, 1, 7), 0);
    const std::string_view bytes(reinterpret_cast<const char*>(&sem), sizeof sem);
    QCOMPARE(semaphoreValueFromBytes(bytes), std::optional<int64_t>(7));
    QCOMPARE(sem_post(&sem), 0);
    QCOMPARE(semaphoreValueFromBytes(bytes), std::optional<int64_t>(8));
    sem_destroy(&sem);
    QVERIFY(!semaphoreValueFromBytes(bytes.substr(0, 8))); // not the size of a sem_t
}

void TestProcParse::syscallLine_data() {
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("semid");
    const auto other = int(SyscallKind::Other);
    QTest::newRow("a running task waits for nothing")
        << QByteArray("running\n") << other << qint64(0);
    QTest::newRow("a task outside any system call")
        << QByteArray("-1 0x7ffd1c020000 0x55d0c0a01234\n") << other << qint64(0);
    QTest::newRow("a task in epoll_wait")
        << QByteArray("232 0x4 0x7ffd 0x40 0xffffffff 0x0 0x0 0x7ffd 0x7f1c\n") << other
        << qint64(0);
#if defined(__x86_64__) || defined(__aarch64__)
    const QByteArray semop = QByteArray::number(SYS_semop);
    const QByteArray semtimedop = QByteArray::number(SYS_semtimedop);
    QTest::newRow("a task in semop waits on the set of its first argument")
        << semop + " 0x8001 0x7ffd1c01 0x1 0x0 0x0 0x0 0x7ffd 0x7f1c\n"
        << int(SyscallKind::SemWait) << qint64(0x8001);
    QTest::newRow("a task in semtimedop too")
        << semtimedop + " 0x0 0x7ffd1c01 0x1 0x7ffd2000 0x0 0x0 0x7ffd 0x7f1c\n"
        << int(SyscallKind::SemWait) << qint64(0);
    QTest::newRow("a semop without readable arguments cannot be attributed")
        << semop + "\n"
        << int(SyscallKind::Unattributed) << qint64(0);
#endif
#if defined(__x86_64__)
    QTest::newRow("a 32-bit task in ipc(2) cannot be attributed")
        << QByteArray("117 0x1 0x8001 0x1 0x0 0xffd0 0x0 0xffd0 0xf7f0\n")
        << int(SyscallKind::Unattributed) << qint64(0);
#endif
}

void TestProcParse::syscallLine() {
    QFETCH(QByteArray, line);
    QFETCH(int, kind);
    QFETCH(qint64, semid);
    int64_t id = 0;
    QCOMPARE(int(classifySyscall(std::string_view(line.constData(), size_t(line.size())), id)),
             kind);
    if (kind == int(SyscallKind::SemWait))
        QCOMPARE(id, int64_t(semid));
}

QTEST_APPLESS_MAIN(TestProcParse)
#include "tst_procparse.moc"
