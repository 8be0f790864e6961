// SPDX-License-Identifier: GPL-3.0-or-later
// What `ipcscope-helper symptoms` found in a host's logs (schema ipcscope.symptoms/1,
// docs/symptoms-schema.md), as plain values.
#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace ipcscope {

inline constexpr char kSymptomsSchema[] = "ipcscope.symptoms/1";

struct LogSource {
    enum class Status { Read, Absent, Unreadable, Failed };
    QString path; // "/var/log/apache2/error.log", "/var/log/postgresql/" (a directory), "journal"
    QString kind; // "apache", "postgresql", "php-fpm", "system", "journal"
    Status status = Status::Absent;
    QString reason;    // errno text or what went wrong (not translated, from the server)
    QString errnoName; // "EACCES", …
    quint64 bytesRead = 0;
    bool truncated = false;
    int matches = 0;
};

struct Symptom {
    QString signature; // code, see signatures.h
    QString source;    // path of the log
    QString kind;
    std::optional<qint64> time; // Unix seconds
    QString timeText;           // the stamp as written in the log
    QString line;
};

// A log line saying a program started successfully ("… configured -- resuming normal
// operations", "database system is ready to accept connections", systemd's "Started …").
struct StartLine {
    QString program; // "apache", "postgresql", "php-fpm"
    QString source;  // path of the log
    QString kind;
    std::optional<qint64> time; // Unix seconds
    QString timeText;
    QString line;
};

struct SymptomScan {
    QString helperVersion;
    qint64 time = 0;
    uint euid = 0;
    QString logRoot;
    bool journal = false;
    QList<LogSource> sources;
    QList<Symptom> symptoms;
    QList<StartLine> starts; // empty from helpers that did not look for start lines yet

    QList<LogSource> unreadable() const; // Unreadable and Failed sources
    bool empty() const { return sources.isEmpty() && symptoms.isEmpty(); }
};

Result<SymptomScan> parseSymptoms(const QByteArray& json);

// "Permission denied" etc. in words, with the suggestion to use administrator mode.
QString unreadableSentence(const LogSource& source);

} // namespace ipcscope

Q_DECLARE_METATYPE(ipcscope::SymptomScan)
