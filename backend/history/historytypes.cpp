// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/historytypes.h"

#include <QSet>

namespace ipcscope {

namespace {

template <typename Value>
QList<QPointF> line(const QList<HistorySample>& samples, Value value) {
    QList<QPointF> points;
    points.reserve(samples.size());
    for (const HistorySample& sample : samples) {
        if (const std::optional<double> y = value(sample))
            points.append(QPointF(double(sample.time) * 1000.0, *y));
    }
    return points;
}

} // namespace

int HistorySample::count(ObjectType type) const {
    switch (type) {
    case ObjectType::Semaphore:
        return semaphoreSets;
    case ObjectType::SharedMemory:
        return segments;
    case ObjectType::MessageQueue:
        return queues;
    case ObjectType::PosixShm:
        return posixShm;
    case ObjectType::PosixSemaphore:
        return posixSemaphores;
    case ObjectType::PosixMqueue:
        return posixMqueues;
    }
    return 0;
}

int HistorySample::count(Verdict verdict) const {
    switch (verdict) {
    case Verdict::InUse:
        return inUse;
    case Verdict::Orphaned:
        return orphaned;
    case Verdict::PossiblyOrphaned:
        return possiblyOrphaned;
    case Verdict::Unknown:
        return unknown;
    }
    return 0;
}

QList<QPointF> HistorySeries::countLine(ObjectType type) const {
    return line(samples,
                [type](const HistorySample& s) -> std::optional<double> { return s.count(type); });
}

QList<QPointF> HistorySeries::verdictLine(Verdict verdict) const {
    return line(samples, [verdict](const HistorySample& s) -> std::optional<double> {
        return s.count(verdict);
    });
}

// A sample without that limit (not readable then) leaves a gap instead of a false zero.
QList<QPointF> HistorySeries::limitPercentLine(const QString& field) const {
    return line(samples, [&field](const HistorySample& s) -> std::optional<double> {
        const auto it = s.limits.constFind(field);
        if (it == s.limits.cend() || !it->limit)
            return std::nullopt;
        return it->percent();
    });
}

QList<QPointF> HistorySeries::limitUsedLine(const QString& field) const {
    return line(samples, [&field](const HistorySample& s) -> std::optional<double> {
        const auto it = s.limits.constFind(field);
        if (it == s.limits.cend())
            return std::nullopt;
        return double(it->used);
    });
}

// An owner without objects in a sample had no orphans then: zero, not a gap.
QList<QPointF> HistorySeries::orphansLine(uint uid) const {
    return line(samples, [uid](const HistorySample& s) -> std::optional<double> {
        const auto it = s.owners.constFind(uid);
        return it == s.owners.cend() ? 0.0 : double(it->orphaned + it->possiblyOrphaned);
    });
}

QStringList HistorySeries::limitFields() const {
    QStringList fields;
    QSet<QString> seen;
    for (const HistorySample& sample : samples) {
        for (auto it = sample.limits.cbegin(); it != sample.limits.cend(); ++it) {
            if (!seen.contains(it.key())) {
                seen.insert(it.key());
                fields.append(it.key());
            }
        }
    }
    return fields;
}

QList<uint> HistorySeries::owners() const {
    QList<uint> uids;
    QSet<uint> seen;
    for (const HistorySample& sample : samples) {
        for (auto it = sample.owners.cbegin(); it != sample.owners.cend(); ++it) {
            if (!seen.contains(it.key())) {
                seen.insert(it.key());
                uids.append(it.key());
            }
        }
    }
    std::sort(uids.begin(), uids.end());
    return uids;
}

} // namespace ipcscope
