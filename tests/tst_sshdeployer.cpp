// SPDX-License-Identifier: GPL-3.0-or-later
// The parts of helper deployment that need no server: which architectures match, reading the
// helper's architecture from its ELF header, and the run commands — executed here with /bin/sh,
// the same shell language the server runs them in.
#include "ssh/agentless.h"
#include "ssh/helperdeployer.h"
#include "transport/helperlocator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/utsname.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace ipcscope;

class TestSshDeployer : public QObject {
    Q_OBJECT

private slots:
    void architectureMatches_data();
    void architectureMatches();
    void theHelpersArchitectureIsThisMachines();
    void theProbesCasePatternAcceptsTheSameNames_data();
    void theProbesCasePatternAcceptsTheSameNames();
    void everyBuiltHelperLiesBesideTheOwnOne();
    void runCommand_data();
    void runCommand();
    void aTamperedHelperIsNotRunElevated();
    void agentlessCommandRunsHereAndParses();
    void incompleteAgentlessOutputIsRefused();
    void agentlessReadAssumesPageSizeAndClockTicksWithWarnings_data();
    void agentlessReadAssumesPageSizeAndClockTicksWithWarnings();

private:
    // A copy of the helper in a directory of its own, as the deployer leaves it on a server.
    bool deployLocally(QTemporaryDir& dir, Deployment& d);
};

void TestSshDeployer::architectureMatches_data() {
    QTest::addColumn<QString>("helper");
    QTest::addColumn<QString>("server");
    QTest::addColumn<bool>("matches");
    QTest::newRow("x86_64 runs on x86_64") << u"x86_64"_s << u"x86_64"_s << true;
    QTest::newRow("x86_64 does not run on aarch64") << u"x86_64"_s << u"aarch64"_s << false;
    QTest::newRow("aarch64 runs where uname says arm64") << u"aarch64"_s << u"arm64"_s << true;
    QTest::newRow("a 32-bit x86 helper runs on i386") << u"i686"_s << u"i386"_s << true;
    QTest::newRow("a 32-bit ARM helper runs on armv7l") << u"arm"_s << u"armv7l"_s << true;
    QTest::newRow("ppc64le is not ppc64") << u"ppc64le"_s << u"ppc64"_s << false;
    QTest::newRow("an unreadable helper matches nothing") << QString() << u"x86_64"_s << false;
    QTest::newRow("an empty uname matches nothing") << u"x86_64"_s << QString() << false;
}

void TestSshDeployer::architectureMatches() {
    QFETCH(QString, helper);
    QFETCH(QString, server);
    QFETCH(bool, matches);
    QCOMPARE(HelperDeployer::architectureMatches(helper, server), matches);
}

void TestSshDeployer::theHelpersArchitectureIsThisMachines() {
    utsname u{};
    QCOMPARE(::uname(&u), 0);
    const QString arch = HelperDeployer::elfArchitecture(QStringLiteral(IPCSCOPE_HELPER_PATH));
    QVERIFY(HelperDeployer::architectureMatches(arch, QString::fromLatin1(u.machine)));
    QVERIFY(HelperDeployer::elfArchitecture(QStringLiteral(IPCSCOPE_SOURCE_DIR "/README.md"))
                .isEmpty());
}

void TestSshDeployer::theProbesCasePatternAcceptsTheSameNames_data() {
    architectureMatches_data();
}

// The probe picks the helper for the server with a shell `case` on uname -m; it must accept
// exactly the names architectureMatches() accepts.
void TestSshDeployer::theProbesCasePatternAcceptsTheSameNames() {
    QFETCH(QString, helper);
    QFETCH(QString, server);
    QFETCH(bool, matches);
    if (helper.isEmpty())
        return; // no helper, no pattern
    QProcess sh;
    sh.start(u"/bin/sh"_s,
             {u"-c"_s,
              u"case \"$1\" in "_s + QString::fromUtf8(HelperDeployer::unamePattern(helper)) +
                  u") echo yes;; *) echo no;; esac"_s,
              u"sh"_s, server});
    QVERIFY(sh.waitForFinished());
    QCOMPARE(sh.readAllStandardOutput().trimmed(), matches ? "yes" : "no");
}

// The build puts ipcscope-helper-<arch> beside ipcscope-helper for each architecture it
// cross-compiled (remote-helper/cross.cmake); the deployer finds each, of the right architecture.
void TestSshDeployer::everyBuiltHelperLiesBesideTheOwnOne() {
    HelperDeployer deployer;
    deployer.setLocalHelper(QStringLiteral(IPCSCOPE_HELPER_PATH));
    const auto helpers = deployer.localHelpers();
    QVERIFY(helpers);
    QStringList found;
    for (const HelperDeployer::LocalHelper& h : helpers.value()) {
        found << h.arch;
        QCOMPARE(h.sha256.size(), 64);
    }
    QStringList built = builtHelperArchitectures();
    QVERIFY(!built.isEmpty());
    QCOMPARE(found.first(), built.first()); // this machine's own helper comes first
    found.sort();
    built.sort();
    QCOMPARE(found, built);
    for (const QString& arch : leftOutHelperArchitectures())
        QVERIFY2(!built.contains(arch), qPrintable(arch));
}

bool TestSshDeployer::deployLocally(QTemporaryDir& dir, Deployment& d) {
    QFile helper(QStringLiteral(IPCSCOPE_HELPER_PATH));
    if (!dir.isValid() || !helper.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = helper.readAll();
    d.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    d.remoteDir = dir.path() + u"/it's a dir"_s; // a quote in the path must survive quoting
    d.remoteName = u"helper-"_s + QString::fromLatin1(d.sha256.left(16));
    d.useHelper = true;
    QFile copy(d.remotePath());
    return QDir().mkpath(d.remoteDir) && copy.open(QIODevice::WriteOnly) &&
           copy.write(bytes) == bytes.size() &&
           copy.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestSshDeployer::runCommand_data() {
    QTest::addColumn<Elevation>("elevation");
    QTest::addColumn<bool>("checksHash");
    QTest::addColumn<QString>("sudo");
    QTest::newRow("an unelevated run starts the helper directly")
        << Elevation::None << false << QString();
    QTest::newRow("a root login checks the hash but needs no sudo")
        << Elevation::AlreadyRoot << true << QString();
    QTest::newRow("passwordless sudo checks the hash, then sudo -n")
        << Elevation::Sudo << true << u"sudo -n "_s;
    QTest::newRow("sudo with a password reads it from stdin, never from the command line")
        << Elevation::SudoPassword << true << u"sudo -S -p '' "_s;
}

void TestSshDeployer::runCommand() {
    QFETCH(Elevation, elevation);
    QFETCH(bool, checksHash);
    QFETCH(QString, sudo);
    QTemporaryDir dir;
    Deployment d;
    QVERIFY(deployLocally(dir, d));
    const QByteArray command =
        HelperDeployer::helperCommand(d, {u"snapshot"_s, u"a 'quoted' arg"_s}, elevation);
    QCOMPARE(command.contains("sha256sum -c"), checksHash);
    QCOMPARE(command.contains("sudo"), !sudo.isEmpty());
    if (!sudo.isEmpty()) {
        QVERIFY(command.contains(sudo.toUtf8()));
        // The hash check comes first, in the same command.
        QVERIFY(command.indexOf("sha256sum") < command.indexOf("sudo"));
    }
    QVERIFY(command.endsWith(" 'snapshot' 'a '\\''quoted'\\'' arg'"));

    if (elevation == Elevation::None || elevation == Elevation::AlreadyRoot) {
        // Runs here exactly as it would on a server.
        QProcess sh;
        sh.start(u"/bin/sh"_s,
                 {u"-c"_s,
                  QString::fromUtf8(HelperDeployer::helperCommand(d, {u"snapshot"_s}, elevation))});
        QVERIFY(sh.waitForFinished(60000));
        QCOMPARE(sh.exitCode(), 0);
        QVERIFY(sh.readAllStandardOutput().contains("\"schema\""));
    }
}

void TestSshDeployer::aTamperedHelperIsNotRunElevated() {
    QTemporaryDir dir;
    Deployment d;
    QVERIFY(deployLocally(dir, d));
    {
        QFile f(d.remotePath());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("#!/bin/sh\necho ran\n");
    }
    QProcess sh;
    sh.start(u"/bin/sh"_s, {u"-c"_s, QString::fromUtf8(HelperDeployer::helperCommand(
                                         d, {u"snapshot"_s}, Elevation::AlreadyRoot))});
    QVERIFY(sh.waitForFinished(60000));
    QCOMPARE(sh.exitCode(), HelperDeployer::kHashMismatchExit);
    QVERIFY(sh.readAllStandardOutput().isEmpty()); // the impostor never ran
    QVERIFY(sh.readAllStandardError().contains("does not match its checksum"));
}

// The agentless command run on this machine as a server's shell runs it; empty when it failed.
static QByteArray
runAgentlessHere(const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
    QProcess sh;
    sh.setProcessEnvironment(env);
    sh.start(u"/bin/sh"_s, {u"-c"_s, QString::fromUtf8(agentlessCommand())});
    if (!sh.waitForFinished(60000) || sh.exitCode() != 0)
        return {};
    return sh.readAllStandardOutput();
}

void TestSshDeployer::agentlessCommandRunsHereAndParses() {
    auto snap = parseAgentlessOutput(runAgentlessHere(), u"testing"_s);
    QVERIFY2(snap.ok(), snap.ok() ? "" : qPrintable(snap.error().detail));
    const Snapshot& s = snap.value();
    QCOMPARE(s.mode, SnapshotMode::Agentless);
    QCOMPARE(s.host.os, u"Linux"_s);
    QCOMPARE(s.host.euid, uint(::geteuid()));
    QVERIFY(s.host.bootTime > 0);
    QVERIFY(s.host.memTotal > 0);
    QVERIFY(s.limits.semmni.has_value());
    QVERIFY(s.limits.shmmax.has_value());
    QCOMPARE(s.warnings.first().code, u"agentless"_s);
    QVERIFY(s.warnings.first().message.contains(u"(testing)"_s));
    QVERIFY(!s.users.isEmpty());
    // Read with getconf, not assumed.
    QCOMPARE(s.host.pageSize, quint64(::sysconf(_SC_PAGESIZE)));
    QCOMPARE(s.host.clockTicks, int(::sysconf(_SC_CLK_TCK)));
    for (const Warning& w : s.warnings)
        QVERIFY2(!w.code.endsWith(u"_assumed"_s), qPrintable(w.code));
}

void TestSshDeployer::incompleteAgentlessOutputIsRefused() {
    const QByteArray full = runAgentlessHere();
    QVERIFY(full.contains("@@limits"));
    // A connection that broke half-way: the end marker is missing.
    auto snap = parseAgentlessOutput(full.left(full.indexOf("@@limits")), u"testing"_s);
    QVERIFY(!snap);
    QCOMPARE(snap.error().kind, Error::Kind::BadData);
    QVERIFY(!snap.error().message.isEmpty());
}

// A server whose getconf gives no answer: the usual values are assumed, and the snapshot says so;
// a value getconf does give is used.
void TestSshDeployer::agentlessReadAssumesPageSizeAndClockTicksWithWarnings_data() {
    QTest::addColumn<QByteArray>("getconf");
    QTest::addColumn<int>("clockTicks");
    QTest::addColumn<QStringList>("assumed");
    QTest::newRow("getconf answers nothing")
        << QByteArray("echo 'getconf: not here' >&2; exit 1") << 100
        << QStringList{u"page_size_assumed"_s, u"clock_ticks_assumed"_s};
    QTest::newRow("getconf answers only CLK_TCK")
        << QByteArray("[ \"$1\" = CLK_TCK ] && echo 250 && exit 0; exit 1") << 250
        << QStringList{u"page_size_assumed"_s};
}

void TestSshDeployer::agentlessReadAssumesPageSizeAndClockTicksWithWarnings() {
    QFETCH(QByteArray, getconf);
    QFETCH(int, clockTicks);
    QFETCH(QStringList, assumed);
    QTemporaryDir bin;
    QVERIFY(bin.isValid());
    {
        QFile script(bin.filePath(u"getconf"_s));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\n" + getconf + "\n");
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PATH"_s, bin.path() + u':' + env.value(u"PATH"_s));
    auto snap = parseAgentlessOutput(runAgentlessHere(env), u"testing"_s);
    QVERIFY2(snap.ok(), snap.ok() ? "" : qPrintable(snap.error().detail));
    const Snapshot& s = snap.value();
    QCOMPARE(s.host.pageSize, quint64(4096));
    QCOMPARE(s.host.clockTicks, clockTicks);
    QStringList codes;
    for (const Warning& w : s.warnings) {
        if (w.code.endsWith(u"_assumed"_s))
            codes << w.code;
        if (w.code == u"page_size_assumed"_s)
            QCOMPARE(w.message, u"getconf PAGESIZE gave no answer: a page size of 4096 bytes is "
                                u"assumed (kernel.shmall and segment pages use it)"_s);
        if (w.code == u"clock_ticks_assumed"_s)
            QCOMPARE(w.message, u"getconf CLK_TCK gave no answer: 100 clock ticks per second are "
                                u"assumed (process start times use it)"_s);
    }
    QCOMPARE(codes, assumed);
}

QTEST_GUILESS_MAIN(TestSshDeployer)
#include "tst_sshdeployer.moc"
