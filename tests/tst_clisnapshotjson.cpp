// SPDX-License-Identifier: GPL-3.0-or-later
// `ipcscope-cli snapshot` writes a Snapshot back as JSON when there are no helper bytes to print
// (agentless) or for --pretty: what it writes must read back into the same snapshot.
#include "snapshotjson.h"

#include "analysis/analyzer.h"
#include "analysis/reportjson.h"
#include "model/snapshotparser.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ipcscope;

namespace {

Snapshot load(const QString& name) {
    QFile file(QFINDTESTDATA(u"data/analysis/"_s + name + u".json"_s));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture %s not found", qPrintable(name));
    Result<Snapshot> parsed = parseSnapshot(file.readAll());
    if (!parsed.ok())
        qFatal("fixture %s does not parse", qPrintable(name));
    return parsed.value();
}

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
        const Snapshot original = load(fixture);
        for (const bool pretty : {false, true}) {
            const QByteArray written = cli::snapshotToJson(original, pretty);
            Result<Snapshot> reread = parseSnapshot(written);
            QVERIFY2(reread.ok(), qPrintable(reread.ok() ? QString() : reread.error().detail));
            // Writing is deterministic, so equal output means every field survived the trip.
            QCOMPARE(cli::snapshotToJson(reread.value(), pretty), written);
            QCOMPARE(reportToJson(analyze(reread.value())), reportToJson(analyze(original)));
        }
    }

    void agentlessModeAndLargeLimitsSurvive() {
        Snapshot s = load(u"empty-host"_s);
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
