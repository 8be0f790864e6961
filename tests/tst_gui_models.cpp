// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's models on reports built in the test: every model and proxy passes
// QAbstractItemModelTester, sizes sort by bytes, filters narrow by text, owner and verdict, a
// refresh updates rows in place (persistent indexes survive), CSV has exact values.
#include "models/hostlistmodel.h"
#include "models/limitmodel.h"
#include "models/messagequeuemodel.h"
#include "models/objectfilterproxy.h"
#include "models/ownermodel.h"
#include "models/posixmodel.h"
#include "models/semaphoremodel.h"
#include "models/semaphorevaluesmodel.h"
#include "models/sharedmemorymodel.h"
#include "models/suggestionmodel.h"
#include "util/exporter.h"
#include "util/format.h"
#include "util/language.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QtTest>

using namespace ipcscope;
using namespace Qt::StringLiterals;

namespace {

// A small but complete report: semaphore sets, segments, a queue and a POSIX object with
// verdicts, owners, limits and a suggestion.
Report makeReport(int sets = 3, quint64 firstSegmentSize = 4096) {
    Report r;
    r.snapshot.host.hostname = u"testhost"_s;
    r.snapshot.host.time = 1'700'000'000;
    const QStringList owners = {u"alice"_s, u"bob"_s, u"www-data"_s};
    for (int i = 0; i < sets; ++i) {
        SemaphoreSet s;
        s.key = 0x1000 + quint32(i);
        s.id = 100 + i;
        s.perms = 0600;
        s.uid = uint(1000 + i % 3);
        s.owner = owners.at(i % 3);
        s.nsems = i + 1;
        s.otime = i == 0 ? 0 : r.snapshot.host.time - 120 * i;
        s.detail = true;
        for (int k = 0; k < s.nsems; ++k)
            s.sems.append(Semaphore{k, 4242, 0, k});
        r.snapshot.semaphores.append(s);
        ObjectVerdict v;
        v.ref = ObjectRef{ObjectType::Semaphore, i, s.id, {}};
        v.key = s.key;
        v.uid = s.uid;
        v.owner = s.owner;
        v.verdict = i % 2 ? Verdict::Orphaned : Verdict::InUse;
        v.reasons = {Reason{u"test"_s, u"reason %1"_s.arg(i)}};
        r.objects.append(v);
    }
    const quint64 sizes[] = {firstSegmentSize, 1024 * 1024, 512};
    for (int i = 0; i < 3; ++i) {
        SharedMemorySegment m;
        m.key = 0x2000 + quint32(i);
        m.id = 200 + i;
        m.owner = owners.at(i);
        m.uid = uint(1000 + i);
        m.size = sizes[i];
        m.cpid = 4242;
        r.snapshot.sharedMemory.append(m);
        ObjectVerdict v;
        v.ref = ObjectRef{ObjectType::SharedMemory, i, m.id, {}};
        v.key = m.key;
        v.owner = m.owner;
        v.uid = m.uid;
        v.verdict = Verdict::PossiblyOrphaned;
        r.objects.append(v);
    }
    MessageQueue q;
    q.key = 0x3000;
    q.id = 300;
    q.owner = u"alice"_s;
    q.qnum = 2;
    q.cbytes = 100;
    r.snapshot.messageQueues.append(q);
    r.objects.append(ObjectVerdict{ObjectRef{ObjectType::MessageQueue, 0, 300, {}},
                                   q.key,
                                   1000,
                                   q.owner,
                                   Verdict::Unknown,
                                   {},
                                   {}});
    PosixObject p;
    p.name = u"app.shm"_s;
    p.owner = u"bob"_s;
    p.size = 8192;
    r.snapshot.posixShm.append(p);
    r.objects.append(ObjectVerdict{
        ObjectRef{ObjectType::PosixShm, 0, -1, p.name}, 0, 1001, p.owner, Verdict::InUse, {}, {}});
    Process proc;
    proc.pid = 4242;
    proc.alive = false;
    proc.comm = u"apache2"_s;
    r.snapshot.processes.append(proc);

    OwnerSummary alice;
    alice.uid = 1000;
    alice.owner = u"alice"_s;
    alice.semaphoreSets = 1;
    alice.inUse = 1;
    OwnerSummary bob;
    bob.uid = 1001;
    bob.owner = u"bob"_s;
    bob.orphaned = 1;
    r.owners = {alice, bob};
    LimitUsage semmni;
    semmni.parameter = u"kernel.sem"_s;
    semmni.field = u"SEMMNI"_s;
    semmni.unit = u"sets"_s;
    semmni.used = quint64(sets);
    semmni.limit = 32000;
    LimitUsage shmall;
    shmall.parameter = u"kernel.shmall"_s;
    shmall.field = u"SHMALL"_s;
    shmall.unit = u"pages"_s;
    shmall.used = 300;
    shmall.limit = 400;
    shmall.level = Level::Warning;
    r.limits = {semmni, shmall};
    Suggestion more;
    more.parameter = u"kernel.shmall"_s;
    more.field = u"SHMALL"_s;
    more.current = 400;
    more.suggested = 800;
    more.reason = u"room to grow"_s;
    more.reference = u"docs"_s;
    r.suggestions = {more};
    return r;
}

} // namespace

class TestGuiModels : public QObject {
    Q_OBJECT
private slots:
    // English plurals ("3 minutes ago") come from the English plural-only translation.
    void initTestCase() { installTranslators(u"en"_s); }
    void everyModelPassesTheTester();
    void columnsShowHumanUnitsAndSortByRawValues();
    void filters_data();
    void filters();
    void refreshUpdatesRowsInPlace();
    void removedAndAddedObjectsOnRefresh();
    void csvHasExactValues();
    void csvNeutralisesFormulas();
    void semaphoreValuesNameTheProcess();
    void hostListKeepsLocalFirst();
    void formatting_data();
    void formatting();
    void limitValues_data();
    void limitValues();
    void overviewShowsTheNoLimitDefaultsAsUnlimited();
};

void TestGuiModels::everyModelPassesTheTester() {
    const Report report = makeReport();
    SemaphoreModel sem;
    SharedMemoryModel shm;
    MessageQueueModel msg;
    PosixModel posix;
    OwnerModel owners;
    LimitModel limits;
    SuggestionModel suggestions;
    SemaphoreValuesModel values;
    HostListModel hosts;
    QList<QAbstractItemModel*> models = {&sem,    &shm,         &msg,    &posix, &owners,
                                         &limits, &suggestions, &values, &hosts};
    QList<ObjectFilterProxy*> proxies;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (QAbstractItemModel* m : models)
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            m, QAbstractItemModelTester::FailureReportingMode::QtTest));
    for (ObjectTableModel* m :
         {static_cast<ObjectTableModel*>(&sem), static_cast<ObjectTableModel*>(&shm),
          static_cast<ObjectTableModel*>(&msg), static_cast<ObjectTableModel*>(&posix)}) {
        auto* proxy = new ObjectFilterProxy(this);
        proxy->setSourceModel(m);
        proxy->sort(1);
        proxies.append(proxy);
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            proxy, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    QSortFilterProxyModel ownerProxy;
    ownerProxy.setSourceModel(&owners);
    testers.push_back(std::make_unique<QAbstractItemModelTester>(
        &ownerProxy, QAbstractItemModelTester::FailureReportingMode::QtTest));

    for (const Report& r : {report, makeReport(5, 1), makeReport(1), Report{}, report}) {
        for (ObjectTableModel* m :
             {static_cast<ObjectTableModel*>(&sem), static_cast<ObjectTableModel*>(&shm),
              static_cast<ObjectTableModel*>(&msg), static_cast<ObjectTableModel*>(&posix)})
            m->setReport(r);
        owners.setReport(r);
        limits.setReport(r);
        suggestions.setReport(r);
        values.setSet(r, r.snapshot.semaphores.isEmpty() ? -1 : 0);
        for (ObjectFilterProxy* p : proxies) {
            p->setText(u"0x"_s);
            p->setOwner(u"alice"_s);
            p->setVerdict(Verdict::InUse);
            p->setText(QString());
            p->setOwner(QString());
            p->setVerdict(std::nullopt);
        }
    }
    HostConfig db;
    db.kind = HostConfig::Kind::Ssh;
    db.host = u"db1"_s;
    hosts.addHost(db);
    hosts.setStatus(1, HostListModel::Status::Orphans);
    hosts.removeHost(1);
    QCOMPARE(sem.rowCount(), 3);
    QCOMPARE(posix.rowCount(), 1);
}

void TestGuiModels::columnsShowHumanUnitsAndSortByRawValues() {
    SharedMemoryModel shm;
    shm.setReport(makeReport());
    ObjectFilterProxy proxy;
    proxy.setSourceModel(&shm);
    proxy.sort(SharedMemoryModel::Size, Qt::AscendingOrder);
    // 512 bytes < 4 KiB < 1 MiB, although "1.0 MiB" < "4.0 KiB" < "512 bytes" as text.
    QCOMPARE(proxy.index(0, SharedMemoryModel::Size).data(ObjectTableModel::SortRole).toULongLong(),
             512u);
    QCOMPARE(proxy.index(2, SharedMemoryModel::Size).data(ObjectTableModel::SortRole).toULongLong(),
             1024u * 1024u);
    QCOMPARE(proxy.index(2, SharedMemoryModel::Size).data().toString(), u"1.0 MiB"_s);
    QVERIFY(proxy.index(2, SharedMemoryModel::Size)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"1,048,576"_s) ||
            proxy.index(2, SharedMemoryModel::Size)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"1048576"_s));
    QCOMPARE(proxy.index(0, SharedMemoryModel::Key).data().toString(), u"0x00002002"_s);
    QCOMPARE(proxy.index(0, SharedMemoryModel::Creator).data().toString(),
             u"4242 (apache2, exited)"_s);

    SemaphoreModel sem;
    sem.setReport(makeReport());
    const QModelIndex verdict = sem.index(1, SemaphoreModel::Verdict);
    QCOMPARE(verdict.data().toString(), verdictName(Verdict::Orphaned));
    QVERIFY(!verdict.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(verdict.data(Qt::ToolTipRole).toString().contains(u"reason 1"_s));
    QCOMPARE(sem.index(0, SemaphoreModel::LastOperation).data().toString(), u"never"_s);
    QCOMPARE(sem.index(1, SemaphoreModel::LastOperation).data().toString(), u"2 minutes ago"_s);
    // Local time: written through QDateTime, so that the test holds in every time zone.
    QCOMPARE(sem.index(1, SemaphoreModel::LastOperation).data(Qt::ToolTipRole).toString(),
             QDateTime::fromSecsSinceEpoch(1'700'000'000 - 120).toString(u"yyyy-MM-dd HH:mm:ss"_s));
}

void TestGuiModels::filters_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<int>("rows");
    QTest::newRow("no filter shows every set") << QString() << QString() << -1 << 6;
    QTest::newRow("a key in hex finds its set") << u"0x00001004"_s << QString() << -1 << 1;
    QTest::newRow("text matches in any case") << u"ALICE"_s << QString() << -1 << 2;
    QTest::newRow("the owner filter keeps that user's sets") << QString() << u"bob"_s << -1 << 2;
    QTest::newRow("the verdict filter keeps orphans")
        << QString() << QString() << int(Verdict::Orphaned) << 3;
    QTest::newRow("filters combine") << QString() << u"bob"_s << int(Verdict::Orphaned) << 1;
    QTest::newRow("text nobody has shows nothing") << u"no such thing"_s << QString() << -1 << 0;
}

void TestGuiModels::filters() {
    QFETCH(QString, text);
    QFETCH(QString, owner);
    QFETCH(int, verdict);
    QFETCH(int, rows);
    SemaphoreModel sem;
    sem.setReport(makeReport(6));
    ObjectFilterProxy proxy;
    proxy.setSourceModel(&sem);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setText(text);
    proxy.setOwner(owner);
    proxy.setVerdict(verdict < 0 ? std::nullopt : std::optional<Verdict>(Verdict(verdict)));
    QCOMPARE(proxy.rowCount(), rows);
}

void TestGuiModels::refreshUpdatesRowsInPlace() {
    SemaphoreModel sem;
    sem.setReport(makeReport(4));
    const QPersistentModelIndex third = sem.index(2, SemaphoreModel::Id);
    QSignalSpy reset(&sem, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&sem, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&sem, &QAbstractItemModel::dataChanged);
    Report again = makeReport(4);
    again.snapshot.semaphores[2].nsems = 99;
    sem.setReport(again);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 0);
    QVERIFY(changed.count() > 0);
    QVERIFY(third.isValid());
    QCOMPARE(third.data().toInt(), 102);
    QCOMPARE(
        sem.index(third.row(), SemaphoreModel::Semaphores).data(ObjectTableModel::SortRole).toInt(),
        99);
}

void TestGuiModels::removedAndAddedObjectsOnRefresh() {
    SemaphoreModel sem;
    QAbstractItemModelTester tester(&sem, QAbstractItemModelTester::FailureReportingMode::QtTest);
    sem.setReport(makeReport(4));
    const QPersistentModelIndex last = sem.index(3, SemaphoreModel::Id);
    const QPersistentModelIndex first = sem.index(0, SemaphoreModel::Id);
    // The set with id 100 disappears, a new one (id 104, 105) appears.
    Report next = makeReport(6);
    next.snapshot.semaphores.removeFirst();
    next.objects.removeFirst();
    for (ObjectVerdict& o : next.objects) {
        if (o.ref.type == ObjectType::Semaphore)
            --o.ref.index;
    }
    sem.setReport(next);
    QVERIFY(!first.isValid());
    QVERIFY(last.isValid());
    QCOMPARE(last.data().toInt(), 103);
    QCOMPARE(sem.rowCount(), 5);
    QList<int> ids;
    for (int r = 0; r < sem.rowCount(); ++r)
        ids.append(sem.index(r, SemaphoreModel::Id).data(ObjectTableModel::SortRole).toInt());
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, (QList<int>{101, 102, 103, 104, 105}));
}

void TestGuiModels::csvHasExactValues() {
    SharedMemoryModel shm;
    shm.setReport(makeReport());
    ObjectFilterProxy proxy;
    proxy.setSourceModel(&shm);
    proxy.sort(SharedMemoryModel::Id);
    proxy.setOwner(u"bob"_s);
    const QList<QByteArray> lines = tableToCsv(&proxy, ObjectTableModel::ExportRole).split('\n');
    QCOMPARE(lines.size(), 3); // header, one row, and the empty rest after the last CRLF
    QVERIFY(lines.at(0).startsWith("Verdict,Key,ID,Owner,"));
    QVERIFY2(lines.at(1).startsWith("possibly_orphaned,0x00002001,201,bob,0000,1048576,"),
             lines.at(1).constData());
}

void TestGuiModels::csvNeutralisesFormulas() {
    // Names and commands come from the server: a spreadsheet must not run them as formulas.
    QStandardItemModel model(1, 8);
    const QStringList cells = {u"=HYPERLINK(\"http://x\")"_s,
                               u"+cmd"_s,
                               u"-rm"_s,
                               u"@SUM(A1)"_s,
                               u"\tx"_s,
                               u"-5"_s,
                               u"a=b"_s,
                               u"=1,2"_s};
    for (int c = 0; c < cells.size(); ++c) {
        model.setHeaderData(c, Qt::Horizontal, u"c%1"_s.arg(c));
        model.setItem(0, c, new QStandardItem(cells.at(c)));
    }
    const QList<QByteArray> lines = tableToCsv(&model, Qt::DisplayRole).split('\n');
    QCOMPARE(lines.at(1),
             QByteArray("\"'=HYPERLINK(\"\"http://x\"\")\",'+cmd,'-rm,'@SUM(A1),'\tx,-5,a=b,"
                        "\"'=1,2\"\r"));
}

void TestGuiModels::semaphoreValuesNameTheProcess() {
    SemaphoreValuesModel values;
    values.setSet(makeReport(), 2);
    QCOMPARE(values.rowCount(), 3);
    QCOMPARE(values.index(1, SemaphoreValuesModel::Value).data().toInt(), 1);
    QCOMPARE(values.index(1, SemaphoreValuesModel::LastPid).data().toString(),
             u"4242 (apache2, exited)"_s);
    QCOMPARE(values.index(2, SemaphoreValuesModel::WaitingZero).data().toInt(), 2);
}

void TestGuiModels::hostListKeepsLocalFirst() {
    HostListModel hosts;
    HostConfig db;
    db.kind = HostConfig::Kind::Ssh;
    db.host = u"db1"_s;
    hosts.setSavedHosts({db});
    QCOMPARE(hosts.rowCount(), 2);
    QCOMPARE(hosts.config(0).kind, HostConfig::Kind::Local);
    hosts.removeHost(0); // refused: the local machine stays
    QCOMPARE(hosts.rowCount(), 2);
    hosts.setStatus(1, HostListModel::Status::Unreachable, u"no route"_s);
    QVERIFY(hosts.index(1).data(Qt::ToolTipRole).toString().contains(u"no route"_s));
    QCOMPARE(hosts.savedHosts().size(), 1);
}

void TestGuiModels::formatting_data() {
    QTest::addColumn<qint64>("when");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero means never") << qint64(0) << u"never"_s;
    QTest::newRow("seconds ago are just now") << qint64(1'000'000 - 30) << u"just now"_s;
    QTest::newRow("minutes are counted") << qint64(1'000'000 - 180) << u"3 minutes ago"_s;
    QTest::newRow("one hour is singular") << qint64(1'000'000 - 3600) << u"1 hour ago"_s;
    QTest::newRow("days are counted") << qint64(1'000'000 - 2 * 86400) << u"2 days ago"_s;
}

void TestGuiModels::formatting() {
    QFETCH(qint64, when);
    QFETCH(QString, expected);
    QCOMPARE(format::relativeTime(when, 1'000'000), expected);
}

void TestGuiModels::limitValues_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<quint64>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("SHMMAX at the kernel default is unlimited")
        << u"SHMMAX"_s << quint64(18446744073692774399ull) << u"unlimited"_s;
    QTest::newRow("SHMALL at the kernel default is unlimited")
        << u"SHMALL"_s << quint64(18446744073692774399ull) << u"unlimited"_s;
    QTest::newRow("SHMMAX at 2^63 - 1 (tuning guides) is unlimited")
        << u"SHMMAX"_s << quint64(9223372036854775807ull) << u"unlimited"_s;
    QTest::newRow("SHMALL whose bytes pass 4 EiB is unlimited")
        << u"SHMALL"_s << quint64(1ull << 52) << u"unlimited"_s;
    QTest::newRow("32 MiB SHMMAX in its exact unit")
        << u"SHMMAX"_s << quint64(33554432) << u"32 MiB"_s;
    QTest::newRow("an odd size in bytes")
        << u"SHMMAX"_s << quint64(33554433) << u"33,554,433 bytes"_s;
    QTest::newRow("SHMALL in pages with their size")
        << u"SHMALL"_s << quint64(2097152) << u"2,097,152 pages (8 GiB)"_s;
    QTest::newRow("one page is singular") << u"SHMALL"_s << quint64(1) << u"1 page (4 KiB)"_s;
    QTest::newRow("a count stays a number") << u"SEMMNI"_s << quint64(32000) << u"32,000"_s;
}

void TestGuiModels::limitValues() {
    QFETCH(QString, field);
    QFETCH(quint64, value);
    QFETCH(QString, expected);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString shown = format::limitValue(field, value, 4096);
    QLocale::setDefault(QLocale::c());
    QCOMPARE(shown, expected);
}

// "8.0 EiB" was the old way of saying "no limit".
void TestGuiModels::overviewShowsTheNoLimitDefaultsAsUnlimited() {
    Report r;
    r.snapshot.host.pageSize = 4096;
    LimitUsage shmmax;
    shmmax.parameter = u"kernel.shmmax"_s, shmmax.field = u"SHMMAX"_s, shmmax.unit = u"bytes"_s;
    shmmax.used = 1 << 20, shmmax.limit = 18446744073692774399ull;
    LimitUsage shmall;
    shmall.parameter = u"kernel.shmall"_s, shmall.field = u"SHMALL"_s, shmall.unit = u"pages"_s;
    shmall.used = 256, shmall.limit = 18446744073692774399ull;
    r.limits = {shmmax, shmall};
    LimitModel model;
    model.setReport(r);
    QCOMPARE(model.index(0, LimitModel::Maximum).data().toString(), u"unlimited"_s);
    QCOMPARE(model.index(1, LimitModel::Maximum).data().toString(), u"unlimited"_s);
    QCOMPARE(model.index(0, LimitModel::Used).data().toString(), u"1.0 MiB"_s);
}

QTEST_MAIN(TestGuiModels)
#include "tst_gui_models.moc"
