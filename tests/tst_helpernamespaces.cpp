// SPDX-License-Identifier: GPL-3.0-or-later
// ipcscope-helper on a host with containers: processes in IPC namespaces of their own
// (`unshare --ipc`) with System V objects there. Fresh namespaces number their objects from 0, so
// two of them (and the test's own) hold objects with the same ids: the snapshot must list each
// under its own namespace, match processes only to their own namespace's objects, and read each
// namespace's limits inside it. Objects exist only inside the test's namespaces and go with them.
#include "ipcnsholder.h"
#include "namespaces.h"
#include "schemacheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using ipcscope::helper::containerFromCgroup;
using testns::IpcNamespaceHolder;

namespace {

constexpr int KeysA = 0x4e5a0000;
constexpr int KeysB = 0x4e5b0000;

QByteArray helperSnapshot() {
    QProcess p;
    p.start(QStringLiteral(IPCSCOPE_HELPER_PATH), {u"snapshot"_s});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning() << "helper failed:" << p.readAllStandardError();
        p.kill();
        p.waitForFinished();
        return {};
    }
    return p.readAllStandardOutput();
}

// Runs `ipcscope-helper remove` with a plan of the given items; the result's items.
QJsonArray helperRemove(const QJsonArray& items) {
    QJsonObject plan{{u"schema"_s, u"ipcscope.removal-plan/1"_s},
                     {u"requested_by"_s, u"tst_helpernamespaces"_s},
                     {u"items"_s, items}};
    QProcess p;
    p.start(QStringLiteral(IPCSCOPE_HELPER_PATH), {u"remove"_s});
    p.write(QJsonDocument(plan).toJson());
    p.closeWriteChannel();
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning() << "helper remove failed:" << p.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(u"items"_s).toArray();
}

// A plan item for a System V object of the snapshot, with its guards, in namespace `ns` (0: none).
QJsonObject planItem(const QString& type, const QJsonObject& o, quint64 ns) {
    QJsonObject item{{u"type"_s, type},
                     {u"id"_s, o.value(u"id"_s)},
                     {u"key"_s, o.value(u"key"_s)},
                     {u"cuid"_s, o.value(u"cuid"_s)},
                     {u"uid"_s, o.value(u"uid"_s)},
                     {u"ctime"_s, o.value(u"ctime"_s)}};
    if (ns != 0)
        item.insert(u"ns"_s, qint64(ns));
    return item;
}

QJsonObject namespaceById(const QJsonObject& snap, quint64 id) {
    for (const auto& n : snap.value(u"namespaces"_s).toArray())
        if (quint64(n.toObject().value(u"id"_s).toInteger()) == id)
            return n.toObject();
    return {};
}

QList<qint64> keysOf(const QJsonArray& objects) {
    QList<qint64> keys;
    for (const auto& o : objects)
        keys.append(o.toObject().value(u"key"_s).toInteger());
    return keys;
}

QList<qint64> intList(const QJsonValue& v) {
    QList<qint64> out;
    for (const auto& x : v.toArray())
        out.append(x.toInteger());
    return out;
}

} // namespace

class TestHelperNamespaces : public QObject {
    Q_OBJECT
private slots:
    void containerFromCgroup_data();
    void containerFromCgroup();
    void eachNamespaceWithItsOwnObjects();
    void removalActsOnlyInTheObjectsNamespace();
    void aContainersPosixObjectsAreRemovedInItsOwnShm();
    void withoutRootTheSnapshotSaysWhatItCouldNotRead();
};

void TestHelperNamespaces::containerFromCgroup_data() {
    QTest::addColumn<QString>("cgroup");
    QTest::addColumn<QString>("runtime");
    QTest::addColumn<QString>("id");
    const QString id64 = u"3f2a1b9c0d1e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f90"_s;
    QTest::newRow("Docker with systemd names docker-<id>.scope")
        << u"0::/system.slice/docker-%1.scope\n"_s.arg(id64) << u"docker"_s << id64;
    QTest::newRow("Docker with cgroupfs names /docker/<id>")
        << u"12:memory:/docker/%1\n0::/docker/%1\n"_s.arg(id64) << u"docker"_s << id64;
    QTest::newRow("Podman names libpod-<id>.scope")
        << u"0::/machine.slice/libpod-%1.scope/container\n"_s.arg(id64) << u"podman"_s << id64;
    QTest::newRow("rootless Podman under the user's slice")
        << u"0::/user.slice/user-1000.slice/user@1000.service/user.slice/libpod-%1.scope\n"_s.arg(
               id64)
        << u"podman"_s << id64;
    QTest::newRow("Kubernetes with cgroupfs names the pod and the container")
        << u"0::/kubepods/burstable/pod1b2c3d4e-0000-1111-2222-333344445555/%1\n"_s.arg(id64)
        << u"kubernetes"_s << id64;
    QTest::newRow("Kubernetes with systemd and containerd")
        << u"0::/kubepods.slice/kubepods-besteffort.slice/"
           "kubepods-besteffort-pod1b2c3d4e_0000_1111_2222_333344445555.slice/"
           "cri-containerd-%1.scope\n"_s.arg(id64)
        << u"kubernetes"_s << id64;
    QTest::newRow("LXC names /lxc/<name>") << u"0::/lxc/web01\n"_s << u"lxc"_s << u"web01"_s;
    QTest::newRow("LXC 4 names lxc.payload.<name>")
        << u"0::/lxc.payload.db-2/init.scope\n"_s << u"lxc"_s << u"db-2"_s;
    QTest::newRow("a service of the host is no container")
        << u"0::/system.slice/apache2.service\n"_s << QString() << QString();
    QTest::newRow("the root cgroup is no container") << u"0::/\n"_s << QString() << QString();
}

void TestHelperNamespaces::containerFromCgroup() {
    QFETCH(QString, cgroup);
    QFETCH(QString, runtime);
    QFETCH(QString, id);
    const QByteArray text = cgroup.toUtf8();
    const auto c = ::containerFromCgroup(std::string_view(text.constData(), size_t(text.size())));
    QCOMPARE(QString::fromStdString(c.runtime.value_or(std::string())), runtime);
    QCOMPARE(QString::fromStdString(c.id.value_or(std::string())), id);
}

void TestHelperNamespaces::eachNamespaceWithItsOwnObjects() {
    if (geteuid() != 0)
        QSKIP("needs root to start processes in IPC namespaces of their own (unshare --ipc)");
    const QString python = testschema::python();
    IPCSCOPE_SKIP_WITHOUT_JSONSCHEMA(python);
    // A: its creator alive, the segment attached, a POSIX object mapped on its own /dev/shm.
    // B: the creator gone (a killed process's leftovers), the namespace kept by another process.
    IpcNamespaceHolder a(IpcNamespaceHolder::Holds::Objects, KeysA, 3, true);
    QVERIFY2(a.ready(), qPrintable(a.errorString()));
    IpcNamespaceHolder b(IpcNamespaceHolder::Holds::NamespaceOnly, KeysB, 2);
    QVERIFY2(b.ready(), qPrintable(b.errorString()));
    QVERIFY(a.ns() != b.ns());

    const QByteArray json = helperSnapshot();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"snapshot.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();
    const auto check = testschema::validate(python, u"snapshot"_s, {file.fileName()});
    QVERIFY2(check.valid, check.output.constData());
    const QJsonObject snap = QJsonDocument::fromJson(json).object();

    // The helper's own namespace comes first, with its objects at the top level as always; none
    // of the containers' objects are among them.
    const QJsonArray namespaces = snap.value(u"namespaces"_s).toArray();
    QVERIFY(!namespaces.isEmpty());
    QCOMPARE(namespaces[0].toObject().value(u"kind"_s).toString(), u"host"_s);
    QCOMPARE(namespaces[0].toObject().value(u"id"_s),
             snap.value(u"host"_s).toObject().value(u"ipc_ns"_s));
    for (const qint64 key : keysOf(snap.value(u"semaphores"_s).toArray()))
        QVERIFY(key != KeysA && key != KeysB);

    const QJsonObject nsA = namespaceById(snap, a.ns());
    const QJsonObject nsB = namespaceById(snap, b.ns());
    QCOMPARE(nsA.value(u"kind"_s).toString(), u"container"_s);
    QCOMPARE(nsA.value(u"readable"_s).toBool(), true);
    QCOMPARE(nsB.value(u"readable"_s).toBool(), true);
    // Without a container runtime, a namespace is named after its oldest process.
    QCOMPARE(nsA.value(u"name"_s).toString(), u"python3 (pid %1)"_s.arg(a.pid()));
    QCOMPARE(nsB.value(u"name"_s).toString(), u"cat (pid %1)"_s.arg(b.pid()));
    QCOMPARE(nsA.value(u"oldest_pid"_s).toInteger(), a.pid());

    // Each namespace's objects, numbered from 0 in each.
    const QJsonArray semsA = nsA.value(u"semaphores"_s).toArray();
    const QJsonArray semsB = nsB.value(u"semaphores"_s).toArray();
    QCOMPARE(keysOf(semsA), (QList<qint64>{KeysA, KeysA + 1, KeysA + 2}));
    QCOMPARE(keysOf(semsB), (QList<qint64>{KeysB, KeysB + 1}));
    QCOMPARE(semsA[0].toObject().value(u"id"_s).toInt(), 0);
    QCOMPARE(semsB[0].toObject().value(u"id"_s).toInt(), 0);
    QCOMPARE(semsA[0].toObject().value(u"detail"_s).toBool(), true);
    QCOMPARE(semsA[0].toObject().value(u"sems"_s).toArray()[0].toObject().value(u"value"_s).toInt(),
             1);
    QCOMPARE(
        semsA[0].toObject().value(u"sems"_s).toArray()[0].toObject().value(u"pid"_s).toInteger(),
        a.pid());
    const qint64 goneCreator =
        semsB[0].toObject().value(u"sems"_s).toArray()[0].toObject().value(u"pid"_s).toInteger();
    QVERIFY(goneCreator > 0 && goneCreator != b.pid());

    // Segment 0 of A is attached by A's process; segment 0 of B by nobody, although A's process
    // maps a "segment 0" too (of its own namespace).
    const QJsonObject segA = nsA.value(u"shared_memory"_s).toArray()[0].toObject();
    const QJsonObject segB = nsB.value(u"shared_memory"_s).toArray()[0].toObject();
    QCOMPARE(segA.value(u"key"_s).toInteger(), qint64(KeysA + 1000));
    QCOMPARE(segB.value(u"key"_s).toInteger(), qint64(KeysB + 1000));
    QCOMPARE(segA.value(u"id"_s).toInt(), 0);
    QCOMPARE(segB.value(u"id"_s).toInt(), 0);
    QCOMPARE(intList(segA.value(u"attached_pids"_s)), QList<qint64>{a.pid()});
    QCOMPARE(intList(segB.value(u"attached_pids"_s)), QList<qint64>{});
    QCOMPARE(segB.value(u"nattch"_s).toInt(), 0);

    // Limits read inside each namespace (a fresh namespace has the kernel's defaults).
    QVERIFY(nsA.value(u"limits"_s).toObject().value(u"semmni"_s).toInteger() > 0);

    // A's own /dev/shm is listed with it; B shares the test's, which is listed once, on top.
    QCOMPARE(nsA.value(u"own_shm"_s).toBool(), true);
    QCOMPARE(nsB.value(u"own_shm"_s).toBool(), false);
    const QJsonArray posixA = nsA.value(u"posix"_s).toObject().value(u"shm"_s).toArray();
    QCOMPARE(posixA.size(), 1);
    QCOMPARE(posixA[0].toObject().value(u"name"_s).toString(), u"ns-held"_s);
    QCOMPARE(intList(posixA[0].toObject().value(u"mapped_pids"_s)), QList<qint64>{a.pid()});
    QCOMPARE(nsB.value(u"posix"_s).toObject().value(u"shm"_s).toArray().size(), 0);

    // Processes carry their namespace; a gone creator has none. Each namespace counts its own
    // running programs.
    bool sawA = false, sawGone = false;
    for (const auto& v : snap.value(u"processes"_s).toArray()) {
        const QJsonObject p = v.toObject();
        if (p.value(u"pid"_s).toInteger() == a.pid()) {
            sawA = true;
            QCOMPARE(quint64(p.value(u"ipc_ns"_s).toInteger()), a.ns());
        } else if (p.value(u"pid"_s).toInteger() == goneCreator) {
            sawGone = true;
            QCOMPARE(p.value(u"alive"_s).toBool(), false);
            QVERIFY(p.value(u"ipc_ns"_s).isNull());
        }
    }
    QVERIFY(sawA && sawGone);
    const QJsonArray programsB = nsB.value(u"programs"_s).toArray();
    QCOMPARE(programsB.size(), 1);
    QCOMPARE(programsB[0].toObject().value(u"comm"_s).toString(), u"cat"_s);
}

void TestHelperNamespaces::removalActsOnlyInTheObjectsNamespace() {
    if (geteuid() != 0)
        QSKIP("needs root to start processes in IPC namespaces of their own (unshare --ipc)");
    IpcNamespaceHolder a(IpcNamespaceHolder::Holds::Objects, KeysA, 2);
    QVERIFY2(a.ready(), qPrintable(a.errorString()));
    IpcNamespaceHolder b(IpcNamespaceHolder::Holds::NamespaceOnly, KeysB, 2);
    QVERIFY2(b.ready(), qPrintable(b.errorString()));
    const QJsonObject snap = QJsonDocument::fromJson(helperSnapshot()).object();
    const QJsonArray setsA = namespaceById(snap, a.ns()).value(u"semaphores"_s).toArray();
    const QJsonArray setsB = namespaceById(snap, b.ns()).value(u"semaphores"_s).toArray();
    QCOMPARE(setsA.size(), 2);
    QCOMPARE(setsB.size(), 2);
    const QJsonObject b0 = setsB[0].toObject();
    QCOMPARE(b0.value(u"id"_s).toInt(), 0);

    const QJsonArray results = helperRemove({
        // B's set 0, addressed to A's namespace: A's set 0 is another set (other key): refused.
        planItem(u"sem"_s, b0, a.ns()),
        // A namespace that no process holds: refused without trying anywhere else.
        planItem(u"sem"_s, b0, 1),
        // A's set 0 in A: its creator still runs there.
        planItem(u"sem"_s, setsA[0].toObject(), a.ns()),
        // B's set 0 in B: a killed process's leftover, removed there.
        planItem(u"sem"_s, b0, b.ns()),
        // B's set 1 without a namespace: the helper's own namespace, which has no such set.
        planItem(u"sem"_s, setsB[1].toObject(), 0),
    });
    QCOMPARE(results.size(), 5);
    const auto outcome = [&](int i) {
        const QJsonObject r = results[i].toObject();
        return r.value(u"result"_s).toString() + u' ' + r.value(u"code"_s).toString();
    };
    QCOMPARE(outcome(0), u"refused replaced"_s);
    QCOMPARE(outcome(1), u"refused namespace_gone"_s);
    QCOMPARE(outcome(2), u"refused process_alive"_s);
    QCOMPARE(outcome(3), u"removed removed"_s);
    QCOMPARE(results[3].toObject().value(u"ns"_s).toInteger(), qint64(b.ns()));
    QVERIFY(outcome(4).startsWith(u"refused "_s));

    // Only B's set 0 is gone: A keeps both of its sets, B its set 1.
    const QJsonObject after = QJsonDocument::fromJson(helperSnapshot()).object();
    QCOMPARE(keysOf(namespaceById(after, a.ns()).value(u"semaphores"_s).toArray()),
             (QList<qint64>{KeysA, KeysA + 1}));
    QCOMPARE(keysOf(namespaceById(after, b.ns()).value(u"semaphores"_s).toArray()),
             QList<qint64>{KeysB + 1});
}

// A container with its own /dev/shm: its mapped object ("ns-held", mapped by its creator) is
// refused, an unmapped file is removed there, and the helper's own /dev/shm keeps a file of the
// same name.
void TestHelperNamespaces::aContainersPosixObjectsAreRemovedInItsOwnShm() {
    if (geteuid() != 0)
        QSKIP("needs root to start processes in IPC namespaces of their own (unshare --ipc)");
    IpcNamespaceHolder a(IpcNamespaceHolder::Holds::Objects, KeysA, 1, true);
    QVERIFY2(a.ready(), qPrintable(a.errorString()));
    const QString name = u"tst-ns-left-%1"_s.arg(getpid());
    QFile inside(u"/proc/%1/root/dev/shm/%2"_s.arg(a.pid()).arg(name));
    QVERIFY(inside.open(QIODevice::WriteOnly));
    inside.write(QByteArray(4096, 'x'));
    inside.close();
    QFile home(u"/dev/shm/"_s + name);
    QVERIFY(home.open(QIODevice::WriteOnly));
    home.close();
    struct RemoveHome {
        QFile& f;
        ~RemoveHome() { f.remove(); }
    } removeHome{home};

    const QJsonObject snap = QJsonDocument::fromJson(helperSnapshot()).object();
    QJsonObject left, held;
    const QJsonArray shm =
        namespaceById(snap, a.ns()).value(u"posix"_s).toObject().value(u"shm"_s).toArray();
    for (const auto& v : shm) {
        const QJsonObject o = v.toObject();
        if (o.value(u"name"_s).toString() == name)
            left = o;
        else if (o.value(u"name"_s).toString() == u"ns-held"_s)
            held = o;
    }
    QVERIFY2(!left.isEmpty() && !held.isEmpty(), QJsonDocument(shm).toJson().constData());
    const auto item = [&](const QJsonObject& o) {
        return QJsonObject{{u"type"_s, u"posix_shm"_s},       {u"name"_s, o.value(u"name"_s)},
                           {u"inode"_s, o.value(u"inode"_s)}, {u"mtime"_s, o.value(u"mtime"_s)},
                           {u"uid"_s, o.value(u"uid"_s)},     {u"ns"_s, qint64(a.ns())}};
    };
    const QJsonArray results = helperRemove({item(held), item(left)});
    QCOMPARE(results.size(), 2);
    QCOMPARE(results[0].toObject().value(u"code"_s).toString(), u"mapped"_s);
    QCOMPARE(results[1].toObject().value(u"result"_s).toString(), u"removed"_s);
    QVERIFY(!inside.exists());
    QVERIFY(QFile::exists(u"/proc/%1/root/dev/shm/ns-held"_s.arg(a.pid())));
    QVERIFY(home.exists());
}

// The helper as an unprivileged user (nobody): a namespace of its own user's process is listed as
// not readable, with the reason; root's container is not even visible, and a warning says that
// other users' processes could not be checked.
void TestHelperNamespaces::withoutRootTheSnapshotSaysWhatItCouldNotRead() {
    if (geteuid() != 0)
        QSKIP("needs root to run the helper as another user and hold namespaces");
    if (QStandardPaths::findExecutable(u"setpriv"_s).isEmpty())
        QSKIP("setpriv (util-linux) is not installed");
    IpcNamespaceHolder rootHeld(IpcNamespaceHolder::Holds::NamespaceOnly, KeysA, 1);
    QVERIFY2(rootHeld.ready(), qPrintable(rootHeld.errorString()));
    const QStringList asNobody = {u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s};
    // nobody's own IPC namespace, through a user namespace of its own.
    QProcess own;
    own.start(u"setpriv"_s,
              asNobody + QStringList{u"unshare"_s, u"--user"_s, u"--map-root-user"_s, u"--ipc"_s,
                                     u"sh"_s, u"-c"_s, u"echo ready; exec cat"_s});
    struct End {
        QProcess& p;
        ~End() {
            p.closeWriteChannel();
            if (!p.waitForFinished(5000)) {
                p.kill();
                p.waitForFinished();
            }
        }
    } end{own};
    QVERIFY(own.waitForReadyRead(10000));
    if (!own.readLine().startsWith("ready"))
        QSKIP("unprivileged user namespaces are not allowed here");
    struct stat st {};
    QVERIFY(::stat(qPrintable(u"/proc/%1/ns/ipc"_s.arg(own.processId())), &st) == 0);
    const quint64 ownNs = st.st_ino;

    QProcess p;
    p.start(u"setpriv"_s,
            asNobody + QStringList{QStringLiteral(IPCSCOPE_HELPER_PATH), u"snapshot"_s});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QJsonObject snap = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QCOMPARE(snap.value(u"host"_s).toObject().value(u"euid"_s).toInt(), 65534);
    const QJsonObject mine = namespaceById(snap, ownNs);
    QCOMPARE(mine.value(u"readable"_s).toBool(true), false);
    QCOMPARE(mine.value(u"reason"_s).toString(), u"not_root"_s);
    QVERIFY(namespaceById(snap, rootHeld.ns()).isEmpty());
    QString unchecked;
    for (const auto& w : snap.value(u"warnings"_s).toArray())
        if (w.toObject().value(u"code"_s).toString() == u"namespaces_unchecked"_s)
            unchecked = w.toObject().value(u"message"_s).toString();
    QVERIFY2(unchecked.contains(u"of other users could not be checked for an IPC namespace of "
                                u"their own (not root)"_s),
             qPrintable(unchecked));
}

QTEST_APPLESS_MAIN(TestHelperNamespaces)
#include "tst_helpernamespaces.moc"
