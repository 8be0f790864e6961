// SPDX-License-Identifier: GPL-3.0-or-later
// ipcscope-cli clean: the command line (usage errors never touch a host) and runs on this machine
// — a dry run changes nothing, --yes removes an orphan of a killed child and --json reports it —
// and over SSH, where the server dies between the plan and the removal.
#include "cleancommand.h"
#include "ipcnsholder.h"
#include "requireall.h"
#include "sshdfixture.h"
#include "testipc.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace ipcscope;
using namespace ipcscope::cli;

namespace {

bool semExists(int id) {
    semid_ds ds{};
    testipc::semun arg{};
    arg.buf = &ds;
    return semctl(id, 0, IPC_STAT, arg) == 0;
}

struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

// auditLog empty: the default log, in dataHome (XDG_DATA_HOME) so the real user's is not touched.
Run runCli(const QStringList& args, const QString& auditLog, const QString& helper = QString(),
           const QString& dataHome = QString()) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (auditLog.isEmpty())
        env.remove(u"IPCSCOPE_AUDIT_LOG"_s);
    else
        env.insert(u"IPCSCOPE_AUDIT_LOG"_s, auditLog);
    if (!dataHome.isEmpty())
        env.insert(u"XDG_DATA_HOME"_s, dataHome);
    if (!helper.isEmpty())
        env.insert(u"IPCSCOPE_HELPER"_s, helper);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(IPCSCOPE_BINARY_DIR "/bin/ipcscope-cli"), args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

class TestCleanCommand : public QObject {
    Q_OBJECT
private slots:
    void usageErrors_data();
    void usageErrors();
    void idSpecs_data();
    void idSpecs();
    void dryRunChangesNothingAndYesRemoves();
    void aContainersObjectsAreRemovedInItsNamespace();
    void anObjectStillThereAfterTheRunExitsWithFour();
    void theDefaultAuditLogIsTheGuisAndOnlyItsOwnerReadsIt();
    void theCommonSshOptionsApply();
    void aConnectionLostDuringTheRemovalExitsWithOneAndSaysWhy();
};

void TestCleanCommand::usageErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::newRow("nothing chosen") << QStringList{};
    QTest::newRow("--owner without --orphans") << QStringList{u"--owner"_s, u"www-data"_s};
    QTest::newRow("--force-in-use without --id")
        << QStringList{u"--orphans"_s, u"--force-in-use"_s};
    QTest::newRow("--dry-run with --yes")
        << QStringList{u"--orphans"_s, u"--dry-run"_s, u"--yes"_s};
    QTest::newRow("an id without a type") << QStringList{u"--id"_s, u"32769"_s};
    QTest::newRow("an id of an unknown type") << QStringList{u"--id"_s, u"file:3"_s};
    QTest::newRow("a negative id") << QStringList{u"--id"_s, u"sem:-3"_s};
    QTest::newRow("--pretty without --json") << QStringList{u"--orphans"_s, u"--pretty"_s};
    QTest::newRow("two targets") << QStringList{u"local"_s, u"db1"_s, u"--orphans"_s};
    QTest::newRow("an SSH option for the local machine")
        << QStringList{u"--orphans"_s, u"--identity"_s, u"/k"_s};
    QTest::newRow("--agentless for the local machine")
        << QStringList{u"--orphans"_s, u"--agentless"_s};
    QTest::newRow("a connect timeout of zero seconds")
        << QStringList{u"db1"_s, u"--orphans"_s, u"--connect-timeout"_s, u"0"_s};
}

void TestCleanCommand::usageErrors() {
    QFETCH(QStringList, args);
    const ParsedClean parsed =
        parseCleanCommandLine(QStringList{u"ipcscope-cli"_s, u"clean"_s} + args);
    QVERIFY(!parsed.options);
    QCOMPARE(parsed.exitCode, 2);
    QVERIFY(parsed.err.startsWith("ipcscope-cli: "_L1));
}

void TestCleanCommand::idSpecs_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("type");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("name");
    QTest::newRow("a semaphore set")
        << u"sem:32769"_s << int(ObjectType::Semaphore) << qint64(32769) << QString();
    QTest::newRow("a segment") << u"shm:0"_s << int(ObjectType::SharedMemory) << qint64(0)
                               << QString();
    QTest::newRow("a POSIX name with its slash")
        << u"posix_shm:/pg.1"_s << int(ObjectType::PosixShm) << qint64(-1) << u"pg.1"_s;
    QTest::newRow("a POSIX queue")
        << u"posix_mq:jobs"_s << int(ObjectType::PosixMqueue) << qint64(-1) << u"jobs"_s;
}

void TestCleanCommand::idSpecs() {
    QFETCH(QString, text);
    QFETCH(int, type);
    QFETCH(qint64, id);
    QFETCH(QString, name);
    const std::optional<IdSpec> spec = parseIdSpec(text);
    QVERIFY(spec);
    QCOMPARE(int(spec->type), type);
    QCOMPARE(spec->id, id);
    QCOMPARE(spec->name, name);
}

void TestCleanCommand::dryRunChangesNothingAndYesRemoves() {
    testipc::SemSet set(testipc::uniqueKey(1), 1);
    QVERIFY(set.id >= 0);
    QVERIFY(testipc::usedByAKilledChild(set.id));
    QTemporaryDir dir;
    const QString log = dir.filePath(u"audit.jsonl"_s);
    const QString id = u"sem:%1"_s.arg(set.id);

    Run run = runCli({u"clean"_s, u"--id"_s, id}, log);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("ipcrm -s " + QByteArray::number(set.id)), run.out.constData());
    QVERIFY(run.out.contains("Dry run"));
    QVERIFY(semExists(set.id));
    QVERIFY(!QFile::exists(log));

    run = runCli({u"clean"_s, u"--id"_s, id, u"--yes"_s, u"--json"_s}, log);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
    const QJsonArray items = doc.value("outcome"_L1).toObject().value("items"_L1).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items[0].toObject().value("result"_L1).toString(), u"removed"_s);
    QCOMPARE(items[0].toObject().value("after"_L1).toString(), u"gone"_s);
    QCOMPARE(doc.value("audit_log"_L1).toString(), log);
    QVERIFY(!semExists(set.id));
    set.id = -1;
    QFile f(log);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll().count('\n'), 2);

    // The same object again: it is not in the snapshot any more.
    run = runCli({u"clean"_s, u"--id"_s, id, u"--yes"_s}, log);
    QCOMPARE(run.exitCode, 1);
}

// Two IPC namespaces (like two containers) with leftovers of the same ids: --namespace picks one,
// the plan and the removal act there only; a host-only --orphans names the container; an unknown
// container is an error in words that changes nothing.
void TestCleanCommand::aContainersObjectsAreRemovedInItsNamespace() {
    if (geteuid() != 0)
        QSKIP("needs root to start processes in IPC namespaces of their own (unshare --ipc)");
    testns::IpcNamespaceHolder a(testns::IpcNamespaceHolder::Holds::NamespaceOnly, 0x4e6a0000, 2);
    QVERIFY2(a.ready(), qPrintable(a.errorString()));
    testns::IpcNamespaceHolder b(testns::IpcNamespaceHolder::Holds::NamespaceOnly, 0x4e6b0000, 2);
    QVERIFY2(b.ready(), qPrintable(b.errorString()));
    QTemporaryDir dir;
    const QString log = dir.filePath(u"audit.jsonl"_s);
    const QString nsB = QString::number(b.ns());

    Run run = runCli({u"clean"_s, u"--namespace"_s, u"no-such-container"_s, u"--orphans"_s}, log);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("There is no container \"no-such-container\""), run.err.constData());

    // The dry run: B's set 0, with the command that enters B's namespace.
    run = runCli({u"clean"_s, u"--namespace"_s, nsB, u"--id"_s, u"sem:0"_s}, log);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"nsenter --target %1 --ipc ipcrm -s 0"_s.arg(b.pid()).toUtf8()),
             run.out.constData());
    QVERIFY(run.out.contains(u"in the container cat (pid %1)"_s.arg(b.pid()).toUtf8()));

    // Named by the pid its name shows ("cat (pid N)") this time.
    run = runCli({u"clean"_s, u"--namespace"_s, QString::number(b.pid()), u"--id"_s, u"sem:0"_s,
                  u"--yes"_s, u"--json"_s},
                 log);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
    const QJsonObject item =
        doc.value("outcome"_L1).toObject().value("items"_L1).toArray()[0].toObject();
    QCOMPARE(item.value("result"_L1).toString(), u"removed"_s);
    QCOMPARE(item.value("after"_L1).toString(), u"gone"_s);
    QCOMPARE(item.value("ns"_L1).toInteger(), qint64(b.ns()));
    QFile f(log);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("\"ns\":" + QByteArray::number(b.ns())));

    // What is left, read inside each namespace: B lost its key 0x4e6b0000 only, A kept both.
    const auto keysIn = [](const testns::IpcNamespaceHolder& h) {
        return h.run(u"cat"_s, {u"/proc/sysvipc/sem"_s});
    };
    QVERIFY(keysIn(a).contains(QByteArray::number(0x4e6a0000)));
    QVERIFY(keysIn(a).contains(QByteArray::number(0x4e6a0001)));
    QVERIFY(!keysIn(b).contains(QByteArray::number(0x4e6b0000)));
    QVERIFY(keysIn(b).contains(QByteArray::number(0x4e6b0001)));
}

// The helper answers "removed" but the object is still there when the host is snapshotted
// again (a helper of another version, a removal that did not take): the run is not "done".
// The helper here is the real one for snapshots behind a script that only pretends to remove.
void TestCleanCommand::anObjectStillThereAfterTheRunExitsWithFour() {
    testipc::SemSet set(testipc::uniqueKey(2), 1);
    QVERIFY(set.id >= 0);
    QVERIFY(testipc::usedByAKilledChild(set.id));
    QTemporaryDir dir;
    const QString helper = dir.filePath(u"pretending-helper"_s);
    {
        QFile script(helper);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\n"
                     "if [ \"$1\" = remove ]; then\n"
                     "  cat >/dev/null\n"
                     "  echo '{\"schema\":\"ipcscope.removal-result/1\",\"items\":[{\"result\":"
                     "\"removed\",\"code\":\"removed\",\"message\":\"removed\"}]}'\n"
                     "  exit 0\n"
                     "fi\n"
                     "exec '" IPCSCOPE_HELPER_PATH "' \"$@\"\n");
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }
    const QString log = dir.filePath(u"audit.jsonl"_s);
    const QString id = u"sem:%1"_s.arg(set.id);
    Run run = runCli({u"clean"_s, u"--id"_s, id, u"--yes"_s, u"--json"_s}, log, helper);
    QVERIFY2(run.exitCode == 4, run.out + run.err);
    const QJsonArray items = QJsonDocument::fromJson(run.out)
                                 .object()
                                 .value("outcome"_L1)
                                 .toObject()
                                 .value("items"_L1)
                                 .toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items[0].toObject().value("result"_L1).toString(), u"removed"_s);
    QCOMPARE(items[0].toObject().value("after"_L1).toString(), u"still_there"_s);
    QVERIFY(semExists(set.id));

    run = runCli({u"clean"_s, u"--id"_s, id, u"--yes"_s}, log, helper); // the text output
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.out.contains("after the run: still there"), run.out.constData());
}

// Without IPCSCOPE_AUDIT_LOG the CLI writes the log the GUI writes (AuditLog::ownPath(), as
// docs/safety.md says), 0600 in a folder 0700.
void TestCleanCommand::theDefaultAuditLogIsTheGuisAndOnlyItsOwnerReadsIt() {
    testipc::SemSet set(testipc::uniqueKey(3), 1);
    QVERIFY(set.id >= 0);
    QVERIFY(testipc::usedByAKilledChild(set.id));
    QTemporaryDir dir;
    const QString dataHome = dir.filePath(u"share"_s);
    const Run run =
        runCli({u"clean"_s, u"--id"_s, u"sem:%1"_s.arg(set.id), u"--yes"_s, u"--json"_s}, QString(),
               QString(), dataHome);
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    set.id = -1;
    const QString expected = dataHome + u"/ipcscope/cleanup-audit.jsonl"_s;
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value("audit_log"_L1).toString(), expected);
    QFile f(expected);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll().count('\n'), 2);
    struct stat st {};
    QCOMPARE(::stat(QFile::encodeName(expected).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0600));
    QCOMPARE(::stat(QFile::encodeName(dataHome + u"/ipcscope"_s).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0700));
}

// `clean` reads the same connection options as every other command (cli/sshoptions.cpp).
void TestCleanCommand::theCommonSshOptionsApply() {
    const ParsedClean parsed = parseCleanCommandLine(
        {u"ipcscope-cli"_s, u"clean"_s, u"admin@db1:2222"_s, u"--orphans"_s, u"--agentless"_s,
         u"--identity"_s, u"/k"_s, u"--known-hosts"_s, u"/kh"_s, u"--accept-new-host-key"_s,
         u"--sudo"_s, u"--connect-timeout"_s, u"7"_s});
    QVERIFY2(parsed.options, qPrintable(parsed.err));
    const HostConfig& host = parsed.options->host;
    QVERIFY(host.agentless);
    QCOMPARE(host.identityFile, u"/k"_s);
    QCOMPARE(host.knownHostsFile, u"/kh"_s);
    QVERIFY(host.acceptNewHostKey);
    QVERIFY(host.sudo);
    QCOMPARE(host.connectTimeoutSeconds, 7);
}

// The real sshd of the test serves the CLI through a forced command that runs every command as
// asked, except the helper's `remove`: there it says so (a file) and waits. The test then kills
// the server by its pid, with its connections. The removal fails as a whole: exit 1 and the
// reason in words, and the object is still there.
void TestCleanCommand::aConnectionLostDuringTheRemovalExitsWithOneAndSaysWhy() {
    if (geteuid() != 0)
        QSKIP("needs root: the test starts its own sshd on 127.0.0.1");
    if (!QFile::exists(u"/usr/sbin/sshd"_s) || !QFile::exists(u"/usr/lib/openssh/sftp-server"_s))
        IPCSCOPE_SKIP_MISSING("/usr/sbin/sshd is missing (install openssh-server)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString removing = dir.filePath(u"removing"_s);
    const QString wrapper = dir.filePath(u"forced-command"_s);
    {
        QFile script(wrapper);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\n"
                     "case \"$SSH_ORIGINAL_COMMAND\" in\n"
                     "  internal-sftp|sftp) exec /usr/lib/openssh/sftp-server ;;\n"
                     "  *\" remove\"|*\" 'remove'\") touch '" +
                     QFile::encodeName(removing) +
                     "'; exec sleep 300 ;;\n"
                     "esac\n"
                     "exec /bin/sh -c \"$SSH_ORIGINAL_COMMAND\"\n");
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                      QFile::ExeGroup | QFile::ExeOther | QFile::ReadOther));
    }
    QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
    testssh::SshdFixture::Options options;
    options.extraConfig = {u"ForceCommand "_s + wrapper};
    testssh::SshdFixture sshd(options);
    QVERIFY2(sshd.start(), qPrintable(sshd.errorString()));
    sshd.usePrivateHome(); // the helper is deployed into the fixture's own cache

    testipc::SemSet set(testipc::uniqueKey(4), 1);
    QVERIFY(set.id >= 0);
    QVERIFY(testipc::usedByAKilledChild(set.id));
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"IPCSCOPE_AUDIT_LOG"_s, dir.filePath(u"audit.jsonl"_s));
    env.insert(u"IPCSCOPE_HELPER"_s, QStringLiteral(IPCSCOPE_HELPER_PATH));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(IPCSCOPE_BINARY_DIR "/bin/ipcscope-cli"),
              {u"clean"_s, u"root@127.0.0.1:%1"_s.arg(sshd.port()), u"--id"_s,
               u"sem:%1"_s.arg(set.id), u"--yes"_s, u"--identity"_s, sshd.clientKeyPath(),
               u"--known-hosts"_s, sshd.knownHostsPath(), u"--accept-new-host-key"_s,
               u"--connect-timeout"_s, u"5"_s});
    QVERIFY(cli.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(removing) || cli.state() == QProcess::NotRunning,
                             120000);
    QVERIFY2(QFile::exists(removing), sshd.logTail().toUtf8());
    // The plan was printed (and flushed) before the removal started.
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT(
        (out += cli.readAllStandardOutput()).contains("ipcrm -s " + QByteArray::number(set.id)),
        60000);
    QVERIFY(sshd.killSessions() > 0);
    sshd.stop();
    if (!cli.waitForFinished(120000)) {
        cli.kill();
        cli.waitForFinished();
        QFAIL("ipcscope-cli did not end after the server died");
    }
    const QByteArray err = cli.readAllStandardError();
    QVERIFY2(cli.exitCode() == 1, err.constData());
    const QByteArray reason =
        "ipcscope-cli: The connection to root@127.0.0.1:" + QByteArray::number(sshd.port()) +
        " was lost.";
    QVERIFY2(err.contains(reason), err.constData());
    QVERIFY(semExists(set.id)); // nothing was removed; the SemSet removes it at the end
}

QTEST_GUILESS_MAIN(TestCleanCommand)
#include "tst_cleancommand.moc"
