// SPDX-License-Identifier: GPL-3.0-or-later
#include "planner/workload.h"

#include "analysis/context.h"
#include "planner/plannertr.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ipcscope::planner {

namespace {

const QString kPostgres10Ref = u"PostgreSQL 15 documentation, 19.4.1 Shared Memory and Semaphores "
                               u"(POSIX semaphores on Linux since PostgreSQL 10)"_s;
const QString kPostgres9Ref =
    u"PostgreSQL 9.6 documentation, 18.4.1 Shared Memory and Semaphores"_s;
const QString kApacheRef = u"Apache HTTP Server 2.4 documentation, Mutex directive"_s;
const QString kOracleProcessesRef =
    u"Oracle Database Installation Guide for Linux, Configuring Kernel Parameters "
    u"(SEMMSL: largest PROCESSES + 10; SEMMNS: sum of PROCESSES, the largest twice, + 10 per "
    u"database)"_s;
const QString kOracleSgaRef =
    u"Oracle Database Installation Guide for Linux, Configuring Kernel Parameters (the SGA "
    u"should fit in one shared memory segment)"_s;
const QString kSapRef = u"SAP Note 1275776 (sapconf/saptune): kernel.sem = 1250 256000 100 8192"_s;
const QString kCustomRef = u"The workload's own numbers"_s;

quint64 pagesFor(quint64 bytes, quint64 page) {
    page = page ? page : 4096;
    return bytes / page + (bytes % page ? 1 : 0);
}

quint64 nonNegative(qint64 v) {
    return v < 0 ? 0 : quint64(v);
}

void postgres(const Workload& w, quint64 n, QList<Need>& out) {
    // Every copy of the server since 9.3 keeps a few bytes (48 on 64-bit) of System V shared
    // memory: one segment, one page.
    const QString ref = w.postgresVersion >= 10 ? kPostgres10Ref : kPostgres9Ref;
    out.append({u"SHMMNI"_s, Need::Kind::Extra, n,
                Tr::tr("PostgreSQL keeps one small System V segment per server: %n segment(s).",
                       nullptr, int(n)),
                ref});
    out.append({u"SHMALL"_s, Need::Kind::Extra, n,
                Tr::tr("The small segment of each PostgreSQL server takes one page: %n page(s).",
                       nullptr, int(n)),
                ref});
    if (w.postgresVersion >= 10)
        return; // on Linux the semaphores are POSIX ones in shared memory: no System V sets
    // 9.x counts WAL senders within max_connections, so they are not added separately.
    PostgresSettings s = w.postgres;
    s.maxWalSenders = 0;
    const quint64 sets = postgresSemaphoreSets(s);
    const QString formula = Tr::tr("ceil((max_connections %1 + autovacuum_max_workers %2 + "
                                   "max_worker_processes %3 + 5) / 16) = %4")
                                .arg(s.maxConnections)
                                .arg(s.autovacuumMaxWorkers)
                                .arg(s.maxWorkerProcesses)
                                .arg(sets);
    out.append({u"SEMMNI"_s, Need::Kind::Extra, sets * n,
                Tr::tr("PostgreSQL 9.x needs %1 semaphore sets per server, × %2 servers.")
                    .arg(formula)
                    .arg(n),
                kPostgres9Ref});
    out.append({u"SEMMNS"_s, Need::Kind::Extra, sets * 17 * n,
                Tr::tr("PostgreSQL 9.x needs 17 semaphores per set: %1 × 17 × %2 servers.")
                    .arg(sets)
                    .arg(n),
                kPostgres9Ref});
    out.append({u"SEMMSL"_s, Need::Kind::Minimum, 17,
                Tr::tr("PostgreSQL 9.x creates sets of 17 semaphores."), kPostgres9Ref});
}

void apache(const Workload& w, quint64 n, QList<Need>& out) {
    if (!w.apacheSysvsem)
        return; // pthread, fcntl, flock and posixsem mutexes hold no System V object
    const quint64 mutexes = nonNegative(w.apacheMutexes);
    const quint64 leaked = nonNegative(w.apacheLeakedRestarts);
    // Each sysvsem mutex is one set of one semaphore; a restart that does not clean up leaves
    // its sets behind and the next start creates new ones.
    const quint64 sets = mutexes * (1 + leaked) * n;
    const QString why =
        Tr::tr("Apache httpd (%1 MPM) with Mutex sysvsem holds one set of one semaphore per mutex: "
               "%2 mutexes × (1 + %3 leaked restarts) × %4 servers = %5.")
            .arg(apacheMpmCode(w.apacheMpm))
            .arg(mutexes)
            .arg(leaked)
            .arg(n)
            .arg(sets);
    out.append({u"SEMMNI"_s, Need::Kind::Extra, sets, why, kApacheRef});
    out.append({u"SEMMNS"_s, Need::Kind::Extra, sets, why, kApacheRef});
}

void oracle(const Workload& w, quint64 n, quint64 ram, quint64 pageSize, QList<Need>& out) {
    for (const LimitRequirement& r : oracleRequirements(ram, pageSize))
        out.append({r.field, Need::Kind::Minimum, r.value, r.reason, r.reference});
    const quint64 processes = nonNegative(w.oracleProcesses);
    out.append(
        {u"SEMMSL"_s, Need::Kind::Minimum, processes + 10,
         Tr::tr("Oracle Database needs PROCESSES + 10 semaphores per set: %1 + 10.").arg(processes),
         kOracleProcessesRef});
    const quint64 sems = processes * n + processes + 10 * n;
    out.append(
        {u"SEMMNS"_s, Need::Kind::Extra, sems,
         Tr::tr("Oracle Database needs the sum of PROCESSES (%1 × %2 databases), the largest "
                "counted twice, plus 10 per database: %3 semaphores.")
             .arg(processes)
             .arg(n)
             .arg(sems),
         kOracleProcessesRef});
    if (w.oracleSgaBytes) {
        out.append({u"SHMMAX"_s, Need::Kind::Minimum, w.oracleSgaBytes,
                    Tr::tr("The SGA of %1 bytes should fit in one segment.").arg(w.oracleSgaBytes),
                    kOracleSgaRef});
        const quint64 pages = pagesFor(w.oracleSgaBytes, 0) * n;
        out.append(
            {u"SHMALL"_s, Need::Kind::Extra, pages,
             Tr::tr("%1 SGAs of %2 bytes take %3 pages.").arg(n).arg(w.oracleSgaBytes).arg(pages),
             kOracleSgaRef});
    }
}

void custom(const Workload& w, quint64 n, quint64 page, QList<Need>& out) {
    const quint64 sets = nonNegative(w.customSemSets), per = nonNegative(w.customSemsPerSet);
    if (sets) {
        out.append({u"SEMMNI"_s, Need::Kind::Extra, sets * n,
                    Tr::tr("%1 semaphore sets × %2 instances.").arg(sets).arg(n), kCustomRef});
        out.append({u"SEMMNS"_s, Need::Kind::Extra, sets * per * n,
                    Tr::tr("%1 sets × %2 semaphores × %3 instances.").arg(sets).arg(per).arg(n),
                    kCustomRef});
        out.append({u"SEMMSL"_s, Need::Kind::Minimum, per,
                    Tr::tr("Sets of %1 semaphores.").arg(per), kCustomRef});
    }
    const quint64 segs = nonNegative(w.customSegments);
    if (segs) {
        out.append({u"SHMMNI"_s, Need::Kind::Extra, segs * n,
                    Tr::tr("%1 segments × %2 instances.").arg(segs).arg(n), kCustomRef});
        out.append({u"SHMMAX"_s, Need::Kind::Minimum, w.customSegmentBytes,
                    Tr::tr("Segments of %1 bytes.").arg(w.customSegmentBytes), kCustomRef});
        const quint64 pages = pagesFor(w.customSegmentBytes, page) * segs * n;
        out.append({u"SHMALL"_s, Need::Kind::Extra, pages,
                    Tr::tr("%1 segments of %2 bytes × %3 instances take %4 pages.")
                        .arg(segs)
                        .arg(w.customSegmentBytes)
                        .arg(n)
                        .arg(pages),
                    kCustomRef});
    }
    const quint64 queues = nonNegative(w.customQueues);
    if (queues) {
        out.append({u"MSGMNI"_s, Need::Kind::Extra, queues * n,
                    Tr::tr("%1 message queues × %2 instances.").arg(queues).arg(n), kCustomRef});
        out.append({u"MSGMNB"_s, Need::Kind::Minimum, w.customQueueBytes,
                    Tr::tr("Queues holding %1 bytes.").arg(w.customQueueBytes), kCustomRef});
    }
}

} // namespace

QString workloadCode(WorkloadKind kind) {
    switch (kind) {
    case WorkloadKind::PostgreSql:
        return u"postgresql"_s;
    case WorkloadKind::Apache:
        return u"apache"_s;
    case WorkloadKind::Oracle:
        return u"oracle"_s;
    case WorkloadKind::Db2:
        return u"db2"_s;
    case WorkloadKind::Sap:
        return u"sap"_s;
    case WorkloadKind::Custom:
        break;
    }
    return u"custom"_s;
}

std::optional<WorkloadKind> workloadFromCode(const QString& code) {
    for (WorkloadKind k : {WorkloadKind::PostgreSql, WorkloadKind::Apache, WorkloadKind::Oracle,
                           WorkloadKind::Db2, WorkloadKind::Sap, WorkloadKind::Custom})
        if (workloadCode(k) == code)
            return k;
    return std::nullopt;
}

QString workloadName(WorkloadKind kind) {
    switch (kind) {
    case WorkloadKind::PostgreSql:
        return Tr::tr("PostgreSQL");
    case WorkloadKind::Apache:
        return Tr::tr("Apache httpd");
    case WorkloadKind::Oracle:
        return Tr::tr("Oracle Database");
    case WorkloadKind::Db2:
        return Tr::tr("IBM Db2");
    case WorkloadKind::Sap:
        return Tr::tr("SAP");
    case WorkloadKind::Custom:
        break;
    }
    return Tr::tr("Custom workload");
}

QString apacheMpmCode(ApacheMpm mpm) {
    switch (mpm) {
    case ApacheMpm::Prefork:
        return u"prefork"_s;
    case ApacheMpm::Worker:
        return u"worker"_s;
    case ApacheMpm::Event:
        break;
    }
    return u"event"_s;
}

std::optional<ApacheMpm> apacheMpmFromCode(const QString& code) {
    for (ApacheMpm m : {ApacheMpm::Prefork, ApacheMpm::Worker, ApacheMpm::Event})
        if (apacheMpmCode(m) == code)
            return m;
    return std::nullopt;
}

QList<Need> workloadNeeds(const Workload& w, const HostFacts& host) {
    QList<Need> out;
    const quint64 n = nonNegative(w.instances);
    if (n == 0)
        return out;
    const quint64 ram = w.ramBytes ? w.ramBytes : host.memTotal;
    switch (w.kind) {
    case WorkloadKind::PostgreSql:
        postgres(w, n, out);
        break;
    case WorkloadKind::Apache:
        apache(w, n, out);
        break;
    case WorkloadKind::Oracle:
        oracle(w, n, ram, host.pageSize, out);
        break;
    case WorkloadKind::Db2:
        for (const LimitRequirement& r : db2Requirements(ram, host.pageSize))
            out.append({r.field, Need::Kind::Minimum, r.value, r.reason, r.reference});
        break;
    case WorkloadKind::Sap: {
        static const std::pair<const char*, int> sem[] = {
            {"SEMMSL", 1250}, {"SEMMNS", 256000}, {"SEMOPM", 100}, {"SEMMNI", 8192}};
        for (const auto& [field, value] : sem)
            out.append({QLatin1StringView(field), Need::Kind::Minimum, quint64(value),
                        Tr::tr("SAP systems require at least %1.").arg(value), kSapRef});
        break;
    }
    case WorkloadKind::Custom:
        custom(w, n, host.pageSize, out);
        break;
    }
    return out;
}

QString workloadTitle(const Workload& w) {
    if (!w.label.isEmpty())
        return w.label;
    QString name = workloadName(w.kind);
    if (w.kind == WorkloadKind::PostgreSql)
        name = Tr::tr("PostgreSQL %1").arg(w.postgresVersion);
    if (w.instances == 1)
        return name;
    return Tr::tr("%1 (%n instance(s))", nullptr, w.instances).arg(name);
}

} // namespace ipcscope::planner
