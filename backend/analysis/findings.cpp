// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/findings.h"

#include "analysis/analysistr.h"
#include "analysis/context.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ipcscope::analysis {

namespace {

// "4 semaphore sets" when all are of one type, else "6 objects".
QString countPhrase(const QList<const ObjectVerdict*>& objects) {
    const int n = int(objects.size());
    bool oneType = true;
    for (const ObjectVerdict* o : objects)
        oneType = oneType && o->ref.type == objects.first()->ref.type;
    if (!oneType || objects.isEmpty())
        return Tr::tr("%n object(s)", nullptr, n);
    switch (objects.first()->ref.type) {
    case ObjectType::Semaphore:
        return Tr::tr("%n semaphore set(s)", nullptr, n);
    case ObjectType::SharedMemory:
        return Tr::tr("%n shared memory segment(s)", nullptr, n);
    case ObjectType::MessageQueue:
        return Tr::tr("%n message queue(s)", nullptr, n);
    case ObjectType::PosixShm:
        return Tr::tr("%n POSIX shared memory object(s)", nullptr, n);
    case ObjectType::PosixSemaphore:
        return Tr::tr("%n POSIX semaphore(s)", nullptr, n);
    case ObjectType::PosixMqueue:
        return Tr::tr("%n POSIX message queue(s)", nullptr, n);
    }
    return Tr::tr("%n object(s)", nullptr, n);
}

QList<ObjectRef> refs(const QList<const ObjectVerdict*>& objects) {
    QList<ObjectRef> out;
    out.reserve(objects.size());
    for (const ObjectVerdict* o : objects)
        out.append(o->ref);
    return out;
}

Finding make(Level level, const QString& code, const QString& text, Finding::Action action,
             const QList<ObjectRef>& objects = {}) {
    Finding f;
    f.level = level;
    f.code = code;
    f.text = text;
    f.action = action;
    f.objects = objects;
    return f;
}

bool hasReason(const ObjectVerdict& v, QLatin1StringView code) {
    for (const Reason& r : v.reasons)
        if (r.code == code)
            return true;
    return false;
}

ObjectType typeOfLimit(const QString& field) {
    if (field.startsWith("SEM"_L1))
        return ObjectType::Semaphore;
    if (field.startsWith("SHM"_L1))
        return ObjectType::SharedMemory;
    if (field.startsWith("MSG"_L1))
        return ObjectType::MessageQueue;
    return ObjectType::PosixMqueue;
}

} // namespace

QList<Finding> findingsFor(const Report& report) {
    QMap<QString, QList<const ObjectVerdict*>> orphansBySoftware; // id -> objects
    QMap<uint, QList<const ObjectVerdict*>> orphansByOwner;       // unrecognised ones
    QList<const ObjectVerdict*> possibly, noDetail, unknown;
    QMap<ObjectType, QList<const ObjectVerdict*>> orphansByType;
    for (const ObjectVerdict& v : report.objects) {
        switch (v.verdict) {
        case Verdict::Orphaned:
            orphansByType[v.ref.type].append(&v);
            if (!v.software.isEmpty())
                orphansBySoftware[v.software].append(&v);
            else
                orphansByOwner[v.uid].append(&v);
            break;
        case Verdict::PossiblyOrphaned:
            possibly.append(&v);
            break;
        case Verdict::Unknown:
            if (hasReason(v, "marked_for_removal"_L1))
                break; // going away by itself
            (hasReason(v, "no_detail"_L1) ? noDetail : unknown).append(&v);
            break;
        case Verdict::InUse:
            break;
        }
    }

    const qint64 now = report.snapshot.host.time;
    QList<Finding> critical, warnings, infos;

    for (const LimitUsage& l : report.limits) {
        if (l.level == Level::Ok || !l.limit)
            continue;
        const int percent = int(l.ratio() * 100.0);
        const QList<const ObjectVerdict*> freeable = orphansByType.value(typeOfLimit(l.field));
        Finding f;
        if (l.reclaimable > 0 && !freeable.isEmpty())
            f = make(l.level, u"limit_usage"_s,
                     Tr::tr("%1 is %2 % used (%3 of %4 %5); cleaning up the orphaned objects frees "
                            "%6 of them.")
                         .arg(l.field)
                         .arg(percent)
                         .arg(l.used)
                         .arg(*l.limit)
                         .arg(unitName(l.unit, *l.limit))
                         .arg(l.reclaimable),
                     Finding::Action::Clean, refs(freeable));
        else
            f = make(l.level, u"limit_usage"_s,
                     Tr::tr("%1 is %2 % used (%3 of %4 %5).")
                         .arg(l.field)
                         .arg(percent)
                         .arg(l.used)
                         .arg(*l.limit)
                         .arg(unitName(l.unit, *l.limit)),
                     Finding::Action::Explain);
        f.field = l.field;
        (l.level == Level::Critical ? critical : warnings).append(f);
    }

    for (auto it = orphansBySoftware.cbegin(); it != orphansBySoftware.cend(); ++it) {
        const Software* sw = nullptr;
        for (const Software& s : report.software)
            if (s.id == it.key())
                sw = &s;
        if (!sw)
            continue;
        const QString text =
            sw->running ? Tr::tr("%1 left behind by %2, which was restarted at %3")
                              .arg(countPhrase(*it), sw->name, formatTime(sw->runningSince, now))
                        : Tr::tr("%1 left behind by %2, which is not running")
                              .arg(countPhrase(*it), sw->name);
        warnings.append(
            make(Level::Warning, u"software_orphans"_s, text, Finding::Action::Clean, refs(*it)));
        if (!sw->rootCause.isEmpty())
            infos.append(make(Level::Warning, u"root_cause"_s, sw->rootCause,
                              Finding::Action::Explain, refs(*it)));
    }
    for (auto it = orphansByOwner.cbegin(); it != orphansByOwner.cend(); ++it) {
        const QString owner =
            it->first()->owner.isEmpty() ? QString::number(it.key()) : it->first()->owner;
        warnings.append(make(Level::Warning, u"owner_orphans"_s,
                             Tr::tr("Left behind by user %2: %1 whose processes exited; %2 runs no "
                                    "processes")
                                 .arg(countPhrase(*it), owner),
                             Finding::Action::Clean, refs(*it)));
    }
    if (!possibly.isEmpty())
        warnings.append(
            make(Level::Warning, u"possibly_orphaned"_s,
                 Tr::tr("Possibly orphaned: %1 whose processes exited while the owner still "
                        "runs other processes")
                     .arg(countPhrase(possibly)),
                 Finding::Action::ShowObjects, refs(possibly)));
    const auto raise =
        std::count_if(report.suggestions.cbegin(), report.suggestions.cend(),
                      [](const Suggestion& s) { return s.kind == Suggestion::Kind::Raise; });
    if (raise > 0)
        warnings.append(make(Level::Warning, u"limits_to_raise"_s,
                             Tr::tr("%n kernel limit(s) should be raised", nullptr, int(raise)),
                             Finding::Action::Explain));
    if (!noDetail.isEmpty())
        infos.append(
            make(Level::Ok, u"unknown_no_detail"_s,
                 report.snapshot.mode == SnapshotMode::Agentless
                     ? Tr::tr("%1 could not be judged: read without the helper, which "
                              "processes use them is not known")
                           .arg(countPhrase(noDetail))
                 : report.snapshot.host.euid == 0
                     ? Tr::tr("%1 could not be judged without per-semaphore detail, which "
                              "could not be read even as root")
                           .arg(countPhrase(noDetail))
                     : Tr::tr("%1 could not be judged without per-semaphore detail: run as "
                              "root (e.g. with --sudo)")
                           .arg(countPhrase(noDetail)),
                 Finding::Action::Explain, refs(noDetail)));
    if (!unknown.isEmpty())
        infos.append(make(Level::Ok, u"unknown"_s,
                          Tr::tr("%1 could not be judged: the snapshot could not see enough (the "
                                 "reasons say what is missing)")
                              .arg(countPhrase(unknown)),
                          Finding::Action::ShowObjects, refs(unknown)));
    if (report.snapshot.mode == SnapshotMode::Agentless)
        infos.append(
            make(Level::Warning, u"agentless"_s,
                 Tr::tr("Read without the helper: no per-semaphore detail, fewer verdicts, "
                        "and no cleanup"),
                 Finding::Action::Explain));

    QList<Finding> out = critical + warnings + infos;
    if (critical.isEmpty() && warnings.isEmpty())
        out.prepend(
            make(Level::Ok, u"all_clear"_s,
                 Tr::tr("Nothing to clean up: no orphaned objects, and every limit has room"),
                 Finding::Action::None));
    return out;
}

} // namespace ipcscope::analysis
