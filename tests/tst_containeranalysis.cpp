// SPDX-License-Identifier: GPL-3.0-or-later
// The analysis of a host with containers, from a real helper snapshot: processes in IPC namespaces
// of their own (`unshare --ipc`) with their own objects and limits. Each container is judged on
// its own objects, limits and processes; a container whose SEMMNI is full is a finding that names
// it, and the host is not called clean then. The objects exist only in the test's namespaces.
#include "analysis/analyzer.h"
#include "cleanup/cleanupplan.h"
#include "cleanup/shellcommand.h"
#include "fixtures.h"
#include "ipcnsholder.h"
#include "model/snapshotparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace ipcscope;
using testns::IpcNamespaceHolder;

namespace {

constexpr int KeysA = 0x4e5c0000;
constexpr int KeysB = 0x4e5d0000;

Result<Snapshot> helperSnapshot() {
    QProcess p;
    p.start(QStringLiteral(IPCSCOPE_HELPER_PATH), {u"snapshot"_s});
    p.waitForFinished(60000);
    return parseSnapshot(p.readAllStandardOutput());
}

const NamespaceReport* containerReport(const Report& report, quint64 ns) {
    for (const NamespaceReport& c : report.containers)
        if (c.ns.id == ns)
            return &c;
    return nullptr;
}

QStringList verdicts(const Report& r) {
    QStringList out;
    for (const ObjectVerdict& v : r.objects)
        out << u"%1 %2 %3"_s.arg(objectTypeCode(v.ref.type))
                   .arg(v.ref.id)
                   .arg(verdictCode(v.verdict));
    return out;
}

} // namespace

class TestContainerAnalysis : public QObject {
    Q_OBJECT
private slots:
    void aProcessCountsOnlyInItsOwnNamespace();
    void eachContainerJudgedOnItsOwn();
    void cleanupOfAContainerActsInItsNamespace();
};

// The fixture's host set 1 names pid 4242, which is alive but works in the container web-1: it
// cannot use the host's set, which is therefore not in use. web-1's SEMMNI (2) is full; the
// container db could not be read.
void TestContainerAnalysis::aProcessCountsOnlyInItsOwnNamespace() {
    const Report report = analyze(testsupport::analysisFixture(u"containers"_s));
    QCOMPARE(verdicts(report), (QStringList{u"sem 0 in_use"_s, u"sem 1 orphaned"_s}));
    QCOMPARE(report.containers.size(), 2);
    QVERIFY(report.containers[0].report);
    QVERIFY(!report.containers[1].report);
    // In its own namespace, 4242 is the running httpd; the sets name the exited 4300.
    QCOMPARE(verdicts(*report.containers[0].report),
             (QStringList{u"sem 0 possibly_orphaned"_s, u"sem 1 possibly_orphaned"_s}));
    QStringList texts;
    for (const Finding& f : report.findings)
        texts << f.text;
    QVERIFY2(texts.contains(u"In the container web-1: SEMMNI is 100 % used (2 of 2 sets)."_s),
             qPrintable(texts.join(u'\n')));
    QVERIFY2(
        texts.contains(u"1 container could not be read: its objects and limits are not shown"_s),
        qPrintable(texts.join(u'\n')));
    QVERIFY(
        !texts.contains(u"Nothing to clean up: no orphaned objects, and every limit has room"_s));
}

void TestContainerAnalysis::eachContainerJudgedOnItsOwn() {
    if (geteuid() != 0)
        QSKIP("needs root to start processes in IPC namespaces of their own (unshare --ipc)");
    // A: its creator alive and attached, SEMMNI 3 with 3 sets (full). B: the creator was killed.
    IpcNamespaceHolder a(IpcNamespaceHolder::Holds::Objects, KeysA, 3, false, 3);
    QVERIFY2(a.ready(), qPrintable(a.errorString()));
    IpcNamespaceHolder b(IpcNamespaceHolder::Holds::NamespaceOnly, KeysB, 2);
    QVERIFY2(b.ready(), qPrintable(b.errorString()));

    const Result<Snapshot> snapshot = helperSnapshot();
    if (!snapshot.ok())
        QFAIL(qPrintable(snapshot.error().message));
    const Report report = analyze(snapshot.value());

    const NamespaceReport* ra = containerReport(report, a.ns());
    const NamespaceReport* rb = containerReport(report, b.ns());
    QVERIFY(ra && ra->report && rb && rb->report);
    QCOMPARE(ra->ns.name, u"python3 (pid %1)"_s.arg(a.pid()));
    QCOMPARE(ra->report->snapshot.limits.semmni, std::optional<quint64>(3));
    QCOMPARE(verdicts(*ra->report), (QStringList{u"sem 0 in_use"_s, u"sem 1 in_use"_s,
                                                 u"sem 2 in_use"_s, u"shm 0 in_use"_s}));
    // B's segment 0 is not attached by A's process, which attached A's segment 0.
    QCOMPARE(verdicts(*rb->report),
             (QStringList{u"sem 0 possibly_orphaned"_s, u"sem 1 possibly_orphaned"_s,
                          u"shm 0 possibly_orphaned"_s}));

    // A's full SEMMNI is a critical finding naming A; the host is not called clean.
    const Finding* full = nullptr;
    for (const Finding& f : report.findings) {
        QVERIFY2(f.code != u"all_clear"_s, qPrintable(f.text));
        if (f.ns == a.ns() && f.code == u"limit_usage"_s && f.field == u"SEMMNI"_s)
            full = &f;
    }
    QVERIFY(full);
    QCOMPARE(full->level, Level::Critical);
    QCOMPARE(
        full->text,
        u"In the container python3 (pid %1): SEMMNI is 100 % used (3 of 3 sets)."_s.arg(a.pid()));
    QCOMPARE(full->namespaceName, u"python3 (pid %1)"_s.arg(a.pid()));
    // Every set is in use: nothing to clean; the host's Suggestions are not A's: no Explain.
    QVERIFY(full->objects.isEmpty());
    QCOMPARE(full->action, Finding::Action::None);

    // B's leftovers are a finding about B's own objects: its refs name B's sets and segment,
    // found in B's report (A has objects with the same ids).
    const Finding* leftovers = nullptr;
    for (const Finding& f : report.findings)
        if (f.ns == b.ns() && !f.objects.isEmpty())
            leftovers = &f;
    QVERIFY(leftovers);
    QVERIFY(leftovers->text.startsWith(u"In the container cat (pid %1): "_s.arg(b.pid())));
    QCOMPARE(report.reportFor(b.ns()), rb->report.get());
    QCOMPARE(leftovers->objects.size(), 3);
    QSet<quint32> keys;
    for (const ObjectRef& ref : leftovers->objects)
        for (const ObjectVerdict& v : rb->report->objects)
            if (v.ref.type == ref.type && v.ref.index == ref.index)
                keys.insert(v.key);
    QCOMPARE(keys, (QSet<quint32>{quint32(KeysB), quint32(KeysB + 1), quint32(KeysB + 1000)}));
}

// A plan made from a container's own report names the container's namespace; the helper removes
// there and nowhere else, although the other container has objects with the same ids.
void TestContainerAnalysis::cleanupOfAContainerActsInItsNamespace() {
    if (geteuid() != 0)
        QSKIP("needs root to start processes in IPC namespaces of their own (unshare --ipc)");
    IpcNamespaceHolder a(IpcNamespaceHolder::Holds::NamespaceOnly, KeysA, 2);
    QVERIFY2(a.ready(), qPrintable(a.errorString()));
    IpcNamespaceHolder b(IpcNamespaceHolder::Holds::NamespaceOnly, KeysB, 2);
    QVERIFY2(b.ready(), qPrintable(b.errorString()));
    const Result<Snapshot> snapshot = helperSnapshot();
    if (!snapshot.ok())
        QFAIL(qPrintable(snapshot.error().message));
    const Report report = analyze(snapshot.value());
    const NamespaceReport* rb = containerReport(report, b.ns());
    QVERIFY(rb && rb->report);

    CleanupSelection selection;
    selection.objects = {rb->report->objects[0].ref}; // B's set 0
    const CleanupPlan plan = buildCleanupPlan(*rb->report, selection);
    QCOMPARE(plan.items.size(), 1);
    const CleanupItem& item = plan.items[0];
    QCOMPARE(item.ns, b.ns());
    QCOMPARE(item.describe(),
             u"semaphore set 0 (key 0x4e5d0000) in the container cat (pid %1)"_s.arg(b.pid()));
    QCOMPARE(shellCommand(item), u"nsenter --target %1 --ipc ipcrm -s 0"_s.arg(b.pid()));
    const QByteArray json = removalPlanJson(plan, u"tst_containeranalysis"_s);
    QCOMPARE(QJsonDocument::fromJson(json)
                 .object()
                 .value(u"items"_s)
                 .toArray()[0]
                 .toObject()
                 .value(u"ns"_s)
                 .toInteger(),
             qint64(b.ns()));

    QProcess p;
    p.start(QStringLiteral(IPCSCOPE_HELPER_PATH), {u"remove"_s});
    p.write(json);
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(60000));
    const QJsonObject result = QJsonDocument::fromJson(p.readAllStandardOutput())
                                   .object()
                                   .value(u"items"_s)
                                   .toArray()[0]
                                   .toObject();
    QCOMPARE(result.value(u"result"_s).toString(), u"removed"_s);

    // B lost its set 0; A still has its set 0 (same id, other namespace).
    const Result<Snapshot> after = helperSnapshot();
    QVERIFY(after.ok());
    QList<quint32> keysA, keysB;
    for (const IpcNamespace& n : after.value().namespaces) {
        if (!n.objects || (n.id != a.ns() && n.id != b.ns()))
            continue;
        for (const SemaphoreSet& set : n.objects->semaphores)
            (n.id == a.ns() ? keysA : keysB).append(set.key);
    }
    QVERIFY(keysA.contains(quint32(KeysA)));
    QVERIFY(keysA.contains(quint32(KeysA + 1)));
    QVERIFY(!keysB.contains(quint32(KeysB)));
    QVERIFY(keysB.contains(quint32(KeysB + 1)));
}

QTEST_GUILESS_MAIN(TestContainerAnalysis)
#include "tst_containeranalysis.moc"
