// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/advisor.h"

#include "analysis/analysistr.h"
#include "analysis/context.h"
#include "analysis/limits.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

const QString kPostgresRef = u"PostgreSQL 15 documentation, 19.4.1 Shared Memory and Semaphores"_s;
const QString kOracleRef =
    u"Oracle Database 19c Installation Guide for Linux, Minimum Parameter Settings for Installation"_s;
const QString kDb2Ref = u"IBM Db2 11.5 documentation, Kernel parameter requirements (Linux)"_s;
const QString kHeadroomRef = u"IPC Scope headroom rule: raise a limit used to 80 % or more"_s;
const QString kKernelRef = u"Linux kernel defaults (include/uapi/linux/sem.h, shm.h, msg.h)"_s;

using Field = LimitField;

const QList<Field>& fields() {
    using namespace kerneldefaults;
    static const QList<Field> table = {
        {"SEMMSL"_L1, "kernel.sem"_L1, &Limits::semmsl, semmsl, INT_MAX},
        {"SEMMNS"_L1, "kernel.sem"_L1, &Limits::semmns, semmns, INT_MAX},
        {"SEMOPM"_L1, "kernel.sem"_L1, &Limits::semopm, semopm, INT_MAX},
        {"SEMMNI"_L1, "kernel.sem"_L1, &Limits::semmni, semmni, ipcmni},
        {"SHMMAX"_L1, "kernel.shmmax"_L1, &Limits::shmmax, shmmax, shmmax},
        {"SHMALL"_L1, "kernel.shmall"_L1, &Limits::shmall, shmall, shmall},
        {"SHMMNI"_L1, "kernel.shmmni"_L1, &Limits::shmmni, shmmni, ipcmni},
        {"MSGMAX"_L1, "kernel.msgmax"_L1, &Limits::msgmax, msgmax, INT_MAX},
        {"MSGMNB"_L1, "kernel.msgmnb"_L1, &Limits::msgmnb, msgmnb, INT_MAX},
        {"MSGMNI"_L1, "kernel.msgmni"_L1, &Limits::msgmni, msgmni, ipcmni},
        {"MQ_QUEUES_MAX"_L1, "fs.mqueue.queues_max"_L1, &Limits::mqQueuesMax, mqQueuesMax, INT_MAX},
    };
    return table;
}

struct Requirement {
    quint64 value = 0;
    QString reason;
    QString reference;
};

class Requirements {
public:
    void add(QLatin1StringView field, quint64 value, const QString& reason, const QString& ref) {
        // Per field the largest requirement wins; on a tie the first (more specific) stays.
        auto it = m_byField.find(QString(field));
        if (it == m_byField.end() || value > it->value)
            m_byField.insert(QString(field), Requirement{value, reason, ref});
    }
    const Requirement* find(QLatin1StringView field) const {
        auto it = m_byField.constFind(QString(field));
        return it == m_byField.cend() ? nullptr : &*it;
    }

private:
    QHash<QString, Requirement> m_byField;
};

const LimitUsage* usageOf(const AdvisorInput& in, QLatin1StringView field) {
    for (const LimitUsage& u : in.usage)
        if (u.field == field)
            return &u;
    return nullptr;
}

quint64 liveUse(const AdvisorInput& in, QLatin1StringView field) {
    const LimitUsage* u = usageOf(in, field);
    return u ? u->used - std::min(u->used, u->reclaimable) : 0;
}

void addHeadroom(const AdvisorInput& in, Requirements& req) {
    for (const Field& f : fields()) {
        if (!analysis::limitsTheTotal(QString(f.field)))
            continue;
        const QLatin1StringView field = f.field;
        const LimitUsage* u = usageOf(in, field);
        if (!u || !u->limit || *u->limit == 0)
            continue;
        // Orphans are cleaned, not budgeted for: only what is really used asks for headroom.
        const quint64 live = liveUse(in, field);
        // usageLevel() stays exact for limits near 2^64 (SHMALL's default), where limit * 4
        // would overflow.
        if (analysis::usageLevel(live, u->limit) == Level::Ok) // below 80 %
            continue;
        const int percent = int(double(live) * 100.0 / double(*u->limit));
        // Possibly orphaned objects are counted as used (they may be), but a person should look
        // at them before the limit is raised for them: leftovers among them are cleaned up.
        const quint64 doubtful = std::min(u->doubtful, live);
        const QString reason =
            doubtful == 0
                ? Tr::tr("%1 of %2 %3 are used by objects that are not orphaned (%4 %); twice the "
                         "use leaves room to grow.")
                      .arg(live)
                      .arg(*u->limit)
                      .arg(analysis::unitName(u->unit, *u->limit))
                      .arg(percent)
                : Tr::tr("%1 of %2 %3 are held by objects that are not known to be orphaned (%4 "
                         "%); %5 of them are possibly orphaned (their owner still runs other "
                         "programs). Check those first and clean up the leftovers; raise the "
                         "limit only for what is really in use, with twice the use as room to "
                         "grow.")
                      .arg(live)
                      .arg(*u->limit)
                      .arg(analysis::unitName(u->unit, *u->limit))
                      .arg(percent)
                      .arg(doubtful);
        req.add(field, std::max(live * 2, live + 1), reason, kHeadroomRef);
    }
}

// What the headroom rule asks for `live` objects: twice the use (at least one more).
quint64 withHeadroom(quint64 live) {
    return std::max(live * 2, live + 1);
}

void describeUsage(const AdvisorInput& in, Suggestion& s) {
    const LimitUsage* u = usageOf(in, QLatin1StringView(s.field.toLatin1()));
    if (!u)
        return;
    s.level = analysis::usageLevel(u->used, u->limit);
    s.orphaned = u->reclaimable;
    s.enoughAfterCleanup = withHeadroom(liveUse(in, QLatin1StringView(s.field.toLatin1())));
}

// What to suggest for a need of `needed`: at least the field's floor (the default of current
// kernels) and at most its cap (what the kernel accepts); when either changed the figure, the
// reason (and for the floor the reference) says so.
quint64 bounded(const Field& f, quint64 needed, QString& reason, QString& reference) {
    const quint64 value = std::max(needed, f.floor);
    if (value > f.cap) {
        reason = Tr::tr("%1 The kernel accepts at most %2 (more needs the ipcmni_extend boot "
                        "option).")
                     .arg(reason)
                     .arg(f.cap);
        return f.cap;
    }
    if (value > needed) {
        reason = Tr::tr("%1 %2 is the default of current kernels, and a suggestion never goes "
                        "below it.")
                     .arg(reason)
                     .arg(value);
        reference = Tr::tr("%1; %2").arg(reference, kKernelRef);
    }
    return value;
}

Suggestion cleanUpFirst(const AdvisorInput& in, const Field& f, quint64 current,
                        const LimitUsage& u) {
    Suggestion s;
    s.kind = Suggestion::Kind::CleanUpFirst;
    s.parameter = QString(f.parameter);
    s.field = QString(f.field);
    s.current = current;
    s.level = analysis::usageLevel(u.used, u.limit);
    s.orphaned = u.reclaimable;
    const quint64 live = liveUse(in, f.field);
    // Below 80 % after the cleanup (or the headroom rule would have raised it): the current
    // limit is enough, and so is the headroom figure when it is smaller.
    s.enoughAfterCleanup = std::min(withHeadroom(live), current);
    const quint64 recurring = withHeadroom(live) + u.reclaimable;
    quint64 value = std::max(recurring, f.floor);
    QString reason =
        Tr::tr("%1 of %2 %3 are held by orphaned objects, %4 by objects in use. Clean up first; "
               "then %5 would be enough.")
            .arg(u.reclaimable)
            .arg(current)
            .arg(analysis::unitName(u.unit, current))
            .arg(live)
            .arg(s.enoughAfterCleanup);
    QString reference = kHeadroomRef;
    if (value > f.cap) {
        value = f.cap;
        reason = Tr::tr("%1 If the same leak recurs, %2 should be %3 (the %4 in use with room to "
                        "grow, plus the %5 orphaned ones seen this time), but the kernel accepts "
                        "at most %6 (more needs the ipcmni_extend boot option).")
                     .arg(reason, QString(f.field))
                     .arg(recurring)
                     .arg(live)
                     .arg(u.reclaimable)
                     .arg(f.cap);
    } else if (value > recurring) {
        // The leak alone would ask for less than current kernels give by default: one figure,
        // the default, and why it is not the smaller one.
        reason = Tr::tr("%1 If the same leak recurs, %2 should be %3, the default of current "
                        "kernels (the %4 in use with room to grow, plus the %5 orphaned ones "
                        "seen this time, would need %6; a suggestion never goes below the "
                        "default).")
                     .arg(reason, QString(f.field))
                     .arg(value)
                     .arg(live)
                     .arg(u.reclaimable)
                     .arg(recurring);
        reference = Tr::tr("%1; %2").arg(reference, kKernelRef);
    } else {
        reason = Tr::tr("%1 If the same leak recurs, %2 should be %3: the %4 in use with room to "
                        "grow, plus the %5 orphaned ones seen this time.")
                     .arg(reason, QString(f.field))
                     .arg(value)
                     .arg(live)
                     .arg(u.reclaimable);
    }
    s.suggested = std::max(value, current);
    s.reason = reason;
    s.reference = reference;
    return s;
}

void addPostgres(const AdvisorInput& in, Requirements& req) {
    const PostgresSettings& pg = in.postgres;
    const quint64 sets = postgresSemaphoreSets(pg);
    const QString formula = Tr::tr("ceil((max_connections %1 + autovacuum_max_workers %2 + "
                                   "max_wal_senders %3 + max_worker_processes %4 + 5) / 16) = %5")
                                .arg(pg.maxConnections)
                                .arg(pg.autovacuumMaxWorkers)
                                .arg(pg.maxWalSenders)
                                .arg(pg.maxWorkerProcesses)
                                .arg(sets);
    const quint64 usedSets = liveUse(in, "SEMMNI"_L1);
    const quint64 usedSems = liveUse(in, "SEMMNS"_L1);
    req.add("SEMMNI"_L1, sets + usedSets,
            Tr::tr("PostgreSQL needs %1 semaphore sets, plus the %2 in use.")
                .arg(formula)
                .arg(usedSets),
            kPostgresRef);
    req.add("SEMMNS"_L1, sets * 17 + usedSems,
            Tr::tr("PostgreSQL needs %1 × 17 semaphores, plus the %2 in use.")
                .arg(formula)
                .arg(usedSems),
            kPostgresRef);
    req.add("SEMMSL"_L1, 17, Tr::tr("PostgreSQL needs sets of 17 semaphores."), kPostgresRef);
    req.add("SHMMNI"_L1, 1 + liveUse(in, "SHMMNI"_L1),
            Tr::tr("PostgreSQL needs one segment, plus the segments in use."), kPostgresRef);
}

void addAll(const QList<LimitRequirement>& list, Requirements& req) {
    for (const LimitRequirement& r : list)
        req.add(QLatin1StringView(r.field.toLatin1()), r.value, r.reason, r.reference);
}

} // namespace

const QList<LimitField>& limitFields() {
    return fields();
}

const LimitField* limitField(QStringView field) {
    for (const LimitField& f : fields())
        if (f.field == field)
            return &f;
    return nullptr;
}

QList<LimitRequirement> oracleRequirements(quint64 memTotal, quint64 pageSize) {
    QList<LimitRequirement> out;
    const QString why = Tr::tr("Oracle Database requires at least %1.");
    static const std::pair<const char*, int> minimums[] = {
        {"SEMMSL", 250}, {"SEMMNS", 32000}, {"SEMOPM", 100}, {"SEMMNI", 128}, {"SHMMNI", 4096}};
    for (const auto& [field, value] : minimums)
        out.append({QLatin1StringView(field), quint64(value), why.arg(value), kOracleRef});
    if (memTotal) {
        out.append({u"SHMMAX"_s, memTotal / 2,
                    Tr::tr("Oracle Database requires half the physical memory (%1 bytes).")
                        .arg(memTotal / 2),
                    kOracleRef});
        const quint64 page = pageSize ? pageSize : 4096;
        const quint64 pages = memTotal / 5 * 2 / page;
        out.append({u"SHMALL"_s, pages,
                    Tr::tr("Oracle Database requires 40 % of the physical memory in pages of %1 "
                           "bytes: %2.")
                        .arg(page)
                        .arg(pages),
                    kOracleRef});
    }
    return out;
}

QList<LimitRequirement> db2Requirements(quint64 memTotal, quint64 pageSize) {
    QList<LimitRequirement> out;
    if (!memTotal)
        return out;
    using kerneldefaults::ipcmni;
    const quint64 gib = ramGiB(memTotal);
    const quint64 page = pageSize ? pageSize : 4096;
    const QString perGb = Tr::tr("Db2 requires %1 per GB of RAM (%2 GB): %3.");
    const QString fixed = Tr::tr("Db2 requires %1.");
    out.append({u"SEMMNI"_s, std::min(256 * gib, ipcmni),
                perGb.arg(256).arg(gib).arg(std::min(256 * gib, ipcmni)), kDb2Ref});
    out.append({u"SEMMSL"_s, 250, fixed.arg(250), kDb2Ref});
    out.append({u"SEMMNS"_s, 256000, fixed.arg(256000), kDb2Ref});
    out.append({u"SEMOPM"_s, 32, fixed.arg(32), kDb2Ref});
    out.append({u"SHMMNI"_s, std::min(256 * gib, ipcmni),
                perGb.arg(256).arg(gib).arg(std::min(256 * gib, ipcmni)), kDb2Ref});
    out.append({u"SHMMAX"_s, memTotal,
                Tr::tr("Db2 requires the size of the RAM (%1 bytes).").arg(memTotal), kDb2Ref});
    out.append({u"SHMALL"_s, 2 * memTotal / page,
                Tr::tr("Db2 requires twice the RAM in pages of %1 bytes: %2.")
                    .arg(page)
                    .arg(2 * memTotal / page),
                kDb2Ref});
    out.append({u"MSGMNI"_s, std::min(1024 * gib, ipcmni),
                perGb.arg(1024).arg(gib).arg(std::min(1024 * gib, ipcmni)), kDb2Ref});
    out.append({u"MSGMAX"_s, 65536, fixed.arg(65536), kDb2Ref});
    out.append({u"MSGMNB"_s, 65536, fixed.arg(65536), kDb2Ref});
    return out;
}

quint64 postgresSemaphoreSets(const PostgresSettings& s) {
    const qint64 n = qint64(s.maxConnections) + s.autovacuumMaxWorkers + s.maxWalSenders +
                     s.maxWorkerProcesses + 5;
    return n <= 0 ? 0 : quint64((n + 15) / 16);
}

quint64 ramGiB(quint64 memTotal) {
    constexpr quint64 gib = 1024ull * 1024 * 1024;
    return std::max<quint64>(1, (memTotal + gib - 1) / gib);
}

QList<Suggestion> suggestLimits(const AdvisorInput& in) {
    Requirements req;
    addHeadroom(in, req);
    if (in.workloads.contains(u"postgresql"_s))
        addPostgres(in, req);
    if (in.workloads.contains(u"oracle"_s))
        addAll(oracleRequirements(in.memTotal, in.pageSize), req);
    if (in.workloads.contains(u"db2"_s))
        addAll(db2Requirements(in.memTotal, in.pageSize), req);

    QList<Suggestion> out;
    for (const Field& f : fields()) {
        const Requirement* r = req.find(f.field);
        const std::optional<quint64> current = in.limits.*(f.member);
        if (!r || !current || r->value <= *current)
            continue;
        QString reason = r->reason;
        QString reference = r->reference;
        const quint64 value = bounded(f, r->value, reason, reference);
        if (value <= *current)
            continue; // never lower
        Suggestion s;
        s.parameter = QString(f.parameter);
        s.field = QString(f.field);
        s.current = *current;
        s.suggested = value;
        s.reason = reason;
        s.reference = reference;
        describeUsage(in, s);
        out.append(s);
    }
    // A limit full because of orphaned objects: never "nothing to change" next to it.
    QList<Suggestion> sorted;
    for (const Field& f : fields()) {
        auto raised = std::find_if(out.cbegin(), out.cend(),
                                   [&](const Suggestion& s) { return s.field == f.field; });
        if (raised != out.cend()) {
            sorted.append(*raised);
            continue;
        }
        const std::optional<quint64> current = in.limits.*(f.member);
        const LimitUsage* u = usageOf(in, f.field);
        if (current && u && u->reclaimable > 0 &&
            analysis::usageLevel(u->used, u->limit) != Level::Ok)
            sorted.append(cleanUpFirst(in, f, *current, *u));
    }
    return sorted;
}

QString sysctlSnippet(const QList<Suggestion>& suggestions, const Limits& current,
                      const QString& hostname) {
    // A limit to clean up first is not pinned in a file: the cleanup is the change.
    const bool any = std::any_of(suggestions.cbegin(), suggestions.cend(), [](const Suggestion& s) {
        return s.kind == Suggestion::Kind::Raise;
    });
    if (!any)
        return {};
    auto suggested = [&](QLatin1StringView field) -> const Suggestion* {
        for (const Suggestion& s : suggestions)
            if (s.field == field && s.kind == Suggestion::Kind::Raise)
                return &s;
        return nullptr;
    };
    QString out;
    out += Tr::tr("# Kernel IPC limits suggested by IPC Scope for %1.").arg(hostname) + u'\n';
    out +=
        Tr::tr("# Save as /etc/sysctl.d/90-ipcscope.conf and load with: sysctl --system") + u'\n';

    QStringList done;
    for (const Field& f : fields()) {
        const QString parameter(f.parameter);
        if (done.contains(parameter))
            continue;
        QList<const Field*> group;
        for (const Field& g : fields())
            if (g.parameter == f.parameter)
                group.append(&g);
        bool changed = false;
        for (const Field* g : group)
            changed = changed || suggested(g->field);
        if (!changed)
            continue;
        done.append(parameter);
        out += u'\n';
        QStringList values;
        for (const Field* g : group) {
            const Suggestion* s = suggested(g->field);
            const std::optional<quint64> cur = current.*(g->member);
            if (s) {
                out += Tr::tr("# %1: %2 -> %3. %4 (%5)")
                           .arg(QString(g->field))
                           .arg(s->current)
                           .arg(s->suggested)
                           .arg(s->reason, s->reference) +
                       u'\n';
                values.append(QString::number(s->suggested));
            } else {
                // kernel.sem is written as one line: unchanged fields keep their value.
                values.append(QString::number(cur.value_or(g->floor)));
            }
        }
        if (group.size() > 1)
            out += Tr::tr("# Fields: %1").arg([&] {
                QStringList names;
                for (const Field* g : group)
                    names.append(QString(g->field));
                return names.join(u' ');
            }()) + u'\n';
        out += parameter + u" = "_s + values.join(u' ') + u'\n';
    }
    return out;
}

} // namespace ipcscope
