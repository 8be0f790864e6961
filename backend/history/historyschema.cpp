// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/historyschema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace ipcscope::history {

namespace {

// Version 1: one summary row per snapshot and host; limits and owners in child tables so that
// a chart can query one limit or one owner over a time range.
const QStringList kVersion1 = {
    u"CREATE TABLE samples ("
    "  id INTEGER PRIMARY KEY,"
    "  host TEXT NOT NULL,"
    "  time INTEGER NOT NULL," // Unix seconds
    "  sem_sets INTEGER NOT NULL, semaphores INTEGER NOT NULL,"
    "  shm_segments INTEGER NOT NULL, shm_bytes INTEGER NOT NULL,"
    "  msg_queues INTEGER NOT NULL, messages INTEGER NOT NULL,"
    "  posix_shm INTEGER NOT NULL, posix_sem INTEGER NOT NULL, posix_mq INTEGER NOT NULL,"
    "  in_use INTEGER NOT NULL, orphaned INTEGER NOT NULL,"
    "  possibly_orphaned INTEGER NOT NULL, unknown INTEGER NOT NULL)"_s,
    u"CREATE INDEX samples_host_time ON samples (host, time)"_s,
    u"CREATE TABLE limit_samples ("
    "  sample_id INTEGER NOT NULL REFERENCES samples (id) ON DELETE CASCADE,"
    "  field TEXT NOT NULL,"
    "  used INTEGER NOT NULL,"
    "  lim INTEGER," // NULL: the limit could not be read
    "  PRIMARY KEY (sample_id, field)) WITHOUT ROWID"_s,
    u"CREATE TABLE owner_samples ("
    "  sample_id INTEGER NOT NULL REFERENCES samples (id) ON DELETE CASCADE,"
    "  uid INTEGER NOT NULL,"
    "  owner TEXT NOT NULL,"
    "  objects INTEGER NOT NULL,"
    "  orphaned INTEGER NOT NULL,"
    "  possibly_orphaned INTEGER NOT NULL,"
    "  PRIMARY KEY (sample_id, uid)) WITHOUT ROWID"_s,
};

// Version 2: a host's history is keyed by the server's address without the login
// (HostConfig::address(): "db1:2222", "[::1]"), so that it stays when an entry's user is edited.
// Samples recorded as "user@address" move to the address.
const QStringList kVersion2 = {
    u"UPDATE samples SET host = substr(host, instr(host, '@') + 1) WHERE instr(host, '@') > 0"_s,
};

// kMigrations[n] takes a database from version n to n + 1.
const QList<QStringList> kMigrations = {kVersion1, kVersion2};
static_assert(kSchemaVersion == 2, "add the migration to kMigrations");

} // namespace

Result<bool> exec(QSqlDatabase& db, const QString& sql) {
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        return Error{Error::Kind::Generic, QString(),
                     u"%1 (%2)"_s.arg(query.lastError().text(), sql.simplified())};
    }
    return true;
}

Result<int> schemaVersion(QSqlDatabase& db) {
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return Error{Error::Kind::BadData, QString(), query.lastError().text()};
    return query.value(0).toInt();
}

Result<bool> migrate(QSqlDatabase& db, int from) {
    for (int version = from; version < kSchemaVersion; ++version) {
        if (!db.transaction())
            return Error{Error::Kind::Generic, QString(), db.lastError().text()};
        QStringList statements = kMigrations.at(version);
        // Set inside the transaction: the version moves only when the whole step succeeded.
        statements.append(u"PRAGMA user_version = %1"_s.arg(version + 1));
        for (const QString& sql : std::as_const(statements)) {
            if (Result<bool> done = exec(db, sql); !done) {
                db.rollback();
                return done;
            }
        }
        if (!db.commit()) {
            const QString detail = db.lastError().text();
            db.rollback();
            return Error{Error::Kind::Generic, QString(), detail};
        }
    }
    return true;
}

} // namespace ipcscope::history
