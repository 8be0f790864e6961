// SPDX-License-Identifier: GPL-3.0-or-later
// How much of each kernel IPC limit the snapshot's objects use, and how much of that the
// objects judged orphaned hold (what a cleanup would give back).
#pragma once

#include "analysis/report.h"

namespace ipcscope::analysis {

// warning from 80 %, critical from 95 %
Level usageLevel(quint64 used, const std::optional<quint64>& limit);

// Whether `field` limits a total over all objects (SEMMNI, SEMMNS, SHMMNI, SHMALL, MSGMNI,
// MQ_QUEUES_MAX): at the limit the next object fails. SEMMSL, SHMMAX, MSGMNB and the like limit
// each object's own size instead.
bool limitsTheTotal(QStringView field);

// `verdicts` are the report's objects (any order); used for LimitUsage::reclaimable.
QList<LimitUsage> limitUsage(const Snapshot& snapshot, const QList<ObjectVerdict>& verdicts);

} // namespace ipcscope::analysis
