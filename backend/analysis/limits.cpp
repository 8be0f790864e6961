// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/limits.h"

#include "analysis/analysistr.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ipcscope::analysis {

namespace {

LimitUsage make(const QString& parameter, const QString& field, const QString& unit, quint64 used,
                const std::optional<quint64>& limit, quint64 reclaimable, const QString& why,
                quint64 doubtful = 0) {
    LimitUsage u;
    u.parameter = parameter;
    u.field = field;
    u.unit = unit;
    u.used = used;
    u.limit = limit;
    u.level = usageLevel(used, limit);
    u.reclaimable = reclaimable;
    u.doubtful = doubtful;
    u.explanation = why;
    return u;
}

quint64 pages(quint64 bytes, quint64 pageSize) {
    return pageSize ? (bytes + pageSize - 1) / pageSize : 0;
}

} // namespace

Level usageLevel(quint64 used, const std::optional<quint64>& limit) {
    if (!limit)
        return Level::Ok;
    // Integer arithmetic: limits near 2^64 must not lose precision as doubles.
    const quint64 l = *limit;
    if (l == 0)
        return used > 0 ? Level::Critical : Level::Ok;
    if (used >= l || used >= l / 100 * 95 + (l % 100) * 95 / 100)
        return Level::Critical;
    if (used >= l / 100 * 80 + (l % 100) * 80 / 100)
        return Level::Warning;
    return Level::Ok;
}

bool limitsTheTotal(QStringView field) {
    static const QStringList totals = {u"SEMMNI"_s, u"SEMMNS"_s, u"SHMMNI"_s,
                                       u"SHMALL"_s, u"MSGMNI"_s, u"MQ_QUEUES_MAX"_s};
    return totals.contains(field);
}

QList<LimitUsage> limitUsage(const Snapshot& s, const QList<ObjectVerdict>& verdicts) {
    const quint64 page = s.host.pageSize ? s.host.pageSize : 4096;
    quint64 semsTotal = 0, largestSet = 0, shmPages = 0, largestSegment = 0;
    for (const SemaphoreSet& set : s.semaphores) {
        semsTotal += quint64(std::max(set.nsems, 0));
        largestSet = std::max(largestSet, quint64(std::max(set.nsems, 0)));
    }
    for (const SharedMemorySegment& seg : s.sharedMemory) {
        shmPages += pages(seg.size, page);
        largestSegment = std::max(largestSegment, seg.size);
    }

    // What orphaned objects hold (a cleanup frees it), and what possibly orphaned ones hold (freed
    // if a person finds them to be leftovers).
    struct Held {
        quint64 sets = 0, sems = 0, segments = 0, pages = 0, queues = 0, mq = 0;
    };
    Held orphan, possibly;
    for (const ObjectVerdict& v : verdicts) {
        if (v.verdict != Verdict::Orphaned && v.verdict != Verdict::PossiblyOrphaned)
            continue;
        Held& held = v.verdict == Verdict::Orphaned ? orphan : possibly;
        const int i = v.ref.index;
        switch (v.ref.type) {
        case ObjectType::Semaphore:
            if (i >= 0 && i < s.semaphores.size()) {
                ++held.sets;
                held.sems += quint64(std::max(s.semaphores.at(i).nsems, 0));
            }
            break;
        case ObjectType::SharedMemory:
            if (i >= 0 && i < s.sharedMemory.size()) {
                ++held.segments;
                held.pages += pages(s.sharedMemory.at(i).size, page);
            }
            break;
        case ObjectType::MessageQueue:
            ++held.queues;
            break;
        case ObjectType::PosixMqueue:
            ++held.mq;
            break;
        default:
            break;
        }
    }

    // The fullest queue relative to its own byte limit (msg_qbytes starts as MSGMNB).
    quint64 fullestUsed = 0;
    std::optional<quint64> fullestLimit = s.limits.msgmnb;
    double fullestRatio = -1;
    for (const MessageQueue& q : s.messageQueues) {
        const std::optional<quint64> limit = q.qbytes ? q.qbytes : s.limits.msgmnb;
        const double ratio = limit && *limit ? double(q.cbytes) / double(*limit) : 0.0;
        if (ratio > fullestRatio) {
            fullestRatio = ratio;
            fullestUsed = q.cbytes;
            fullestLimit = limit;
        }
    }

    const QString sem = u"kernel.sem"_s;
    QList<LimitUsage> out;
    out << make(sem, u"SEMMNI"_s, u"sets"_s, quint64(s.semaphores.size()), s.limits.semmni,
                orphan.sets, Tr::tr("semaphore sets on the system"), possibly.sets);
    out << make(sem, u"SEMMNS"_s, u"semaphores"_s, semsTotal, s.limits.semmns, orphan.sems,
                Tr::tr("semaphores in all sets together"), possibly.sems);
    out << make(sem, u"SEMMSL"_s, u"semaphores"_s, largestSet, s.limits.semmsl, 0,
                Tr::tr("semaphores in the largest set (the limit applies to each set)"));
    out << make(u"kernel.shmmni"_s, u"SHMMNI"_s, u"segments"_s, quint64(s.sharedMemory.size()),
                s.limits.shmmni, orphan.segments, Tr::tr("shared memory segments on the system"),
                possibly.segments);
    out << make(u"kernel.shmall"_s, u"SHMALL"_s, u"pages"_s, shmPages, s.limits.shmall,
                orphan.pages, Tr::tr("pages of all shared memory segments together"),
                possibly.pages);
    out << make(u"kernel.shmmax"_s, u"SHMMAX"_s, u"bytes"_s, largestSegment, s.limits.shmmax, 0,
                Tr::tr("size of the largest segment (the limit applies to each segment)"));
    out << make(u"kernel.msgmni"_s, u"MSGMNI"_s, u"queues"_s, quint64(s.messageQueues.size()),
                s.limits.msgmni, orphan.queues, Tr::tr("message queues on the system"),
                possibly.queues);
    out << make(u"kernel.msgmnb"_s, u"MSGMNB"_s, u"bytes"_s, fullestUsed, fullestLimit, 0,
                Tr::tr("bytes waiting in the fullest message queue (each queue has its own limit, "
                       "which starts as MSGMNB)"));
    out << make(u"fs.mqueue.queues_max"_s, u"MQ_QUEUES_MAX"_s, u"queues"_s,
                quint64(s.posixMqueues.size()), s.limits.mqQueuesMax, orphan.mq,
                Tr::tr("POSIX message queues (processes with CAP_SYS_RESOURCE may exceed it)"),
                possibly.mq);
    return out;
}

} // namespace ipcscope::analysis
