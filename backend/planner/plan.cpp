// SPDX-License-Identifier: GPL-3.0-or-later
#include "planner/plan.h"

#include "analysis/context.h"
#include "planner/plannertr.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ipcscope::planner {

namespace {

quint64 addSaturated(quint64 a, quint64 b) {
    return a > ~quint64(0) - b ? ~quint64(0) : a + b;
}

QString unitOf(QStringView field) {
    if (field == u"SEMMNI")
        return u"sets"_s;
    if (field.startsWith(u"SEM"))
        return field == u"SEMOPM" ? u"operations"_s : u"semaphores"_s;
    if (field == u"SHMMNI")
        return u"segments"_s;
    if (field == u"SHMALL")
        return u"pages"_s;
    if (field == u"MSGMNI" || field == u"MQ_QUEUES_MAX")
        return u"queues"_s;
    return u"bytes"_s;
}

} // namespace

const FieldPlan* Proposal::find(QStringView field) const {
    for (const FieldPlan& f : fields)
        if (f.field == field)
            return &f;
    return nullptr;
}

bool Proposal::hasChanges() const {
    return std::any_of(fields.begin(), fields.end(), [](const FieldPlan& f) { return f.changed; });
}

QList<Suggestion> Proposal::changes() const {
    QList<Suggestion> out;
    for (const FieldPlan& f : fields) {
        if (!f.changed)
            continue;
        Suggestion s;
        s.parameter = f.parameter;
        s.field = f.field;
        s.current = f.limit.value_or(0);
        s.suggested = f.proposed;
        s.reason = f.sentence;
        s.reference = f.references.join(u"; "_s);
        out.append(s);
    }
    return out;
}

QString Proposal::sysctlFile() const {
    return sysctlSnippet(changes(), current, hostname);
}

QStringList Proposal::sysctlCommands() const {
    QStringList out, done;
    for (const FieldPlan& f : fields) {
        if (!f.changed || done.contains(f.parameter))
            continue;
        done.append(f.parameter);
        QStringList values;
        for (const LimitField& g : limitFields())
            if (g.parameter == f.parameter)
                values.append(QString::number((proposed.*(g.member)).value_or(g.floor)));
        out.append(values.size() > 1 ? u"sysctl -w %1='%2'"_s.arg(f.parameter, values.join(u' '))
                                     : u"sysctl -w %1=%2"_s.arg(f.parameter, values.first()));
    }
    return out;
}

Proposal propose(const Plan& plan, const Report& report) {
    Proposal out;
    out.current = report.snapshot.limits;
    out.proposed = report.snapshot.limits;
    out.hostname =
        report.snapshot.host.hostname.isEmpty() ? plan.host : report.snapshot.host.hostname;
    const HostFacts facts{report.snapshot.host.memTotal, report.snapshot.host.pageSize};
    if (report.snapshot.host.pageSize)
        out.pageSize = report.snapshot.host.pageSize;

    QList<Need> needs;
    for (const Workload& w : plan.workloads)
        needs += workloadNeeds(w, facts);

    for (const LimitField& lf : limitFields()) {
        FieldPlan f;
        f.parameter = QString(lf.parameter);
        f.field = QString(lf.field);
        f.unit = unitOf(f.field);
        f.limit = report.snapshot.limits.*(lf.member);
        for (const LimitUsage& u : report.limits)
            if (u.field == f.field) {
                f.used = u.used;
                f.unit = u.unit;
            }
        for (const Need& n : needs) {
            if (n.field != f.field)
                continue;
            if (n.kind == Need::Kind::Extra)
                f.extra = addSaturated(f.extra, n.value);
            else
                f.minimum = std::max(f.minimum, n.value);
            f.reasons.append(n.reason);
            if (!f.references.contains(n.reference))
                f.references.append(n.reference);
        }
        f.required = std::max(addSaturated(f.used, f.extra), f.minimum);
        const quint64 current = f.limit.value_or(0);
        f.proposed = current;
        if (f.limit && f.required > current) {
            // Never below the default of current kernels, never above what the kernel accepts,
            // never below the current value.
            quint64 value = std::max(f.required, lf.floor);
            if (value > lf.cap) {
                value = lf.cap;
                f.capped = true;
            }
            if (value > current) {
                f.proposed = value;
                f.changed = true;
                out.proposed.*(lf.member) = value;
            }
            const QString need =
                f.extra ? Tr::tr("%1 %2 in use + %3 planned = %4 %5 needed.")
                              .arg(f.used)
                              .arg(analysis::unitName(f.unit, f.used))
                              .arg(f.extra)
                              .arg(addSaturated(f.used, f.extra))
                              .arg(analysis::unitName(f.unit, addSaturated(f.used, f.extra)))
                        : QString();
            const QString min = f.minimum > addSaturated(f.used, f.extra)
                                    ? Tr::tr("The workloads require at least %1 %2.")
                                          .arg(f.minimum)
                                          .arg(analysis::unitName(f.unit, f.minimum))
                                    : QString();
            QString sentence =
                Tr::tr("%1 rises from %2 to %3.").arg(f.field).arg(current).arg(f.proposed);
            for (const QString& part : {need, min})
                if (!part.isEmpty())
                    sentence += u' ' + part;
            if (f.capped)
                sentence += u' ' + Tr::tr("The kernel accepts at most %1, %2 short of the need "
                                          "(more needs the ipcmni_extend boot option).")
                                       .arg(lf.cap)
                                       .arg(f.required - lf.cap);
            else if (f.proposed > f.required)
                sentence += u' ' + Tr::tr("%1 is the default of current kernels, and a proposal "
                                          "never goes below it.")
                                       .arg(f.proposed);
            if (!f.changed)
                sentence = Tr::tr("%1 stays at %2, the most the kernel accepts, although %3 %4 are "
                                  "needed (more needs the ipcmni_extend boot option).")
                               .arg(f.field)
                               .arg(current)
                               .arg(f.required)
                               .arg(analysis::unitName(f.unit, f.required));
            f.sentence = sentence;
        }
        out.fields.append(f);
    }
    return out;
}

} // namespace ipcscope::planner
