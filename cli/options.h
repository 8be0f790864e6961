// SPDX-License-Identifier: GPL-3.0-or-later
// The command line of ipcscope-cli: `ipcscope-cli snapshot|report|tune [TARGET] [options]`.
// Parsing is separate from running so that usage errors and --help never touch a host.
#pragma once

#include "analysis/analyzer.h"
#include "core/hostconfig.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ipcscope::cli {

enum class Command { Snapshot, Report, Tune };

struct CliOptions {
    Command command = Command::Report;
    HostConfig host;
    bool json = false;
    bool pretty = false;
    bool failOnOrphans = false;
    QString planFile;   // tune --plan FILE (a saved plan, schema ipcscope.plan/1)
    bool apply = false; // tune --apply: show (and with --yes make) the change
    bool yes = false;
    QString tuneNamespace;  // tune --namespace NAME: a container's IPC namespace, not the host's
    QString htmlFile;       // report --html FILE
    bool searchLogs = true; // report: search the logs for the diagnosis (off: --no-logs)
    AnalyzerOptions analyzer;
};

// Either options to run, or text to print and an exit code (help, version, usage error).
struct ParsedCommandLine {
    std::optional<CliOptions> options;
    QString out; // for stdout (help, version)
    QString err; // for stderr (usage error)
    int exitCode = 0;
};

ParsedCommandLine parseCommandLine(const QStringList& arguments);

} // namespace ipcscope::cli
