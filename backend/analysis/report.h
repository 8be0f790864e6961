// SPDX-License-Identifier: GPL-3.0-or-later
// What the Analyzer makes of a Snapshot: a verdict with reasons per object, owners, limit usage,
// recognised software, suggestions and findings in sentences. Plain values, like the snapshot.
#pragma once

#include "core/error.h"
#include "model/snapshot.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <memory>
#include <optional>

namespace ipcscope {

enum class ObjectType {
    Semaphore,
    SharedMemory,
    MessageQueue,
    PosixShm,
    PosixSemaphore,
    PosixMqueue
};
enum class Verdict { InUse, Orphaned, PossiblyOrphaned, Unknown };
enum class Level { Ok, Warning, Critical };

// Stable codes used in JSON and the CLI: "sem", "shm", "msg", "posix_shm", "posix_sem", "posix_mq".
QString objectTypeCode(ObjectType type);
std::optional<ObjectType> objectTypeFromCode(const QString& code);
QString objectTypeName(ObjectType type); // translated, e.g. "semaphore set"
// "in_use", "orphaned", "possibly_orphaned", "unknown"
QString verdictCode(Verdict verdict);
QString verdictName(Verdict verdict); // translated word, e.g. "Orphaned"

// One reason behind a verdict: a stable code (e.g. "creator_exited") and a translated sentence
// ("last used by pid 7267 (apache2), which exited").
struct Reason {
    QString code;
    QString text;
    friend bool operator==(const Reason&, const Reason&) = default;
};

// Identifies an object inside the report's snapshot.
struct ObjectRef {
    ObjectType type = ObjectType::Semaphore;
    int index = -1; // index into the snapshot list of that type
    qint64 id = -1; // System V id; -1 for POSIX objects
    QString name;   // POSIX name; empty for System V
    friend bool operator==(const ObjectRef&, const ObjectRef&) = default;
};

struct ObjectVerdict {
    ObjectRef ref;
    quint32 key = 0;
    uint uid = 0;
    QString owner;
    Verdict verdict = Verdict::Unknown;
    QList<Reason> reasons;
    QString software; // id of the recognised software ("apache", "postgresql", …), or empty
    friend bool operator==(const ObjectVerdict&, const ObjectVerdict&) = default;
};

// Software recognised from object signatures and running programs.
struct Software {
    QString id;   // "apache", "postgresql", "oracle", "db2", "sap", "php", "uwsgi"
    QString name; // "Apache httpd"
    bool running = false;
    QString runningUser;
    double runningSince = 0; // Unix seconds of the oldest running process, 0 when not running
    int objects = 0;
    int orphaned = 0;
    QString rootCause;   // translated advice fixing the cause, e.g. the Apache Mutex directive
    QString serviceName; // systemd unit to start it, e.g. "apache2", or empty
    friend bool operator==(const Software&, const Software&) = default;
};

struct OwnerSummary {
    uint uid = 0;
    QString owner;
    int semaphoreSets = 0;
    qint64 semaphores = 0;
    int segments = 0;
    quint64 segmentBytes = 0;
    int queues = 0;
    quint64 messages = 0;
    quint64 messageBytes = 0;
    int posixObjects = 0;
    int inUse = 0;
    int orphaned = 0;
    int possiblyOrphaned = 0;
    int unknown = 0;
    int runningProcesses = 0;
    friend bool operator==(const OwnerSummary&, const OwnerSummary&) = default;
};

struct LimitUsage {
    QString parameter; // sysctl name, e.g. "kernel.sem", "kernel.shmall", "fs.mqueue.queues_max"
    QString field;     // "SEMMNI", "SEMMNS", "SEMMSL", "SHMMNI", "SHMALL", "SHMMAX", …
    QString unit;      // "sets", "semaphores", "bytes", "pages", "segments", "queues", "messages"
    quint64 used = 0;
    std::optional<quint64> limit;
    Level level = Level::Ok;
    QString explanation;     // translated: what this limit limits
    quint64 reclaimable = 0; // part of `used` held by objects judged orphaned (freed by a cleanup)
    // Part of `used` held by objects judged possibly orphaned: freed if a person finds them to be
    // leftovers. Not in the report's JSON (the objects' verdicts say it there).
    quint64 doubtful = 0;
    double ratio() const { return limit && *limit ? double(used) / double(*limit) : 0.0; }
    friend bool operator==(const LimitUsage&, const LimitUsage&) = default;
};

struct Suggestion {
    // Raise: set the limit to `suggested`. CleanUpFirst: the limit is full of orphaned objects;
    // after a cleanup `enoughAfterCleanup` is enough, `suggested` is what it should be if the
    // same leak recurs (not in the sysctl snippet: the cleanup comes first).
    enum class Kind { Raise, CleanUpFirst };
    QString parameter; // "kernel.sem"
    QString field;     // "SEMMNI"
    quint64 current = 0;
    quint64 suggested = 0;
    QString reason;    // translated sentence
    QString reference; // e.g. "PostgreSQL 15 documentation, 19.4.1 Shared Memory and Semaphores"
    Kind kind = Kind::Raise;
    Level level = Level::Ok;        // how full the limit is now (orphans included)
    quint64 orphaned = 0;           // part of the use held by orphaned objects
    quint64 enoughAfterCleanup = 0; // the in-use count with the advisor's headroom; 0: no usage
    friend bool operator==(const Suggestion&, const Suggestion&) = default;
};
// "raise", "clean_up_first"
QString suggestionKindCode(Suggestion::Kind kind);

// A sentence for the overview with one action.
struct Finding {
    enum class Action { None, Clean, ShowObjects, Explain };
    Level level = Level::Ok;
    QString code;
    QString text;
    Action action = Action::None;
    QList<ObjectRef> objects;
    QString field; // the limit a limit finding is about ("SEMMNI"); Explain shows its suggestion
    // The IPC namespace it is about: 0 for the host's own; else a container's, whose objects and
    // limits are in Report::containers: `objects` then index that container's report (see
    // Report::reportFor), never this report's snapshot.
    quint64 ns = 0;
    QString namespaceName;
    friend bool operator==(const Finding&, const Finding&) = default;
};

struct Report;

// A container's IPC namespace and, when it could be read, the analysis of its own objects.
struct NamespaceReport {
    IpcNamespace ns;
    std::shared_ptr<const Report> report; // null when the namespace could not be read
    friend bool operator==(const NamespaceReport& a, const NamespaceReport& b); // deep
};

// What to type after --namespace for it: its name, or, for a name with blanks ("cat (pid 812)"),
// that pid (else its inode number).
QString namespaceWord(const IpcNamespace& ns);

struct Report {
    Snapshot snapshot;
    QList<ObjectVerdict> objects; // every object of the snapshot, in snapshot order per type
    QList<OwnerSummary> owners;
    QList<LimitUsage> limits;
    QList<Software> software;
    QList<Suggestion> suggestions;
    QList<Finding> findings;
    QString sysctlSnippet; // ready /etc/sysctl.d/ file for the suggestions (empty when none)
    // Every other IPC namespace (containers), analysed on its own; their findings are repeated
    // in `findings` above, naming the container.
    QList<NamespaceReport> containers;

    int count(Verdict verdict) const;
    int count(ObjectType type) const;
    // The report that holds the objects of IPC namespace `ns`: this one for 0, else the
    // container's; null when there is no such container or it could not be read.
    const Report* reportFor(quint64 ns) const;
    // The IPC namespace a person names: "host", a container's name or id (an unambiguous
    // beginning of it, like Docker's 12 characters), the namespace's inode number, or the pid of
    // its oldest process (the one "command (pid N)" names). An
    // error in words when none or several match, or when it could not be read.
    Result<quint64> namespaceNamed(const QString& text) const;
    friend bool operator==(const Report&, const Report&) = default;
};

} // namespace ipcscope

Q_DECLARE_METATYPE(ipcscope::Report)
