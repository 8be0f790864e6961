// SPDX-License-Identifier: GPL-3.0-or-later
// `ipcscope-cli tune --plan FILE [--apply [--yes]]` as a person runs it: the dry run shows the
// proposal and the exact commands and changes nothing; --yes applies through the helper. The
// applying case runs inside `unshare --ipc --mount` with a tmpfs on /etc/sysctl.d, so neither
// the machine's limits nor its sysctl files are touched.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QString kCli = QStringLiteral(IPCSCOPE_CLI_PATH);

struct Run {
    int exitCode = -1;
    QString out, err;
};

Run run(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    p.waitForFinished(-1);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString readProc(const char* path) {
    QFile f(QString::fromLatin1(path));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).simplified() : QString();
}

// 40,000 planned sets: more than the kernel accepts, so SEMMNI is proposed at IPCMNI (32768),
// which differs from every kernel default.
QString writePlan(const QTemporaryDir& dir) {
    const QString path = dir.filePath(u"plan.json"_s);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(R"({"schema":"ipcscope.plan/1","host":"local","workloads":[)"
                R"({"kind":"custom","semaphore_sets":40000,"semaphores_per_set":1}]})");
    return path;
}

} // namespace

class TestCliTune : public QObject {
    Q_OBJECT
private slots:
    void dryRunShowsTheChangeAndChangesNothing();
    void jsonDryRunListsChangesAndCommands();
    void usageErrors_data();
    void usageErrors();
    void aBrokenPlanIsReportedInASentence();
    void applyWithYesChangesThePrivateNamespaceOnly();
    void aContainersLimitsAreAppliedInItsNamespaceOnly();
};

void TestCliTune::dryRunShowsTheChangeAndChangesNothing() {
    QTemporaryDir dir;
    const QString sem = readProc("/proc/sys/kernel/sem");
    const Run r = run(kCli, {u"tune"_s, u"--plan"_s, writePlan(dir), u"--apply"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"SEMMNI rises from"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"ipcmni_extend"_s));
    QVERIFY(r.out.contains(u"nothing is changed without --apply --yes"_s));
    QVERIFY(r.out.contains(u"sysctl -w kernel.sem='"_s));
    QCOMPARE(readProc("/proc/sys/kernel/sem"), sem);
}

void TestCliTune::jsonDryRunListsChangesAndCommands() {
    QTemporaryDir dir;
    const Run r = run(kCli, {u"tune"_s, u"--plan"_s, writePlan(dir), u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(u"schema"_s).toString(), u"ipcscope.tune-plan/1"_s);
    QCOMPARE(o.value(u"dry_run"_s).toBool(), true);
    QCOMPARE(o.value(u"workloads"_s).toInt(), 1);
    const QJsonObject semmni = o.value(u"changes"_s).toArray().first().toObject();
    QCOMPARE(semmni.value(u"field"_s).toString(), u"SEMMNI"_s);
    QCOMPARE(semmni.value(u"proposed"_s).toString(), u"32768"_s);
    QCOMPARE(semmni.value(u"capped"_s).toBool(), true);
    QVERIFY(o.value(u"sysctl_file"_s).toString().contains(u"kernel.sem = "_s));
    QCOMPARE(o.value(u"commands"_s).toArray().size(), 1);
}

void TestCliTune::usageErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::newRow("--yes without --apply") << QStringList{u"tune"_s, u"--yes"_s};
    QTest::newRow("--plan without a file") << QStringList{u"tune"_s, u"--plan"_s};
    QTest::newRow("--apply on report") << QStringList{u"report"_s, u"--apply"_s};
}

void TestCliTune::usageErrors() {
    QFETCH(QStringList, args);
    const Run r = run(kCli, args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
}

void TestCliTune::aBrokenPlanIsReportedInASentence() {
    QTemporaryDir dir;
    QFile f(dir.filePath(u"plan.json"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"schema":"ipcscope.plan/1","workloads":[{"kind":"mysql"}]})");
    f.close();
    const Run r = run(kCli, {u"tune"_s, u"--plan"_s, f.fileName(), u"--apply"_s, u"--yes"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"Workload 1 of the plan has an invalid kind."_s), qPrintable(r.err));
}

void TestCliTune::applyWithYesChangesThePrivateNamespaceOnly() {
    if (::geteuid() != 0)
        QSKIP("--apply --yes needs root (CI runs the tests as root)");
    QTemporaryDir dir;
    const QString plan = writePlan(dir);
    // The change is audited (into this test's own log, never the user's).
    const QString auditPath = dir.filePath(u"audit.jsonl"_s);
    qputenv("IPCSCOPE_AUDIT_LOG", auditPath.toUtf8());
    const auto unsetAudit = qScopeGuard([] { qunsetenv("IPCSCOPE_AUDIT_LOG"); });
    const QString sem = readProc("/proc/sys/kernel/sem");
    QStringList hostFiles = QDir(u"/etc/sysctl.d"_s).entryList(QDir::Files);
    // The script fails (and applies nothing) unless /etc/sysctl.d is the private tmpfs.
    const Run r =
        run(u"unshare"_s,
            {u"--ipc"_s, u"--mount"_s, u"--propagation"_s, u"private"_s, u"--"_s, u"sh"_s, u"-c"_s,
             u"mount -t tmpfs ipcscope-test /etc/sysctl.d && "
             u"[ \"$(stat -f -c %T /etc/sysctl.d)\" = tmpfs ] && "
             u"\"$0\" tune --plan \"$1\" --apply --yes && echo '--- proc' && "
             u"cat /proc/sys/kernel/sem && echo '--- file' && "
             u"cat /etc/sysctl.d/90-ipcscope.conf"_s,
             kCli, plan});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"Applied; the kernel now shows:"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"To restore the previous values:"_s));
    const QString proc = r.out.section(u"--- proc\n"_s, 1).section(u"--- file"_s, 0, 0);
    QVERIFY2(proc.simplified().endsWith(u" 32768"_s), qPrintable(proc));
    QVERIFY(r.out.section(u"--- file\n"_s, 1).contains(u" 32768\n"_s));
    QFile audit(auditPath);
    QVERIFY(audit.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = audit.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).contains(R"("limits":"apply")") &&
                 lines.at(0).contains(R"("phase":"intent")"),
             lines.at(0).constData());
    QVERIFY2(lines.at(1).contains(R"("phase":"result")") &&
                 lines.at(1).contains(R"("applied":true)"),
             lines.at(1).constData());
    // The machine itself: unchanged.
    QCOMPARE(readProc("/proc/sys/kernel/sem"), sem);
    QCOMPARE(QDir(u"/etc/sysctl.d"_s).entryList(QDir::Files), hostFiles);
}

// --namespace: a "container" (a process in an IPC namespace of its own) gets the plan's SEMMNI
// inside its namespace; the namespace the command runs in and its /etc/sysctl.d stay as they
// were, and the output says the values do not survive a restart and how to keep them.
void TestCliTune::aContainersLimitsAreAppliedInItsNamespaceOnly() {
    if (::geteuid() != 0)
        QSKIP("--apply --yes in another IPC namespace needs root (CI runs the tests as root)");
    QTemporaryDir dir;
    const QString plan = writePlan(dir);
    qputenv("IPCSCOPE_AUDIT_LOG", dir.filePath(u"audit.jsonl"_s).toUtf8());
    const auto unsetAudit = qScopeGuard([] { qunsetenv("IPCSCOPE_AUDIT_LOG"); });
    QProcess container;
    container.start(u"unshare"_s, {u"--ipc"_s, u"--"_s, u"sh"_s, u"-c"_s, u"echo ready; read x"_s});
    const auto stop = qScopeGuard([&container] {
        container.closeWriteChannel(); // `read` ends, and the namespace with it
        if (!container.waitForFinished(5000))
            container.kill();
        container.waitForFinished(-1);
    });
    QVERIFY(container.waitForStarted() && container.waitForReadyRead(10000));
    QVERIFY(container.readAll().startsWith("ready"));
    const QByteArray nsPath = "/proc/" + QByteArray::number(container.processId()) + "/ns/ipc";
    struct stat st {};
    QVERIFY(::stat(nsPath.constData(), &st) == 0);
    const QString inode = QString::number(st.st_ino);
    const Run before = run(u"nsenter"_s, {u"--ipc="_s + QString::fromLatin1(nsPath), u"cat"_s,
                                          u"/proc/sys/kernel/sem"_s});
    QVERIFY(!before.out.simplified().endsWith(u" 32768"_s));

    const Run r =
        run(u"unshare"_s,
            {u"--ipc"_s, u"--mount"_s, u"--propagation"_s, u"private"_s, u"--"_s, u"sh"_s, u"-c"_s,
             u"mount -t tmpfs ipcscope-test /etc/sysctl.d && "
             u"\"$0\" tune --plan \"$1\" --namespace \"$2\" --apply --yes && echo '--- own' && "
             u"cat /proc/sys/kernel/sem && echo '--- files' && ls -A /etc/sysctl.d"_s,
             kCli, plan, inode});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(u"Applied; the kernel now shows:"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"set at runtime only: they are lost when the container restarts"_s),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(u"docker run --sysctl kernel.sem="_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"securityContext.sysctls"_s), qPrintable(r.out));
    // The command's own namespace kept the kernel's default, and no file was written.
    const QString own = r.out.section(u"--- own\n"_s, 1).section(u"--- files"_s, 0, 0);
    QVERIFY2(!own.simplified().endsWith(u" 32768"_s), qPrintable(own));
    QCOMPARE(r.out.section(u"--- files\n"_s, 1).trimmed(), QString());
    const Run after = run(u"nsenter"_s, {u"--ipc="_s + QString::fromLatin1(nsPath), u"cat"_s,
                                         u"/proc/sys/kernel/sem"_s});
    QVERIFY2(after.out.simplified().endsWith(u" 32768"_s), qPrintable(after.out));

    // A namespace nobody has: a sentence, exit 1.
    const Run unknown = run(kCli, {u"tune"_s, u"--namespace"_s, u"no-such-container"_s});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(u"There is no container \"no-such-container\""_s),
             qPrintable(unknown.err));
}

QTEST_GUILESS_MAIN(TestCliTune)
#include "tst_clitune.moc"
