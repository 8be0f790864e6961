// SPDX-License-Identifier: GPL-3.0-or-later
// The helper's single pass over /proc, on a small /proc tree written by the test: processes and
// their real uids, kernel threads and zombies, who maps which segment or POSIX object, and which
// semaphore sets have a task waiting in semop() (the proof that lets the helper skip
// GETNCNT/GETZCNT for all other sets).
#include "processscan.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/syscall.h>
#include <sys/sysmacros.h>

using namespace ipcscope::helper;
using namespace Qt::StringLiterals;

namespace {

// A process of the fake tree: its stat line and status, maps, and one syscall line per task.
struct FakeProcess {
    int pid;
    QByteArray comm;
    char state;
    unsigned long flags;
    int uid;
    QByteArray maps;
    QList<QPair<int, QByteArray>> tasks; // tid, syscall line
    QByteArray cmdline;
};

bool writeFile(const QString& path, const QByteArray& data) {
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

bool writeTree(const QString& root, const QList<FakeProcess>& processes) {
    bool ok = true;
    for (const auto& p : processes) {
        const QString dir = root + u'/' + QString::number(p.pid);
        const QByteArray stat = QByteArray::number(p.pid) + " (" + p.comm + ") " + p.state +
                                " 1 1 1 0 -1 " + QByteArray::number(qulonglong(p.flags)) +
                                " 0 0 0 0 5 6 0 0 20 0 1 0 " + QByteArray::number(1000 + p.pid) +
                                " 0 0 18446744073709551615 0 0 0 0 0 0 0 0 0 0 0 0 17 0\n";
        ok &= writeFile(dir + u"/stat"_s, stat);
        ok &= writeFile(dir + u"/status"_s, "Name:\t" + p.comm + "\nUid:\t" +
                                                QByteArray::number(p.uid) + "\t0\t0\t0\n");
        ok &= writeFile(dir + u"/maps"_s, p.maps);
        ok &= writeFile(dir + u"/cmdline"_s, p.cmdline);
        for (const auto& [tid, line] : p.tasks)
            ok &= writeFile(dir + u"/task/"_s + QString::number(tid) + u"/syscall"_s, line);
    }
    ok &= QDir(root).mkpath(u"sysvipc"_s); // not a process: ignored
    return ok;
}

const QByteArray semop = QByteArray::number(SYS_semop);

} // namespace

class TestHelperProcScan : public QObject {
    Q_OBJECT

private slots:
    void processesMapsAndWaiters();
    void aTaskInAnUnknownSemaphoreCallMakesEverySetCount();
    void nothingToMapMeansMapsAreNotNeeded();
    void theKernelShowsTheNativeHelpersOwnSystemCallNumbers();
};

void TestHelperProcScan::processesMapsAndWaiters() {
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QByteArray maps =
        "55d0c0a00000-55d0c0a21000 r--p 00000000 fd:01 1311234   /usr/sbin/apache2\n"
        "7f1c30000000-7f1c30010000 rw-s 00000000 00:01 5         /SYSV1c200000 (deleted)\n"
        "7f1c30010000-7f1c30020000 r--s 00000000 00:01 5         /SYSV1c200000 (deleted)\n"
        "7f1c31000000-7f1c31001000 rw-s 00000000 00:1a 4711      /dev/shm/sem.apache\n"
        "7f1c31001000-7f1c31002000 rw-s 00000000 00:1b 4711      /other/fs/same-inode\n";
    QVERIFY(writeTree(
        tmp.path(),
        {
            {1, "init", 'S', 0x400100, 0, {}, {{1, "-1 0x7ffd 0x55d0\n"}}, "/sbin/init\0"},
            {2, "kthreadd", 'S', 0x208040, 0, {}, {}, {}},
            {4242,
             "apache2",
             'S',
             0x400140,
             33,
             maps,
             {{4242, "232 0x4 0x7ffd 0x40 0xffffffff 0x0 0x0 0x7ffd 0x7f1c\n"},
              {4243, semop + " 0x8001 0x7ffd1c01 0x1 0x0 0x0 0x0 0x7ffd 0x7f1c\n"}},
             QByteArray("/usr/sbin/apache2\0-k\0start\0", 27)},
            {77, "a) b (c", 'Z', 0x400144, 1000, {}, {{77, "running\n"}}, {}},
        }));

    ShmSegment segment;
    segment.id = 5;
    segment.nattch = 1;
    ShmSegment other;
    other.id = 6;
    other.nattch = 1;
    PosixObject sem;
    sem.inode = 4711;
    MapsTargets targets;
    targets.segmentsByShmid.emplace(5, &segment);
    targets.segmentsByShmid.emplace(6, &other);
    targets.posixDev = makedev(0, 0x1a);
    targets.posixByInode.emplace(4711, &sem);

    const ProcessTable table = scanProcesses(targets, true, tmp.path().toLocal8Bit().constData());
    QVERIFY(table.procReadable);
    QCOMPARE(table.byPid.size(), size_t(4));

    const ProcessInfo& apache = table.byPid.at(4242);
    QCOMPARE(apache.comm, std::string("apache2"));
    QCOMPARE(apache.state, 'S');
    QVERIFY(apache.alive);
    QVERIFY(!apache.kernelThread);
    QCOMPARE(apache.uid, std::optional<uint32_t>(33));
    QCOMPARE(apache.ppid, std::optional<int64_t>(1));
    QCOMPARE(apache.startTicks, std::optional<uint64_t>(1000 + 4242));
    QVERIFY(table.byPid.at(2).kernelThread);
    const ProcessInfo& zombie = table.byPid.at(77);
    QCOMPARE(zombie.comm, std::string("a) b (c"));
    QVERIFY(!zombie.alive);

    // Two mappings of segment 5 give one pid; the same inode on another device is not /dev/shm.
    QCOMPARE(segment.attachedPids, std::vector<int64_t>{4242});
    QVERIFY(other.attachedPids.empty());
    QCOMPARE(sem.mappedPids, std::vector<int64_t>{4242});

    // Thread 4243 of apache waits in semop on set 0x8001; nobody else waits anywhere.
    QVERIFY(table.semWaiters.complete);
    QVERIFY(!table.semWaiters.unattributed);
    QCOMPARE(table.semWaiters.semids.size(), size_t(1));
    QVERIFY(table.semWaiters.mayHaveWaiters(0x8001));
    QVERIFY(!table.semWaiters.mayHaveWaiters(0x8002));

    QCOMPARE(readCmdline(4242, tmp.path().toLocal8Bit().constData()),
             std::optional<std::string>("/usr/sbin/apache2 -k start"));
    QVERIFY(!readCmdline(999, tmp.path().toLocal8Bit().constData()));
}

void TestHelperProcScan::aTaskInAnUnknownSemaphoreCallMakesEverySetCount() {
#if !defined(__x86_64__)
    QSKIP("the 32-bit compat call numbers in this test are those of x86_64");
#endif
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    // A 32-bit task inside ipc(2): its set cannot be told from the arguments.
    QVERIFY(writeTree(tmp.path(), {{300,
                                    "legacy32",
                                    'S',
                                    0x400000,
                                    0,
                                    {},
                                    {{300, "117 0x1 0x8001 0x1 0x0 0xffd0 0x0 0xffd0 0xf7f0\n"}},
                                    {}}}));
    MapsTargets none;
    const ProcessTable table = scanProcesses(none, true, tmp.path().toLocal8Bit().constData());
    QVERIFY(table.semWaiters.unattributed);
    QVERIFY(table.semWaiters.mayHaveWaiters(1));
    QVERIFY(table.semWaiters.mayHaveWaiters(0x8001));
}

void TestHelperProcScan::nothingToMapMeansMapsAreNotNeeded() {
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(writeTree(tmp.path(), {{10, "x", 'R', 0x400000, 0, {}, {{10, "running\n"}}, {}}}));
    // Without the waiter proof asked for, the result says nothing is proven.
    MapsTargets none;
    QVERIFY(none.empty());
    const ProcessTable table = scanProcesses(none, false, tmp.path().toLocal8Bit().constData());
    QCOMPARE(table.byPid.size(), size_t(1));
    QVERIFY(!table.semWaiters.complete);
    QVERIFY(table.semWaiters.mayHaveWaiters(42));
    QVERIFY(!scanProcesses(none, false, "/nonexistent-proc").procReadable);
}

// Run natively, the kernel shows the helper's own read() with the helper's SYS_read; under
// qemu-user it would not (tst_crosshelpers checks the `emulated` warning that follows).
void TestHelperProcScan::theKernelShowsTheNativeHelpersOwnSystemCallNumbers() {
    QVERIFY(ipcscope::helper::kernelSyscallNumbers() == ipcscope::helper::SyscallNumbers::Ours);
#if defined(__x86_64__)
    QVERIFY(ipcscope::helper::syscallNumbersKnown("x86_64"));
    QVERIFY(!ipcscope::helper::syscallNumbersKnown("aarch64"));
#endif
}

QTEST_APPLESS_MAIN(TestHelperProcScan)
#include "tst_helperprocscan.moc"
