// SPDX-License-Identifier: GPL-3.0-or-later
// The history database's tables, versioned with PRAGMA user_version. Each version has one
// migration from the one before, run in its own transaction, so any older file is brought up to
// date step by step and a failed step leaves the file as it was.
#pragma once

#include "core/error.h"

#include <QSqlDatabase>

namespace ipcscope::history {

inline constexpr int kSchemaVersion = 2;

// The database's user_version; an Error when the file cannot be read as SQLite at all.
Result<int> schemaVersion(QSqlDatabase& db);

// Brings a database of version `from` (0: empty) up to kSchemaVersion.
Result<bool> migrate(QSqlDatabase& db, int from);

// Runs one statement; the Error's detail holds SQLite's message and the statement.
Result<bool> exec(QSqlDatabase& db, const QString& sql);

} // namespace ipcscope::history
