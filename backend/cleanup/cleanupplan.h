// SPDX-License-Identifier: GPL-3.0-or-later
// What a person chose to remove, with the verdict and reasons they saw and the guard values the
// helper re-checks at removal time (docs/cleanup-schema.md, docs/safety.md).
#pragma once

#include "analysis/report.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace ipcscope {

struct CleanupItem {
    ObjectRef ref;
    // Guards. System V: key, cuid, uid, ctime. POSIX: the name (exact bytes in nameHex when the
    // name had to be repaired), inode, mtime, uid.
    quint32 key = 0;
    uint cuid = 0;
    uint uid = 0;
    qint64 ctime = 0;
    QString nameHex;
    quint64 inode = 0;
    qint64 mtime = 0;
    // Finer guards, sent when the snapshot has them (docs/cleanup-schema.md): what changes
    // within one second. Semaphores: every value and last-operation pid (empty without detail);
    // segments: nattch, lpid; queues: qnum, lspid, lrpid; POSIX: ctime and the nanoseconds;
    // POSIX queues also their queued bytes (in qnum, sent as "qsize").
    QList<qint64> semValues, semPids;
    std::optional<qint64> nattch, lpid, qnum, lspid, lrpid;
    std::optional<qint64> posixCtime, mtimeNs, ctimeNs;
    // What the person saw.
    QString owner;
    Verdict verdict = Verdict::Unknown;
    QList<Reason> reasons;
    QString software;
    // Skip the helper's in-use checks (attached, waiters, live users). The guards still apply.
    bool force = false;
    // The container's IPC namespace the object lives in (0: the host's own) and its name. The
    // helper checks and removes the object only inside that namespace.
    quint64 ns = 0;
    QString namespaceName;
    qint64 namespacePid = 0; // a process in it, for the equivalent nsenter command

    bool isSysv() const;
    // "semaphore set 32769 (key 0x1c500001)", "POSIX shared memory object /name"
    QString describe() const;
};

// An object of the selection that is not in the plan, and why.
struct SkippedObject {
    ObjectRef ref;
    Verdict verdict = Verdict::Unknown;
    QString reason; // translated sentence
};

struct CleanupPlan {
    QString host; // display name of the host
    QList<CleanupItem> items;
    QList<SkippedObject> skipped;
    int forcedCount() const;
};

struct CleanupSelection {
    QList<ObjectRef> objects; // single objects, chosen one by one
    bool orphans = false;     // every object judged orphaned (narrowed by owner / software)
    QString owner;            // user name or uid; empty: any
    QString software;         // software id or name, case-insensitive; empty: any
    bool forceInUse = false;  // include in_use objects of `objects`, forced
};

// Builds the plan. Objects chosen one by one are included whatever their verdict, except in_use
// ones, which need forceInUse (and are then forced). Bulk selection takes orphaned objects only.
CleanupPlan buildCleanupPlan(const Report& report, const CleanupSelection& selection);

// One plan item for `ref`, read from the report (nullopt when the ref does not point into it).
std::optional<CleanupItem> cleanupItemFor(const Report& report, const ObjectRef& ref);

// The plan for `ipcscope-helper remove` (schema ipcscope.removal-plan/1).
QByteArray removalPlanJson(const CleanupPlan& plan, const QString& requestedBy);

// "alice@workstation": who asks, for the helper's syslog line and the audit log.
QString localRequester();
QString localUser();

} // namespace ipcscope

Q_DECLARE_METATYPE(ipcscope::CleanupPlan)
