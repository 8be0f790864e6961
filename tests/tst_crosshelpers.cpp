// SPDX-License-Identifier: GPL-3.0-or-later
// The helpers built for the other server architectures (remote-helper/cross.cmake), each run under
// qemu-user (qemu-<arch>-static, started explicitly, so binfmt_misc need not be set up) against
// this machine's kernel, in a private IPC namespace with objects this test made:
//  - every helper (this machine's own too) is a static ELF of its architecture under 2 MiB;
//  - its snapshot lists exactly what /proc/sysvipc/{sem,shm,msg} lists, with the same numbers,
//    and follows docs/snapshot.schema.json;
//  - a task waiting in semop() shows in ncnt although the set is big enough for the waiter proof
//    (semwaiters.h: under qemu the kernel speaks the host's system call numbers, not the
//    helper's, and the helper must notice that instead of proving "no waiters");
//  - `remove` carries out a plan: the set as seen is removed, a set whose guard does not match
//    (another key) is refused.
#include "requireall.h"
#include "schemacheck.h"
#include "ssh/helperdeployer.h"
#include "testipc.h"
#include "transport/helperlocator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <sched.h>
#include <thread>

using namespace Qt::StringLiterals;
using namespace ipcscope;

namespace {

QString helperDir() {
    return QFileInfo(QStringLiteral(IPCSCOPE_HELPER_PATH)).absolutePath();
}

QString helperPath(const QString& arch) {
    if (arch == QStringLiteral(IPCSCOPE_NATIVE_ARCH))
        return QStringLiteral(IPCSCOPE_HELPER_PATH);
    return helperDir() + u'/' + crossHelperFileName(arch);
}

// The cross-built helpers of this build, one row each.
QStringList crossArchitectures() {
    QStringList archs = builtHelperArchitectures();
    archs.removeAll(QStringLiteral(IPCSCOPE_NATIVE_ARCH));
    return archs;
}

struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

Run runUnderQemu(const QString& arch, const QStringList& args, const QByteArray& input = {}) {
    QProcess p;
    p.start(u"qemu-%1-static"_s.arg(arch), QStringList{helperPath(arch)} + args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

// /proc/sysvipc/<file>: one map of column → text per object, columns named by the header line.
QList<QHash<QString, QString>> procTable(const char* file) {
    QFile f(QStringLiteral("/proc/sysvipc/") + QLatin1StringView(file));
    QList<QHash<QString, QString>> rows;
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    const QStringList lines = QString::fromLatin1(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    const QStringList header = lines.value(0).simplified().split(u' ');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList fields = lines[i].simplified().split(u' ');
        QHash<QString, QString> row;
        for (qsizetype c = 0; c < header.size() && c < fields.size(); ++c)
            row.insert(header[c], fields[c]);
        rows << row;
    }
    return rows;
}

// A child blocked in semop() on one semaphore of a set: a waiter (ncnt 1). Killed and reaped at
// scope end.
struct Waiter {
    pid_t pid = -1;
    Waiter(int semId, unsigned short semnum) {
        pid = fork();
        if (pid == 0) {
            sembuf op{semnum, -1, 0};
            semop(semId, &op, 1);
            _exit(0);
        }
    }
    ~Waiter() {
        if (pid > 0) {
            ::kill(pid, SIGKILL);
            waitpid(pid, nullptr, 0);
        }
    }
    Waiter(const Waiter&) = delete;
    Waiter& operator=(const Waiter&) = delete;
};

bool waitForNcnt(int semId, int semnum, int count) {
    for (int i = 0; i < 500; ++i) {
        if (semctl(semId, semnum, GETNCNT) == count)
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
}

// Program headers of a 64-bit ELF file: whether one is PT_INTERP (a dynamic loader).
bool elfHasInterpreter(const QByteArray& elf, bool& readable) {
    readable = false;
    if (elf.size() < 64 ||
        !elf.startsWith("\x7f"
                        "ELF") ||
        elf.at(4) != 2)
        return false;
    const bool little = elf.at(5) == 1;
    const auto num = [&](qsizetype at, int bytes) {
        quint64 v = 0;
        for (int i = 0; i < bytes; ++i) {
            const quint64 b = uchar(elf.at(at + (little ? i : bytes - 1 - i)));
            v |= b << (8 * i);
        }
        return v;
    };
    const quint64 phoff = num(32, 8);
    const quint64 phentsize = num(54, 2);
    const quint64 phnum = num(56, 2);
    if (phoff + phentsize * phnum > quint64(elf.size()) || phentsize < 4)
        return false;
    readable = true;
    for (quint64 i = 0; i < phnum; ++i)
        if (num(qsizetype(phoff + i * phentsize), 4) == 3) // PT_INTERP
            return true;
    return false;
}

} // namespace

class TestCrossHelpers : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void eachHelperIsStaticAndSmall_data();
    void eachHelperIsStaticAndSmall();
    void snapshotUnderQemuEqualsProcSysvipc_data();
    void snapshotUnderQemuEqualsProcSysvipc();
    void guardedRemovalUnderQemu_data();
    void guardedRemovalUnderQemu();

private:
    void addCrossRows();
    QString m_python;
};

void TestCrossHelpers::initTestCase() {
    if (crossArchitectures().isEmpty())
        IPCSCOPE_SKIP_MISSING("no cross-built helper in this build (the cross compilers "
                              "g++-aarch64-linux-gnu, g++-powerpc64le-linux-gnu, "
                              "g++-s390x-linux-gnu are missing)");
    for (const QString& arch : crossArchitectures())
        if (QStandardPaths::findExecutable(u"qemu-%1-static"_s.arg(arch)).isEmpty())
            IPCSCOPE_SKIP_MISSING("qemu-user-static is not installed");
    if (::geteuid() != 0)
        QSKIP("needs root for a private IPC namespace (unshare)");
    // The objects below and the helpers' snapshots live in an IPC namespace of this test alone.
    QCOMPARE(::unshare(CLONE_NEWIPC), 0);
    m_python = testschema::python();
}

void TestCrossHelpers::addCrossRows() {
    QTest::addColumn<QString>("arch");
    for (const QString& arch : crossArchitectures())
        QTest::newRow(qPrintable(arch)) << arch;
}

void TestCrossHelpers::eachHelperIsStaticAndSmall_data() {
    QTest::addColumn<QString>("arch");
    for (const QString& arch : builtHelperArchitectures())
        QTest::newRow(qPrintable(arch)) << arch;
}

void TestCrossHelpers::eachHelperIsStaticAndSmall() {
    QFETCH(QString, arch);
    QFile file(helperPath(arch));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QByteArray elf = file.readAll();
    QCOMPARE(HelperDeployer::elfArchitecture(file.fileName()), arch);
    bool readable = false;
    QVERIFY2(!elfHasInterpreter(elf, readable), "dynamically linked (it has a PT_INTERP)");
    QVERIFY(readable);
    qInfo("%s: %lld bytes", qPrintable(QFileInfo(file).fileName()), qlonglong(elf.size()));
    QVERIFY2(elf.size() < 2 * 1024 * 1024, qPrintable(QString::number(elf.size())));
}

void TestCrossHelpers::snapshotUnderQemuEqualsProcSysvipc_data() {
    addCrossRows();
}

void TestCrossHelpers::snapshotUnderQemuEqualsProcSysvipc() {
    QFETCH(QString, arch);
    // 1024 semaphores: enough for the helper to try the waiter proof (snapshot.cpp).
    testipc::SemSet big(testipc::uniqueKey(1), 1024, 0640);
    testipc::SemSet small(testipc::uniqueKey(2), 3);
    testipc::ShmSegment shm(testipc::uniqueKey(3), 8192, 0604);
    testipc::MsgQueue queue(testipc::uniqueKey(4));
    QVERIFY(big.id >= 0 && small.id >= 0 && shm.id >= 0 && queue.id >= 0);
    QVERIFY(small.setValue(0, 7) && small.setValue(2, 32767));
    QVERIFY(queue.send(1, "hello", 5));
    const int shmId = shm.id;
    testipc::Child attached([shmId] { shmat(shmId, nullptr, SHM_RDONLY); });
    Waiter waiter(big.id, 5);
    QVERIFY(waiter.pid > 0);
    QVERIFY(waitForNcnt(big.id, 5, 1));

    const Run run = runUnderQemu(arch, {u"snapshot"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonParseError error{};
    const QJsonObject doc = QJsonDocument::fromJson(run.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    // qemu-user answers uname() with the emulated machine; the helper notices the emulation
    // from the system call numbers the kernel shows for its own read() and says so.
    QCOMPARE(doc["host"_L1]["arch"_L1].toString(), arch);
    QStringList codes;
    for (const QJsonValue& w : doc["warnings"_L1].toArray())
        codes << w["code"_L1].toString();
    QVERIFY2(codes.contains(u"emulated"_s), qPrintable(codes.join(u", "_s)));

    // Every object /proc/sysvipc lists, with the same numbers (perms are octal there).
    struct Table {
        const char* file;
        QString section;
        QString idColumn;
        QList<std::pair<QString, QString>> columns; // /proc column → JSON member
    };
    const QList<Table> tables{
        {"sem", u"semaphores"_s, u"semid"_s, {{u"nsems"_s, u"nsems"_s}, {u"otime"_s, u"otime"_s}}},
        {"shm",
         u"shared_memory"_s,
         u"shmid"_s,
         {{u"size"_s, u"size"_s},
          {u"cpid"_s, u"cpid"_s},
          {u"lpid"_s, u"lpid"_s},
          {u"nattch"_s, u"nattch"_s},
          {u"atime"_s, u"atime"_s},
          {u"dtime"_s, u"dtime"_s},
          {u"rss"_s, u"rss"_s},
          {u"swap"_s, u"swap"_s}}},
        {"msg",
         u"message_queues"_s,
         u"msqid"_s,
         {{u"cbytes"_s, u"cbytes"_s},
          {u"qnum"_s, u"qnum"_s},
          {u"lspid"_s, u"lspid"_s},
          {u"lrpid"_s, u"lrpid"_s},
          {u"stime"_s, u"stime"_s},
          {u"rtime"_s, u"rtime"_s}}},
    };
    for (const Table& table : tables) {
        const auto rows = procTable(table.file);
        const QJsonArray objects = doc[table.section].toArray();
        QCOMPARE(objects.size(), rows.size());
        for (const auto& row : rows) {
            const qint64 id = row.value(table.idColumn).toLongLong();
            QJsonObject o;
            for (const QJsonValue& v : objects)
                if (v["id"_L1].toInteger() == id)
                    o = v.toObject();
            QVERIFY2(!o.isEmpty(), qPrintable(u"%1 %2 is missing"_s.arg(table.section).arg(id)));
            QCOMPARE(o["key"_L1].toInteger(), qint64(quint32(row.value(u"key"_s).toInt())));
            QCOMPARE(o["perms"_L1].toInteger(), row.value(u"perms"_s).toLongLong(nullptr, 8));
            auto columns = table.columns;
            columns << std::pair{u"uid"_s, u"uid"_s} << std::pair{u"gid"_s, u"gid"_s}
                    << std::pair{u"cuid"_s, u"cuid"_s} << std::pair{u"cgid"_s, u"cgid"_s}
                    << std::pair{u"ctime"_s, u"ctime"_s};
            for (const auto& [column, member] : columns)
                QVERIFY2(o[member].toInteger() == row.value(column).toLongLong(),
                         qPrintable(u"%1 %2: %3 is %4, /proc says %5"_s.arg(table.section)
                                        .arg(id)
                                        .arg(member)
                                        .arg(o[member].toInteger())
                                        .arg(row.value(column))));
        }
    }

    // Per-semaphore values, and the waiter although the set is big enough for the proof.
    for (const QJsonValue& v : doc["semaphores"_L1].toArray()) {
        const QJsonArray sems = v["sems"_L1].toArray();
        if (v["id"_L1].toInt() == small.id) {
            QCOMPARE(sems.size(), 3);
            QCOMPARE(sems[0]["value"_L1].toInt(), 7);
            QCOMPARE(sems[1]["value"_L1].toInt(), 0);
            QCOMPARE(sems[2]["value"_L1].toInt(), 32767);
        } else if (v["id"_L1].toInt() == big.id) {
            QCOMPARE(sems.size(), 1024);
            QVERIFY2(sems[5]["ncnt"_L1].toInt() == 1,
                     "the task waiting in semop() was not seen (waiter proof with the wrong "
                     "system call numbers?)");
            QCOMPARE(sems[4]["ncnt"_L1].toInt(), 0);
        }
    }
    // The segment's attached process.
    for (const QJsonValue& v : doc["shared_memory"_L1].toArray())
        if (v["id"_L1].toInt() == shm.id)
            QCOMPARE(v["attached_pids"_L1].toArray(), QJsonArray{qint64(attached.pid)});

    IPCSCOPE_SKIP_WITHOUT_JSONSCHEMA(m_python);
    QTemporaryDir dir;
    QFile out(dir.filePath(u"snapshot.json"_s));
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(run.out) == run.out.size());
    out.close();
    const auto check = testschema::validate(m_python, u"snapshot"_s, {out.fileName()});
    QVERIFY2(check.valid, check.output.constData());
}

void TestCrossHelpers::guardedRemovalUnderQemu_data() {
    addCrossRows();
}

void TestCrossHelpers::guardedRemovalUnderQemu() {
    QFETCH(QString, arch);
    testipc::SemSet seen(testipc::uniqueKey(5), 2);
    testipc::SemSet replaced(testipc::uniqueKey(6), 1);
    QVERIFY(seen.id >= 0 && replaced.id >= 0);
    const auto guards = [](int id) {
        semid_ds ds{};
        testipc::semun arg{};
        arg.buf = &ds;
        semctl(id, 0, IPC_STAT, arg);
        return uR"({"type":"sem","id":%1,"key":%2,"cuid":%3,"uid":%4,"ctime":%5})"_s.arg(id)
            .arg(quint32(ds.sem_perm.__key))
            .arg(ds.sem_perm.cuid)
            .arg(ds.sem_perm.uid)
            .arg(qint64(ds.sem_ctime));
    };
    // The second item names another key than the set now has: as if it had been replaced.
    QString wrong = guards(replaced.id);
    wrong.replace(u"\"key\":%1,"_s.arg(quint32(testipc::uniqueKey(6))),
                  u"\"key\":%1,"_s.arg(quint32(testipc::uniqueKey(6)) ^ 1));
    const QString plan =
        uR"({"schema":"ipcscope.removal-plan/1","requested_by":"tst_crosshelpers","items":[)"_s +
        guards(seen.id) + u","_s + wrong + u"]}"_s;

    const Run run = runUnderQemu(arch, {u"remove"_s}, plan.toUtf8());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(doc["schema"_L1].toString(), u"ipcscope.removal-result/1"_s);
    const QJsonArray items = doc["items"_L1].toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[0]["result"_L1].toString(), u"removed"_s);
    QCOMPARE(items[1]["result"_L1].toString(), u"refused"_s);
    QCOMPARE(items[1]["code"_L1].toString(), u"replaced"_s);
    semid_ds ds{};
    testipc::semun arg{};
    arg.buf = &ds;
    QCOMPARE(semctl(seen.id, 0, IPC_STAT, arg), -1); // gone
    seen.id = -1;
    QCOMPARE(semctl(replaced.id, 0, IPC_STAT, arg), 0); // still there
}

QTEST_GUILESS_MAIN(TestCrossHelpers)
#include "tst_crosshelpers.moc"
