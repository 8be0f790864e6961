// SPDX-License-Identifier: GPL-3.0-or-later
// The helper's Prometheus metrics on hand-made snapshots: the helper verdict's clear cases
// (docs/monitoring.md), label values escaped as the text format requires, the owners capped
// with an "other" bucket, the limit lines, and the log failure counter that never goes down
// across runs (its state file written and read back). The real stack (node_exporter, Prometheus,
// promtool) reads the output in tests/tst_prometheus.sh.
#include "metrics.h"

#include <QtTest>

using namespace ipcscope::helper;
using namespace Qt::StringLiterals;

namespace {

constexpr uint32_t Alice = 1001, Bob = 1002;

Snapshot base() {
    Snapshot s;
    s.host.time = 1'800'000'000;
    s.host.bootTime = 1'799'990'000;
    s.host.clockTicks = 100;
    s.host.fullView = true;
    s.users = {{0, 50}, {Alice, 3}}; // bob runs nothing
    return s;
}

ProcessInfo process(int64_t pid, bool alive, int64_t startSeconds, char state = 'S') {
    ProcessInfo p;
    p.pid = pid;
    p.alive = alive;
    p.state = alive ? state : 0;
    p.startTicks = uint64_t(startSeconds - 1'799'990'000) * 100;
    return p;
}

SemSet set(uint32_t uid, int64_t pid, int64_t otime, int32_t ncnt = 0) {
    SemSet set;
    set.uid = set.cuid = uid;
    set.nsems = 1;
    set.ctime = 1'799'999'000;
    set.otime = otime;
    set.detail = true;
    set.sems = {Sem{0, pid, ncnt, 0}};
    return set;
}

std::string render(const Snapshot& s, const Accounts& accounts, size_t maxOwners = 10) {
    MetricsInput in;
    in.snapshot = &s;
    in.accounts = &accounts;
    in.helperVersion = "1.2.3";
    in.maxOwners = maxOwners;
    return renderMetrics(in);
}

bool hasLine(const std::string& text, const std::string& line) {
    return ("\n" + text).find("\n" + line + "\n") != std::string::npos;
}

// A log search that found `signature` lines with these time stamps (0: a line without one).
SymptomScan scanOf(const std::string& signature, std::initializer_list<int64_t> times) {
    SymptomScan scan;
    for (int64_t t : times) {
        Symptom sym;
        sym.signature = signature;
        if (t)
            sym.time = t;
        scan.symptoms.push_back(sym);
    }
    return scan;
}

} // namespace

class TestHelperMetrics : public QObject {
    Q_OBJECT

private slots:
    void helperVerdict_data() {
        QTest::addColumn<int>("pidState"); // 0 exited, 1 alive and the same, 2 reused, 3 zombie
        QTest::addColumn<uint>("uid");
        QTest::addColumn<int>("waiters");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("last user exited, owner runs nothing: orphaned")
            << 0 << uint(Bob) << 0 << "orphaned";
        QTest::newRow("last user exited, owner still runs processes: possibly orphaned")
            << 0 << uint(Alice) << 0 << "possibly_orphaned";
        QTest::newRow("last user alive and the same process: in use")
            << 1 << uint(Bob) << 0 << "in_use";
        QTest::newRow("pid reused by a newer process counts as gone")
            << 2 << uint(Bob) << 0 << "orphaned";
        QTest::newRow("a zombie counts as gone") << 3 << uint(Bob) << 0 << "orphaned";
        QTest::newRow("a process waiting on it: in use") << 0 << uint(Bob) << 1 << "in_use";
    }

    void helperVerdict() {
        QFETCH(int, pidState);
        QFETCH(uint, uid);
        QFETCH(int, waiters);
        QFETCH(QString, verdict);
        Snapshot s = base();
        const int64_t otime = 1'799'999'500;
        s.semaphores = {set(uid, 4711, otime, waiters)};
        switch (pidState) {
        case 0:
            s.processes = {process(4711, false, 0)};
            break;
        case 1:
            s.processes = {process(4711, true, otime - 100)};
            break;
        case 2:
            s.processes = {process(4711, true, otime + 60)};
            break;
        case 3:
            s.processes = {process(4711, true, otime - 100, 'Z')};
            break;
        }
        Accounts accounts;
        const std::vector<ClassifiedObject> objects = classifyObjects(s, accounts);
        QCOMPARE(objects.size(), size_t(1));
        QCOMPARE(QString::fromLatin1(helperVerdictCode(objects[0].verdict)), verdict);
    }

    void whatCannotBeSeenIsUnknown() {
        Snapshot s = base();
        SemSet noDetail = set(Bob, 0, 0);
        noDetail.detail = false;
        SemSet otherNamespace = set(Bob, 0, 1'799'999'500); // operated on, but pid 0
        SemSet notListed = set(Bob, 999, 1'799'999'500);    // pid missing from processes[]
        ShmSegment dying;
        dying.uid = dying.cuid = Bob;
        dying.mode = 01600; // SHM_DEST, no longer attached
        s.semaphores = {noDetail, otherNamespace, notListed};
        s.sharedMemory = {dying};
        Accounts accounts;
        for (const ClassifiedObject& o : classifyObjects(s, accounts))
            QCOMPARE(o.verdict, HelperVerdict::Unknown);
        // Without the full view nothing but positive evidence counts.
        Snapshot hidden = base();
        hidden.host.fullView = false;
        hidden.semaphores = {set(Bob, 4711, 1'799'999'500)};
        hidden.processes = {process(4711, false, 0)};
        QCOMPARE(classifyObjects(hidden, accounts).at(0).verdict, HelperVerdict::Unknown);
    }

    void posixObjectsNeedEveryMapToBeRead() {
        Snapshot s = base();
        PosixObject shm;
        shm.name = "PostgreSQL.1234";
        shm.uid = Bob;
        shm.size = 1 << 20;
        s.posixShm = {shm};
        Accounts accounts;
        accounts.parsePasswd("postgres:x:1002:1002::/var/lib/postgresql:/bin/bash\n");
        std::vector<ClassifiedObject> objects = classifyObjects(s, accounts);
        QCOMPARE(objects.at(0).verdict, HelperVerdict::Orphaned);
        QCOMPARE(objects.at(0).software, std::string_view("postgresql"));
        s.uninspected = {UninspectedProcess{1, "init", 0u, {"maps"}}};
        objects = classifyObjects(s, accounts);
        QCOMPARE(objects.at(0).verdict, HelperVerdict::Unknown);
    }

    void labelValuesAreEscaped_data() {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QByteArray>("out");
        QTest::newRow("plain") << QByteArray("www-data") << QByteArray("www-data");
        QTest::newRow("backslash") << QByteArray("a\\b") << QByteArray("a\\\\b");
        QTest::newRow("double quote") << QByteArray("a\"b") << QByteArray("a\\\"b");
        QTest::newRow("line feed") << QByteArray("a\nb") << QByteArray("a\\nb");
        QTest::newRow("invalid UTF-8 becomes U+FFFD") << QByteArray("a\xff"
                                                                    "b")
                                                      << QByteArray("a\xef\xbf\xbd"
                                                                    "b");
    }

    void labelValuesAreEscaped() {
        QFETCH(QByteArray, in);
        QFETCH(QByteArray, out);
        QCOMPARE(QByteArray::fromStdString(escapeLabelValue(in.toStdString())), out);
    }

    void anOwnerNameIsEscapedInTheOutput() {
        Snapshot s = base();
        s.semaphores = {set(Bob, 4711, 1'799'999'500)};
        s.processes = {process(4711, false, 0)};
        Accounts accounts;
        accounts.parsePasswd("we\"ird\\name:x:1002:1002::/:/bin/sh\n");
        const std::string text = render(s, accounts);
        QVERIFY2(hasLine(text, "ipcscope_objects{type=\"sem\",helper_verdict=\"orphaned\","
                               "owner=\"we\\\"ird\\\\name\",software=\"unrecognised\"} 1"),
                 text.c_str());
    }

    void ownersBeyondTheBiggestAreOther() {
        Snapshot s = base();
        Accounts accounts;
        // uid 2000 has 3 sets, 2001 has 2, 2002 and 2003 one each; two owners are named.
        for (uint32_t uid : {2000u, 2000u, 2000u, 2001u, 2001u, 2002u, 2003u})
            s.semaphores.push_back(set(uid, 0, 0));
        const std::string text = render(s, accounts, 2);
        const std::string prefix =
            "ipcscope_objects{type=\"sem\",helper_verdict=\"orphaned\",owner=\"";
        QVERIFY2(hasLine(text, prefix + "2000\",software=\"unrecognised\"} 3"), text.c_str());
        QVERIFY2(hasLine(text, prefix + "2001\",software=\"unrecognised\"} 2"), text.c_str());
        QVERIFY2(hasLine(text, prefix + "other\",software=\"unrecognised\"} 2"), text.c_str());
        QVERIFY(text.find("owner=\"2002\"") == std::string::npos);
        QVERIFY(hasLine(text, "ipcscope_orphaned_objects{type=\"sem\"} 7"));
    }

    void limitsWithUseAndRatio() {
        Snapshot s = base();
        s.limits.semmni = 10;
        s.limits.semmns = 1000;
        s.limits.shmall = 100;
        s.host.pageSize = 4096;
        for (int i = 0; i < 9; ++i)
            s.semaphores.push_back(set(0, 0, 0));
        ShmSegment seg;
        seg.size = 4097; // two pages
        seg.nattch = 1;
        s.sharedMemory = {seg};
        Accounts accounts;
        const std::string text = render(s, accounts);
        const char* const lines[] = {
            "ipcscope_limit{limit=\"SEMMNI\",sysctl=\"kernel.sem\",scope=\"total\"} 10",
            "ipcscope_limit_used{limit=\"SEMMNI\",sysctl=\"kernel.sem\",scope=\"total\"} 9",
            "ipcscope_limit_used_ratio{limit=\"SEMMNI\",sysctl=\"kernel.sem\",scope=\"total\"} 0.9",
            "ipcscope_limit_used{limit=\"SHMALL\",sysctl=\"kernel.shmall\",scope=\"total\"} 2",
            "ipcscope_limit_used_ratio{limit=\"SHMALL\",sysctl=\"kernel.shmall\",scope=\"total\"} "
            "0.02",
            "ipcscope_limit_used{limit=\"SHMMAX\",sysctl=\"kernel.shmmax\",scope=\"per_object\"} "
            "4097",
            "ipcscope_helper_info{version=\"1.2.3\"} 1",
        };
        for (const char* line : lines)
            QVERIFY2(hasLine(text, line), (std::string(line) + "\n---\n" + text).c_str());
        // A limit the snapshot does not know has a use but neither value nor ratio.
        QVERIFY(text.find("ipcscope_limit{limit=\"SHMMNI\"") == std::string::npos);
        QVERIFY(hasLine(
            text,
            "ipcscope_limit_used{limit=\"SHMMNI\",sysctl=\"kernel.shmmni\",scope=\"total\"} 1"));
    }

    // Each run sees the tails of the logs as they are now; every line is counted once, a rotated
    // log does not make the counter fall, and lines in the second counted last time that came
    // after that run are counted.
    void symptomLinesAreCountedOnceAcrossRuns() {
        const std::string sig = "apache_mutex_create";
        SymptomCounts counts;
        countNewSymptoms(scanOf(sig, {1000, 2000, 2000, 0}), counts);
        QCOMPARE(counts[sig].total, uint64_t(3)); // the line without a time stamp is not counted
        QCOMPARE(counts[sig].lastSeen, int64_t(2000));
        QCOMPARE(counts[sig].atLastSeen, uint64_t(2));
        countNewSymptoms(scanOf(sig, {1000, 2000, 2000, 0}), counts); // nothing new
        QCOMPARE(counts[sig].total, uint64_t(3));
        countNewSymptoms(scanOf(sig, {2000, 2000, 2000}), counts); // a third line at 2000
        QCOMPARE(counts[sig].total, uint64_t(4));
        countNewSymptoms(scanOf(sig, {}), counts); // the log rotated
        QCOMPARE(counts[sig].total, uint64_t(4));
        countNewSymptoms(scanOf(sig, {3000}), counts);
        QCOMPARE(counts[sig].total, uint64_t(5));
        QCOMPARE(counts[sig].lastSeen, int64_t(3000));
        QCOMPARE(counts[sig].atLastSeen, uint64_t(1));
        countNewSymptoms(scanOf(sig, {2500}), counts); // older than the newest counted
        QCOMPARE(counts[sig].total, uint64_t(5));
        // Every known signature has its entry, also at 0.
        QCOMPARE(counts["semget_no_space"].total, uint64_t(0));
    }

    void theSymptomStateIsWrittenAndReadBack() {
        QTemporaryDir dir;
        const std::string path = dir.filePath(u"state"_s).toStdString();
        SymptomCounts counts;
        std::string error;
        QVERIFY(readSymptomCounts(path, counts, error)); // first run: no file
        QVERIFY(counts.empty());
        countNewSymptoms(scanOf("semget_no_space", {1700000000, 1700000001}), counts);
        QCOMPARE(writeSymptomCounts(path, counts), std::string());
        QFile file(QString::fromStdString(path));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(text.startsWith("ipcscope-symptom-counts 1\n"), text.constData());
        QVERIFY2(text.contains("\nsemget_no_space 2 1700000001 1\n"), text.constData());
        file.close();
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"state"_s});
        SymptomCounts again;
        QVERIFY(readSymptomCounts(path, again, error));
        QCOMPARE(again["semget_no_space"].total, uint64_t(2));
        QCOMPARE(again["semget_no_space"].lastSeen, int64_t(1700000001));
        QCOMPARE(again.size(), counts.size());

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("not a state file\n");
        file.close();
        QVERIFY(!readSymptomCounts(path, again, error));
        QVERIFY2(error.find("is not a symptom count file") != std::string::npos, error.c_str());
    }

    // With a state: a counter family (text format 0.0.4 names it with _total) beside the
    // last-seen gauge; without one: no counter at all.
    void theSymptomCounterIsACounter() {
        const Snapshot s = base();
        const Accounts accounts;
        const SymptomScan scan = scanOf("shmget_no_space", {1799999000});
        SymptomCounts counts;
        countNewSymptoms(scan, counts);
        MetricsInput in;
        in.snapshot = &s;
        in.accounts = &accounts;
        in.symptoms = &scan;
        in.symptomCounts = &counts;
        const std::string text = renderMetrics(in);
        for (const char* line :
             {"# TYPE ipcscope_log_symptoms_total counter",
              "ipcscope_log_symptoms_total{signature=\"shmget_no_space\"} 1",
              "ipcscope_log_symptoms_total{signature=\"apache_mutex_create\"} 0",
              "ipcscope_log_symptom_last_seen_timestamp_seconds{signature=\"shmget_no_space\"} "
              "1799999000"})
            QVERIFY2(hasLine(text, line), (std::string(line) + "\n---\n" + text).c_str());
        QVERIFY(text.find("ipcscope_log_symptoms{") == std::string::npos);
        in.symptomCounts = nullptr;
        const std::string without = renderMetrics(in);
        QVERIFY(without.find("ipcscope_log_symptoms_total") == std::string::npos);
        QVERIFY(hasLine(without, "ipcscope_log_symptom_last_seen_timestamp_seconds{signature="
                                 "\"shmget_no_space\"} 1799999000"));
    }
};

QTEST_GUILESS_MAIN(TestHelperMetrics)
#include "tst_helpermetrics.moc"
