// SPDX-License-Identifier: GPL-3.0-or-later
// `ipcscope-cli check [TARGET…] [--warning PCT] [--critical PCT] [--orphans LEVEL]`: a monitoring
// plugin in the Nagios convention (Icinga, Zabbix, Sensu, Checkmk run the same): exit 0 OK,
// 1 WARNING, 2 CRITICAL, 3 UNKNOWN, one status line in words, performance data after "|".
// Several targets are checked at the same time; the worst state wins, in the order
// CRITICAL > WARNING > UNKNOWN > OK (an unreachable host does not hide a full limit elsewhere).
#pragma once

#include "analysis/report.h"
#include "core/error.h"
#include "core/hostconfig.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ipcscope::cli {

// The plugin's states, which are also its exit codes.
enum class CheckState { Ok = 0, Warning = 1, Critical = 2, Unknown = 3 };

// "OK", "WARNING", "CRITICAL", "UNKNOWN": fixed words that monitoring systems parse.
QString checkStateWord(CheckState state);

struct CheckThresholds {
    enum class Orphans { Ignore, Warning, Critical };
    int warningPercent = 80;  // a limit on a total used to this share is WARNING
    int criticalPercent = 95; // … and to this share CRITICAL
    Orphans orphans = Orphans::Warning;
};

// The performance data thresholds of a limit in the plugin convention (the state changes when the
// value is *above* the threshold): the largest use still below `percent` of `limit`.
quint64 thresholdValue(quint64 limit, int percent);

struct CheckOptions {
    QList<HostConfig> hosts;
    CheckThresholds thresholds;
};

struct ParsedCheck {
    std::optional<CheckOptions> options;
    QString out;
    QString err;
    int exitCode = 0;
};

// `arguments` as the program got them: [program, "check", …]. A usage error exits 3 (UNKNOWN),
// as monitoring plugins do, so that the monitoring shows the misconfigured check.
ParsedCheck parseCheckCommandLine(const QStringList& arguments);

// What one host contributes: its state, each problem in words with its own level, and its
// performance data items ("semmni=6;4;5;0;6").
struct HostCheck {
    struct Problem {
        CheckState state = CheckState::Ok;
        QString text;
    };
    QString host; // as named on the command line ("local", "admin@db1")
    CheckState state = CheckState::Ok;
    QList<Problem> problems;
    QStringList perfdata;
};

// The check of one host's report (pure: no I/O).
HostCheck checkReport(const QString& host, const Report& report, const CheckThresholds& thresholds);
// A host that could not be read: UNKNOWN with the reason.
HostCheck unreachable(const QString& host, const Error& error);

// CRITICAL > WARNING > UNKNOWN > OK.
CheckState worstState(CheckState a, CheckState b);

// The plugin's whole output (status line with performance data, then one line per host when
// there are several) and its exit code.
struct CheckOutput {
    CheckState state = CheckState::Ok;
    QString text;
};
CheckOutput combineChecks(const QList<HostCheck>& hosts, const CheckThresholds& thresholds);

// Checks every host at the same time and prints the result. Asks nothing: an unknown host key,
// a password or a passphrase that would be needed makes that host UNKNOWN.
int runCheck(const CheckOptions& options);

// parseCheckCommandLine + runCheck, printing help and usage errors.
int checkMain(const QStringList& arguments);

} // namespace ipcscope::cli
