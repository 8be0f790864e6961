// SPDX-License-Identifier: GPL-3.0-or-later
// Kernel limit suggestions: what to raise, to which value, why, and the reference followed.
// Rules: the requirements of the workloads present (PostgreSQL's formulas, Oracle's and Db2's
// published minimums) and headroom when usage reaches 80 %; the largest requirement per field
// wins; a suggestion never lowers a limit and never goes below the default of current kernels.
#pragma once

#include "analysis/report.h"

#include <QStringList>

namespace ipcscope {

// The PostgreSQL settings its semaphore formula uses (defaults of PostgreSQL 15).
struct PostgresSettings {
    int maxConnections = 100;
    int autovacuumMaxWorkers = 3;
    int maxWalSenders = 10;
    int maxWorkerProcesses = 8;
    friend bool operator==(const PostgresSettings&, const PostgresSettings&) = default;
};

struct AdvisorInput {
    Limits limits;
    QList<LimitUsage> usage; // from the analysis (used, reclaimable)
    QStringList workloads;   // software ids to plan for: "postgresql", "oracle", "db2"
    quint64 memTotal = 0;    // bytes
    quint64 pageSize = 4096; // bytes
    PostgresSettings postgres;
};

// Defaults of current kernels (5.x/6.x): the floor of every suggestion.
namespace kerneldefaults {
inline constexpr quint64 semmsl = 32000, semmns = 1024000000, semopm = 500, semmni = 32000;
inline constexpr quint64 shmmni = 4096;
inline constexpr quint64 shmmax = 18446744073692774399ull; // ULONG_MAX - 2^24
inline constexpr quint64 shmall = 18446744073692774399ull; // pages
inline constexpr quint64 msgmni = 32000, msgmax = 8192, msgmnb = 16384;
inline constexpr quint64 mqQueuesMax = 256;
// IPCMNI: the most ids of one kind without the ipcmni_extend boot option.
inline constexpr quint64 ipcmni = 32768;
} // namespace kerneldefaults

// ceil((max_connections + autovacuum_max_workers + max_wal_senders + max_worker_processes + 5) /
// 16)
quint64 postgresSemaphoreSets(const PostgresSettings& settings);
// RAM in whole GiB, rounded up (MemTotal is a little below the installed size), at least 1.
quint64 ramGiB(quint64 memTotal);

// In limitFields() order. A limit at warning or critical because of orphaned objects (and not
// raised for another reason) gets a Suggestion::Kind::CleanUpFirst row.
QList<Suggestion> suggestLimits(const AdvisorInput& input);

// One kernel limit field: its sysctl, where it sits in Limits, the default of current kernels
// (the floor of every suggestion) and the most the kernel accepts. In kernel.sem field order.
struct LimitField {
    QLatin1StringView field;     // "SEMMNI"
    QLatin1StringView parameter; // "kernel.sem"
    std::optional<quint64> Limits::*member;
    quint64 floor;
    quint64 cap;
};
const QList<LimitField>& limitFields();
const LimitField* limitField(QStringView field);

// A published minimum for one field, with its sentence and reference (shared by the advisor
// and the planner so that each formula lives in one place).
struct LimitRequirement {
    QString field;
    quint64 value = 0;
    QString reason;
    QString reference;
};
// Oracle Database 19c minimums; SHMMAX half the RAM and SHMALL 40 % of it (in pages of pageSize,
// 4096 when 0) when memTotal is known.
QList<LimitRequirement> oracleRequirements(quint64 memTotal, quint64 pageSize);
// Db2 11.5 minimums from the RAM size (empty when memTotal is 0).
QList<LimitRequirement> db2Requirements(quint64 memTotal, quint64 pageSize);

// A ready /etc/sysctl.d/ file for the Raise suggestions; empty when there are none. kernel.sem is
// written with all four fields (SEMMSL SEMMNS SEMOPM SEMMNI), unchanged ones at their current
// value.
QString sysctlSnippet(const QList<Suggestion>& suggestions, const Limits& current,
                      const QString& hostname);

} // namespace ipcscope
