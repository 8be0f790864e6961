// SPDX-License-Identifier: GPL-3.0-or-later
// `ipcscope-cli check` as a monitoring system runs it: one test per exit state (OK, WARNING,
// CRITICAL, UNKNOWN), the performance data compared literally. The CLI runs inside a private IPC
// namespace of the test (tests/support/privatenamespace.h) with small limits set there, so the
// machine's limits and objects are never touched; the objects are the test's own (ipcmk, or a
// child that joins the namespace as an unused uid and exits: orphaned).
#include "localport.h"
#include "privatenamespace.h"
#include "requireall.h"
#include "sshdfixture.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <fcntl.h>
#include <sched.h>
#include <sys/ipc.h>
#include <sys/sem.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using testns::PrivateNamespace;

namespace {

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

// The limits of the namespace: SEMMNI 10, SEMMNS 1000, SHMMNI 100, SHMALL 100000 pages,
// MSGMNI 50, POSIX queues 64. The thresholds are the largest values still below 80 % and 95 %.
const char* const kLimits = "sysctl -q -w kernel.sem='250 1000 32 10' kernel.shmmni=100 "
                            "kernel.shmall=100000 kernel.msgmni=50 fs.mqueue.queues_max=64";

QByteArray perfdata(int sets, int orphanedSets, const QByteArray& orphanWarn = "0",
                    const QByteArray& orphanCrit = "") {
    const QByteArray s = QByteArray::number(sets);
    QByteArray out = "semmni=" + s + ";7;9;0;10 semmns=" + s +
                     ";799;949;0;1000 shmmni=0;79;94;0;100 shmall=0;79999;94999;0;100000 "
                     "msgmni=0;39;47;0;50 mq_queues_max=0;51;60;0;64";
    const QByteArray thresholds = ";" + orphanWarn + ";" + orphanCrit + ";0;";
    out += " orphans_sem=" + QByteArray::number(orphanedSets) + thresholds;
    for (const char* type : {"shm", "msg", "posix_shm", "posix_sem", "posix_mq"})
        out += " orphans_" + QByteArray(type) + "=0" + thresholds;
    return out;
}

} // namespace

class TestCliCheck : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void nothingNearALimitIsOk();
    void aLimitAt80PercentIsWarning();
    void aFullLimitIsCritical();
    void orphanedObjectsAreWarningOrAsConfigured_data();
    void orphanedObjectsAreWarningOrAsConfigured();
    void anUnreachableHostIsUnknown();
    void aChangedHostKeyIsUnknown();
    void aCriticalHostWinsOverAnUnreachableOne();
    void aUsageErrorIsUnknown();
    void helpNamesTheStates();

private:
    testns::Run check(const QStringList& args) const;
    bool makeSets(int n) const;
    bool makeOrphanedSet() const;

    std::unique_ptr<PrivateNamespace> m_ns;
};

void TestCliCheck::init() {
    if (geteuid() != 0)
        QSKIP("needs root: the test makes a private IPC namespace and sets limits there");
    m_ns = std::make_unique<PrivateNamespace>(PrivateNamespace::Proc::Machine);
    if (!m_ns->ready())
        IPCSCOPE_SKIP_MISSING("unshare --ipc is not usable here");
    const testns::Run set = m_ns->shell(QString::fromLatin1(kLimits));
    QVERIFY2(set.ok(), set.err.constData());
}

void TestCliCheck::cleanup() {
    m_ns.reset(); // the namespace and every object in it go with its holder
}

testns::Run TestCliCheck::check(const QStringList& args) const {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"IPCSCOPE_HELPER"_s, QStringLiteral(IPCSCOPE_HELPER_PATH));
    return m_ns->run(QStringLiteral(IPCSCOPE_CLI_PATH), QStringList{u"check"_s} + args, env);
}

// Sets made by ipcmk as root: their creator exited, but root runs processes, so they are at
// most possibly orphaned: they fill SEMMNI without counting as orphans.
bool TestCliCheck::makeSets(int n) const {
    return m_ns->shell(u"for i in $(seq %1); do ipcmk -S 1 >/dev/null || exit 1; done"_s.arg(n))
        .ok();
}

// A child joins the namespace as a uid that runs nothing, makes a set, operates on it and exits.
bool TestCliCheck::makeOrphanedSet() const {
    const QByteArray nsPath = "/proc/" + QByteArray::number(m_ns->holderPid()) + "/ns/ipc";
    const pid_t child = fork();
    if (child == 0) {
        const int fd = ::open(nsPath.constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0 || setns(fd, CLONE_NEWIPC) != 0 || setgid(kUnusedUid) != 0 ||
            setuid(kUnusedUid) != 0)
            _exit(1);
        const int id = semget(IPC_PRIVATE, 1, IPC_CREAT | 0600);
        sembuf up{0, 1, 0};
        _exit(id >= 0 && semop(id, &up, 1) == 0 ? 0 : 1);
    }
    int status = 0;
    return child > 0 && waitpid(child, &status, 0) == child && WIFEXITED(status) &&
           WEXITSTATUS(status) == 0;
}

void TestCliCheck::nothingNearALimitIsOk() {
    QVERIFY(makeSets(7)); // 70 %
    const testns::Run r = check({});
    QCOMPARE(r.out,
             "OK - no IPC limit at 80 % or more, no orphaned objects | " + perfdata(7, 0) + "\n");
    QCOMPARE(r.exitCode, 0);
}

void TestCliCheck::aLimitAt80PercentIsWarning() {
    QVERIFY(makeSets(8));
    const testns::Run r = check({u"local"_s});
    QCOMPARE(r.out, "WARNING - SEMMNI 80 % (8/10) | " + perfdata(8, 0) + "\n");
    QCOMPARE(r.exitCode, 1);
    // Thresholds of its own: 90 % is not reached yet.
    const testns::Run higher = check({u"--warning"_s, u"90"_s, u"--critical"_s, u"100"_s});
    QVERIFY2(higher.out.startsWith("OK - no IPC limit at 90 % or more, no orphaned objects | "
                                   "semmni=8;8;9;0;10 "),
             higher.out.constData());
    QCOMPARE(higher.exitCode, 0);
}

void TestCliCheck::aFullLimitIsCritical() {
    QVERIFY(makeSets(10));
    const testns::Run r = check({});
    QCOMPARE(r.out, "CRITICAL - SEMMNI 100 % (10/10) | " + perfdata(10, 0) + "\n");
    QCOMPARE(r.exitCode, 2);
}

void TestCliCheck::orphanedObjectsAreWarningOrAsConfigured_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("orphans are a warning by default")
        << QStringList{} << "WARNING - 1 orphaned semaphore set | " + perfdata(1, 1) + "\n"
        << 1;
    QTest::newRow("orphans may be critical")
        << QStringList{u"--orphans"_s, u"critical"_s}
        << "CRITICAL - 1 orphaned semaphore set | " + perfdata(1, 1, "", "0") + "\n"
        << 2;
    QTest::newRow("orphans may be ignored")
        << QStringList{u"--orphans"_s, u"ignore"_s}
        << "OK - no IPC limit at 80 % or more | " + perfdata(1, 1, "", "") + "\n"
        << 0;
}

void TestCliCheck::orphanedObjectsAreWarningOrAsConfigured() {
    QFETCH(QStringList, args);
    QFETCH(QByteArray, expected);
    QFETCH(int, exitCode);
    if (uidRunsProcesses(kUnusedUid))
        QSKIP("uid 54321 runs processes here");
    QVERIFY(makeOrphanedSet());
    const testns::Run r = check(args);
    QCOMPARE(r.out, expected);
    QCOMPARE(r.exitCode, exitCode);
}

void TestCliCheck::anUnreachableHostIsUnknown() {
    const int port = testns::freePort();
    QVERIFY(port > 0);
    const QString target = u"root@127.0.0.1:%1"_s.arg(port);
    const testns::Run r = check({target, u"--connect-timeout"_s, u"5"_s});
    QCOMPARE(r.out, "UNKNOWN - " + target.toUtf8() +
                        " refused the connection. Check that the SSH "
                        "server runs there and that the port is right. (Connection refused)\n");
    QCOMPARE(r.exitCode, 3);
}

void TestCliCheck::aChangedHostKeyIsUnknown() {
    if (!QFile::exists(u"/usr/sbin/sshd"_s))
        IPCSCOPE_SKIP_MISSING("/usr/sbin/sshd is missing (install openssh-server)");
    testssh::SshdFixture sshd;
    QVERIFY2(sshd.start(), qPrintable(sshd.errorString()));
    QVERIFY(sshd.trustHostKey());
    QVERIFY2(sshd.regenerateHostKey(), qPrintable(sshd.errorString()));
    const QString target = u"root@127.0.0.1:%1"_s.arg(sshd.port());
    const testns::Run r = check({target, u"--identity"_s, sshd.clientKeyPath(), u"--known-hosts"_s,
                                 sshd.knownHostsPath(), u"--accept-new-host-key"_s});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.startsWith("UNKNOWN - The host key of " + target.toUtf8() +
                              " has changed since the last connection."),
             r.out.constData());
    QVERIFY2(r.out.contains(sshd.hostKeyFingerprint().toUtf8()), r.out.constData());
    QVERIFY2(!r.out.contains('|'), r.out.constData());
}

void TestCliCheck::aCriticalHostWinsOverAnUnreachableOne() {
    QVERIFY(makeSets(10));
    const int port = testns::freePort();
    QVERIFY(port > 0);
    const QByteArray target = "127.0.0.1:" + QByteArray::number(port);
    const testns::Run r = check({QString::fromUtf8(target), u"local"_s});
    QByteArray localPerf;
    for (const QByteArray& item : perfdata(10, 0).split(' '))
        localPerf += " local:" + item;
    QCOMPARE(r.out, "CRITICAL - local: SEMMNI 100 % (10/10); " + target + ": " + target +
                        " refused the connection. Check that the SSH server runs there and that "
                        "the port is right. (Connection refused) |" +
                        localPerf + "\n" + target + ": UNKNOWN\nlocal: CRITICAL\n");
    QCOMPARE(r.exitCode, 2);
}

void TestCliCheck::aUsageErrorIsUnknown() {
    const testns::Run r = check({u"--orphans"_s, u"sometimes"_s});
    QCOMPARE(r.out, "UNKNOWN - --orphans needs warning, critical or ignore, not \"sometimes\".\n");
    QCOMPARE(r.exitCode, 3);
}

void TestCliCheck::helpNamesTheStates() {
    const testns::Run r = check({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith("Usage: ipcscope-cli check [TARGET…] [options]\n"),
             r.out.constData());
    QVERIFY2(r.out.contains("  3  UNKNOWN: a host could not be read, or a usage error\n"),
             r.out.constData());
}

QTEST_GUILESS_MAIN(TestCliCheck)
#include "tst_clicheck.moc"
