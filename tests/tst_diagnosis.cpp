// SPDX-License-Identifier: GPL-3.0-or-later
// Cause linking: symptoms from the logs (as the helper reports them) against fixture snapshots
// -> diagnoses in sentences with the objects to clean; and the paste box's analysis of each
// signature.
#include "analysis/analyzer.h"
#include "analysis/limits.h"
#include "diagnosis/diagnoser.h"
#include "diagnosis/signatures.h"
#include "model/snapshotparser.h"
#include "reportfixtures.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ipcscope;
using testsupport::reportFixture;

namespace {

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

StartLine startLine(const QString& program, qint64 time) {
    StartLine s;
    s.program = program;
    s.time = time;
    s.kind = program;
    s.source = u"/var/log/apache2/error.log"_s;
    s.line = u"[Tue Nov 24 10:00:00.000000 2026] [mpm_prefork:notice] [pid 9000] AH00163: "
             "Apache/2.4.62 (Debian) configured -- resuming normal operations"_s;
    return s;
}

// The number in front of `words` in `text` ("3 orphaned sets" -> 3), 0 when it is not there.
int countBefore(const QString& text, const QString& words) {
    const QRegularExpression re(u"(\\d+) "_s + QRegularExpression::escape(words));
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
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
        const Report report = reportFixture(u"diagnosis/apache-semmni-full.json"_s);
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
                         "the kernel allows (SEMMNI) are taken — 4 orphaned sets of Apache "
                         "httpd can be cleaned up."_s);
        // Exactly the four leftover sets are handed to the cleanup wizard.
        QCOMPARE(d.objects.size(), 4);
        for (const ObjectRef& ref : d.objects)
            QCOMPARE(ref.type, ObjectType::Semaphore);
        QVERIFY(d.remedy.contains("4 objects"_L1));
    }

    // The same outage when the owner of the leftovers still runs other programs (PHP-FPM under
    // Apache's user, say): the sets are only possibly orphaned. Nothing is handed to the cleanup
    // on its own, but the remedy must not say "nothing left behind": it says to check them; and
    // the limit's figures say how much they hold.
    void possiblyOrphanedLeftoversAreToBeCheckedNotIgnored() {
        Report report = reportFixture(u"diagnosis/apache-semmni-full.json"_s);
        for (ObjectVerdict& v : report.objects)
            if (v.verdict == Verdict::Orphaned)
                v.verdict = Verdict::PossiblyOrphaned;
        report.limits = analysis::limitUsage(report.snapshot, report.objects);
        for (const LimitUsage& l : std::as_const(report.limits))
            if (l.field == u"SEMMNI"_s) {
                QCOMPARE(l.reclaimable, quint64(0));
                QCOMPARE(l.doubtful, quint64(4));
            }
        SymptomScan scan;
        scan.symptoms << symptom(u"apache_mutex_create"_s, apacheLine, 1763998064, u"apache"_s);
        const QList<Diagnosis> ds = diagnose(report, scan);
        QCOMPARE(ds.size(), 1);
        const Diagnosis& d = ds.first();
        QCOMPARE(d.code, u"limit_full"_s);
        QVERIFY(d.objects.isEmpty());
        // (followed by Apache's root cause)
        QVERIFY2(d.remedy.startsWith(u"4 objects may have been left behind (possibly orphaned: "
                                     "their owner still runs other programs). Check them and "
                                     "clean up those that are leftovers; raise SEMMNI only if "
                                     "they are in use (see the suggestions)."_s),
                 qPrintable(d.remedy));
        QVERIFY(!d.remedy.contains(u"Nothing left behind"_s));
    }

    void theDiagnosisBecomesTheFirstFindingWithItsCleanup() {
        const Report report = reportFixture(u"diagnosis/apache-semmni-full.json"_s);
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
        const Report report = reportFixture(fixture);
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

    // The host has room, a container's own SEMMNI is full: the diagnosis names the container
    // instead of saying the shortage has passed (from the log search and from a paste alike).
    void aFullContainerLimitIsNamedWhenTheHostHasRoom() {
        Report report = reportFixture(u"analysis/containers.json"_s);
        bool filled = false;
        for (NamespaceReport& c : report.containers) {
            if (c.ns.name != u"web-1"_s || !c.report)
                continue;
            auto inside = std::make_shared<Report>(*c.report);
            for (LimitUsage& l : inside->limits)
                if (l.field == u"SEMMNI"_s && l.limit) {
                    l.used = *l.limit;
                    filled = true;
                }
            c.report = inside;
        }
        QVERIFY(filled);
        SymptomScan scan;
        scan.symptoms << symptom(u"apache_mutex_create"_s, apacheLine, 1763998064, u"apache"_s);
        const QList<Diagnosis> ds = diagnose(report, scan);
        QCOMPARE(ds.size(), 1);
        QCOMPARE(ds.first().code, u"limit_full_in_container"_s);
        QCOMPARE(ds.first().level, Level::Critical);
        QCOMPARE(ds.first().limitField, u"SEMMNI"_s);
        QVERIFY(ds.first().objects.isEmpty()); // the host's refs would point at other objects
        QVERIFY2(ds.first().text.contains(u"but in the container web-1 all"_s),
                 qPrintable(ds.first().text));
        QVERIFY(!ds.first().text.contains(u"shortage has passed"_s));
        const PasteAnalysis paste = analyzePaste(u"semget: No space left on device"_s, report);
        QVERIFY2(paste.onThisHost.text.contains(u"in the container web-1"_s),
                 qPrintable(paste.onThisHost.text));
    }

    void repeatedSymptomsBecomeOneDiagnosisWithTheNewestQuoted() {
        const Report report = reportFixture(u"diagnosis/apache-semmni-full.json"_s);
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

    // 1763998064 = 15:27:44 and 1763980000 = 10:26:40 on the snapshot's day (2025-11-24,
    // time 1764000000, UTC); apache-running-* run Apache since 1763988420 = 12:47:00.
    void aFailureFollowedByAStartIsHistory_data() {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<qint64>("failedAt");
        QTest::addColumn<qint64>("startLineAt"); // 0: no start line in the logs
        QTest::addColumn<bool>("history");
        QTest::addColumn<QString>("sentenceEnd");
        QTest::newRow("a start line after the failure, Apache not running now: started again")
            << u"diagnosis/apache-semmni-full.json"_s << qint64(1763980000) << qint64(1763990000)
            << true << u"; started again at 13:13:20."_s;
        QTest::newRow("Apache running since later than the failure, no start line: running again")
            << u"diagnosis/apache-running-semmni-full.json"_s << qint64(1763980000) << qint64(0)
            << true << u"; running again since 12:47:00."_s;
        QTest::newRow("a graceful restart's start line after a failure while Apache ran: running "
                      "again since the start line")
            << u"diagnosis/apache-running-semmni-full.json"_s << qint64(1763990000)
            << qint64(1763990100) << true << u"; running again since 13:15:00."_s;
        QTest::newRow("a start line before the failure does not make it history")
            << u"diagnosis/apache-semmni-full.json"_s << qint64(1763998064) << qint64(1763990000)
            << false << QString();
        QTest::newRow("a failure after the running Apache started is current")
            << u"diagnosis/apache-running-semmni-full.json"_s << qint64(1763998064) << qint64(0)
            << false << QString();
        QTest::newRow("no start after the failure and Apache not running: current, critical")
            << u"diagnosis/apache-semmni-full.json"_s << qint64(1763998064) << qint64(0) << false
            << QString();
    }
    void aFailureFollowedByAStartIsHistory() {
        QFETCH(QString, fixture);
        QFETCH(qint64, failedAt);
        QFETCH(qint64, startLineAt);
        QFETCH(bool, history);
        QFETCH(QString, sentenceEnd);
        const Report report = reportFixture(fixture);
        SymptomScan scan;
        scan.symptoms << symptom(u"apache_mutex_create"_s, apacheLine, failedAt, u"apache"_s);
        if (startLineAt)
            scan.starts << startLine(u"apache"_s, startLineAt);
        const QList<Diagnosis> ds = diagnose(report, scan);
        QCOMPARE(ds.size(), 1);
        const Diagnosis& d = ds.first();
        QCOMPARE(d.history, history);
        if (history) {
            QCOMPARE(d.code, u"history"_s);
            QCOMPARE(d.level, Level::Ok);
            QVERIFY(d.objects.isEmpty());
            QVERIFY2(d.text.startsWith("Apache failed to start at "_L1), qPrintable(d.text));
            QVERIFY2(d.text.endsWith(sentenceEnd), qPrintable(d.text));
            QVERIFY2(!d.text.contains("because"_L1), qPrintable(d.text));
        } else {
            // Both fixtures have a full SEMMNI: the cause is still there.
            QCOMPARE(d.code, u"limit_full"_s);
            QCOMPARE(d.level, Level::Critical);
            QVERIFY(!d.startedAgain);
        }
    }

    void historyGoesBelowTheCurrentFindingsAndIsNeverCritical() {
        const Report report = reportFixture(u"diagnosis/apache-running-semmni-full.json"_s);
        SymptomScan scan;
        // Apache's old failure (history: it runs since 12:47:00) and a program's failure now.
        scan.symptoms << symptom(u"apache_mutex_create"_s, apacheLine, 1763980000, u"apache"_s);
        scan.symptoms << symptom(u"semget_no_space"_s,
                                 u"Nov 24 15:30:00 web2 myapp[4411]: semget failed: No space "
                                 "left on device"_s,
                                 1763998200, u"system"_s);
        const QList<Diagnosis> ds = diagnose(report, scan);
        QCOMPARE(ds.size(), 2);
        QCOMPARE(ds.at(0).signature, u"semget_no_space"_s);
        QVERIFY(!ds.at(0).history);
        QVERIFY(ds.at(1).history);
        const Report shown = withDiagnoses(report, scan);
        QCOMPARE(shown.findings.size(), report.findings.size() + 2);
        QCOMPARE(shown.findings.first().code, u"diagnosis_limit_full_semget_no_space"_s);
        const Finding& last = shown.findings.last();
        QCOMPARE(last.code, u"diagnosis_history_apache_mutex_create"_s);
        QCOMPARE(last.level, Level::Ok);
        QCOMPARE(last.action, Finding::Action::None);
        for (const Finding& f : shown.findings)
            if (f.code.startsWith("diagnosis_history"_L1))
                QVERIFY(f.level != Level::Critical);
    }

    void countsInTheSentenceAreTheVerdictsOfTheLinkedObjects_data() {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("signature");
        QTest::addColumn<QString>("line");
        QTest::newRow("a program's failure while Apache runs with leftovers beside its own sets")
            << u"diagnosis/apache-running-semmni-full.json"_s << u"semget_no_space"_s
            << u"Nov 24 15:30:00 web2 myapp[4411]: semget failed: No space left on device"_s;
        QTest::newRow("Apache's failure on a table full of killed Apache's sets")
            << u"diagnosis/apache-semmni-full.json"_s << u"apache_mutex_create"_s << apacheLine;
        QTest::newRow("PostgreSQL's failure on a table full of other programs' sets")
            << u"analysis/limits-at-100-percent.json"_s << u"postgresql_semaphores"_s
            << postgresLine;
    }
    void countsInTheSentenceAreTheVerdictsOfTheLinkedObjects() {
        QFETCH(QString, fixture);
        QFETCH(QString, signature);
        QFETCH(QString, line);
        const Report report = reportFixture(fixture);
        SymptomScan scan;
        const QString kind = signature.section(u'_', 0, 0);
        scan.symptoms << symptom(signature, line, 1763998200,
                                 kind == "semget"_L1 ? u"system"_s : kind);
        const QList<Diagnosis> ds = diagnose(report, scan);
        QCOMPARE(ds.size(), 1);
        const Diagnosis& d = ds.first();
        QCOMPARE(d.code, u"limit_full"_s);
        QCOMPARE(d.limitField, u"SEMMNI"_s);
        QHash<Verdict, int> verdicts;
        for (const ObjectVerdict& v : report.objects)
            if (v.ref.type == ObjectType::Semaphore)
                ++verdicts[v.verdict];
        // "all 5 semaphore sets … are taken": the sets the report lists.
        QCOMPARE(countBefore(d.text, u"semaphore sets the kernel allows"_s),
                 report.count(ObjectType::Semaphore));
        // The orphaned ones, summed over the programs named, are the objects to clean.
        int orphaned = 0;
        static const QRegularExpression orphanedRe(u"(\\d+) orphaned sets?"_s);
        for (auto it = orphanedRe.globalMatch(d.text); it.hasNext();)
            orphaned += it.next().captured(1).toInt();
        QCOMPARE(orphaned, verdicts.value(Verdict::Orphaned));
        QCOMPARE(int(d.objects.size()), verdicts.value(Verdict::Orphaned));
        QCOMPARE(countBefore(d.text, u"in use"_s), verdicts.value(Verdict::InUse));
        QCOMPARE(countBefore(d.text, u"possibly orphaned"_s),
                 verdicts.value(Verdict::PossiblyOrphaned));
        QCOMPARE(countBefore(d.text, u"not judged"_s), verdicts.value(Verdict::Unknown));
        if (!d.objects.isEmpty())
            QVERIFY2(d.remedy.contains(u"%1 object"_s.arg(d.objects.size())), qPrintable(d.remedy));
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
        const Report report = reportFixture(u"diagnosis/apache-semmni-full.json"_s);
        const PasteAnalysis p = analyzePaste(text, report);
        QVERIFY(p.recognised);
        QCOMPARE(p.signature, signature);
        QVERIFY(!p.title.isEmpty());
        QVERIFY(!p.explanation.isEmpty());
        QVERIFY(!p.onThisHost.text.isEmpty());
        QVERIFY(signatureCodes().contains(signature));
    }

    void pasteOfSomethingElseIsNotRecognised() {
        const Report report = reportFixture(u"analysis/empty-host.json"_s);
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
