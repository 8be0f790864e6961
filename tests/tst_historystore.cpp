// SPDX-License-Identifier: GPL-3.0-or-later
// The history database: created and migrated from nothing, kept across reopening, bounded by the
// retention, read back in order for charts, and clear errors for files it cannot use.
#include "history/historyschema.h"
#include "history/historystore.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

#include <sys/stat.h>

using namespace ipcscope;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kT0 = 1'700'000'000; // Unix seconds
constexpr qint64 kDay = 86'400;

// A report as the analyzer makes it, small and exact: `sets` semaphore sets of 2 semaphores
// (`orphaned` of them orphaned, the rest in use) owned by www-data, one 4 KiB segment.
Report makeReport(qint64 time, int sets, int orphaned) {
    Report report;
    report.snapshot.host.time = time;
    for (int i = 0; i < sets; ++i) {
        SemaphoreSet set;
        set.id = i;
        set.nsems = 2;
        set.uid = 33;
        set.owner = u"www-data"_s;
        report.snapshot.semaphores.append(set);
        ObjectVerdict verdict;
        verdict.ref = ObjectRef{ObjectType::Semaphore, i, i, {}};
        verdict.verdict = i < orphaned ? Verdict::Orphaned : Verdict::InUse;
        report.objects.append(verdict);
    }
    SharedMemorySegment segment;
    segment.size = 4096;
    report.snapshot.sharedMemory.append(segment);
    ObjectVerdict segmentVerdict;
    segmentVerdict.ref = ObjectRef{ObjectType::SharedMemory, 0, 0, {}};
    segmentVerdict.verdict = Verdict::Unknown;
    report.objects.append(segmentVerdict);

    LimitUsage semmni;
    semmni.parameter = u"kernel.sem"_s;
    semmni.field = u"SEMMNI"_s;
    semmni.used = quint64(sets);
    semmni.limit = 32000;
    LimitUsage shmmax;
    shmmax.parameter = u"kernel.shmmax"_s;
    shmmax.field = u"SHMMAX"_s;
    shmmax.used = 4096;
    shmmax.limit = 18446744073692774399ull; // the kernel default, beyond SQLite's integers
    LimitUsage unreadable;
    unreadable.field = u"MQ_QUEUES_MAX"_s;
    report.limits = {semmni, shmmax, unreadable};

    OwnerSummary www;
    www.uid = 33;
    www.owner = u"www-data"_s;
    www.inUse = sets - orphaned;
    www.orphaned = orphaned;
    OwnerSummary root;
    root.uid = 0;
    root.owner = u"root"_s;
    root.unknown = 1;
    report.owners = {www, root};
    return report;
}

int rowCount(const QString& path, const QString& table) {
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tst-count"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"SELECT COUNT(*) FROM "_s + table) && query.next())
                count = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tst-count"_s);
    return count;
}

int userVersion(const QString& path) {
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tst-version"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"PRAGMA user_version"_s) && query.next())
                version = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tst-version"_s);
    return version;
}

template <typename T>
QByteArray why(const Result<T>& result) {
    return result.ok() ? QByteArray()
                       : (result.error().message + u" / "_s + result.error().detail).toUtf8();
}
#define VERIFY_OK(expr)                                                                            \
    do {                                                                                           \
        const auto result_ = (expr);                                                               \
        QVERIFY2(result_.ok(), why(result_).constData());                                          \
    } while (false)

QList<qint64> times(const HistorySeries& series) {
    QList<qint64> result;
    for (const HistorySample& sample : series.samples)
        result.append(sample.time);
    return result;
}

} // namespace

class TestHistoryStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString freshPath() { return m_dir.filePath(u"history-%1.sqlite"_s.arg(++m_files)); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aNewFileIsCreatedAndMigrated() {
        const QString path = m_dir.filePath(u"new/folder/history.sqlite"_s);
        HistoryStore store;
        const Result<bool> opened = store.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().detail));
        QVERIFY(store.isOpen());
        QCOMPARE(store.path(), path);
        QVERIFY(store.hosts().value().isEmpty());
        store.close();
        QVERIFY(!store.isOpen());
        QCOMPARE(userVersion(path), history::kSchemaVersion);
        QCOMPARE(rowCount(path, u"samples"_s), 0);
        QCOMPARE(rowCount(path, u"limit_samples"_s), 0);
        QCOMPARE(rowCount(path, u"owner_samples"_s), 0);
    }

    void anEmptyFileIsMigrated() {
        const QString path = freshPath();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        HistoryStore store;
        VERIFY_OK(store.open(path));
        store.close();
        QCOMPARE(userVersion(path), history::kSchemaVersion);
    }

    // Version 1 kept a host's samples under "user@host[:port]"; they now belong to the address,
    // so that editing the entry's user keeps the server's history.
    void historyRecordedUnderALoginMovesToTheServersAddress() {
        const QString path = freshPath();
        {
            HistoryStore store;
            VERIFY_OK(store.open(path));
            VERIFY_OK(store.record(u"root@db1:2222"_s, makeReport(kT0, 5, 2)));
            VERIFY_OK(store.record(u"[::1]"_s, makeReport(kT0, 1, 0)));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tst-downgrade"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"PRAGMA user_version = 1"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"tst-downgrade"_s);

        HistoryStore store;
        VERIFY_OK(store.open(path));
        QCOMPARE(userVersion(path), history::kSchemaVersion);
        QStringList hosts = store.hosts().value();
        hosts.sort();
        QCOMPARE(hosts, (QStringList{u"[::1]"_s, u"db1:2222"_s}));
        QCOMPARE(store.series(u"db1:2222"_s).value().samples.size(), 1);
    }

    void everyValueIsReadBack() {
        HistoryStore store;
        VERIFY_OK(store.open(freshPath()));
        VERIFY_OK(store.record(u"web1"_s, makeReport(kT0, 5, 2)));
        const Result<HistorySeries> series = store.series(u"web1"_s);
        QVERIFY(series.ok());
        QCOMPARE(series.value().hostId, u"web1"_s);
        QCOMPARE(series.value().samples.size(), 1);
        const HistorySample& s = series.value().samples.at(0);
        QCOMPARE(s.time, kT0);
        QCOMPARE(s.semaphoreSets, 5);
        QCOMPARE(s.semaphores, 10);
        QCOMPARE(s.segments, 1);
        QCOMPARE(s.segmentBytes, 4096u);
        QCOMPARE(s.queues, 0);
        QCOMPARE(s.messages, 0u);
        QCOMPARE(s.count(ObjectType::Semaphore), 5);
        QCOMPARE(s.count(ObjectType::SharedMemory), 1);
        QCOMPARE(s.count(ObjectType::PosixShm), 0);
        QCOMPARE(s.inUse, 3);
        QCOMPARE(s.orphaned, 2);
        QCOMPARE(s.possiblyOrphaned, 0);
        QCOMPARE(s.unknown, 1);
        QCOMPARE(s.count(Verdict::Orphaned), 2);

        QCOMPARE(s.limits.size(), 3);
        QCOMPARE(s.limits.value(u"SEMMNI"_s).used, 5u);
        QCOMPARE(s.limits.value(u"SEMMNI"_s).limit, std::optional<quint64>(32000));
        QCOMPARE(s.limits.value(u"SEMMNI"_s).percent(), 100.0 * 5 / 32000);
        QCOMPARE(s.limits.value(u"SHMMAX"_s).limit,
                 std::optional<quint64>(quint64(std::numeric_limits<qint64>::max())));
        QCOMPARE(s.limits.value(u"MQ_QUEUES_MAX"_s).limit, std::nullopt);

        QCOMPARE(s.owners.size(), 2);
        QCOMPARE(s.owners.value(33).owner, u"www-data"_s);
        QCOMPARE(s.owners.value(33).objects, 5);
        QCOMPARE(s.owners.value(33).orphaned, 2);
        QCOMPARE(s.owners.value(0).owner, u"root"_s);
        QCOMPARE(s.owners.value(0).objects, 1);
    }

    void reopeningKeepsTheHistory() {
        const QString path = freshPath();
        {
            HistoryStore store;
            VERIFY_OK(store.open(path));
            VERIFY_OK(store.record(u"web1"_s, makeReport(kT0, 1, 0)));
            VERIFY_OK(store.record(u"db1"_s, makeReport(kT0 + 60, 2, 1)));
        }
        HistoryStore again;
        VERIFY_OK(again.open(path));
        QCOMPARE(again.hosts().value(), (QStringList{u"db1"_s, u"web1"_s}));
        QCOMPARE(again.series(u"db1"_s).value().samples.size(), 1);
        QCOMPARE(again.series(u"db1"_s).value().samples.at(0).orphaned, 1);
        VERIFY_OK(again.record(u"web1"_s, makeReport(kT0 + 120, 1, 0)));
        QCOMPARE(times(again.series(u"web1"_s).value()), (QList<qint64>{kT0, kT0 + 120}));
    }

    void seriesAreOrderedAndBounded() {
        HistoryStore store;
        VERIFY_OK(store.open(freshPath()));
        // Recorded out of order (a server whose clock was set back): read back in time order.
        for (const qint64 t : {kT0 + 300, kT0, kT0 + 600, kT0 + 100})
            QVERIFY(store.record(u"web1"_s, makeReport(t, int((t - kT0) / 100), 0)).ok());
        VERIFY_OK(store.record(u"other"_s, makeReport(kT0 + 50, 9, 9)));

        const HistorySeries all = store.series(u"web1"_s).value();
        QCOMPARE(times(all), (QList<qint64>{kT0, kT0 + 100, kT0 + 300, kT0 + 600}));
        const HistorySeries range = store
                                        .series(u"web1"_s, QDateTime::fromSecsSinceEpoch(kT0 + 100),
                                                QDateTime::fromSecsSinceEpoch(kT0 + 300))
                                        .value();
        QCOMPARE(times(range), (QList<qint64>{kT0 + 100, kT0 + 300}));
        QVERIFY(store.series(u"nobody"_s).value().samples.isEmpty());

        // Lines for QLineSeries with a QDateTimeAxis: x in milliseconds.
        const QList<QPointF> sets = all.countLine(ObjectType::Semaphore);
        QCOMPARE(sets.size(), 4);
        QCOMPARE(sets.at(1), QPointF(double(kT0 + 100) * 1000, 1));
        QCOMPARE(sets.at(3), QPointF(double(kT0 + 600) * 1000, 6));
        QCOMPARE(all.verdictLine(Verdict::Unknown).at(0).y(), 1.0);
        QCOMPARE(all.limitUsedLine(u"SEMMNI"_s).at(2).y(), 3.0);
        QCOMPARE(all.limitPercentLine(u"SEMMNI"_s).at(3).y(), 100.0 * 6 / 32000);
        // A limit that could not be read leaves gaps, not zeros.
        QVERIFY(all.limitPercentLine(u"MQ_QUEUES_MAX"_s).isEmpty());
        QCOMPARE(all.limitFields().size(), 3);
        QCOMPARE(all.owners(), (QList<uint>{0, 33}));
        QCOMPARE(store.series(u"other"_s).value().orphansLine(33).at(0).y(), 9.0);
        QCOMPARE(store.series(u"other"_s).value().orphansLine(4242).at(0).y(), 0.0);
    }

    void retentionIsAppliedOnInsert_data() {
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("maxSamples");
        QTest::addColumn<QList<qint64>>("recorded");
        QTest::addColumn<QList<qint64>>("kept");

        QTest::newRow("samples older than the retention days go")
            << 2 << 0 << QList<qint64>{kT0, kT0 + kDay, kT0 + 3 * kDay, kT0 + 4 * kDay}
            << QList<qint64>{kT0 + 3 * kDay, kT0 + 4 * kDay};
        QTest::newRow("a sample exactly at the edge stays")
            << 1 << 0 << QList<qint64>{kT0, kT0 + kDay} << QList<qint64>{kT0, kT0 + kDay};
        QTest::newRow("only the newest samples per host are kept")
            << 0 << 3 << QList<qint64>{kT0, kT0 + 1, kT0 + 2, kT0 + 3, kT0 + 4}
            << QList<qint64>{kT0 + 2, kT0 + 3, kT0 + 4};
        QTest::newRow("both bounds together")
            << 1 << 2 << QList<qint64>{kT0, kT0 + 2 * kDay, kT0 + 2 * kDay + 1, kT0 + 2 * kDay + 2}
            << QList<qint64>{kT0 + 2 * kDay + 1, kT0 + 2 * kDay + 2};
        QTest::newRow("no bounds keep everything")
            << 0 << 0 << QList<qint64>{kT0, kT0 + 1000 * kDay}
            << QList<qint64>{kT0, kT0 + 1000 * kDay};
    }
    void retentionIsAppliedOnInsert() {
        QFETCH(int, days);
        QFETCH(int, maxSamples);
        QFETCH(QList<qint64>, recorded);
        QFETCH(QList<qint64>, kept);
        const QString path = freshPath();
        HistoryStore store;
        VERIFY_OK(store.open(path));
        store.setRetention(HistoryRetention{days, maxSamples});
        VERIFY_OK(store.record(u"bystander"_s, makeReport(kT0 - 400 * kDay, 1, 0)));
        for (const qint64 t : recorded)
            VERIFY_OK(store.record(u"web1"_s, makeReport(t, 1, 0)));
        QCOMPARE(times(store.series(u"web1"_s).value()), kept);
        // Another host's history is measured against its own newest sample, untouched here.
        QCOMPARE(store.series(u"bystander"_s).value().samples.size(), 1);
        // Limit and owner rows go with their sample.
        store.close();
        QCOMPARE(rowCount(path, u"limit_samples"_s), 3 * (kept.size() + 1));
        QCOMPARE(rowCount(path, u"owner_samples"_s), 2 * (kept.size() + 1));
    }

    void pruneAppliesANewRetentionToEveryHost() {
        HistoryStore store;
        VERIFY_OK(store.open(freshPath()));
        store.setRetention(HistoryRetention{0, 0});
        for (int i = 0; i < 5; ++i) {
            VERIFY_OK(store.record(u"a"_s, makeReport(kT0 + i, 1, 0)));
            VERIFY_OK(store.record(u"b"_s, makeReport(kT0 + i, 1, 0)));
        }
        store.setRetention(HistoryRetention{0, 2});
        const Result<int> removed = store.prune();
        QVERIFY(removed.ok());
        QCOMPARE(removed.value(), 6);
        QCOMPARE(times(store.series(u"a"_s).value()), (QList<qint64>{kT0 + 3, kT0 + 4}));
        QCOMPARE(times(store.series(u"b"_s).value()), (QList<qint64>{kT0 + 3, kT0 + 4}));
        QCOMPARE(store.prune().value(), 0);
    }

    void twoStoresAtOnce() {
        HistoryStore first;
        HistoryStore second;
        VERIFY_OK(first.open(freshPath()));
        VERIFY_OK(second.open(freshPath()));
        VERIFY_OK(first.record(u"a"_s, makeReport(kT0, 1, 0)));
        VERIFY_OK(second.record(u"b"_s, makeReport(kT0, 1, 0)));
        QCOMPARE(first.hosts().value(), QStringList{u"a"_s});
        QCOMPARE(second.hosts().value(), QStringList{u"b"_s});
    }

    void aClosedStoreRefusesPolitely() {
        HistoryStore store;
        const Result<bool> recorded = store.record(u"a"_s, makeReport(kT0, 1, 0));
        QVERIFY(!recorded.ok());
        QVERIFY(!recorded.error().message.isEmpty());
        QVERIFY(!store.series(u"a"_s).ok());
        QVERIFY(!store.hosts().ok());
        QVERIFY(!store.prune().ok());
    }

    void unusableFiles_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("content"); // written to path first when not empty
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("words");

        QTest::newRow("a file that is not a database")
            << u"garbage.sqlite"_s << QByteArray(8192, 'x') << int(Error::Kind::BadData)
            << u"damaged or is not an IPC Scope history"_s;
        QTest::newRow("a database whose first page is destroyed")
            << u"broken.sqlite"_s << QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\xff')
            << int(Error::Kind::BadData) << u"damaged"_s;
        QTest::newRow("a folder where the file should be")
            << u"adir"_s << QByteArray() << int(Error::Kind::PermissionDenied) << u"is a folder"_s;
        QTest::newRow("a folder that cannot be created under a file")
            << u"afile/history.sqlite"_s << QByteArray() << int(Error::Kind::PermissionDenied)
            << u"could not be created"_s;
        QTest::newRow("a place where no file can be made")
            << u"/proc/ipcscope-history.sqlite"_s << QByteArray()
            << int(Error::Kind::PermissionDenied) << u"could not be opened"_s;
    }
    void unusableFiles() {
        QFETCH(QString, path);
        QFETCH(QByteArray, content);
        QFETCH(int, kind);
        QFETCH(QString, words);
        const QString full = path.startsWith(u'/') ? path : m_dir.filePath(path);
        QVERIFY(QDir(m_dir.path()).mkpath(u"adir"_s));
        {
            QFile marker(m_dir.filePath(u"afile"_s));
            QVERIFY(marker.open(QIODevice::WriteOnly));
        }
        if (!content.isEmpty()) {
            QFile file(full);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        HistoryStore store;
        const Result<bool> opened = store.open(full);
        QVERIFY(!opened.ok());
        QCOMPARE(int(opened.error().kind), kind);
        QVERIFY2(opened.error().message.contains(words), qPrintable(opened.error().message));
        QVERIFY(opened.error().message.contains(full));
        QVERIFY(!store.isOpen());
        // Nothing written, nothing crashed; a usable file afterwards still works.
        QVERIFY(!store.record(u"a"_s, makeReport(kT0, 1, 0)).ok());
        VERIFY_OK(store.open(freshPath()));
        if (!content.isEmpty()) {
            QFile file(full);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), content);
        }
    }

    void aNewerHistoryIsNotTouched() {
        const QString path = freshPath();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tst-newer"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"CREATE TABLE future (x)"_s));
            QVERIFY(query.exec(u"PRAGMA user_version = 9"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"tst-newer"_s);
        HistoryStore store;
        const Result<bool> opened = store.open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::BadData);
        QVERIFY(opened.error().message.contains(u"newer IPC Scope"_s));
        QCOMPARE(userVersion(path), 9);
    }

    // The history says which users had which objects when: only its owner may read it.
    void theDatabaseIsOnlyItsOwnersToRead_data() {
        QTest::addColumn<bool>("existedOpen");
        QTest::newRow("a new database is created 0600 in folders created 0700") << false;
        QTest::newRow("a database an older version left 0644 is tightened to 0600") << true;
    }
    void theDatabaseIsOnlyItsOwnersToRead() {
        QFETCH(bool, existedOpen);
        const QString folder = m_dir.filePath(existedOpen ? u"old/h"_s : u"new/h"_s);
        const QString path = folder + u"/history.sqlite"_s;
        if (existedOpen) {
            {
                HistoryStore store;
                QVERIFY(store.open(path).ok());
            }
            QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        }
        HistoryStore store;
        QVERIFY(store.open(path).ok());
        VERIFY_OK(store.record(u"db1"_s, makeReport(kT0, 5, 2)));
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0600));
        if (!existedOpen) {
            QCOMPARE(::stat(QFile::encodeName(folder).constData(), &st), 0);
            QCOMPARE(st.st_mode & 07777, mode_t(0700));
        }
    }

    void defaultPathIsInAppData() {
        QStandardPaths::setTestModeEnabled(true);
        const QString path = HistoryStore::defaultPath();
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(path.endsWith(u"/history.sqlite"_s));
        QStandardPaths::setTestModeEnabled(false);
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
