// SPDX-License-Identifier: GPL-3.0-or-later
#include "tunecommand.h"

#include "clitr.h"
#include "exitcodes.h"
#include "terminaltext.h"

#include "cleanup/auditlog.h"
#include "planner/limitschange.h"
#include "planner/plan.h"
#include "planner/planjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace ipcscope::planner;

namespace ipcscope::cli {

namespace {

void out(const QString& text) {
    writeText(stdout, text);
}

void err(const QString& text) {
    writeText(stderr, u"ipcscope-cli: "_s + text + u'\n');
}

// Without a plan the report's own suggestions are what would be applied.
Proposal fromSuggestions(const Report& report) {
    Proposal p;
    p.current = report.snapshot.limits;
    p.proposed = report.snapshot.limits;
    p.hostname = report.snapshot.host.hostname;
    for (const LimitField& lf : limitFields()) {
        FieldPlan f;
        f.parameter = QString(lf.parameter);
        f.field = QString(lf.field);
        f.limit = report.snapshot.limits.*(lf.member);
        f.proposed = f.limit.value_or(0);
        for (const Suggestion& s : report.suggestions)
            if (s.kind == Suggestion::Kind::Raise && s.field == f.field &&
                s.suggested > f.proposed) {
                f.proposed = s.suggested;
                f.required = s.suggested;
                f.changed = true;
                f.sentence = s.reason;
                f.references = {s.reference};
                p.proposed.*(lf.member) = s.suggested;
            }
        p.fields.append(f);
    }
    return p;
}

QStringList changedParameters(const Proposal& p) {
    QStringList list;
    for (const FieldPlan& f : p.fields)
        if (f.changed && !list.contains(f.parameter))
            list.append(f.parameter);
    return list;
}

} // namespace

int tunePlanCommand(const CliOptions& o, const Report& report, Transport& transport,
                    const CancelToken& cancel, const IpcNamespace* ns) {
    Proposal proposal;
    int workloads = 0;
    if (!o.planFile.isEmpty()) {
        Plan plan;
        QString error;
        if (!readPlanFile(o.planFile, plan, error)) {
            err(error);
            return ExitFailure;
        }
        workloads = int(plan.workloads.size());
        proposal = propose(plan, report);
    } else {
        proposal = fromSuggestions(report);
    }
    const QStringList parameters = changedParameters(proposal);
    const bool applyNow = o.apply && o.yes && !parameters.isEmpty();

    std::optional<LimitsResult> result;
    QString failure;
    // Audited as the window's Apply is: the intent on disk before the helper runs.
    AuditLog audit;
    const QString runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray document =
        ns ? limitsChangeDocument(proposal.proposed, parameters, false, ns->id)
           : limitsChangeDocument(proposal.proposed, parameters);
    if (ns)
        proposal.hostname += u" / "_s + ns->name;
    if (applyNow) {
        if (const Result<bool> intent =
                audit.recordLimits(runId, u"intent"_s, proposal.hostname, u"apply"_s,
                                   QJsonDocument::fromJson(document).object());
            !intent) {
            err(intent.error().message);
            return ExitFailure;
        }
    }
    if (applyNow) {
        const Result<HelperOutput> run = transport.runHelper({u"apply-limits"_s}, document, cancel);
        if (!run) {
            failure = run.error().message;
        } else {
            LimitsResult r;
            QString error;
            if (parseLimitsResult(run.value().out, r, error))
                result = r;
            else
                failure = Tr::tr("The helper could not apply the limits: %1")
                              .arg(QString::fromUtf8(run.value().err).trimmed());
        }
        (void)audit.recordLimits(runId, u"result"_s, proposal.hostname, u"apply"_s,
                                 result
                                     ? limitsResultToJson(*result)
                                     : QJsonObject{{u"applied"_s, false}, {u"message"_s, failure}});
    }

    if (o.json) {
        QJsonArray changes;
        for (const FieldPlan& f : proposal.fields) {
            if (!f.changed && !f.capped)
                continue;
            changes.append(QJsonObject{{u"parameter"_s, f.parameter},
                                       {u"field"_s, f.field},
                                       {u"current"_s, QString::number(f.limit.value_or(0))},
                                       {u"proposed"_s, QString::number(f.proposed)},
                                       {u"used"_s, QString::number(f.used)},
                                       {u"planned_extra"_s, QString::number(f.extra)},
                                       {u"required"_s, QString::number(f.required)},
                                       {u"capped"_s, f.capped},
                                       {u"reason"_s, f.sentence},
                                       {u"reference"_s, f.references.join(u"; "_s)}});
        }
        QJsonObject doc{{u"schema"_s, u"ipcscope.tune-plan/1"_s},
                        {u"host"_s, proposal.hostname},
                        {u"plan"_s, o.planFile},
                        {u"workloads"_s, workloads},
                        {u"changes"_s, changes},
                        {u"sysctl_file"_s, proposal.sysctlFile()},
                        {u"commands"_s, QJsonArray::fromStringList(proposal.sysctlCommands())},
                        {u"dry_run"_s, !applyNow}};
        if (ns) {
            doc.insert(u"namespace"_s, QJsonObject{{u"id"_s, qint64(ns->id)},
                                                   {u"name"_s, ns->name},
                                                   {u"runtime"_s, ns->runtime},
                                                   {u"persistent"_s, false}});
            doc.remove(u"sysctl_file"_s);
        }
        if (result)
            doc.insert(u"result"_s, limitsResultToJson(*result));
        writeRaw(stdout, QJsonDocument(doc).toJson(o.pretty ? QJsonDocument::Indented
                                                            : QJsonDocument::Compact));
    } else {
        QString text = u"\n"_s;
        if (!o.planFile.isEmpty())
            text += Tr::tr("Plan %1 for %2:").arg(o.planFile, proposal.hostname) + u'\n';
        for (const FieldPlan& f : proposal.fields)
            if (f.changed || f.capped)
                text += u"  "_s + f.sentence + u'\n';
        if (parameters.isEmpty()) {
            text += Tr::tr("Nothing to change: every limit already holds the plan.") + u'\n';
        } else if (!applyNow) {
            text += u'\n' + Tr::tr("Would run (nothing is changed without --apply --yes):") + u'\n';
            for (const QString& c : proposal.sysctlCommands())
                text += u"  "_s +
                        (ns ? u"nsenter --ipc --target %1 "_s.arg(ns->oldestPid) : QString()) + c +
                        u'\n';
            if (!ns) {
                text += Tr::tr("and write /etc/sysctl.d/90-ipcscope.conf:") + u'\n';
                text += proposal.sysctlFile();
            }
        }
        if (ns && !parameters.isEmpty()) {
            QStringList settings;
            for (const QString& c : proposal.sysctlCommands())
                settings.append(QString(c).remove(u"sysctl -w "_s));
            text += u'\n' + containerLimitsNote(*ns, settings);
        }
        if (result) {
            text += u'\n' +
                    (result->applied ? Tr::tr("Applied; the kernel now shows:")
                                     : Tr::tr("Not applied; nothing was changed:")) +
                    u'\n';
            for (const LimitChange& c : result->changes)
                text += u"  %1: %2 -> %3\n"_s.arg(c.parameter, c.oldValue,
                                                  c.readBack.isEmpty() ? u"-"_s : c.readBack);
            if (result->applied) {
                if (!result->file.isEmpty())
                    text += Tr::tr("Written to %1.").arg(result->file) + u'\n';
                text += Tr::tr("To restore the previous values:") + u'\n';
                for (const LimitChange& c : result->changes)
                    text += u"  "_s +
                            (ns ? u"nsenter --ipc --target %1 "_s.arg(ns->oldestPid) : QString()) +
                            u"sysctl -w %1='%2'\n"_s.arg(c.parameter, c.oldValue);
            }
        }
        out(text);
    }
    std::fflush(stdout);
    if (!failure.isEmpty()) {
        err(failure);
        return ExitFailure;
    }
    if (result && !result->applied) {
        err(result->message);
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace ipcscope::cli
