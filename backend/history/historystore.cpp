// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/historystore.h"

#include "core/logging.h"
#include "core/privatefile.h"
#include "history/historyschema.h"
#include "history/historytr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>
#include <limits>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

std::atomic<quint64> g_instances{0};

constexpr qint64 kSecondsPerDay = 86'400;

// SQLite integers are signed 64-bit; limits near 2^64 mean "unlimited" and are kept as the
// largest value SQLite holds.
qint64 stored(quint64 value) {
    return value > quint64(std::numeric_limits<qint64>::max()) ? std::numeric_limits<qint64>::max()
                                                               : qint64(value);
}

qint64 secondsOr(const QDateTime& time, qint64 fallback) {
    return time.isValid() ? time.toSecsSinceEpoch() : fallback;
}

} // namespace

HistoryStore::HistoryStore()
    : m_connection(u"ipcscope-history-%1"_s.arg(g_instances.fetch_add(1) + 1)) {}

HistoryStore::~HistoryStore() {
    close();
}

QString HistoryStore::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/history.sqlite"_s;
}

Error HistoryStore::failure(Operation operation, const QString& detail) const {
    QString message;
    switch (operation) {
    case Operation::Write:
        message = Tr::tr("The history in %1 could not be written. The overview still works; the "
                         "history charts miss this moment.");
        break;
    case Operation::Read:
        message = Tr::tr("The history in %1 could not be read. The overview still works; the "
                         "history charts stay empty.");
        break;
    case Operation::Prune:
        message = Tr::tr("Old history in %1 could not be removed. The history keeps growing until "
                         "this works again.");
        break;
    }
    return Error{Error::Kind::Generic, message.arg(m_path), detail};
}

void HistoryStore::close() {
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_open = false;
}

Result<bool> HistoryStore::open(const QString& path) {
    close();
    m_path = path;
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    if (info.isDir()) {
        return Error{
            Error::Kind::PermissionDenied,
            Tr::tr("The history file %1 is a folder. Move it away, or choose another place "
                   "for the history.")
                .arg(path),
            u"is a directory: %1"_s.arg(path)};
    }
    // The history says which users had which objects when: 0600, in a folder created 0700 (the
    // default folder, the application's own, is tightened when it exists already). SQLite gives
    // its journal files the database file's mode.
    if (const PrivateFileResult prepared = preparePrivateFile(path, path == defaultPath());
        !prepared.ok) {
        if (!prepared.folderFailed)
            return Error{Error::Kind::PermissionDenied,
                         Tr::tr("The history file %1 could not be opened. Check that its folder "
                                "can be written, or choose another place for the history.")
                             .arg(path),
                         prepared.detail};
        return Error{
            Error::Kind::PermissionDenied,
            Tr::tr("The folder %1 for the history file %2 could not be created. Check that "
                   "it can be written, or choose another place for the history.")
                .arg(folder, path),
            prepared.detail};
    }

    Error error;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        ok = [&] {
            if (!db.isValid()) {
                error =
                    Error{Error::Kind::NotSupported,
                          Tr::tr("History needs Qt's SQLite driver (QSQLITE), which is not "
                                 "installed. Install the Qt 6 SQLite plugin (libqt6sql6-sqlite)."),
                          u"QSQLITE driver not available"_s};
                return false;
            }
            if (!db.open()) {
                error =
                    Error{Error::Kind::PermissionDenied,
                          Tr::tr("The history file %1 could not be opened. Check that its folder "
                                 "can be written, or choose another place for the history.")
                              .arg(path),
                          db.lastError().text()};
                return false;
            }
            const Result<int> version = history::schemaVersion(db);
            if (!version) {
                error =
                    Error{Error::Kind::BadData,
                          Tr::tr("The history file %1 is damaged or is not an IPC Scope history. "
                                 "Move it away; IPC Scope then starts a new history.")
                              .arg(path),
                          version.error().detail};
                return false;
            }
            if (version.value() > history::kSchemaVersion) {
                error =
                    Error{Error::Kind::BadData,
                          Tr::tr("The history file %1 was written by a newer IPC Scope (history "
                                 "version %2). Update IPC Scope, or move the file away to start a "
                                 "new history.")
                              .arg(path)
                              .arg(version.value()),
                          u"user_version %1, this build knows %2"_s.arg(version.value())
                              .arg(history::kSchemaVersion)};
                return false;
            }
            // Cascading deletes of limit and owner rows need this on every connection.
            if (Result<bool> keys = history::exec(db, u"PRAGMA foreign_keys = ON"_s); !keys) {
                error = keys.error();
                error.message = Tr::tr("The history file %1 could not be prepared.").arg(path);
                return false;
            }
            if (Result<bool> migrated = history::migrate(db, version.value()); !migrated) {
                error = Error{Error::Kind::PermissionDenied,
                              Tr::tr("The history file %1 could not be updated to this version of "
                                     "IPC Scope. Check that it can be written, or move it away to "
                                     "start a new history.")
                                  .arg(path),
                              migrated.error().detail};
                return false;
            }
            // A file we may read but not write (read-only file or folder) fails here, not at
            // the first refresh.
            const Result<bool> writable =
                history::exec(db, u"PRAGMA user_version = %1"_s.arg(history::kSchemaVersion));
            if (!writable) {
                error =
                    Error{Error::Kind::PermissionDenied,
                          Tr::tr("The history file %1 cannot be written. Check its permissions, "
                                 "or choose another place for the history.")
                              .arg(path),
                          writable.error().detail};
                return false;
            }
            return true;
        }();
        if (!ok)
            db.close();
    }
    if (!ok) {
        QSqlDatabase::removeDatabase(m_connection);
        qCWarning(lcHistory) << "history not opened:" << error.detail;
        return error;
    }
    m_open = true;
    return true;
}

Result<bool> HistoryStore::record(const QString& hostId, const Report& report) {
    if (!m_open)
        return failure(Operation::Write, u"not open"_s);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const Snapshot& s = report.snapshot;

    qint64 semaphores = 0;
    for (const SemaphoreSet& set : s.semaphores)
        semaphores += set.nsems;
    quint64 segmentBytes = 0;
    for (const SharedMemorySegment& segment : s.sharedMemory)
        segmentBytes += segment.size;
    quint64 messages = 0;
    for (const MessageQueue& queue : s.messageQueues)
        messages += queue.qnum;
    // A snapshot without the host's time (agentless reads may lack it) is dated now.
    const qint64 time = s.host.time > 0 ? s.host.time : QDateTime::currentSecsSinceEpoch();

    if (!db.transaction())
        return failure(Operation::Write, db.lastError().text());
    const auto fail = [&](const QSqlQuery& query) {
        const QString detail = query.lastError().text();
        db.rollback();
        return failure(Operation::Write, detail);
    };

    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO samples (host, time, sem_sets, semaphores, shm_segments, "
                   "shm_bytes, msg_queues, messages, posix_shm, posix_sem, posix_mq, in_use, "
                   "orphaned, possibly_orphaned, unknown) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    insert.addBindValue(hostId);
    insert.addBindValue(time);
    insert.addBindValue(qint64(s.semaphores.size()));
    insert.addBindValue(semaphores);
    insert.addBindValue(qint64(s.sharedMemory.size()));
    insert.addBindValue(stored(segmentBytes));
    insert.addBindValue(qint64(s.messageQueues.size()));
    insert.addBindValue(stored(messages));
    insert.addBindValue(qint64(s.posixShm.size()));
    insert.addBindValue(qint64(s.posixSemaphores.size()));
    insert.addBindValue(qint64(s.posixMqueues.size()));
    insert.addBindValue(report.count(Verdict::InUse));
    insert.addBindValue(report.count(Verdict::Orphaned));
    insert.addBindValue(report.count(Verdict::PossiblyOrphaned));
    insert.addBindValue(report.count(Verdict::Unknown));
    if (!insert.exec())
        return fail(insert);
    const qint64 sampleId = insert.lastInsertId().toLongLong();

    QSqlQuery limit(db);
    limit.prepare(u"INSERT OR REPLACE INTO limit_samples (sample_id, field, used, lim) "
                  "VALUES (?, ?, ?, ?)"_s);
    for (const LimitUsage& usage : report.limits) {
        limit.bindValue(0, sampleId);
        limit.bindValue(1, usage.field);
        limit.bindValue(2, stored(usage.used));
        limit.bindValue(3, usage.limit ? QVariant(stored(*usage.limit))
                                       : QVariant(QMetaType::fromType<qint64>()));
        if (!limit.exec())
            return fail(limit);
    }

    QSqlQuery owner(db);
    owner.prepare(u"INSERT OR REPLACE INTO owner_samples (sample_id, uid, owner, objects, "
                  "orphaned, possibly_orphaned) VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const OwnerSummary& o : report.owners) {
        owner.bindValue(0, sampleId);
        owner.bindValue(1, qint64(o.uid));
        owner.bindValue(2, o.owner);
        owner.bindValue(3, o.inUse + o.orphaned + o.possiblyOrphaned + o.unknown);
        owner.bindValue(4, o.orphaned);
        owner.bindValue(5, o.possiblyOrphaned);
        if (!owner.exec())
            return fail(owner);
    }

    if (Result<int> pruned = applyRetention(hostId); !pruned) {
        db.rollback();
        return pruned.error();
    }
    if (!db.commit()) {
        const QString detail = db.lastError().text();
        db.rollback();
        return failure(Operation::Write, detail);
    }
    return true;
}

Result<int> HistoryStore::applyRetention(const QString& hostId) {
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    int removed = 0;
    if (m_retention.days > 0) {
        QSqlQuery old(db);
        old.prepare(u"DELETE FROM samples WHERE host = ? AND time < "
                    "(SELECT MAX(time) FROM samples WHERE host = ?) - ?"_s);
        old.addBindValue(hostId);
        old.addBindValue(hostId);
        old.addBindValue(qint64(m_retention.days) * kSecondsPerDay);
        if (!old.exec())
            return failure(Operation::Prune, old.lastError().text());
        removed += old.numRowsAffected();
    }
    if (m_retention.maxSamplesPerHost > 0) {
        QSqlQuery excess(db);
        excess.prepare(u"DELETE FROM samples WHERE id IN (SELECT id FROM samples WHERE host = ? "
                       "ORDER BY time DESC, id DESC LIMIT -1 OFFSET ?)"_s);
        excess.addBindValue(hostId);
        excess.addBindValue(m_retention.maxSamplesPerHost);
        if (!excess.exec())
            return failure(Operation::Prune, excess.lastError().text());
        removed += excess.numRowsAffected();
    }
    return removed;
}

Result<int> HistoryStore::prune() {
    if (!m_open)
        return failure(Operation::Prune, u"not open"_s);
    const Result<QStringList> all = hosts();
    if (!all)
        return all.error();
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return failure(Operation::Prune, db.lastError().text());
    int removed = 0;
    for (const QString& host : all.value()) {
        const Result<int> done = applyRetention(host);
        if (!done) {
            db.rollback();
            return done.error();
        }
        removed += done.value();
    }
    if (!db.commit()) {
        const QString detail = db.lastError().text();
        db.rollback();
        return failure(Operation::Prune, detail);
    }
    return removed;
}

Result<QStringList> HistoryStore::hosts() const {
    if (!m_open)
        return failure(Operation::Read, u"not open"_s);
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT DISTINCT host FROM samples ORDER BY host"_s))
        return failure(Operation::Read, query.lastError().text());
    QStringList result;
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

Result<HistorySeries> HistoryStore::series(const QString& hostId, const QDateTime& from,
                                           const QDateTime& to) const {
    if (!m_open)
        return failure(Operation::Read, u"not open"_s);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const qint64 lower = secondsOr(from, std::numeric_limits<qint64>::min());
    const qint64 upper = secondsOr(to, std::numeric_limits<qint64>::max());

    HistorySeries series;
    series.hostId = hostId;
    QHash<qint64, qsizetype> indexOf;

    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    rows.prepare(u"SELECT id, time, sem_sets, semaphores, shm_segments, shm_bytes, msg_queues, "
                 "messages, posix_shm, posix_sem, posix_mq, in_use, orphaned, possibly_orphaned, "
                 "unknown FROM samples WHERE host = ? AND time >= ? AND time <= ? "
                 "ORDER BY time, id"_s);
    rows.addBindValue(hostId);
    rows.addBindValue(lower);
    rows.addBindValue(upper);
    if (!rows.exec())
        return failure(Operation::Read, rows.lastError().text());
    while (rows.next()) {
        HistorySample s;
        s.time = rows.value(1).toLongLong();
        s.semaphoreSets = rows.value(2).toInt();
        s.semaphores = rows.value(3).toLongLong();
        s.segments = rows.value(4).toInt();
        s.segmentBytes = quint64(rows.value(5).toLongLong());
        s.queues = rows.value(6).toInt();
        s.messages = quint64(rows.value(7).toLongLong());
        s.posixShm = rows.value(8).toInt();
        s.posixSemaphores = rows.value(9).toInt();
        s.posixMqueues = rows.value(10).toInt();
        s.inUse = rows.value(11).toInt();
        s.orphaned = rows.value(12).toInt();
        s.possiblyOrphaned = rows.value(13).toInt();
        s.unknown = rows.value(14).toInt();
        indexOf.insert(rows.value(0).toLongLong(), series.samples.size());
        series.samples.append(std::move(s));
    }
    if (series.samples.isEmpty())
        return series;

    QSqlQuery limits(db);
    limits.setForwardOnly(true);
    limits.prepare(u"SELECT l.sample_id, l.field, l.used, l.lim FROM limit_samples l "
                   "JOIN samples s ON s.id = l.sample_id "
                   "WHERE s.host = ? AND s.time >= ? AND s.time <= ?"_s);
    limits.addBindValue(hostId);
    limits.addBindValue(lower);
    limits.addBindValue(upper);
    if (!limits.exec())
        return failure(Operation::Read, limits.lastError().text());
    while (limits.next()) {
        const auto it = indexOf.constFind(limits.value(0).toLongLong());
        if (it == indexOf.cend())
            continue;
        HistoryLimitSample sample;
        sample.used = quint64(limits.value(2).toLongLong());
        if (!limits.value(3).isNull())
            sample.limit = quint64(limits.value(3).toLongLong());
        series.samples[*it].limits.insert(limits.value(1).toString(), sample);
    }

    QSqlQuery owners(db);
    owners.setForwardOnly(true);
    owners.prepare(u"SELECT o.sample_id, o.uid, o.owner, o.objects, o.orphaned, "
                   "o.possibly_orphaned FROM owner_samples o "
                   "JOIN samples s ON s.id = o.sample_id "
                   "WHERE s.host = ? AND s.time >= ? AND s.time <= ?"_s);
    owners.addBindValue(hostId);
    owners.addBindValue(lower);
    owners.addBindValue(upper);
    if (!owners.exec())
        return failure(Operation::Read, owners.lastError().text());
    while (owners.next()) {
        const auto it = indexOf.constFind(owners.value(0).toLongLong());
        if (it == indexOf.cend())
            continue;
        HistoryOwnerSample sample;
        sample.uid = uint(owners.value(1).toLongLong());
        sample.owner = owners.value(2).toString();
        sample.objects = owners.value(3).toInt();
        sample.orphaned = owners.value(4).toInt();
        sample.possiblyOrphaned = owners.value(5).toInt();
        series.samples[*it].owners.insert(sample.uid, sample);
    }
    return series;
}

} // namespace ipcscope
