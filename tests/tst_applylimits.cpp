// SPDX-License-Identifier: GPL-3.0-or-later
// `ipcscope-helper apply-limits`, run for real as root but inside a private IPC namespace
// (unshare --ipc) so that the machine's own limits are never changed: values written and read
// back, the sysctl.d file written atomically under a test root, restoring the previous values,
// and refusals (above IPCMNI, malformed input, an unwritable file) leaving nothing half-applied.
#include "planner/limitschange.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace ipcscope::planner;

namespace {

const QString kHelper = QStringLiteral(IPCSCOPE_HELPER_PATH);

QString readProc(const QString& parameter) {
    QFile f(u"/proc/sys/"_s + QString(parameter).replace(u'.', u'/'));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(f.readAll()).simplified();
}

struct Run {
    int exitCode = -1;
    QByteArray out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

// A private IPC namespace that lives as long as this object: a shell started by unshare waits
// on its stdin; commands join it with nsenter. Its limits start as copies of nothing the host
// has changed: a new IPC namespace gets the kernel's defaults.
class PrivateIpcNamespace {
public:
    PrivateIpcNamespace() {
        m_holder.start(u"unshare"_s,
                       {u"--ipc"_s, u"--"_s, u"sh"_s, u"-c"_s, u"echo ready; read x"_s});
        m_ready = m_holder.waitForStarted() && m_holder.waitForReadyRead(-1) &&
                  m_holder.readAll().startsWith("ready");
    }
    ~PrivateIpcNamespace() {
        m_holder.closeWriteChannel(); // the shell's `read` ends, and the namespace with it
        if (!m_holder.waitForFinished(-1))
            m_holder.kill();
    }
    bool ready() const { return m_ready; }
    // The namespace's inode, as the helper's snapshot names it ("ns").
    quint64 inode() const {
        struct stat st {};
        const QByteArray path = "/proc/" + QByteArray::number(m_holder.processId()) + "/ns/ipc";
        return ::stat(path.constData(), &st) == 0 ? quint64(st.st_ino) : 0;
    }

    Run run(const QString& program, const QStringList& args, const QByteArray& input = {}) {
        QProcess p;
        // Tests run as root; under `sudo ctest` the helper would refuse --root.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"SUDO_UID"_s);
        p.setProcessEnvironment(env);
        p.start(u"nsenter"_s, QStringList{u"--ipc=/proc/%1/ns/ipc"_s.arg(m_holder.processId()),
                                          u"--"_s, program} +
                                  args);
        Run r;
        if (!p.waitForStarted())
            return r;
        p.write(input);
        p.closeWriteChannel();
        // A helper blocked for a minute (say on a FIFO) is a failure, not a hung test.
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished(-1);
            r.err = "the helper did not finish within a minute";
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    Run apply(const QString& root, const QByteArray& change) {
        return run(kHelper, {u"apply-limits"_s, u"--root"_s, root}, change);
    }
    QString read(const QString& parameter) {
        return QString::fromLatin1(
                   run(u"cat"_s, {u"/proc/sys/"_s + QString(parameter).replace(u'.', u'/')}).out)
            .simplified();
    }

private:
    QProcess m_holder;
    bool m_ready = false;
};

QByteArray change(const QByteArray& limits) {
    return R"({"schema":"ipcscope.limits-change/1","limits":)" + limits + "}";
}

QString fileOf(const QTemporaryDir& root) {
    return root.filePath(u"etc/sysctl.d/90-ipcscope.conf"_s);
}

QString contents(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The helper refused before it changed anything: exit 3, nothing applied and nothing to restore,
// the message says so, and kernel.shmmni still has the value it had before the run.
void checkNothingWasChanged(const Run& r, PrivateIpcNamespace& ns, const QString& shmmniBefore) {
    QCOMPARE(r.exitCode, 3);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(u"applied"_s).toBool(), false);
    QCOMPARE(o.value(u"restored"_s).toBool(), false);
    QCOMPARE(o.value(u"restore_failed"_s).toBool(), false);
    QVERIFY2(o.value(u"message"_s).toString().contains(u"nothing was changed"_s),
             qPrintable(o.value(u"message"_s).toString()));
    QCOMPARE(ns.read(u"kernel.shmmni"_s), shmmniBefore);
}

const QStringList kWatched = {u"kernel.sem"_s,    u"kernel.shmmni"_s,       u"kernel.shmmax"_s,
                              u"kernel.shmall"_s, u"kernel.msgmni"_s,       u"kernel.msgmax"_s,
                              u"kernel.msgmnb"_s, u"fs.mqueue.queues_max"_s};

} // namespace

class TestApplyLimits : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void appliesReadsBackAndWritesTheFile_data();
    void appliesReadsBackAndWritesTheFile();
    void restoreDocumentPutsThePreviousValuesBack();
    void refusedValuesLeaveNothingHalfApplied_data();
    void refusedValuesLeaveNothingHalfApplied();
    void malformedChangesChangeNothing_data();
    void malformedChangesChangeNothing();
    void anUnwritableFileChangesNothing();
    void otherLinesOfTheFileAreKept();
    void restorePutsTheFileBackAsItWas();
    void restoreNeverSetsAnotherSysctl_data();
    void restoreNeverSetsAnotherSysctl();
    void hostileFilesAreNeitherFollowedNorRead_data();
    void hostileFilesAreNeitherFollowedNorRead();
    void testOnlyOptionsAreRefusedToOthers_data();
    void testOnlyOptionsAreRefusedToOthers();
    void anUnprivilegedRunClaimsNoRestore_data();
    void anUnprivilegedRunClaimsNoRestore();
    void anUnwritableResultStillSaysWhatWasDone();
    void aContainersLimitsAreSetInItsOwnNamespace();
    void aContainersLimitsAreNeverWrittenToTheHostsFile();

private:
    QMap<QString, QString> m_host;
};

void TestApplyLimits::initTestCase() {
    if (::geteuid() != 0)
        QSKIP("apply-limits needs root (CI runs the tests as root)");
    PrivateIpcNamespace ns;
    if (!ns.ready() || ns.run(u"true"_s, {}).exitCode != 0)
        QSKIP("unshare --ipc / nsenter --ipc are not usable here");
}

// The machine's own limits, to prove after every test that they were never touched.
void TestApplyLimits::init() {
    m_host.clear();
    for (const QString& p : kWatched)
        m_host.insert(p, readProc(p));
}

void TestApplyLimits::cleanup() {
    for (const QString& p : kWatched)
        QCOMPARE(readProc(p), m_host.value(p));
}

void TestApplyLimits::appliesReadsBackAndWritesTheFile_data() {
    QTest::addColumn<QByteArray>("limits");
    QTest::addColumn<QStringList>("parameters");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("kernel.sem is written as its four fields")
        << QByteArray(R"({"kernel.sem":[250,32000,100,256]})") << QStringList{u"kernel.sem"_s}
        << QStringList{u"250 32000 100 256"_s};
    QTest::newRow("segments and queues together, up to IPCMNI")
        << QByteArray(R"({"kernel.shmmni":32768,"kernel.msgmni":1000,"kernel.msgmnb":65536})")
        << QStringList{u"kernel.shmmni"_s, u"kernel.msgmni"_s, u"kernel.msgmnb"_s}
        << QStringList{u"32768"_s, u"1000"_s, u"65536"_s};
    QTest::newRow("SHMMAX near 2^64 survives exactly")
        << QByteArray(R"({"kernel.shmmax":18446744073692774399})")
        << QStringList{u"kernel.shmmax"_s} << QStringList{u"18446744073692774399"_s};
    QTest::newRow("POSIX message queue limits too")
        << QByteArray(R"({"fs.mqueue.queues_max":512})") << QStringList{u"fs.mqueue.queues_max"_s}
        << QStringList{u"512"_s};
}

void TestApplyLimits::appliesReadsBackAndWritesTheFile() {
    QFETCH(QByteArray, limits);
    QFETCH(QStringList, parameters);
    QFETCH(QStringList, values);
    PrivateIpcNamespace ns;
    QVERIFY(ns.ready());
    QTemporaryDir root;
    QStringList before;
    for (const QString& p : parameters)
        before.append(ns.read(p));
    const Run r = ns.apply(root.path(), change(limits));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    LimitsResult result;
    QString error;
    QVERIFY2(parseLimitsResult(r.out, result, error), qPrintable(error));
    QVERIFY(result.applied);
    QCOMPARE(result.file, fileOf(root));
    QCOMPARE(result.changes.size(), parameters.size());
    const QString file = contents(fileOf(root));
    for (qsizetype i = 0; i < parameters.size(); ++i) {
        QCOMPARE(result.changes.at(i).parameter, parameters.at(i));
        QCOMPARE(result.changes.at(i).oldValue, before.at(i));
        QCOMPARE(result.changes.at(i).newValue, values.at(i));
        QCOMPARE(result.changes.at(i).readBack, values.at(i));
        QCOMPARE(ns.read(parameters.at(i)), values.at(i));
        QVERIFY2(file.contains(parameters.at(i) + u" = "_s + values.at(i) + u'\n'),
                 qPrintable(file));
    }
    // Atomic write: no temporary file is left next to it.
    QCOMPARE(QDir(root.filePath(u"etc/sysctl.d"_s)).entryList(QDir::Files | QDir::Hidden),
             QStringList{u"90-ipcscope.conf"_s});
}

void TestApplyLimits::restoreDocumentPutsThePreviousValuesBack() {
    PrivateIpcNamespace ns;
    QVERIFY(ns.ready());
    QTemporaryDir root;
    const QString sem = ns.read(u"kernel.sem"_s), msgmni = ns.read(u"kernel.msgmni"_s);
    const Run applied =
        ns.apply(root.path(), change(R"({"kernel.sem":[250,32000,100,128],"kernel.msgmni":64})"));
    QCOMPARE(applied.exitCode, 0);
    LimitsResult result;
    QString error;
    QVERIFY(parseLimitsResult(applied.out, result, error));
    QCOMPARE(ns.read(u"kernel.msgmni"_s), u"64"_s);

    const Run restored = ns.apply(root.path(), restoreDocument(result));
    QVERIFY2(restored.exitCode == 0, restored.err.constData());
    QCOMPARE(ns.read(u"kernel.sem"_s), sem);
    QCOMPARE(ns.read(u"kernel.msgmni"_s), msgmni);
    LimitsResult back;
    QVERIFY(parseLimitsResult(restored.out, back, error));
    QCOMPARE(back.changes.at(0).oldValue, u"250 32000 100 128"_s);
    QCOMPARE(back.changes.at(0).readBack, sem);
    // There was no file before the apply: the restore removes it rather than pinning the old
    // values at every boot.
    QVERIFY(back.fileRemoved);
    QVERIFY(!QFile::exists(fileOf(root)));
}

void TestApplyLimits::refusedValuesLeaveNothingHalfApplied_data() {
    QTest::addColumn<QByteArray>("limits");
    QTest::addColumn<QString>("rejected");
    QTest::newRow("SEMMNI above IPCMNI after a valid SHMMNI")
        << QByteArray(
               R"({"kernel.shmmni":1000,"kernel.msgmni":77,"kernel.sem":[250,32000,100,40000]})")
        << u"kernel.sem"_s;
    QTest::newRow("SHMMNI above IPCMNI after a valid kernel.sem")
        << QByteArray(R"({"kernel.sem":[250,32000,100,128],"kernel.shmmni":32769})")
        << u"kernel.shmmni"_s;
    QTest::newRow("MSGMNI above IPCMNI as the first value")
        << QByteArray(R"({"kernel.msgmni":100000,"kernel.shmmni":1000})") << u"kernel.msgmni"_s;
    QTest::newRow("a value beyond an int")
        << QByteArray(R"({"kernel.msgmnb":1000,"kernel.msgmax":4294967296})") << u"kernel.msgmax"_s;
}

void TestApplyLimits::refusedValuesLeaveNothingHalfApplied() {
    QFETCH(QByteArray, limits);
    QFETCH(QString, rejected);
    PrivateIpcNamespace ns;
    QVERIFY(ns.ready());
    QTemporaryDir root;
    QMap<QString, QString> before;
    for (const QString& p : kWatched)
        before.insert(p, ns.read(p));
    const Run r = ns.apply(root.path(), change(limits));
    QCOMPARE(r.exitCode, 3);
    LimitsResult result;
    QString error;
    QVERIFY2(parseLimitsResult(r.out, result, error), qPrintable(error));
    QVERIFY(!result.applied);
    // Put back only when something had changed: a value before the refused one, or the first
    // fields of kernel.sem, which the kernel stores before it refuses SEMMNI.
    const bool firstRefused = limits.startsWith("{\"" + rejected.toUtf8() + '"');
    QCOMPARE(result.restored, !firstRefused || rejected == u"kernel.sem"_s);
    QCOMPARE(r.json().value(u"restore_failed"_s).toBool(), false);
    QCOMPARE(result.rejectedParameter, rejected);
    QVERIFY(!result.message.isEmpty());
    QVERIFY(!r.err.isEmpty());
    for (const QString& p : kWatched)
        QCOMPARE(ns.read(p), before.value(p));
    QVERIFY(!QFile::exists(fileOf(root)));
}

void TestApplyLimits::malformedChangesChangeNothing_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("not JSON") << QByteArray("kernel.sem = 1 2 3 4");
    QTest::newRow("another schema")
        << QByteArray(R"({"schema":"ipcscope.removal-plan/1","limits":{"kernel.shmmni":10}})");
    QTest::newRow("a negative value") << change(R"({"kernel.shmmni":1000,"kernel.msgmni":-1})");
    QTest::newRow("a fraction") << change(R"({"kernel.shmmni":1000.5})");
    QTest::newRow("a value as a string") << change(R"({"kernel.shmmni":"1000"})");
    QTest::newRow("kernel.sem with three fields") << change(R"({"kernel.sem":[250,32000,100]})");
    QTest::newRow("a sysctl that is not an IPC limit")
        << change(R"({"kernel.shmmni":1000,"kernel.core_pattern":1})");
    QTest::newRow("the same parameter twice")
        << change(R"({"kernel.shmmni":1000,"kernel.shmmni":2000})");
    QTest::newRow("no limits at all") << change("{}");
    QTest::newRow("empty input") << QByteArray();
}

void TestApplyLimits::malformedChangesChangeNothing() {
    QFETCH(QByteArray, input);
    PrivateIpcNamespace ns;
    QVERIFY(ns.ready());
    QTemporaryDir root;
    const QString shmmni = ns.read(u"kernel.shmmni"_s);
    const Run r = ns.apply(root.path(), input);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.startsWith("ipcscope-helper: "));
    QCOMPARE(ns.read(u"kernel.shmmni"_s), shmmni);
    QVERIFY(!QFile::exists(fileOf(root)));
}

// The file step is prepared before any runtime value is written: when it cannot work, nothing
// is applied at all.
void TestApplyLimits::anUnwritableFileChangesNothing() {
    PrivateIpcNamespace ns;
    QVERIFY(ns.ready());
    QTemporaryDir root;
    // etc/sysctl.d is a plain file: the directory cannot be made.
    QVERIFY(QDir(root.path()).mkpath(u"etc"_s));
    QFile blocker(root.filePath(u"etc/sysctl.d"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString shmmni = ns.read(u"kernel.shmmni"_s);
    const Run r = ns.apply(root.path(), change(R"({"kernel.shmmni":1234})"));
    QVERIFY(r.json().value(u"file"_s).isNull());
    checkNothingWasChanged(r, ns, shmmni);
}

void TestApplyLimits::otherLinesOfTheFileAreKept() {
    PrivateIpcNamespace ns;
    QVERIFY(ns.ready());
    QTemporaryDir root;
    QVERIFY(QDir(root.path()).mkpath(u"etc/sysctl.d"_s));
    QFile f(fileOf(root));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("# kept by hand\nkernel.msgmni = 100\nkernel.shmmni=200\n");
    f.close();
    const Run r = ns.apply(root.path(), change(R"({"kernel.msgmni":300,"kernel.msgmnb":70000})"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(contents(fileOf(root)),
             u"# kept by hand\nkernel.msgmni = 300\nkernel.shmmni=200\nkernel.msgmnb = 70000\n"_s);
}

// The result says what the file held before (absent when there was none), and a restore puts
// exactly that back, or removes the file the apply made.
void TestApplyLimits::restorePutsTheFileBackAsItWas() {
    PrivateIpcNamespace ns;
    QVERIFY(ns.ready());
    QTemporaryDir root;
    const QString msgmni = ns.read(u"kernel.msgmni"_s);
    // No file before: none in the result, and the restore removes the one the apply made.
    Run r = ns.apply(root.path(), change(R"({"kernel.msgmni":300})"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(!r.json().contains(u"file_before"_s));
    QCOMPARE(r.json().value(u"file_removed"_s).toBool(), false);
    LimitsResult result;
    QString error;
    QVERIFY(parseLimitsResult(r.out, result, error));
    QVERIFY(!result.fileBefore);
    r = ns.apply(root.path(), restoreDocument(result));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(u"file_removed"_s).toBool(), true);
    QVERIFY(r.json().value(u"file"_s).isNull());
    QVERIFY(!QFile::exists(fileOf(root)));
    QCOMPARE(ns.read(u"kernel.msgmni"_s), msgmni);

    // A file before: its exact text comes back in the result and after the restore.
    const QByteArray before = "# kept by hand\nkernel.msgmni = 100\nkernel.shmmni=200\n";
    QFile f(fileOf(root));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(before);
    f.close();
    r = ns.apply(root.path(), change(R"({"kernel.msgmni":300,"kernel.msgmnb":70000})"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(u"file_before"_s).toString().toUtf8(), before);
    QVERIFY(parseLimitsResult(r.out, result, error));
    r = ns.apply(root.path(), restoreDocument(result));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(contents(fileOf(root)).toUtf8(), before);
    QCOMPARE(ns.read(u"kernel.msgmni"_s), msgmni);
}

void TestApplyLimits::restoreNeverSetsAnotherSysctl_data() {
    QTest::addColumn<QByteArray>("existing");
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("message");
    const QByteArray file = "kernel.msgmni = 300\nvm.swappiness = 10\n";
    QTest::newRow("file_content adding a sysctl that is not an IPC limit")
        << file
        << QByteArray(R"({"schema":"ipcscope.limits-change/1","file_content":)"
                      R"("kernel.core_pattern = |/tmp/x\n","limits":{"kernel.msgmni":300}})")
        << u"the file to restore sets kernel.core_pattern, which is neither a kernel IPC limit "
           "nor set in"_s;
    QTest::newRow("file_content keeping a line that is already there is fine")
        << file
        << QByteArray(R"({"schema":"ipcscope.limits-change/1","file_content":)"
                      R"("vm.swappiness = 10\n","limits":{"kernel.msgmni":300}})")
        << QString();
    QTest::newRow("remove_file of a file that sets more than IPC limits")
        << file
        << QByteArray(R"({"schema":"ipcscope.limits-change/1","remove_file":true,)"
                      R"("limits":{"kernel.msgmni":300}})")
        << u"also sets vm.swappiness now, so it was not removed"_s;
}

void TestApplyLimits::restoreNeverSetsAnotherSysctl() {
    QFETCH(QByteArray, existing);
    QFETCH(QByteArray, document);
    QFETCH(QString, message);
    PrivateIpcNamespace ns;
    QVERIFY(ns.ready());
    QTemporaryDir root;
    QVERIFY(QDir(root.path()).mkpath(u"etc/sysctl.d"_s));
    QFile f(fileOf(root));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(existing);
    f.close();
    const QString msgmni = ns.read(u"kernel.msgmni"_s);
    const Run r = ns.apply(root.path(), document);
    if (message.isEmpty()) {
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(contents(fileOf(root)), u"vm.swappiness = 10\n"_s);
        return;
    }
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.json().value(u"message"_s).toString().contains(message), r.err.constData());
    // Refused before anything was written: the runtime value and the file are as they were.
    QCOMPARE(ns.read(u"kernel.msgmni"_s), msgmni);
    QCOMPARE(contents(fileOf(root)).toUtf8(), existing);
}

namespace {

// A file only root may read, outside the test root: what a hostile --root would point at.
struct Secret {
    QTemporaryDir dir;
    QString path = dir.filePath(u"secret.conf"_s);
    QByteArray content = "kernel.shmmni = 77\n# root's secret 5f3a\n";
    bool write() {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(content) == content.size() &&
               f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    bool untouched() const {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) && f.readAll() == content &&
               f.permissions() ==
                   (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    }
};

// A copy of the helper that uid 65534 can run: the build tree may sit in a 0700 home.
struct HelperCopy {
    QTemporaryDir dir;
    QString path = dir.filePath(u"ipcscope-helper"_s);
    bool make() {
        return QFile::copy(kHelper, path) &&
               QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                     QFile::ExeOwner | QFile::ReadOther |
                                                     QFile::ExeOther) &&
               QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                               QFile::ReadOther | QFile::ExeOther);
    }
};

const QStringList kNobody = {u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s, u"--"_s};

} // namespace

void TestApplyLimits::hostileFilesAreNeitherFollowedNorRead_data() {
    QTest::addColumn<QString>("setup");
    QTest::newRow("the file is a symbolic link to a root-only file") << u"symlink"_s;
    QTest::newRow("the file is a dangling symbolic link") << u"dangling"_s;
    QTest::newRow("etc/sysctl.d is a symbolic link to another directory") << u"dirlink"_s;
    QTest::newRow("the file is a hard link to a root-only file") << u"hardlink"_s;
    QTest::newRow("the file is a FIFO, which must not hang the helper") << u"fifo"_s;
    QTest::newRow("the file belongs to another user") << u"foreign"_s;
    QTest::newRow("etc/sysctl.d may be written by everybody") << u"worldwritable"_s;
    QTest::newRow("the file is a directory") << u"directory"_s;
}

void TestApplyLimits::hostileFilesAreNeitherFollowedNorRead() {
    QFETCH(QString, setup);
    PrivateIpcNamespace ns;
    QVERIFY(ns.ready());
    QTemporaryDir root;
    Secret secret;
    QVERIFY(secret.write());
    const QString dir = root.filePath(u"etc/sysctl.d"_s);
    const QString file = fileOf(root);
    QVERIFY(QDir(root.path()).mkpath(setup == u"dirlink"_s ? u"etc"_s : u"etc/sysctl.d"_s));
    if (setup == u"symlink"_s) {
        QVERIFY(QFile::link(secret.path, file));
    } else if (setup == u"dangling"_s) {
        QVERIFY(QFile::link(secret.dir.filePath(u"absent.conf"_s), file));
    } else if (setup == u"dirlink"_s) {
        QVERIFY(QFile::link(secret.dir.path(), dir));
        secret.path = secret.dir.filePath(u"90-ipcscope.conf"_s);
        QVERIFY(secret.write());
    } else if (setup == u"hardlink"_s) {
        QVERIFY(::link(QFile::encodeName(secret.path).constData(),
                       QFile::encodeName(file).constData()) == 0);
    } else if (setup == u"fifo"_s) {
        QVERIFY(::mkfifo(QFile::encodeName(file).constData(), 0644) == 0);
    } else if (setup == u"foreign"_s) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("kernel.msgmni = 5\n");
        f.close();
        QVERIFY(::chown(QFile::encodeName(file).constData(), 65534, 65534) == 0);
    } else if (setup == u"worldwritable"_s) {
        QVERIFY(::chmod(QFile::encodeName(dir).constData(), 0777) == 0);
    } else if (setup == u"directory"_s) {
        QVERIFY(QDir().mkpath(file));
    }
    const QString shmmni = ns.read(u"kernel.shmmni"_s);
    const Run r = ns.apply(root.path(), change(R"({"kernel.shmmni":1234})"));
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!r.out.contains("5f3a"));
    QVERIFY(!r.err.contains("5f3a"));
    const QJsonObject o = r.json();
    QCOMPARE(o.value(u"applied"_s).toBool(), false);
    QCOMPARE(o.value(u"restored"_s).toBool(), false);
    QVERIFY(o.value(u"file"_s).isNull());
    QVERIFY2(o.value(u"message"_s).toString().endsWith(u"; nothing was changed"_s),
             qPrintable(o.value(u"message"_s).toString()));
    QCOMPARE(ns.read(u"kernel.shmmni"_s), shmmni);
    QVERIFY(secret.untouched());
    const QFileInfo after(file);
    if (setup == u"symlink"_s || setup == u"dangling"_s)
        QVERIFY(after.isSymLink());
    if (setup == u"dirlink"_s)
        QVERIFY(QFileInfo(dir).isSymLink());
    // No temporary file was left behind where the helper got that far.
    if (setup != u"dirlink"_s && setup != u"worldwritable"_s)
        QCOMPARE(QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                                     QDir::NoDotAndDotDot),
                 QStringList{u"90-ipcscope.conf"_s});
}

void TestApplyLimits::testOnlyOptionsAreRefusedToOthers_data() {
    QTest::addColumn<QStringList>("prefix");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("nobody");
    const QStringList sudo = {u"SUDO_UID=1000"_s, u"SUDO_USER=alice"_s};
    QTest::newRow("apply-limits --root under sudo")
        << sudo << QStringList{u"apply-limits"_s, u"--root"_s} << false;
    QTest::newRow("apply-limits --root as uid 65534")
        << QStringList() << QStringList{u"apply-limits"_s, u"--root"_s} << true;
    QTest::newRow("symptoms --log-root under sudo")
        << sudo << QStringList{u"symptoms"_s, u"--no-journal"_s, u"--log-root"_s} << false;
}

void TestApplyLimits::testOnlyOptionsAreRefusedToOthers() {
    QFETCH(QStringList, prefix);
    QFETCH(QStringList, args);
    QFETCH(bool, nobody);
    PrivateIpcNamespace ns;
    QVERIFY(ns.ready());
    HelperCopy helper;
    QVERIFY(helper.make());
    QTemporaryDir root;
    QVERIFY(QFile::setPermissions(root.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                   QFile::ExeOwner | QFile::ReadOther |
                                                   QFile::WriteOther | QFile::ExeOther));
    const QString shmmni = ns.read(u"kernel.shmmni"_s);
    const QStringList full = QStringList{helper.path} + args + QStringList{root.path()};
    const Run r = nobody ? ns.run(u"setpriv"_s, kNobody + full, change(R"({"kernel.shmmni":1234})"))
                         : ns.run(u"env"_s, prefix + full, change(R"({"kernel.shmmni":1234})"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("is for tests run by root only and is refused"), r.err.constData());
    QVERIFY2(r.err.contains(nobody ? "for uid 65534" : "under sudo"), r.err.constData());
    QCOMPARE(ns.read(u"kernel.shmmni"_s), shmmni);
    QVERIFY(QDir(root.path()).isEmpty());
}

void TestApplyLimits::anUnprivilegedRunClaimsNoRestore_data() {
    QTest::addColumn<bool>("writeFile");
    QTest::newRow("without the file the kernel refuses the first value") << false;
    QTest::newRow("with the file /etc/sysctl.d cannot be written") << true;
}

// Without root nothing can be written: the result must not claim a failed restore.
void TestApplyLimits::anUnprivilegedRunClaimsNoRestore() {
    QFETCH(bool, writeFile);
    PrivateIpcNamespace ns;
    QVERIFY(ns.ready());
    HelperCopy helper;
    QVERIFY(helper.make());
    const QString shmmni = ns.read(u"kernel.shmmni"_s);
    const QByteArray doc = writeFile ? change(R"({"kernel.shmmni":1234,"kernel.msgmni":99})")
                                     : R"({"schema":"ipcscope.limits-change/1","write_file":false,)"
                                       R"("limits":{"kernel.shmmni":1234,"kernel.msgmni":99}})";
    const Run r = ns.run(u"setpriv"_s, kNobody + QStringList{helper.path, u"apply-limits"_s}, doc);
    checkNothingWasChanged(r, ns, shmmni);
}

// Applied, but stdout is /dev/full: not "exit 1, nothing was written".
void TestApplyLimits::anUnwritableResultStillSaysWhatWasDone() {
    PrivateIpcNamespace ns;
    QVERIFY(ns.ready());
    QTemporaryDir root;
    const Run r = ns.run(
        u"sh"_s,
        {u"-c"_s, u"exec \"$0\" apply-limits --root \"$1\" >/dev/full"_s, kHelper, root.path()},
        change(R"({"kernel.shmmni":1234})"));
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("the limits were applied"), r.err.constData());
    QCOMPARE(ns.read(u"kernel.shmmni"_s), u"1234"_s);
}

// A change naming another IPC namespace (a container's): the helper, run in the "host" namespace,
// sets the value from a thread that joined the container's; the host's value stays, nothing is
// written to the host's sysctl.d, the result has the values read inside; once no process holds
// the namespace, the same change is refused as namespace_gone; the restore goes back there.
void TestApplyLimits::aContainersLimitsAreSetInItsOwnNamespace() {
    PrivateIpcNamespace host;
    QVERIFY(host.ready());
    QTemporaryDir root;
    const QString hostBefore = host.read(u"kernel.shmmni"_s);
    quint64 inode = 0;
    {
        PrivateIpcNamespace container;
        QVERIFY(container.ready());
        inode = container.inode();
        QVERIFY(inode != 0);
        const QString containerBefore = container.read(u"kernel.shmmni"_s);
        QVERIFY(containerBefore != u"1234"_s);
        ipcscope::Limits values;
        values.shmmni = 1234;
        const QByteArray document = limitsChangeDocument(values, {u"kernel.shmmni"_s}, true, inode);
        const Run r = host.apply(root.path(), document);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        LimitsResult result;
        QString error;
        QVERIFY2(parseLimitsResult(r.out, result, error), qPrintable(error));
        QVERIFY(result.applied);
        QCOMPARE(result.ns, std::optional<quint64>(inode));
        QCOMPARE(result.code, QString());
        QCOMPARE(result.file, QString());
        QCOMPARE(result.changes.size(), 1);
        QCOMPARE(result.changes.at(0).oldValue, containerBefore);
        QCOMPARE(result.changes.at(0).readBack, u"1234"_s);
        QCOMPARE(container.read(u"kernel.shmmni"_s), u"1234"_s);
        QCOMPARE(host.read(u"kernel.shmmni"_s), hostBefore);
        QVERIFY(!QFileInfo::exists(root.filePath(u"etc"_s)));

        // "Restore previous values" goes back into the same namespace.
        const QByteArray restore = restoreDocument(result);
        QVERIFY2(restore.contains("\"ns\":" + QByteArray::number(inode)), restore.constData());
        const Run back = host.apply(root.path(), restore);
        QVERIFY2(back.exitCode == 0, back.err.constData());
        QCOMPARE(container.read(u"kernel.shmmni"_s), containerBefore);
        QCOMPARE(host.read(u"kernel.shmmni"_s), hostBefore);
    }
    // The container stopped: its namespace is gone, and nothing is tried elsewhere.
    const Run gone = host.apply(root.path(), R"({"schema":"ipcscope.limits-change/1","ns":)" +
                                                 QByteArray::number(inode) +
                                                 R"(,"limits":{"kernel.shmmni":1234}})");
    QCOMPARE(gone.exitCode, 3);
    const QJsonObject o = gone.json();
    QCOMPARE(o.value(u"applied"_s).toBool(), false);
    QCOMPARE(o.value(u"code"_s).toString(), u"namespace_gone"_s);
    QCOMPARE(o.value(u"ns"_s).toInteger(), qint64(inode));
    QVERIFY2(o.value(u"message"_s).toString().contains(u"nothing was changed"_s),
             qPrintable(o.value(u"message"_s).toString()));
    QCOMPARE(host.read(u"kernel.shmmni"_s), hostBefore);
}

void TestApplyLimits::aContainersLimitsAreNeverWrittenToTheHostsFile() {
    PrivateIpcNamespace host, container;
    QVERIFY(host.ready() && container.ready());
    QTemporaryDir root;
    const QString before = container.read(u"kernel.shmmni"_s);
    const QByteArray ns = QByteArray::number(container.inode());
    for (const QByteArray& extra :
         {QByteArray(R"("write_file":true)"), QByteArray(R"("write_file":true,"remove_file":true)"),
          QByteArray(R"("write_file":true,"file_content":"")")}) {
        const Run r =
            host.apply(root.path(), R"({"schema":"ipcscope.limits-change/1","ns":)" + ns + "," +
                                        extra + R"(,"limits":{"kernel.shmmni":1234}})");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("set at runtime only"), r.err.constData());
        QCOMPARE(container.read(u"kernel.shmmni"_s), before);
    }
    QVERIFY(!QFileInfo::exists(root.filePath(u"etc"_s)));
}

QTEST_GUILESS_MAIN(TestApplyLimits)
#include "tst_applylimits.moc"
