// SPDX-License-Identifier: GPL-3.0-or-later
// `ipcscope-cli snapshot` writes a Snapshot back as JSON when there are no helper bytes to print
// (agentless) or for --pretty: what it writes must read back into the same snapshot.
#include "fixtures.h"
#include "schemacheck.h"
#include "snapshotjson.h"
#include "valuediff.h"

#include "analysis/analyzer.h"
#include "model/snapshotparser.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ipcscope;
using testsupport::analysisFixture;

namespace {

const char* const kFixtures[] = {"apache-crashed",        "apache-running-with-leftovers",
                                 "postgresql-killed",     "pid-reused",
                                 "segment-attached",      "semaphore-waiters",
                                 "non-root-partial-view", "empty-host",
                                 "limits-at-100-percent", "posix-objects"};

} // namespace

class TestCliSnapshotJson : public QObject {
    Q_OBJECT

private slots:
    void writtenSnapshotsReadBackTheSame_data() {
        QTest::addColumn<QString>("fixture");
        for (const char* name :
             {"apache-crashed", "apache-running-with-leftovers", "postgresql-killed", "pid-reused",
              "segment-attached", "semaphore-waiters", "non-root-partial-view", "empty-host",
              "limits-at-100-percent", "posix-objects"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void writtenSnapshotsReadBackTheSame() {
        QFETCH(QString, fixture);
        const Snapshot original = analysisFixture(fixture);
        for (const bool pretty : {false, true}) {
            const QByteArray written = cli::snapshotToJson(original, pretty);
            Result<Snapshot> reread = parseSnapshot(written);
            QVERIFY2(reread.ok(), qPrintable(reread.ok() ? QString() : reread.error().detail));
            // Every field survives the trip, also one the writer might leave out.
            COMPARE_VALUES(reread.value(), original);
            COMPARE_VALUES(analyze(reread.value()), analyze(original));
        }
    }

    void fixturesAndWrittenSnapshotsFollowTheSchema() {
        // The hand-written fixtures must be snapshots the helper could have printed, and what
        // the CLI writes back must be one too (docs/snapshot.schema.json).
        const QString python = testschema::python();
        IPCSCOPE_SKIP_WITHOUT_JSONSCHEMA(python);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList files;
        for (const char* name : kFixtures) {
            const QString fixture =
                QFINDTESTDATA(u"data/analysis/"_s + QLatin1StringView(name) + u".json"_s);
            files << fixture;
            QFile out(dir.filePath(QLatin1StringView(name) + u".written.json"_s));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(cli::snapshotToJson(analysisFixture(QString::fromLatin1(name)), false));
            files << out.fileName();
        }
        const testschema::Check check = testschema::validate(python, u"snapshot"_s, files);
        QVERIFY2(check.valid, check.output.constData());
    }

    void agentlessModeAndLargeLimitsSurvive() {
        Snapshot s = analysisFixture(u"empty-host"_s);
        s.mode = SnapshotMode::Agentless;
        const QByteArray written = cli::snapshotToJson(s, false);
        QVERIFY(written.contains("\"mode\":\"agentless\""));
        QVERIFY(written.contains("\"shmmax\":18446744073692774399"));
        Result<Snapshot> reread = parseSnapshot(written);
        QVERIFY(reread.ok());
        QCOMPARE(reread.value().mode, SnapshotMode::Agentless);
        QCOMPARE(*reread.value().limits.shmmax, 18446744073692774399ull);
    }
};

QTEST_GUILESS_MAIN(TestCliSnapshotJson)
#include "tst_clisnapshotjson.moc"
