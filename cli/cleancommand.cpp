// SPDX-License-Identifier: GPL-3.0-or-later
#include "cleancommand.h"

#include "clitr.h"
#include "exitcodes.h"
#include "sshoptions.h"
#include "terminalprompter.h"
#include "terminaltext.h"

#include "cleanup/auditlog.h"
#include "cleanup/cleanuprunner.h"
#include "cleanup/shellcommand.h"
#include "session/hostsession.h"

#include <algorithm>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace ipcscope::cli {

namespace {

ParsedClean usageError(const QString& message) {
    ParsedClean r;
    r.exitCode = ExitUsage;
    r.err = u"ipcscope-cli: "_s + message + u'\n' +
            Tr::tr("Run \"ipcscope-cli clean --help\" for help.") + u'\n';
    return r;
}

QString helpTail() {
    return Tr::tr(
        "TARGET is \"local\" (the default) or [user@]host[:port] for a server reached over "
        "SSH.\n\n"
        "Without --yes nothing is changed: the plan, the reasons and the equivalent "
        "commands are printed. With --yes the helper re-checks every object at the moment "
        "of removal and refuses it when it changed since the snapshot or is in use (unless "
        "forced); afterwards a fresh snapshot shows what is gone. Every run is written to "
        "the audit log ($IPCSCOPE_AUDIT_LOG, default ~/.local/share/ipcscope/cleanup-audit.jsonl, "
        "the GUI's log too) and "
        "to the server's syslog.\n\n"
        "Exit codes:\n"
        "  0  done (dry run printed, or every object removed)\n"
        "  1  failure: the host could not be reached, the helper failed\n"
        "  2  usage error\n"
        "  4  some objects were refused, could not be removed, or were still there "
        "afterwards\n");
}

bool matchesId(const IdSpec& spec, const ObjectVerdict& v) {
    if (spec.type != v.ref.type)
        return false;
    return spec.name.isEmpty() ? v.ref.id == spec.id : v.ref.name == spec.name;
}

QJsonObject itemJson(const CleanupItem& item) {
    QJsonObject o;
    o.insert("type"_L1, objectTypeCode(item.ref.type));
    if (item.isSysv()) {
        o.insert("id"_L1, item.ref.id);
        o.insert("key"_L1, qint64(item.key));
    } else {
        o.insert("name"_L1, item.ref.name);
    }
    o.insert("owner"_L1, item.owner);
    o.insert("verdict"_L1, verdictCode(item.verdict));
    QJsonArray reasons;
    for (const Reason& r : item.reasons)
        reasons.append(QJsonObject{{"code"_L1, r.code}, {"text"_L1, r.text}});
    o.insert("reasons"_L1, reasons);
    o.insert("force"_L1, item.force);
    if (item.ns != 0) {
        o.insert("ns"_L1, qint64(item.ns));
        o.insert("namespace"_L1, item.namespaceName);
    }
    o.insert("command"_L1, shellCommand(item));
    return o;
}

QString afterWord(CleanupItemOutcome::After after) {
    switch (after) {
    case CleanupItemOutcome::After::Gone:
        return Tr::tr("gone");
    case CleanupItemOutcome::After::StillThere:
        return Tr::tr("still there");
    case CleanupItemOutcome::After::NotChecked:
        break;
    }
    return Tr::tr("not checked");
}

QString afterCode(CleanupItemOutcome::After after) {
    switch (after) {
    case CleanupItemOutcome::After::Gone:
        return u"gone"_s;
    case CleanupItemOutcome::After::StillThere:
        return u"still_there"_s;
    case CleanupItemOutcome::After::NotChecked:
        break;
    }
    return u"not_checked"_s;
}

QString planText(const CleanupPlan& plan, bool dryRun) {
    QString t;
    if (plan.items.isEmpty())
        t += Tr::tr("Nothing to clean up on %1.\n").arg(plan.host);
    else
        t += Tr::tr("%n object(s) to remove on %1:\n", nullptr, int(plan.items.size()))
                 .arg(plan.host);
    for (const CleanupItem& item : plan.items) {
        t += u"  "_s + item.describe() + u", "_s + item.owner + u": "_s +
             verdictName(item.verdict) + (item.force ? Tr::tr(" [FORCED]") : QString()) + u'\n';
        for (const Reason& r : item.reasons)
            t += u"      - "_s + r.text + u'\n';
    }
    if (!plan.skipped.isEmpty()) {
        t += Tr::tr("%n object(s) left out:\n", nullptr, int(plan.skipped.size()));
        for (const SkippedObject& s : plan.skipped) {
            const QString what = s.ref.name.isEmpty()
                                     ? u"%1 %2"_s.arg(objectTypeName(s.ref.type)).arg(s.ref.id)
                                     : u"%1 /%2"_s.arg(objectTypeName(s.ref.type), s.ref.name);
            t += u"  "_s + what + u": "_s + s.reason + u'\n';
        }
    }
    if (!plan.items.isEmpty()) {
        t += Tr::tr("Equivalent commands (the helper also re-checks each object first):\n");
        for (const CleanupItem& item : plan.items)
            t += u"  "_s + shellCommand(item) + u'\n';
    }
    if (dryRun && !plan.items.isEmpty())
        t += Tr::tr("Dry run: nothing was changed. Run again with --yes to remove.\n");
    return t;
}

QString outcomeText(const CleanupOutcome& outcome) {
    QString t = Tr::tr("Results:\n");
    for (const CleanupItemOutcome& o : outcome.items) {
        t += u"  "_s + o.item.describe() + u": "_s;
        if (o.result)
            t += removalStatusName(o.result->status) + u" ("_s + o.result->message + u')';
        else
            t += Tr::tr("no answer");
        t += u"; "_s + Tr::tr("after the run: %1").arg(afterWord(o.after)) + u'\n';
    }
    if (std::any_of(outcome.items.begin(), outcome.items.end(), [](const CleanupItemOutcome& o) {
            return o.result && o.result->permissionDenied();
        }))
        t += Tr::tr("Some objects could not be removed for lack of permission: run again with "
                    "--sudo (administrator mode).\n");
    if (std::any_of(outcome.items.begin(), outcome.items.end(), [](const CleanupItemOutcome& o) {
            return o.result && o.result->cannotCheck();
        }))
        // The helper's own reason says what would help: administrator mode, or (as root, where
        // more rights do not help) a person's check and a forced removal.
        t += Tr::tr("Some objects were kept because processes that may use them could not be "
                    "checked; each one's reason says what would help.\n");
    t += Tr::tr("Removed: %1, refused: %2, failed: %3; gone after the run: %4.\n")
             .arg(outcome.count(RemovalItemResult::Status::Removed))
             .arg(outcome.count(RemovalItemResult::Status::Refused))
             .arg(outcome.count(RemovalItemResult::Status::Failed))
             .arg(outcome.gone());
    return t;
}

QJsonObject outcomeJson(const CleanupOutcome& outcome) {
    QJsonArray items;
    for (const CleanupItemOutcome& o : outcome.items) {
        QJsonObject j = itemJson(o.item);
        if (o.result) {
            j.insert("result"_L1, removalStatusCode(o.result->status));
            j.insert("code"_L1, o.result->code);
            j.insert("message"_L1, o.result->message);
        } else {
            j.insert("result"_L1, QJsonValue::Null);
        }
        j.insert("after"_L1, afterCode(o.after));
        items.append(j);
    }
    QJsonObject r;
    r.insert("run"_L1, outcome.runId);
    r.insert("items"_L1, items);
    if (outcome.error)
        r.insert("error"_L1, outcome.error->message);
    return r;
}

// "The container web-1 has 3 orphaned objects too: add --namespace web-1." per container.
QString containersWithOrphans(const Report& report) {
    QString t;
    for (const NamespaceReport& c : report.containers) {
        const int n = c.report ? c.report->count(Verdict::Orphaned) : 0;
        const QString arg = namespaceWord(c.ns);
        if (n > 0)
            t += Tr::tr("The container %1 has %n orphaned object(s) too: run again with "
                        "--namespace %2 to clean up there.\n",
                        nullptr, n)
                     .arg(c.ns.name, arg);
    }
    return t;
}

} // namespace

std::optional<IdSpec> parseIdSpec(const QString& text) {
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    const std::optional<ObjectType> type = objectTypeFromCode(text.left(colon));
    if (!type)
        return std::nullopt;
    IdSpec spec;
    spec.type = *type;
    const QString rest = text.mid(colon + 1);
    if (*type == ObjectType::Semaphore || *type == ObjectType::SharedMemory ||
        *type == ObjectType::MessageQueue) {
        bool ok = false;
        spec.id = rest.toLongLong(&ok);
        if (!ok || spec.id < 0)
            return std::nullopt;
    } else {
        spec.name = rest.startsWith(u'/') ? rest.mid(1) : rest;
        if (spec.name.isEmpty())
            return std::nullopt;
    }
    return spec;
}

ParsedClean parseCleanCommandLine(const QStringList& arguments) {
    QCommandLineParser p;
    p.setApplicationDescription(
        Tr::tr("Remove orphaned IPC objects of TARGET, safely: each object is re-checked by the "
               "helper at the moment of removal."));
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addPositionalArgument(u"TARGET"_s, Tr::tr("\"local\" (default) or [user@]host[:port]."),
                            u"[TARGET]"_s);
    const QCommandLineOption help({u"h"_s, u"help"_s}, Tr::tr("Show this help."));
    const QCommandLineOption orphans(u"orphans"_s, Tr::tr("Every object judged orphaned."));
    const QCommandLineOption owner(u"owner"_s, Tr::tr("Only objects of this user (name or uid)."),
                                   u"USER"_s);
    const QCommandLineOption software(
        u"software"_s, Tr::tr("Only objects of this software (apache, postgresql, …)."), u"NAME"_s);
    const QCommandLineOption id(u"id"_s,
                                Tr::tr("One object: sem:ID, shm:ID, msg:ID, posix_shm:NAME, "
                                       "posix_sem:NAME or posix_mq:NAME (repeatable)."),
                                u"TYPE:ID"_s);
    const QCommandLineOption force(u"force-in-use"_s,
                                   Tr::tr("Also remove objects named with --id that are in use "
                                          "(attached, waited on or used by a running process)."));
    const QCommandLineOption ns(
        u"namespace"_s,
        Tr::tr("The objects of this container's IPC namespace (its name, id or namespace "
               "number; \"host\" is the default). Needs root, like reading containers."),
        u"CONTAINER"_s);
    const QCommandLineOption dryRun(u"dry-run"_s, Tr::tr("Only show the plan (the default)."));
    const QCommandLineOption yes(u"yes"_s, Tr::tr("Remove the objects of the plan."));
    const QCommandLineOption json(u"json"_s, Tr::tr("Machine-readable JSON output."));
    const QCommandLineOption pretty(u"pretty"_s, Tr::tr("Indent the JSON output."));
    const SshOptions ssh;
    p.addOptions({help, orphans, owner, software, id, force, ns, dryRun, yes, json, pretty});
    p.addOptions(ssh.all());
    if (!p.parse(arguments.mid(1)))
        return usageError(p.errorText());
    if (p.isSet(help)) {
        ParsedClean r;
        QString text = p.helpText();
        text.replace(0, text.indexOf(u'\n'), u"Usage: ipcscope-cli clean [TARGET] [options]"_s);
        r.out = text + u'\n' + helpTail();
        return r;
    }
    const QStringList positional = p.positionalArguments();
    if (positional.size() > 1)
        return usageError(
            Tr::tr("Only one TARGET may be given, not %1.").arg(positional.join(u", "_s)));
    QString error;
    const std::optional<HostConfig> host =
        HostConfig::fromTarget(positional.isEmpty() ? u"local"_s : positional.first(), &error);
    if (!host)
        return usageError(error);
    CleanOptions o;
    o.host = *host;
    if (const std::optional<QString> sshError = ssh.apply(p, o.host))
        return usageError(*sshError);
    o.orphans = p.isSet(orphans);
    o.owner = p.value(owner);
    o.software = p.value(software);
    for (const QString& text : p.values(id)) {
        const std::optional<IdSpec> spec = parseIdSpec(text);
        if (!spec)
            return usageError(Tr::tr("\"%1\" is not an object: use TYPE:ID, e.g. sem:32769 or "
                                     "posix_shm:NAME.")
                                  .arg(text));
        o.ids.append(*spec);
    }
    if (!o.orphans && o.ids.isEmpty())
        return usageError(Tr::tr("Say what to clean: --orphans and/or --id TYPE:ID."));
    if (!o.orphans && (p.isSet(owner) || p.isSet(software)))
        return usageError(Tr::tr("--owner and --software narrow --orphans; add --orphans."));
    o.forceInUse = p.isSet(force);
    o.ns = p.value(ns);
    if (o.forceInUse && o.ids.isEmpty())
        return usageError(Tr::tr("--force-in-use applies only to objects named with --id."));
    if (p.isSet(yes) && p.isSet(dryRun))
        return usageError(Tr::tr("--dry-run and --yes exclude each other."));
    o.yes = p.isSet(yes);
    o.json = p.isSet(json);
    o.pretty = p.isSet(pretty);
    if (o.pretty && !o.json)
        return usageError(Tr::tr("--pretty only applies to --json."));
    ParsedClean r;
    r.options = o;
    return r;
}

CleanupSelection cleanSelection(const CleanOptions& options, const Report& report,
                                QStringList& missing) {
    CleanupSelection s;
    s.orphans = options.orphans;
    s.owner = options.owner;
    s.software = options.software;
    s.forceInUse = options.forceInUse;
    for (const IdSpec& spec : options.ids) {
        auto it = std::find_if(report.objects.begin(), report.objects.end(),
                               [&](const ObjectVerdict& v) { return matchesId(spec, v); });
        if (it == report.objects.end())
            missing.append(objectTypeCode(spec.type) + u':' +
                           (spec.name.isEmpty() ? QString::number(spec.id) : spec.name));
        else
            s.objects.append(it->ref);
    }
    return s;
}

int runClean(const CleanOptions& o) {
    TerminalPrompter prompter;
    HostSession session(o.host, &prompter);
    QEventLoop loop;
    std::optional<Report> report;
    std::optional<Error> error;
    {
        const std::unique_ptr<RefreshReply> reply = session.refresh();
        QObject::connect(reply.get(), &RefreshReply::finished, &loop, [&](const Report& r) {
            report = r;
            loop.quit();
        });
        QObject::connect(reply.get(), &RefreshReply::failed, &loop, [&](const Error& e) {
            error = e;
            loop.quit();
        });
        loop.exec();
    }
    if (!report)
        return fail(
            error.value_or(Error{Error::Kind::Generic, Tr::tr("No snapshot was taken."), {}}));
    if (!session.capabilities().canModify && o.yes)
        return fail(Error{Error::Kind::NotSupported,
                          Tr::tr("This host was read without the helper, so nothing can be removed "
                                 "here."),
                          {}});
    // The container's own report: its objects, verdicts and refs (its namespace in each item).
    const Result<quint64> ns = report->namespaceNamed(o.ns);
    if (!ns.ok())
        return fail(ns.error());
    const Report& target = *report->reportFor(ns.value());
    QStringList missing;
    const CleanupSelection selection = cleanSelection(o, target, missing);
    if (!missing.isEmpty())
        return fail(Error{Error::Kind::Generic,
                          Tr::tr("Not in the current snapshot: %1. Nothing was changed.")
                              .arg(missing.join(u", "_s)),
                          {}});
    CleanupPlan plan = buildCleanupPlan(target, selection);
    if (plan.host.isEmpty())
        plan.host = o.host.displayName();

    QJsonObject json;
    if (o.json) {
        QJsonArray items;
        for (const CleanupItem& item : plan.items)
            items.append(itemJson(item));
        json.insert("host"_L1, plan.host);
        json.insert("dry_run"_L1, !o.yes);
        json.insert("plan"_L1, items);
    } else {
        writeText(stdout, planText(plan, !o.yes));
        // Orphans of the host only: containers' are named, so that none is left unseen.
        if (o.orphans && ns.value() == 0)
            writeText(stdout, containersWithOrphans(*report));
    }
    if (!o.yes || plan.items.isEmpty()) {
        if (o.json)
            writeRaw(stdout, QJsonDocument(json).toJson(o.pretty ? QJsonDocument::Indented
                                                                 : QJsonDocument::Compact));
        return ExitOk;
    }
    std::fflush(stdout);

    AuditLog log;
    CleanupRunner runner(&session, &log);
    CleanupOutcome outcome;
    QObject::connect(&runner, &CleanupRunner::finished, &loop, [&](const CleanupOutcome& r) {
        outcome = r;
        loop.quit();
    });
    runner.start(plan);
    loop.exec();
    if (o.json) {
        json.insert("outcome"_L1, outcomeJson(outcome));
        json.insert("audit_log"_L1, log.path());
        writeRaw(stdout, QJsonDocument(json).toJson(o.pretty ? QJsonDocument::Indented
                                                             : QJsonDocument::Compact));
    } else {
        writeText(stdout, outcomeText(outcome));
    }
    if (outcome.error && outcome.count(RemovalItemResult::Status::Removed) == 0 &&
        std::none_of(outcome.items.begin(), outcome.items.end(),
                     [](const CleanupItemOutcome& i) { return i.result.has_value(); }))
        return fail(*outcome.error);
    if (outcome.error)
        fail(*outcome.error);
    // Done only when the helper removed every object and the snapshot after the run agrees.
    const bool allGone =
        std::none_of(outcome.items.begin(), outcome.items.end(), [](const CleanupItemOutcome& i) {
            return i.after == CleanupItemOutcome::After::StillThere;
        });
    return outcome.count(RemovalItemResult::Status::Removed) == plan.items.size() && allGone
               ? ExitOk
               : ExitNotAllRemoved;
}

int cleanMain(const QStringList& arguments) {
    return runParsed(parseCleanCommandLine(arguments), runClean);
}

} // namespace ipcscope::cli
