// SPDX-License-Identifier: GPL-3.0-or-later
// A plan: the workloads a host should hold, and what they mean for each kernel IPC limit given
// the host's current use (from a Report): requirement = current use + planned extra (or a
// published minimum), proposed value = the largest of the requirements and the current limit,
// never below the default of current kernels, never above what the kernel accepts.
#pragma once

#include "analysis/report.h"
#include "planner/workload.h"

#include <QStringList>

namespace ipcscope::planner {

struct Plan {
    QString host; // the host's name in IPC Scope (file name of the saved plan)
    QList<Workload> workloads;
    friend bool operator==(const Plan&, const Plan&) = default;
};

// One limit field with its planned load and the proposed value.
struct FieldPlan {
    QString parameter;            // "kernel.sem"
    QString field;                // "SEMMNI"
    QString unit;                 // "sets"
    std::optional<quint64> limit; // current value; nullopt when the snapshot could not read it
    quint64 used = 0;             // current use
    quint64 extra = 0;            // planned extra objects (sum of the workloads' Extra needs)
    quint64 minimum = 0;          // the largest Minimum need
    quint64 required = 0;         // max(used + extra, minimum)
    quint64 proposed = 0;         // == *limit when nothing changes
    bool changed = false;
    bool capped = false; // the requirement is above what the kernel accepts
    QString sentence;    // translated: why it changes (or why it cannot reach the requirement)
    QStringList reasons; // the workloads' sentences behind `required`
    QStringList references;
    friend bool operator==(const FieldPlan&, const FieldPlan&) = default;
};

struct Proposal {
    QList<FieldPlan> fields; // in limitFields() order
    Limits current;
    Limits proposed; // current values with the changes applied
    QString hostname;
    quint64 pageSize = 4096; // SHMALL counts pages of this size

    const FieldPlan* find(QStringView field) const;
    bool hasChanges() const;
    // The changes as advisor suggestions (for sysctlSnippet and the report renderers).
    QList<Suggestion> changes() const;
    // A ready /etc/sysctl.d/ file with the changes; empty when nothing changes.
    QString sysctlFile() const;
    // "sysctl -w kernel.sem='250 32000 100 256'" lines, one per changed parameter.
    QStringList sysctlCommands() const;
    friend bool operator==(const Proposal&, const Proposal&) = default;
};

Proposal propose(const Plan& plan, const Report& report);

} // namespace ipcscope::planner
