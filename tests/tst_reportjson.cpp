// SPDX-License-Identifier: GPL-3.0-or-later
// The report's JSON (schema ipcscope.report/1, docs/report-schema.md): structure, values, exact
// 64-bit numbers, escaping, and the tune subset.
#include "analysis/analyzer.h"
#include "analysis/reportjson.h"
#include "analysis/reporttext.h"
#include "fixtures.h"
#include "largesnapshot.h"
#include "model/snapshotparser.h"
#include "schemacheck.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace ipcscope;
using testsupport::analysisFixture;

namespace {

QJsonObject parse(const QByteArray& json) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("invalid JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

QJsonObject objectById(const QJsonArray& objects, const QString& type, int id) {
    for (const QJsonValue& v : objects) {
        const QJsonObject o = v.toObject();
        if (o.value("type"_L1).toString() == type && o.value("id"_L1).toInt() == id)
            return o;
    }
    return {};
}

} // namespace

class TestReportJson : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        qputenv("TZ", "UTC");
        tzset();
    }

    void topLevelHasTheDocumentedSections() {
        const QJsonObject root = parse(reportToJson(analyze(analysisFixture(u"apache-crashed"_s))));
        QCOMPARE(root.value("schema"_L1).toString(), u"ipcscope.report/1"_s);
        for (const char* key : {"generator", "host", "summary", "findings", "limits", "suggestions",
                                "sysctl_snippet", "software", "owners", "objects", "warnings"})
            QVERIFY2(root.contains(QLatin1StringView(key)), key);
        const QJsonObject host = root.value("host"_L1).toObject();
        QCOMPARE(host.value("hostname"_L1).toString(), u"web1"_s);
        QCOMPARE(host.value("time"_L1).toInteger(), 1764000000);
        QCOMPARE(host.value("mode"_L1).toString(), u"helper"_s);
        QCOMPARE(host.value("full_view"_L1).toBool(), true);
    }

    void summaryCountsVerdictsAndTypes() {
        const QJsonObject root =
            parse(reportToJson(analyze(analysisFixture(u"apache-running-with-leftovers"_s))));
        const QJsonObject summary = root.value("summary"_L1).toObject();
        QCOMPARE(summary.value("objects"_L1).toInt(), 5);
        QCOMPARE(summary.value("in_use"_L1).toInt(), 2);
        QCOMPARE(summary.value("orphaned"_L1).toInt(), 2);
        QCOMPARE(summary.value("possibly_orphaned"_L1).toInt(), 1);
        QCOMPARE(summary.value("unknown"_L1).toInt(), 0);
        QCOMPARE(summary.value("by_type"_L1).toObject().value("sem"_L1).toInt(), 5);
        QCOMPARE(summary.value("by_type"_L1).toObject().value("posix_mq"_L1).toInt(), 0);
    }

    void objectsCarryVerdictReasonsAndSoftware() {
        const QJsonObject root =
            parse(reportToJson(analyze(analysisFixture(u"apache-running-with-leftovers"_s))));
        const QJsonArray objects = root.value("objects"_L1).toArray();
        QCOMPARE(objects.size(), 5);
        const QJsonObject o = objectById(objects, u"sem"_s, 5);
        QCOMPARE(o.value("key"_L1).toInteger(), 0);
        QCOMPARE(o.value("key_hex"_L1).toString(), u"0x00000000"_s);
        QVERIFY(o.value("name"_L1).isNull());
        QCOMPARE(o.value("owner"_L1).toString(), u"www-data"_s);
        QCOMPARE(o.value("uid"_L1).toInt(), 33);
        QCOMPARE(o.value("verdict"_L1).toString(), u"orphaned"_s);
        QCOMPARE(o.value("software"_L1).toString(), u"apache"_s);
        const QJsonArray reasons = o.value("reasons"_L1).toArray();
        QCOMPARE(reasons.size(), 2);
        QCOMPARE(reasons.at(1).toObject().value("code"_L1).toString(), u"software_restarted"_s);
        QCOMPARE(reasons.at(1).toObject().value("text"_L1).toString(),
                 u"created before the running Apache master started at 12:47"_s);
        const QJsonObject root9 = objectById(objects, u"sem"_s, 9);
        QVERIFY(root9.value("software"_L1).isNull());
        QCOMPARE(root9.value("key_hex"_L1).toString(), u"0x00001234"_s);
    }

    void posixObjectsHaveANameAndNoId() {
        const QJsonObject root = parse(reportToJson(analyze(analysisFixture(u"posix-objects"_s))));
        bool seen = false;
        for (const QJsonValue& v : root.value("objects"_L1).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value("name"_L1).toString() != u"jobs"_s)
                continue;
            seen = true;
            QCOMPARE(o.value("type"_L1).toString(), u"posix_mq"_s);
            QVERIFY(o.value("id"_L1).isNull());
            QVERIFY(o.value("key"_L1).isNull());
            QCOMPARE(o.value("verdict"_L1).toString(), u"in_use"_s);
        }
        QVERIFY(seen);
    }

    void limitsAndSuggestionsHaveTheirFields() {
        const Report report = analyze(analysisFixture(u"limits-at-100-percent"_s));
        const QJsonObject root = parse(reportToJson(report));
        const QJsonArray limits = root.value("limits"_L1).toArray();
        QCOMPARE(limits.size(), report.limits.size());
        const QJsonObject semmni = limits.at(0).toObject();
        QCOMPARE(semmni.value("parameter"_L1).toString(), u"kernel.sem"_s);
        QCOMPARE(semmni.value("field"_L1).toString(), u"SEMMNI"_s);
        QCOMPARE(semmni.value("unit"_L1).toString(), u"sets"_s);
        QCOMPARE(semmni.value("used"_L1).toInt(), 8);
        QCOMPARE(semmni.value("limit"_L1).toInt(), 8);
        QCOMPARE(semmni.value("ratio"_L1).toDouble(), 1.0);
        QCOMPARE(semmni.value("level"_L1).toString(), u"critical"_s);
        QCOMPARE(semmni.value("reclaimable"_L1).toInt(), 1);
        QVERIFY(!semmni.value("explanation"_L1).toString().isEmpty());

        const QJsonArray suggestions = root.value("suggestions"_L1).toArray();
        QCOMPARE(suggestions.size(), 2);
        const QJsonObject s = suggestions.at(0).toObject();
        QCOMPARE(s.value("parameter"_L1).toString(), u"kernel.sem"_s);
        QCOMPARE(s.value("field"_L1).toString(), u"SEMMNI"_s);
        QCOMPARE(s.value("current"_L1).toInt(), 8);
        QCOMPARE(s.value("suggested"_L1).toInt(), 32000);
        QVERIFY(!s.value("reason"_L1).toString().isEmpty());
        QVERIFY(!s.value("reference"_L1).toString().isEmpty());
        // 7 sets in use of 8 (one orphaned): raised, and what a cleanup would leave is said too.
        QCOMPARE(s.value("kind"_L1).toString(), u"raise"_s);
        QCOMPARE(s.value("level"_L1).toString(), u"critical"_s);
        QCOMPARE(s.value("orphaned"_L1).toInt(), 1);
        QCOMPARE(s.value("enough_after_cleanup"_L1).toInt(), 14);
        QVERIFY(root.value("sysctl_snippet"_L1)
                    .toString()
                    .contains(u"kernel.sem = 250 32000 32 32000"_s));
        QCOMPARE(suggestions.at(1).toObject().value("field"_L1).toString(), u"SHMMNI"_s);
    }

    // SEMMNI at 4 of 4, every set orphaned (issue 16): a clean_up_first suggestion, no file.
    void aLimitFullOfOrphansIsCleanUpFirst() {
        Snapshot snapshot = analysisFixture(u"../diagnosis/apache-semmni-full"_s);
        const QJsonObject root = parse(reportToJson(analyze(snapshot)));
        const QJsonArray suggestions = root.value("suggestions"_L1).toArray();
        QCOMPARE(suggestions.size(), 1);
        const QJsonObject s = suggestions.at(0).toObject();
        QCOMPARE(s.value("field"_L1).toString(), u"SEMMNI"_s);
        QCOMPARE(s.value("kind"_L1).toString(), u"clean_up_first"_s);
        QCOMPARE(s.value("level"_L1).toString(), u"critical"_s);
        QCOMPARE(s.value("orphaned"_L1).toInt(), 4);
        QCOMPARE(s.value("enough_after_cleanup"_L1).toInt(), 1);
        QCOMPARE(s.value("current"_L1).toInt(), 4);
        QCOMPARE(s.value("suggested"_L1).toInt(), 32000);
        QVERIFY(root.value("sysctl_snippet"_L1).isNull());
    }

    void sixtyFourBitLimitsAreExact() {
        const QByteArray json = reportToJson(analyze(analysisFixture(u"empty-host"_s)));
        // A double would print 1.8446744073692775e+19.
        QVERIFY(json.contains("\"limit\":18446744073692774399"));
        QVERIFY(parse(json).value("sysctl_snippet"_L1).isNull());
    }

    void findingsHaveLevelActionAndObjects() {
        const QJsonObject root = parse(reportToJson(analyze(analysisFixture(u"apache-crashed"_s))));
        const QJsonArray findings = root.value("findings"_L1).toArray();
        QVERIFY(!findings.isEmpty());
        const QJsonObject f = findings.at(0).toObject();
        QCOMPARE(f.value("code"_L1).toString(), u"software_orphans"_s);
        QCOMPARE(f.value("level"_L1).toString(), u"warning"_s);
        QCOMPARE(f.value("action"_L1).toString(), u"clean"_s);
        const QJsonArray objects = f.value("objects"_L1).toArray();
        QCOMPARE(objects.size(), 3);
        QCOMPARE(objects.at(0).toObject().value("type"_L1).toString(), u"sem"_s);
        QCOMPARE(objects.at(0).toObject().value("id"_L1).toInt(), 32768);
    }

    void ownersAndSoftwareAreListed() {
        const QJsonObject root =
            parse(reportToJson(analyze(analysisFixture(u"postgresql-killed"_s))));
        const QJsonArray owners = root.value("owners"_L1).toArray();
        QCOMPARE(owners.size(), 1);
        const QJsonObject pg = owners.at(0).toObject();
        QCOMPARE(pg.value("owner"_L1).toString(), u"postgres"_s);
        QCOMPARE(pg.value("semaphore_sets"_L1).toInt(), 3);
        QCOMPARE(pg.value("semaphores"_L1).toInt(), 51);
        QCOMPARE(pg.value("segments"_L1).toInt(), 1);
        QCOMPARE(pg.value("segment_bytes"_L1).toInt(), 56);
        QCOMPARE(pg.value("orphaned"_L1).toInt(), 5);
        QCOMPARE(pg.value("running_processes"_L1).toInt(), 1);
        const QJsonArray software = root.value("software"_L1).toArray();
        QCOMPARE(software.size(), 1);
        const QJsonObject s = software.at(0).toObject();
        QCOMPARE(s.value("id"_L1).toString(), u"postgresql"_s);
        QCOMPARE(s.value("running"_L1).toBool(), false);
        QVERIFY(s.value("running_since"_L1).isNull());
        QVERIFY(s.value("root_cause"_L1).toString().contains(u"RemoveIPC=no"_s));
    }

    void hostileNamesAreEscaped() {
        Snapshot s = analysisFixture(u"empty-host"_s);
        PosixObject o;
        o.name = u"a\"b\\c\nd\t\u0001é💥"_s;
        o.owner = u"root"_s;
        s.posixShm.append(o);
        const QByteArray json = reportToJson(analyze(s));
        const QJsonObject root = parse(json);
        const QJsonObject object = root.value("objects"_L1).toArray().at(0).toObject();
        QCOMPARE(object.value("name"_L1).toString(), o.name);
        QVERIFY(json.contains("\\u0001"));
    }

    void prettyAndCompactSayTheSame() {
        const Report report = analyze(analysisFixture(u"pid-reused"_s));
        const QByteArray compact = reportToJson(report, false);
        const QByteArray pretty = reportToJson(report, true);
        QVERIFY(!compact.contains('\n'));
        QVERIFY(pretty.count('\n') > 20);
        QCOMPARE(parse(compact), parse(pretty));
    }

    void tuneHasLimitsAndSuggestionsOnly() {
        const QJsonObject root =
            parse(tuneToJson(analyze(analysisFixture(u"limits-at-100-percent"_s))));
        QCOMPARE(root.value("schema"_L1).toString(), u"ipcscope.report/1"_s);
        QVERIFY(root.contains("limits"_L1));
        QVERIFY(root.contains("suggestions"_L1));
        QVERIFY(root.contains("sysctl_snippet"_L1));
        QVERIFY(!root.contains("objects"_L1));
        QCOMPARE(root.value("suggestions"_L1).toArray().size(), 2);
    }

    // A host with containers: each container's own summary, limits and objects (ids repeat
    // across namespaces); a container's finding names its namespace, and its refs are that
    // container's objects.
    void containersAreInTheJson() {
        const QJsonObject root = parse(reportToJson(analyze(analysisFixture(u"containers"_s))));
        const QJsonArray containers = root.value("containers"_L1).toArray();
        QCOMPARE(containers.size(), 2);
        const QJsonObject web = containers[0].toObject();
        QCOMPARE(web.value("ns"_L1).toInteger(), 4026532200);
        QCOMPARE(web.value("name"_L1).toString(), u"web-1"_s);
        QCOMPARE(web.value("pid"_L1).toInteger(), 4242);
        QCOMPARE(web.value("readable"_L1).toBool(), true);
        QVERIFY(web.value("message"_L1).isNull());
        QCOMPARE(web.value("summary"_L1).toObject().value("objects"_L1).toInt(), 2);
        const QJsonArray objects = web.value("objects"_L1).toArray();
        QCOMPARE(objects.size(), 2);
        QCOMPARE(objects[0].toObject().value("key_hex"_L1).toString(), u"0x00002000"_s);
        QJsonObject semmni;
        for (const QJsonValue& l : web.value("limits"_L1).toArray())
            if (l.toObject().value("field"_L1).toString() == u"SEMMNI"_s)
                semmni = l.toObject();
        QCOMPARE(semmni.value("level"_L1).toString(), u"critical"_s);

        const QJsonObject db = containers[1].toObject();
        QCOMPARE(db.value("name"_L1).toString(), u"db"_s);
        QCOMPARE(db.value("readable"_L1).toBool(), false);
        QVERIFY(!db.value("message"_L1).toString().isEmpty());
        QVERIFY(!db.contains("objects"_L1));

        bool lifted = false;
        for (const QJsonValue& v : root.value("findings"_L1).toArray()) {
            const QJsonObject f = v.toObject();
            if (f.value("text"_L1).toString().startsWith(u"In the container web-1: "_s)) {
                lifted = true;
                QCOMPARE(f.value("ns"_L1).toInteger(), 4026532200);
                QVERIFY(f.value("action"_L1).toString() != u"explain"_s);
            } else {
                QCOMPARE(f.value("ns"_L1).toInteger(), 0);
            }
        }
        QVERIFY(lifted);
    }

    // The text report ends with each container: its limits and objects that are not in use, or
    // why it could not be read.
    void containersAreInTheText() {
        const QString text = reportToText(analyze(analysisFixture(u"containers"_s)));
        const qsizetype at = text.indexOf(u"Containers (IPC namespaces of their own)\n"_s);
        QVERIFY2(at > 0, qPrintable(text));
        const QString tail = text.mid(at);
        QVERIFY2(tail.contains(u"\nContainer web-1 (namespace 4026532200, pid 4242)\n  Limits\n"_s),
                 qPrintable(tail));
        QVERIFY(tail.contains(u"  Objects that are not in use: 2 of 2\n"_s));
        QVERIFY(tail.contains(u"\nContainer db (namespace 4026532201, pid 5000)\n  Not read: the "
                              u"kernel refused to enter the IPC namespace 4026532201 (Operation "
                              u"not permitted)\n"_s));
    }

    void reportsFollowTheJsonSchema() {
        // docs/report.schema.json is the contract for scripts: every fixture's report and tune
        // output, compact and pretty, must validate.
        const QString python = testschema::python();
        IPCSCOPE_SKIP_WITHOUT_JSONSCHEMA(python);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList files;
        int n = 0;
        for (const char* name :
             {"apache-crashed", "apache-running-with-leftovers", "postgresql-killed", "pid-reused",
              "segment-attached", "semaphore-waiters", "non-root-partial-view", "empty-host",
              "limits-at-100-percent", "posix-objects", "containers"}) {
            const Report report = analyze(analysisFixture(QString::fromLatin1(name)));
            for (const QByteArray& json : {reportToJson(report, false), reportToJson(report, true),
                                           tuneToJson(report, false)}) {
                QFile out(dir.filePath(u"report-%1.json"_s.arg(n++)));
                QVERIFY(out.open(QIODevice::WriteOnly));
                out.write(json);
                files << out.fileName();
            }
        }
        const testschema::Check check = testschema::validate(python, u"report"_s, files);
        QVERIFY2(check.valid, check.output.constData());
    }

    void textReportListsWhatIsNotInUse() {
        const QString text =
            reportToText(analyze(analysisFixture(u"apache-running-with-leftovers"_s)));
        QVERIFY(text.contains(u"Objects that are not in use: 3 of 5"_s));
        QVERIFY(text.contains(u"- created before the running Apache master started at 12:47"_s));
        QVERIFY(!text.contains(u"sem id 7 "_s)); // in use
        QVERIFY(text.contains(u"SEMMNI"_s));
        QVERIFY(text.contains(u"www-data"_s));
        QVERIFY(text.contains(u"Fix at the root: "_s));
    }

    // "not root" only when it is true: root in a container with parts of /proc hidden is told so.
    void textReportSaysWhyNotEverythingWasRead() {
        Report report = analyze(analysisFixture(u"apache-running-with-leftovers"_s));
        report.snapshot.host.fullView = false;
        report.snapshot.host.euid = 1000;
        QVERIFY(reportToText(report).contains(
            u"Not everything could be read (not root): some verdicts are unknown. Run with --sudo "
            "for the full view."_s));
        report.snapshot.host.euid = 0;
        const QString asRoot = reportToText(report);
        QVERIFY(!asRoot.contains(u"not root"_s));
        QVERIFY(asRoot.contains(u"Not everything could be read, even as root (parts of /proc are "
                                "hidden here): some verdicts are unknown; the warnings below say "
                                "what."_s));
    }

    // Large reports are written in batches, each in slices on all cores, and streamed: the pieces
    // joined must be one valid document with every object once, in order, compact or pretty.
    void largeReportsAreWrittenWholeAndInOrder() {
        const Report report =
            analyze(testsupport::enlarged(analysisFixture(u"postgresql-killed"_s), 30000));
        QVERIFY(report.objects.size() >= 30000);

        QByteArray streamed;
        int pieces = 0;
        reportToJson(report, false, [&](QByteArrayView piece) {
            streamed.append(piece);
            ++pieces;
        });
        QVERIFY2(pieces > 4, "the objects should go out batch by batch");
        const QByteArray compact = reportToJson(report);
        QCOMPARE(streamed, compact);
        QVERIFY(!compact.contains('\n'));

        const QJsonObject root = parse(compact);
        const QJsonArray objects = root.value("objects"_L1).toArray();
        QCOMPARE(objects.size(), report.objects.size());
        for (qsizetype i = 0; i < report.objects.size(); ++i) {
            const ObjectVerdict& o = report.objects.at(i);
            const QJsonObject json = objects.at(i).toObject();
            QCOMPARE(json.value("type"_L1).toString(), objectTypeCode(o.ref.type));
            if (o.ref.id >= 0)
                QCOMPARE(json.value("id"_L1).toInteger(), o.ref.id);
            else
                QCOMPARE(json.value("name"_L1).toString(), o.ref.name);
            QCOMPARE(json.value("verdict"_L1).toString(), verdictCode(o.verdict));
            QCOMPARE(json.value("reasons"_L1).toArray().size(), o.reasons.size());
        }
        QCOMPARE(parse(reportToJson(report, true)), root);
        QCOMPARE(root.value("summary"_L1).toObject().value("objects"_L1).toInt(),
                 int(report.objects.size()));
    }

    void keysAreWrittenInHexWithEightDigits() {
        Snapshot s = analysisFixture(u"pid-reused"_s);
        s.semaphores[0].key = 0x1e240;
        s.semaphores[1].key = 0xffffffffu;
        const QJsonArray objects = parse(reportToJson(analyze(s))).value("objects"_L1).toArray();
        QCOMPARE(objects.at(0).toObject().value("key_hex"_L1).toString(), u"0x0001e240"_s);
        QCOMPARE(objects.at(1).toObject().value("key_hex"_L1).toString(), u"0xffffffff"_s);
        QCOMPARE(objects.at(1).toObject().value("key"_L1).toInteger(), 0xffffffffLL);
    }
};

QTEST_GUILESS_MAIN(TestReportJson)
#include "tst_reportjson.moc"
