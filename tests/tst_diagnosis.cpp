// SPDX-License-Identifier: GPL-3.0-or-later
// Cause linking: symptoms from the logs (as the helper reports them) against fixture snapshots
// -> diagnoses in sentences with the objects to clean; and the paste box's analysis of each
// signature.
#include "analysis/analyzer.h"
#include "diagnosis/diagnoser.h"
#include "diagnosis/signatures.h"
#include "model/snapshotparser.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ipcscope;

namespace {

Report reportOf(const QString& fixture) {
    QFile file(QFINDTESTDATA(u"data/"_s + fixture));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture %s not found", qPrintable(fixture));
    Result<Snapshot> parsed = parseSnapshot(file.readAll());
    if (!parsed.ok())
        qFatal("fixture %s does not parse", qPrintable(fixture));
    return analyze(parsed.value());
}

Symptom symptom(const QString& signature, const QString& line, qint64 time, const QString& kind) {
    Symptom s;
    s.signature = signature;
    s.line = line;
    s.time = time;
    s.kind = kind;
    s.source = kind == "apache"_L1 ? u"/var/log/apache2/error.log"_s
                                   : u"/var/log/postgresql/postgresql-15-main.log"_s;
    return s;
}

const QString apacheLine = u"[Mon Nov 23 12:47:44.123456 2026] [core:emerg] [pid 8120] (28)No "
                           "space left on device: AH00023: Couldn't create the ssl-cache mutex "_s;
const QString postgresLine = u"2026-11-23 12:50:01.420 UTC [9121] FATAL:  could not create "
                             "semaphores: No space left on device"_s;

} // namespace

class TestDiagnosis : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("TZ", "UTC"); }

    void apacheFailureIsLinkedToTheFullSemaphoreTable() {
        const Report report = reportOf(u"diagnosis/apache-semmni-full.json"_s);
        SymptomScan scan;
        // 1763998064 = 2026-11-24 05:27:44 UTC, the day of the snapshot (time 1764000000)
        scan.symptoms << symptom(u"apache_mutex_create"_s, apacheLine, 1763998064, u"apache"_s);
        const QList<Diagnosis> ds = diagnose(report, scan);
        QCOMPARE(ds.size(), 1);
        const Diagnosis& d = ds.first();
        QCOMPARE(d.code, u"limit_full"_s);
        QCOMPARE(d.level, Level::Critical);
        QCOMPARE(d.limitField, u"SEMMNI"_s);
        QCOMPARE(d.text, u"Apache failed to start at 15:27:44 ('No space left on device: "
                         "Couldn't create the ssl-cache mutex') because all 4 semaphore sets "
                         "the kernel allows (SEMMNI) are taken — 4 by earlier Apache httpd "
                         "instances that were killed."_s);
        // Exactly the four leftover sets are handed to the cleanup wizard.
        QCOMPARE(d.objects.size(), 4);
        for (const ObjectRef& ref : d.objects)
            QCOMPARE(ref.type, ObjectType::Semaphore);
        QVERIFY(d.remedy.contains("4 objects"_L1));
    }

    void theDiagnosisBecomesTheFirstFindingWithItsCleanup() {
        const Report report = reportOf(u"diagnosis/apache-semmni-full.json"_s);
        SymptomScan scan;
        scan.symptoms << symptom(u"apache_mutex_create"_s, apacheLine, 1763998064, u"apache"_s);
        const Report withThem = withDiagnoses(report, scan);
        QCOMPARE(withThem.findings.size(), report.findings.size() + 1);
        const Finding& first = withThem.findings.first();
        QCOMPARE(first.code, u"diagnosis_limit_full_apache_mutex_create"_s);
        QCOMPARE(first.level, Level::Critical);
        QCOMPARE(first.action, Finding::Action::Clean);
        QCOMPARE(first.objects.size(), 4);
        QVERIFY(first.text.startsWith("Apache failed to start at 15:27:44"_L1));
        // Without symptoms the report is unchanged.
        QCOMPARE(withDiagnoses(report, {}).findings.size(), report.findings.size());
    }

    void diagnosesSayWhatTheHostShows_data() {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("signature");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("limit");
        QTest::addColumn<int>("objects");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("PostgreSQL refused to start on a host whose SEMMNI is full")
            << u"analysis/limits-at-100-percent.json"_s << u"postgresql_semaphores"_s
            << postgresLine << u"limit_full"_s << u"SEMMNI"_s << -1
            << u"PostgreSQL failed to start"_s;
        QTest::newRow("the same failure on a host with room now says the shortage has passed")
            << u"analysis/apache-crashed.json"_s << u"apache_mutex_create"_s << apacheLine
            << u"limit_not_full"_s << QString() << 3 << u"shortage has passed"_s;
        QTest::newRow("a lost accept mutex is blamed on removal, with nothing to clean")
            << u"analysis/apache-crashed.json"_s << u"apache_accept_mutex"_s
            << u"[Mon Nov 23 12:40:11.004217 2026] [mpm_prefork:emerg] [pid 7301] "
               "(43)Identifier removed: AH00144: couldn't grab the accept mutex"_s
            << u"removed_while_running"_s << QString() << 0 << u"RemoveIPC"_s;
        QTest::newRow("semctl IPC_RMID failed points at systemd's RemoveIPC")
            << u"analysis/empty-host.json"_s << u"semctl_rmid_failed"_s
            << u"2026-11-23 12:55:03.877 UTC [9400] LOG:  semctl(1081372, 0, IPC_RMID, ...) "
               "failed: Invalid argument"_s
            << u"removed_while_running"_s << QString() << 0 << u"RemoveIPC=no"_s;
        QTest::newRow("a shmget failure on a host with free segments is not blamed on a limit")
            << u"analysis/empty-host.json"_s << u"shmget_no_space"_s
            << u"Nov 23 12:49:12 web1 shmtool[4412]: shmget failed: No space left on device"_s
            << u"limit_not_full"_s << QString() << 0 << u"shmtool could not create"_s;
    }
    void diagnosesSayWhatTheHostShows() {
        QFETCH(QString, fixture);
        QFETCH(QString, signature);
        QFETCH(QString, line);
        QFETCH(QString, code);
        QFETCH(QString, limit);
        QFETCH(int, objects);
        QFETCH(QString, phrase);
        const Report report = reportOf(fixture);
        SymptomScan scan;
        Symptom s = symptom(signature, line, 1763998064,
                            signature.startsWith("apache"_L1) ? u"apache"_s : u"system"_s);
        scan.symptoms << s;
        const QList<Diagnosis> ds = diagnose(report, scan);
        QCOMPARE(ds.size(), 1);
        QCOMPARE(ds.first().code, code);
        QCOMPARE(ds.first().limitField, limit);
        if (objects >= 0)
            QCOMPARE(ds.first().objects.size(), objects);
        const QString all = ds.first().text + u' ' + ds.first().remedy;
        QVERIFY2(all.contains(phrase), qPrintable(all));
        for (const ObjectRef& ref : ds.first().objects) {
            // Only objects judged orphaned are offered for cleaning.
            bool orphaned = false;
            for (const ObjectVerdict& v : report.objects)
                if (v.ref.type == ref.type && v.ref.index == ref.index)
                    orphaned = v.verdict == Verdict::Orphaned;
            QVERIFY(orphaned);
        }
    }

    void repeatedSymptomsBecomeOneDiagnosisWithTheNewestQuoted() {
        const Report report = reportOf(u"diagnosis/apache-semmni-full.json"_s);
        SymptomScan scan;
        scan.symptoms << symptom(u"apache_mutex_create"_s, apacheLine, 1763998064, u"apache"_s);
        scan.symptoms << symptom(u"apache_mutex_create"_s,
                                 u"[Tue Nov 24 15:50:00.000001 2026] [core:emerg] [pid 8200] "
                                 "(28)No space left on device: AH00023: Couldn't create the "
                                 "proxy mutex"_s,
                                 1763999400, u"apache"_s);
        scan.symptoms << symptom(u"semctl_rmid_failed"_s,
                                 u"Nov 24 10:00:00 web1 postgres[1]: semctl(1, 0, IPC_RMID, 0) "
                                 "failed: Invalid argument"_s,
                                 1763978400, u"system"_s);
        const QList<Diagnosis> ds = diagnose(report, scan);
        QCOMPARE(ds.size(), 2);
        QCOMPARE(ds.first().level, Level::Critical); // the cause still present comes first
        QCOMPARE(ds.first().evidence.size(), 2);
        QVERIFY2(ds.first().text.contains("at 15:50:00 ('No space left on device: Couldn't "
                                          "create the proxy mutex')"_L1),
                 qPrintable(ds.first().text));
        QVERIFY2(ds.first().text.contains("seen 2 times"_L1), qPrintable(ds.first().text));
    }

    void pasteRecognisesEverySignature_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("signature");
        QTest::newRow("Apache's AH00023 as a provider quotes it in an email")
            << u"Hello, your Apache stopped. The log says:\n> (28)No space left on device: "
               "AH00023: Couldn't create the ssl-cache mutex\nRegards"_s
            << u"apache_mutex_create"_s;
        QTest::newRow("Apache 2.2's accept lock")
            << u"[Mon Nov 23 12:47:44 2026] [emerg] (28)No space left on device: Couldn't "
               "create accept lock"_s
            << u"apache_mutex_create"_s;
        QTest::newRow("AH00144 copied from a browser page")
            << u"AH00144: couldn't grab the accept mutex"_s << u"apache_accept_mutex"_s;
        QTest::newRow("PostgreSQL's semaphores")
            << u"FATAL: could not create semaphores: No space left on device"_s
            << u"postgresql_semaphores"_s;
        QTest::newRow("PostgreSQL's shared memory")
            << u"FATAL:  could not create shared memory segment: Invalid argument"_s
            << u"postgresql_shared_memory"_s;
        QTest::newRow("semctl IPC_RMID failed")
            << u"LOG:  semctl(1081372, 0, IPC_RMID, ...) failed: Invalid argument"_s
            << u"semctl_rmid_failed"_s;
        QTest::newRow("semget out of space")
            << u"semget: No space left on device"_s << u"semget_no_space"_s;
        QTest::newRow("shmget out of space")
            << u"shmget failed: No space left on device"_s << u"shmget_no_space"_s;
        QTest::newRow("shmget out of memory")
            << u"shmget(key, 1073741824, IPC_CREAT) failed: Cannot allocate memory"_s
            << u"shmget_no_memory"_s;
    }
    void pasteRecognisesEverySignature() {
        QFETCH(QString, text);
        QFETCH(QString, signature);
        const Report report = reportOf(u"diagnosis/apache-semmni-full.json"_s);
        const PasteAnalysis p = analyzePaste(text, report);
        QVERIFY(p.recognised);
        QCOMPARE(p.signature, signature);
        QVERIFY(!p.title.isEmpty());
        QVERIFY(!p.explanation.isEmpty());
        QVERIFY(!p.onThisHost.text.isEmpty());
        QVERIFY(signatureCodes().contains(signature));
    }

    void pasteOfSomethingElseIsNotRecognised() {
        const Report report = reportOf(u"analysis/empty-host.json"_s);
        const PasteAnalysis p =
            analyzePaste(u"Error 500: Internal Server Error\nDisk quota exceeded"_s, report);
        QVERIFY(!p.recognised);
    }

    void messageIsCutOutOfTheLine_data() {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("Apache 2.4 with errno and AH number")
            << apacheLine << u"No space left on device: Couldn't create the ssl-cache mutex"_s;
        QTest::newRow("PostgreSQL with two spaces after FATAL")
            << postgresLine << u"could not create semaphores: No space left on device"_s;
        QTest::newRow("syslog with a program tag")
            << u"Nov 23 12:49:10 web1 myapp[4411]: semget(IPC_PRIVATE, 1, 0600) failed: No "
               "space left on device"_s
            << u"semget(IPC_PRIVATE, 1, 0600) failed: No space left on device"_s;
    }
    void messageIsCutOutOfTheLine() {
        QFETCH(QString, line);
        QFETCH(QString, message);
        QCOMPARE(symptomMessage(line), message);
    }
};

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
