// SPDX-License-Identifier: GPL-3.0-or-later
// What the history keeps per snapshot, and series of it shaped for line charts. Plain values.
#pragma once

#include "analysis/report.h"

#include <QList>
#include <QMap>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace ipcscope {

struct HistoryLimitSample {
    quint64 used = 0;
    std::optional<quint64> limit; // values beyond INT64_MAX are kept as INT64_MAX ("unlimited")
    double percent() const { return limit && *limit ? 100.0 * double(used) / double(*limit) : 0; }
};

struct HistoryOwnerSample {
    uint uid = 0;
    QString owner;
    int objects = 0;
    int orphaned = 0;
    int possiblyOrphaned = 0;
};

// One summary row: a snapshot of one host.
struct HistorySample {
    qint64 time = 0; // Unix seconds (the host's clock when the snapshot was taken)
    int semaphoreSets = 0;
    qint64 semaphores = 0;
    int segments = 0;
    quint64 segmentBytes = 0;
    int queues = 0;
    quint64 messages = 0;
    int posixShm = 0;
    int posixSemaphores = 0;
    int posixMqueues = 0;
    int inUse = 0;
    int orphaned = 0;
    int possiblyOrphaned = 0;
    int unknown = 0;
    QMap<QString, HistoryLimitSample> limits; // by field: "SEMMNI", "SHMALL", …
    QMap<uint, HistoryOwnerSample> owners;    // by uid

    int count(ObjectType type) const;
    int count(Verdict verdict) const;
};

// Samples of one host in a time range, oldest first, with lines for QLineSeries: x is
// milliseconds since the epoch (what QDateTimeAxis expects), y the value.
struct HistorySeries {
    QString hostId;
    QList<HistorySample> samples;

    QList<QPointF> countLine(ObjectType type) const;
    QList<QPointF> verdictLine(Verdict verdict) const;
    QList<QPointF> limitPercentLine(const QString& field) const; // used / limit in percent
    QList<QPointF> limitUsedLine(const QString& field) const;
    QList<QPointF> orphansLine(uint uid) const; // orphaned + possibly orphaned of one owner
    QStringList limitFields() const;            // every field seen in the range
    QList<uint> owners() const;                 // every owner uid seen in the range
};

// How much history is kept. 0 disables a bound.
struct HistoryRetention {
    int days = 90;
    int maxSamplesPerHost = 50'000;
};

} // namespace ipcscope
