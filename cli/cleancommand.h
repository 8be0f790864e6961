// SPDX-License-Identifier: GPL-3.0-or-later
// `ipcscope-cli clean [TARGET] --orphans [--owner USER] [--software NAME] [--id TYPE:ID …]
// [--force-in-use] [--namespace CONTAINER] [--dry-run | --yes] [--json]`: a dry run by default
// (the plan with reasons and the equivalent commands); with --yes the helper re-checks and
// removes, and a fresh snapshot shows what is gone. With --namespace the objects are a
// container's, re-checked and removed inside its IPC namespace.
#pragma once

#include "cleanup/cleanupplan.h"
#include "core/hostconfig.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ipcscope::cli {

// Exit code of `clean --yes` when some objects were refused or could not be removed.
inline constexpr int ExitNotAllRemoved = 4;

// An object named with --id: "sem:32769", "shm:5", "msg:7", "posix_shm:NAME", …
struct IdSpec {
    ObjectType type = ObjectType::Semaphore;
    qint64 id = -1;
    QString name;
};
std::optional<IdSpec> parseIdSpec(const QString& text);

struct CleanOptions {
    HostConfig host;
    bool orphans = false;
    QString owner;
    QString software;
    QList<IdSpec> ids;
    bool forceInUse = false;
    QString ns;       // --namespace: a container (Report::namespaceNamed); empty: the host's
    bool yes = false; // remove; otherwise a dry run
    bool json = false;
    bool pretty = false;
};

struct ParsedClean {
    std::optional<CleanOptions> options;
    QString out;
    QString err;
    int exitCode = 0;
};

// `arguments` as the program got them: [program, "clean", …].
ParsedClean parseCleanCommandLine(const QStringList& arguments);

// The selection the options describe in `report`; ids not found are named in `missing`.
CleanupSelection cleanSelection(const CleanOptions& options, const Report& report,
                                QStringList& missing);

// Connects, snapshots, plans, prints; with --yes removes and checks. Needs a Qt event loop
// application object (the host session reports through signals).
int runClean(const CleanOptions& options);

// parseCleanCommandLine + runClean, printing help and usage errors.
int cleanMain(const QStringList& arguments);

} // namespace ipcscope::cli
