// SPDX-License-Identifier: GPL-3.0-or-later
// The planner: each workload's formula against the published numbers, the proposal rules
// (current use + planned extra, never lower, kernel default floor, IPCMNI cap), plans saved per
// host, the sysctl.d export and the limits-change document for the helper.
#include "planner/limitschange.h"
#include "planner/plan.h"
#include "planner/planjson.h"
#include "planner/workload.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ipcscope;
using namespace ipcscope::planner;

namespace {

constexpr quint64 GiB = 1024ull * 1024 * 1024;

quint64 sumOf(const QList<Need>& needs, const QString& field, Need::Kind kind) {
    quint64 v = 0;
    for (const Need& n : needs)
        if (n.field == field && n.kind == kind)
            v = kind == Need::Kind::Extra ? v + n.value : std::max(v, n.value);
    return v;
}

// Limits of an old distribution kernel (the values before 5.x raised the defaults), little use.
Report smallHost() {
    Report r;
    r.snapshot.host.hostname = u"db1"_s;
    r.snapshot.host.memTotal = 16 * GiB;
    r.snapshot.host.pageSize = 4096;
    Limits& l = r.snapshot.limits;
    l.semmsl = 250, l.semmns = 32000, l.semopm = 32, l.semmni = 128;
    l.shmmax = 18446744073692774399ull, l.shmall = 18446744073692774399ull, l.shmmni = 4096;
    l.msgmax = 8192, l.msgmnb = 16384, l.msgmni = 32000;
    l.mqQueuesMax = 256;
    LimitUsage sets;
    sets.parameter = u"kernel.sem"_s, sets.field = u"SEMMNI"_s, sets.unit = u"sets"_s;
    sets.used = 100, sets.limit = 128;
    LimitUsage sems = sets;
    sems.field = u"SEMMNS"_s, sems.unit = u"semaphores"_s, sems.used = 1700, sems.limit = 32000;
    r.limits = {sets, sems};
    return r;
}

} // namespace

class TestPlanner : public QObject {
    Q_OBJECT
private slots:
    void postgresNeeds_data();
    void postgresNeeds();
    void apacheSysvsemCountsMutexesAndLeakedRestarts();
    void apacheWithoutSysvsemNeedsNoSemaphores();
    void oracleFollowsItsPublishedMinimumsAndProcesses();
    void db2FollowsItsPerGigabyteMinimums();
    void sapFollowsSapconf();
    void customMultipliesSetsSegmentsAndQueues();
    void proposalAddsPlannedExtraToCurrentUse();
    void proposalNeverLowersALimit();
    void proposalNeverGoesBelowTheKernelDefault();
    void proposalStopsAtIpcmni();
    void exportIsASysctlFileWithTheChanges();
    void planRoundTripsThroughItsFile();
    void planStoreKeepsOnePlanPerHost();
    void brokenPlanFilesAreRefusedWithASentence_data();
    void brokenPlanFilesAreRefusedWithASentence();
    void limitsChangeDocumentCarriesExactValues();
    void restoreDocumentPutsTheOldValuesBack();
};

void TestPlanner::postgresNeeds_data() {
    QTest::addColumn<int>("version");
    QTest::addColumn<int>("maxConnections");
    QTest::addColumn<quint64>("sets");
    QTest::addColumn<quint64>("semaphores");
    // 9.6 defaults: ceil((100 + 3 + 8 + 5) / 16) = 8 sets of 17 = 136 semaphores.
    QTest::newRow("PostgreSQL 9.6 with its defaults needs 8 sets and 136 semaphores")
        << 9 << 100 << quint64(8) << quint64(136);
    // ceil((500 + 3 + 8 + 5) / 16) = 33 sets.
    QTest::newRow("PostgreSQL 9.6 with 500 connections needs 33 sets and 561 semaphores")
        << 9 << 500 << quint64(33) << quint64(561);
    QTest::newRow("PostgreSQL 10 and later use POSIX semaphores on Linux: no System V sets")
        << 10 << 100 << quint64(0) << quint64(0);
    QTest::newRow("PostgreSQL 15 with 1000 connections still needs no System V sets")
        << 15 << 1000 << quint64(0) << quint64(0);
}

void TestPlanner::postgresNeeds() {
    QFETCH(int, version);
    QFETCH(int, maxConnections);
    QFETCH(quint64, sets);
    QFETCH(quint64, semaphores);
    Workload w;
    w.kind = WorkloadKind::PostgreSql;
    w.postgresVersion = version;
    w.postgres.maxConnections = maxConnections;
    const QList<Need> needs = workloadNeeds(w, {});
    QCOMPARE(sumOf(needs, u"SEMMNI"_s, Need::Kind::Extra), sets);
    QCOMPARE(sumOf(needs, u"SEMMNS"_s, Need::Kind::Extra), semaphores);
    // Every server keeps one small segment.
    QCOMPARE(sumOf(needs, u"SHMMNI"_s, Need::Kind::Extra), quint64(1));
    w.instances = 3;
    QCOMPARE(sumOf(workloadNeeds(w, {}), u"SEMMNI"_s, Need::Kind::Extra), sets * 3);
    QCOMPARE(sumOf(workloadNeeds(w, {}), u"SHMMNI"_s, Need::Kind::Extra), quint64(3));
}

void TestPlanner::apacheSysvsemCountsMutexesAndLeakedRestarts() {
    Workload w;
    w.kind = WorkloadKind::Apache;
    w.apacheSysvsem = true;
    w.apacheMutexes = 2;
    w.apacheLeakedRestarts = 3;
    const QList<Need> needs = workloadNeeds(w, {});
    QCOMPARE(sumOf(needs, u"SEMMNI"_s, Need::Kind::Extra), quint64(8)); // 2 × (1 + 3)
    QCOMPARE(sumOf(needs, u"SEMMNS"_s, Need::Kind::Extra), quint64(8));
    QVERIFY(needs.first().reason.contains(u"sysvsem"_s));
}

void TestPlanner::apacheWithoutSysvsemNeedsNoSemaphores() {
    Workload w;
    w.kind = WorkloadKind::Apache;
    w.apacheSysvsem = false;
    w.apacheMutexes = 5;
    QVERIFY(workloadNeeds(w, {}).isEmpty());
}

void TestPlanner::oracleFollowsItsPublishedMinimumsAndProcesses() {
    Workload w;
    w.kind = WorkloadKind::Oracle;
    w.oracleProcesses = 300;
    w.oracleSgaBytes = 4 * GiB;
    const QList<Need> needs = workloadNeeds(w, {16 * GiB, 4096});
    QCOMPARE(sumOf(needs, u"SEMMSL"_s, Need::Kind::Minimum), quint64(310)); // max(250, 300 + 10)
    QCOMPARE(sumOf(needs, u"SEMMNS"_s, Need::Kind::Minimum), quint64(32000));
    QCOMPARE(sumOf(needs, u"SEMOPM"_s, Need::Kind::Minimum), quint64(100));
    QCOMPARE(sumOf(needs, u"SEMMNI"_s, Need::Kind::Minimum), quint64(128));
    QCOMPARE(sumOf(needs, u"SHMMNI"_s, Need::Kind::Minimum), quint64(4096));
    QCOMPARE(sumOf(needs, u"SHMMAX"_s, Need::Kind::Minimum), 8 * GiB); // half the RAM
    QCOMPARE(sumOf(needs, u"SEMMNS"_s, Need::Kind::Extra), quint64(300 + 300 + 10));
    QCOMPARE(sumOf(needs, u"SHMALL"_s, Need::Kind::Extra), 4 * GiB / 4096);
}

void TestPlanner::db2FollowsItsPerGigabyteMinimums() {
    Workload w;
    w.kind = WorkloadKind::Db2;
    const QList<Need> needs = workloadNeeds(w, {16 * GiB, 4096});
    QCOMPARE(sumOf(needs, u"SEMMNI"_s, Need::Kind::Minimum), quint64(256 * 16));
    QCOMPARE(sumOf(needs, u"SHMMNI"_s, Need::Kind::Minimum), quint64(256 * 16));
    QCOMPARE(sumOf(needs, u"MSGMNI"_s, Need::Kind::Minimum), quint64(1024 * 16));
    QCOMPARE(sumOf(needs, u"SHMMAX"_s, Need::Kind::Minimum), 16 * GiB);
    QCOMPARE(sumOf(needs, u"SHMALL"_s, Need::Kind::Minimum), 2 * 16 * GiB / 4096);
    QCOMPARE(sumOf(needs, u"SEMMNS"_s, Need::Kind::Minimum), quint64(256000));
    QCOMPARE(sumOf(needs, u"MSGMAX"_s, Need::Kind::Minimum), quint64(65536));
    // 64 GiB would ask 65,536 queues: the kernel takes at most IPCMNI.
    QCOMPARE(sumOf(workloadNeeds(w, {64 * GiB, 4096}), u"MSGMNI"_s, Need::Kind::Minimum),
             quint64(32768));
    // The workload's own RAM wins over the host's.
    w.ramBytes = 2 * GiB;
    QCOMPARE(sumOf(workloadNeeds(w, {16 * GiB, 4096}), u"SEMMNI"_s, Need::Kind::Minimum),
             quint64(512));
}

void TestPlanner::sapFollowsSapconf() {
    Workload w;
    w.kind = WorkloadKind::Sap;
    const QList<Need> needs = workloadNeeds(w, {});
    QCOMPARE(sumOf(needs, u"SEMMSL"_s, Need::Kind::Minimum), quint64(1250));
    QCOMPARE(sumOf(needs, u"SEMMNS"_s, Need::Kind::Minimum), quint64(256000));
    QCOMPARE(sumOf(needs, u"SEMOPM"_s, Need::Kind::Minimum), quint64(100));
    QCOMPARE(sumOf(needs, u"SEMMNI"_s, Need::Kind::Minimum), quint64(8192));
}

void TestPlanner::customMultipliesSetsSegmentsAndQueues() {
    Workload w;
    w.kind = WorkloadKind::Custom;
    w.instances = 2;
    w.customSemSets = 10, w.customSemsPerSet = 4;
    w.customSegments = 3, w.customSegmentBytes = 10000;
    w.customQueues = 5, w.customQueueBytes = 65536;
    const QList<Need> needs = workloadNeeds(w, {0, 4096});
    QCOMPARE(sumOf(needs, u"SEMMNI"_s, Need::Kind::Extra), quint64(20));
    QCOMPARE(sumOf(needs, u"SEMMNS"_s, Need::Kind::Extra), quint64(80));
    QCOMPARE(sumOf(needs, u"SEMMSL"_s, Need::Kind::Minimum), quint64(4));
    QCOMPARE(sumOf(needs, u"SHMMNI"_s, Need::Kind::Extra), quint64(6));
    QCOMPARE(sumOf(needs, u"SHMMAX"_s, Need::Kind::Minimum), quint64(10000));
    QCOMPARE(sumOf(needs, u"SHMALL"_s, Need::Kind::Extra), quint64(3 * 3 * 2)); // 3 pages each
    QCOMPARE(sumOf(needs, u"MSGMNI"_s, Need::Kind::Extra), quint64(10));
    QCOMPARE(sumOf(needs, u"MSGMNB"_s, Need::Kind::Minimum), quint64(65536));
}

void TestPlanner::proposalAddsPlannedExtraToCurrentUse() {
    Plan plan{u"db1"_s, {}};
    Workload w;
    w.kind = WorkloadKind::Custom;
    w.customSemSets = 50;
    w.customSemsPerSet = 2;
    plan.workloads = {w};
    const Proposal p = propose(plan, smallHost());
    const FieldPlan* f = p.find(u"SEMMNI");
    QVERIFY(f);
    QCOMPARE(f->used, quint64(100));
    QCOMPARE(f->extra, quint64(50));
    QCOMPARE(f->required, quint64(150));
    // 150 is above 128 but below the default of current kernels: the default is proposed.
    QVERIFY(f->changed);
    QCOMPARE(f->proposed, quint64(32000));
    QVERIFY2(f->sentence.contains(u"100 sets in use + 50 planned"_s), qPrintable(f->sentence));
    QCOMPARE(p.proposed.semmni, std::optional<quint64>(32000));
    // SEMMNS: 1700 + 100 fits in 32000: unchanged.
    QVERIFY(!p.find(u"SEMMNS")->changed);
    QCOMPARE(p.find(u"SEMMNS")->required, quint64(1800));
}

void TestPlanner::proposalNeverLowersALimit() {
    Report r = smallHost();
    r.snapshot.limits.semmsl = 5000;
    Workload w;
    w.kind = WorkloadKind::Sap; // asks SEMMSL 1250
    const Proposal p = propose({u"db1"_s, {w}}, r);
    QVERIFY(!p.find(u"SEMMSL")->changed);
    QCOMPARE(p.find(u"SEMMSL")->proposed, quint64(5000));
    QVERIFY(p.find(u"SEMOPM")->changed); // 32 -> 500 (default) for SAP's 100
    QCOMPARE(p.find(u"SEMOPM")->proposed, quint64(500));
}

void TestPlanner::proposalNeverGoesBelowTheKernelDefault() {
    Workload w;
    w.kind = WorkloadKind::Oracle;
    const Proposal p = propose({u"db1"_s, {w}}, smallHost());
    // Oracle asks SEMOPM 100 on a host with 32: current kernels default to 500.
    const FieldPlan* f = p.find(u"SEMOPM");
    QVERIFY(f->changed);
    QCOMPARE(f->proposed, quint64(500));
    QVERIFY(f->sentence.contains(u"default of current kernels"_s));
}

void TestPlanner::proposalStopsAtIpcmni() {
    Workload w;
    w.kind = WorkloadKind::Custom;
    w.customSemSets = 40000;
    const Proposal p = propose({u"db1"_s, {w}}, smallHost());
    const FieldPlan* f = p.find(u"SEMMNI");
    QVERIFY(f->capped);
    QCOMPARE(f->proposed, quint64(32768));
    QVERIFY(f->sentence.contains(u"ipcmni_extend"_s));
}

void TestPlanner::exportIsASysctlFileWithTheChanges() {
    Workload w;
    w.kind = WorkloadKind::Sap;
    const Proposal p = propose({u"db1"_s, {w}}, smallHost());
    const QString file = p.sysctlFile();
    QVERIFY(file.contains(u"kernel.sem = 32000 1024000000 500 32000\n"_s));
    QVERIFY(!file.contains(u"kernel.shmmax"_s));
    QCOMPARE(p.sysctlCommands(),
             QStringList{u"sysctl -w kernel.sem='32000 1024000000 500 32000'"_s});
    // SAP asks 1250 256000 100 8192; each is below the default of current kernels, which wins.
    // Nothing planned: nothing to export.
    QVERIFY(propose({u"db1"_s, {}}, smallHost()).sysctlFile().isEmpty());
}

void TestPlanner::planRoundTripsThroughItsFile() {
    Plan plan{u"db1"_s, {}};
    Workload pg;
    pg.kind = WorkloadKind::PostgreSql;
    pg.postgresVersion = 9;
    pg.instances = 3;
    pg.label = u"billing"_s;
    Workload ap;
    ap.kind = WorkloadKind::Apache;
    ap.apacheMpm = ApacheMpm::Prefork;
    ap.apacheSysvsem = true;
    ap.apacheMutexes = 4;
    Workload ora;
    ora.kind = WorkloadKind::Oracle;
    ora.oracleSgaBytes = 18446744073709551000ull; // beyond a double's exact integers
    Workload c;
    c.kind = WorkloadKind::Custom;
    c.customQueues = 7;
    c.customQueueBytes = 123456;
    plan.workloads = {pg, ap, ora, c};
    QTemporaryDir dir;
    QString error;
    QVERIFY2(writePlanFile(dir.filePath(u"p.json"_s), plan, error), qPrintable(error));
    Plan back;
    QVERIFY2(readPlanFile(dir.filePath(u"p.json"_s), back, error), qPrintable(error));
    QCOMPARE(back, plan);
}

void TestPlanner::planStoreKeepsOnePlanPerHost() {
    QTemporaryDir dir;
    PlanStore store(dir.path());
    QString error;
    Plan empty;
    QVERIFY(store.load(u"db1:22"_s, empty, error));
    QCOMPARE(empty.host, u"db1:22"_s);
    QVERIFY(empty.workloads.isEmpty());
    Workload w;
    w.kind = WorkloadKind::Db2;
    QVERIFY(store.save({u"db1:22"_s, {w}}, error));
    QVERIFY(store.save({u"../evil"_s, {}}, error));
    QCOMPARE(store.pathFor(u"db1:22"_s), dir.filePath(u"db1_22.json"_s));
    QVERIFY(store.pathFor(u"../evil"_s).startsWith(dir.path() + u"/_"_s));
    Plan back;
    QVERIFY(store.load(u"db1:22"_s, back, error));
    QCOMPARE(back.workloads.size(), 1);
    QCOMPARE(back.workloads.first().kind, WorkloadKind::Db2);
}

void TestPlanner::brokenPlanFilesAreRefusedWithASentence_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("a file that is not JSON") << QByteArray("{nope");
    QTest::newRow("another schema") << QByteArray(R"({"schema":"ipcscope.report/1"})");
    QTest::newRow("an unknown workload kind")
        << QByteArray(R"({"schema":"ipcscope.plan/1","workloads":[{"kind":"mysql"}]})");
    QTest::newRow("a negative number of instances") << QByteArray(
        R"({"schema":"ipcscope.plan/1","workloads":[{"kind":"sap","instances":-1}]})");
    QTest::newRow("a fraction of a connection") << QByteArray(
        R"({"schema":"ipcscope.plan/1","workloads":[{"kind":"postgresql","max_connections":1.5}]})");
}

void TestPlanner::brokenPlanFilesAreRefusedWithASentence() {
    QFETCH(QByteArray, json);
    QTemporaryDir dir;
    QFile f(dir.filePath(u"p.json"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(json);
    f.close();
    Plan plan;
    QString error;
    QVERIFY(!readPlanFile(f.fileName(), plan, error));
    QVERIFY(error.endsWith(u'.'));
}

void TestPlanner::limitsChangeDocumentCarriesExactValues() {
    Limits l;
    l.semmsl = 250, l.semmns = 32000, l.semopm = 100, l.semmni = 256;
    l.shmmax = 18446744073692774399ull;
    const QByteArray doc = limitsChangeDocument(l, {u"kernel.sem"_s, u"kernel.shmmax"_s}, false);
    QCOMPARE(doc, QByteArray(R"({"schema":"ipcscope.limits-change/1","write_file":false,)"
                             R"("limits":{"kernel.sem":[250,32000,100,256],)"
                             R"("kernel.shmmax":18446744073692774399}})"
                             "\n"));
    QVERIFY(QJsonDocument::fromJson(doc).isObject());
}

void TestPlanner::restoreDocumentPutsTheOldValuesBack() {
    const QByteArray result =
        R"({"schema":"ipcscope.limits-result/1","applied":true,"restored":false,)"
        R"("file":"/etc/sysctl.d/90-ipcscope.conf","file_removed":false,"changes":[)"
        R"({"parameter":"kernel.sem","old":"32000 1024000000 500 32000","new":"250 32000 100 256","read_back":"250 32000 100 256"},)"
        R"({"parameter":"kernel.msgmni","old":"32000","new":"64","read_back":"64"}]})";
    LimitsResult r;
    QString error;
    QVERIFY2(parseLimitsResult(result, r, error), qPrintable(error));
    QVERIFY(r.applied);
    QCOMPARE(r.changes.size(), 2);
    QCOMPARE(r.changes.at(1).readBack, u"64"_s);
    // There was no file before: the restore removes it.
    QVERIFY(!r.fileBefore);
    QCOMPARE(restoreDocument(r),
             QByteArray(R"({"schema":"ipcscope.limits-change/1","write_file":true,)"
                        R"("remove_file":true,"limits":{)"
                        R"("kernel.sem":[32000,1024000000,500,32000],"kernel.msgmni":32000}})"
                        "\n"));
    // There was one: the restore writes back exactly what it held.
    r.fileBefore = u"# by hand\nkernel.msgmni = 32000\n"_s;
    QCOMPARE(restoreDocument(r),
             QByteArray(R"({"schema":"ipcscope.limits-change/1","write_file":true,)"
                        R"("file_content":"# by hand\nkernel.msgmni = 32000\n","limits":{)"
                        R"("kernel.sem":[32000,1024000000,500,32000],"kernel.msgmni":32000}})"
                        "\n"));
    // A helper that does not report the file's old text: the old values are merged into the
    // file, never a file removed that may have existed.
    LimitsResult older = r;
    older.fileBefore.reset();
    older.reportsFileBefore = false;
    QVERIFY(!restoreDocument(older).contains("remove_file"));
    QVERIFY(!restoreDocument(older).contains("file_content"));
    // The file was not written by the apply: the restore leaves it alone too.
    r.file.clear();
    QVERIFY(restoreDocument(r).startsWith(
        R"({"schema":"ipcscope.limits-change/1","write_file":false,"limits":{)"));
    QVERIFY(!parseLimitsResult("{}", r, error));
}

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
