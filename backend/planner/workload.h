// SPDX-License-Identifier: GPL-3.0-or-later
// A workload a person plans for (PostgreSQL, Apache httpd, Oracle, Db2, SAP, custom) with its
// parameters, and what it needs of each kernel IPC limit according to the published formula.
#pragma once

#include "analysis/advisor.h"

#include <QList>
#include <QString>

namespace ipcscope::planner {

enum class WorkloadKind { PostgreSql, Apache, Oracle, Db2, Sap, Custom };

// Stable codes for JSON and the CLI: "postgresql", "apache", "oracle", "db2", "sap", "custom".
QString workloadCode(WorkloadKind kind);
std::optional<WorkloadKind> workloadFromCode(const QString& code);
QString workloadName(WorkloadKind kind); // translated, e.g. "PostgreSQL"

enum class ApacheMpm { Prefork, Worker, Event };
QString apacheMpmCode(ApacheMpm mpm); // "prefork", "worker", "event"
std::optional<ApacheMpm> apacheMpmFromCode(const QString& code);

struct Workload {
    WorkloadKind kind = WorkloadKind::Custom;
    QString label;     // what the person calls it ("billing cluster"); may be empty
    int instances = 1; // identical copies (clusters, servers, databases)

    // PostgreSQL
    int postgresVersion = 15; // major version: 9 stands for 9.4–9.6
    PostgresSettings postgres;

    // Apache httpd
    ApacheMpm apacheMpm = ApacheMpm::Event;
    bool apacheSysvsem = false;   // Mutex sysvsem (the default on some builds) or another mechanism
    int apacheMutexes = 1;        // mutexes using it (mpm-accept, ssl-cache, rewrite-map, …)
    int apacheLeakedRestarts = 0; // restarts/crashes that left their semaphore sets behind

    // Oracle Database
    int oracleProcesses = 300;
    quint64 oracleSgaBytes = 2ull << 30;

    // Db2 and Oracle: RAM of the host in bytes; 0 = take the host's MemTotal
    quint64 ramBytes = 0;

    // Custom
    int customSemSets = 0;
    int customSemsPerSet = 1;
    int customSegments = 0;
    quint64 customSegmentBytes = 0;
    int customQueues = 0;
    quint64 customQueueBytes = 0;

    friend bool operator==(const Workload&, const Workload&) = default;
};

// What a workload asks of one limit field.
struct Need {
    enum class Kind {
        Extra,  // objects it adds: counted on top of the current use (SEMMNI, SEMMNS, SHMMNI, …)
        Minimum // a size or a published minimum: the field must be at least this (SEMMSL, …)
    };
    QString field; // "SEMMNI"
    Kind kind = Kind::Extra;
    quint64 value = 0;
    QString reason; // translated sentence with the formula and its numbers
    QString reference;
    friend bool operator==(const Need&, const Need&) = default;
};

struct HostFacts {
    quint64 memTotal = 0;    // bytes
    quint64 pageSize = 4096; // bytes
    friend bool operator==(const HostFacts&, const HostFacts&) = default;
};

// The needs of all `instances` of the workload.
QList<Need> workloadNeeds(const Workload& workload, const HostFacts& host);

// "PostgreSQL 15 (2 instances)", or the label when set.
QString workloadTitle(const Workload& workload);

} // namespace ipcscope::planner
