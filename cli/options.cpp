// SPDX-License-Identifier: GPL-3.0-or-later
#include "options.h"

#include "clitr.h"
#include "exitcodes.h"
#include "sshoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ipcscope::cli {

namespace {

QString exitCodesText() {
    return Tr::tr("Exit codes:\n"
                  "  0  done\n"
                  "  1  failure: the host could not be reached, the helper failed, or its snapshot "
                  "could not be read\n"
                  "  2  usage error\n"
                  "  3  report --fail-on-orphans: objects judged orphaned were found\n");
}

QString targetText() {
    return Tr::tr(
        "TARGET is \"local\" (the default) or [user@]host[:port] for a server reached over "
        "SSH.\n");
}

QString globalHelp() {
    return Tr::tr("Usage: ipcscope-cli COMMAND [TARGET] [options]\n"
                  "\n"
                  "See the System V and POSIX IPC objects of a Linux host, which of them are "
                  "orphaned and why, and which kernel limits to raise.\n"
                  "\n"
                  "Commands:\n"
                  "  snapshot  print the helper's raw snapshot (JSON, schema ipcscope.snapshot/1)\n"
                  "  report    verdicts with reasons, owners, limits with usage, suggestions\n"
                  "  tune      limits with usage and the suggested values, with a sysctl file\n"
                  "  clean     remove orphaned objects, each re-checked at removal (dry run unless "
                  "--yes)\n"
                  "  check     a monitoring plugin: limits and orphans as OK, WARNING, CRITICAL or "
                  "UNKNOWN\n"
                  "\n"
                  "Run \"ipcscope-cli COMMAND --help\" for the options of a command.\n") +
           u'\n' + targetText() + u'\n' + exitCodesText();
}

struct Spec {
    Command command;
    QLatin1StringView name;
    QString description;
};

struct AnalysisOptions {
    QCommandLineOption workload{
        u"workload"_s,
        Tr::tr("Plan limits for this workload even when it is not detected: "
               "postgresql, oracle or db2 (repeatable)."),
        u"NAME"_s};
    QCommandLineOption maxConnections{u"pg-max-connections"_s,
                                      Tr::tr("PostgreSQL max_connections (default 100)."), u"N"_s};
    QCommandLineOption autovacuum{u"pg-autovacuum-max-workers"_s,
                                  Tr::tr("PostgreSQL autovacuum_max_workers (default 3)."), u"N"_s};
    QCommandLineOption walSenders{u"pg-max-wal-senders"_s,
                                  Tr::tr("PostgreSQL max_wal_senders (default 10)."), u"N"_s};
    QCommandLineOption workers{u"pg-max-worker-processes"_s,
                               Tr::tr("PostgreSQL max_worker_processes (default 8)."), u"N"_s};
};

ParsedCommandLine usageError(const QString& message, const QString& command) {
    ParsedCommandLine r;
    r.exitCode = ExitUsage;
    r.err = u"ipcscope-cli: "_s + message + u'\n' +
            (command.isEmpty() ? Tr::tr("Run \"ipcscope-cli --help\" for help.")
                               : Tr::tr("Run \"ipcscope-cli %1 --help\" for help.").arg(command)) +
            u'\n';
    return r;
}

bool readCount(const QCommandLineParser& p, const QCommandLineOption& o, int& out, QString& error) {
    if (!p.isSet(o))
        return true;
    bool ok = false;
    const int n = p.value(o).toInt(&ok);
    if (!ok || n < 0 || n > 1000000) {
        error = Tr::tr("--%1 needs a whole number from 0 to 1000000, not \"%2\".")
                    .arg(o.names().constFirst(), p.value(o));
        return false;
    }
    out = n;
    return true;
}

} // namespace

ParsedCommandLine parseCommandLine(const QStringList& arguments) {
    const QStringList args = arguments.mid(1);
    if (args.isEmpty())
        return usageError(Tr::tr("No command given."), {});
    const QString first = args.first();
    if (first == "--help"_L1 || first == "-h"_L1 || first == "help"_L1) {
        ParsedCommandLine r;
        r.out = globalHelp();
        return r;
    }
    if (first == "--version"_L1) {
        ParsedCommandLine r;
        r.out = u"ipcscope-cli " IPCSCOPE_VERSION "\n"_s;
        return r;
    }

    const QList<Spec> specs = {
        {Command::Snapshot, "snapshot"_L1,
         Tr::tr("Print the helper's snapshot of TARGET as JSON (schema ipcscope.snapshot/1, see "
                "docs/snapshot-schema.md).")},
        {Command::Report, "report"_L1,
         Tr::tr("Report on the IPC objects of TARGET: findings, limits with usage, owners, every "
                "object that is not in use with the reasons for its verdict, and suggested limits. "
                "--json prints schema ipcscope.report/1 (docs/report-schema.md).")},
        {Command::Tune, "tune"_L1,
         Tr::tr(
             "Show the kernel IPC limits of TARGET with their usage, the values to raise them to "
             "and why, and a file for /etc/sysctl.d/. Nothing is changed without --apply --yes.")},
    };
    const Spec* spec = nullptr;
    for (const Spec& s : specs)
        if (first == s.name)
            spec = &s;
    if (!spec)
        return usageError(Tr::tr("Unknown command \"%1\".").arg(first), {});
    const QString name(spec->name);

    QCommandLineParser p;
    p.setApplicationDescription(spec->description);
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addPositionalArgument(u"TARGET"_s, Tr::tr("\"local\" (default) or [user@]host[:port]."),
                            u"[TARGET]"_s);
    const QCommandLineOption help({u"h"_s, u"help"_s}, Tr::tr("Show this help."));
    p.addOption(help);
    const SshOptions ssh;
    p.addOptions(ssh.all());
    const QCommandLineOption json(u"json"_s, Tr::tr("Machine-readable JSON output."));
    const QCommandLineOption pretty(u"pretty"_s, Tr::tr("Indent the JSON output."));
    const QCommandLineOption failOnOrphans(
        u"fail-on-orphans"_s, Tr::tr("Exit with code 3 when objects are judged orphaned."));
    const QCommandLineOption html(
        u"html"_s,
        Tr::tr("Also write a self-contained HTML report (with the symptoms found in the logs) to "
               "FILE."),
        u"FILE"_s);
    const QCommandLineOption noLogs(
        u"no-logs"_s,
        Tr::tr("Do not search the target's logs for what went wrong (the diagnosis)."));
    const QCommandLineOption planOption(
        u"plan"_s,
        Tr::tr("Propose limits for the workloads of a saved plan (JSON, schema ipcscope.plan/1)."),
        u"FILE"_s);
    const QCommandLineOption applyOption(
        u"apply"_s, Tr::tr("Show what would change and the sysctl commands; with --yes, set the "
                           "limits at runtime and in /etc/sysctl.d/90-ipcscope.conf (needs root or "
                           "--sudo) and show the values read back."));
    const QCommandLineOption yesOption(u"yes"_s, Tr::tr("With --apply: really change the limits."));
    const QCommandLineOption namespaceOption(
        u"namespace"_s,
        Tr::tr("Tune the limits of a container's IPC namespace (its name, container id or "
               "namespace number, as the report lists them) instead of the host's; set at runtime "
               "only, they are lost when the container restarts."),
        u"NAME"_s);
    const AnalysisOptions analysis;
    // A snapshot is JSON anyway; --json is accepted so that scripts can pass it to every command.
    p.addOption(json);
    p.addOption(pretty);
    if (spec->command != Command::Snapshot) {
        p.addOptions({analysis.workload, analysis.maxConnections, analysis.autovacuum,
                      analysis.walSenders, analysis.workers});
    }
    if (spec->command == Command::Report)
        p.addOptions({failOnOrphans, html, noLogs});

    if (spec->command == Command::Tune)
        p.addOptions({planOption, applyOption, yesOption, namespaceOption});

    // QCommandLineParser skips the first argument as the program name: the command sits there.
    if (!p.parse(args))
        return usageError(p.errorText(), name);
    if (p.isSet(help)) {
        ParsedCommandLine r;
        QString text = p.helpText();
        // QCommandLineParser's usage line names the program as started; name the command too.
        const qsizetype firstLineEnd = text.indexOf(u'\n');
        text.replace(0, firstLineEnd, u"Usage: ipcscope-cli "_s + name + u" [TARGET] [options]"_s);
        r.out = text + u'\n' + targetText() + u'\n' + exitCodesText();
        return r;
    }

    const QStringList positional = p.positionalArguments();
    if (positional.size() > 1)
        return usageError(
            Tr::tr("Only one TARGET may be given, not %1.").arg(positional.join(u", "_s)), name);
    QString error;
    const std::optional<HostConfig> host =
        HostConfig::fromTarget(positional.isEmpty() ? u"local"_s : positional.first(), &error);
    if (!host)
        return usageError(error, name);

    CliOptions o;
    o.command = spec->command;
    o.host = *host;
    if (const std::optional<QString> sshError = ssh.apply(p, o.host))
        return usageError(*sshError, name);
    o.json = p.isSet(json) || spec->command == Command::Snapshot;
    o.pretty = p.isSet(pretty);
    if (o.pretty && !o.json)
        return usageError(Tr::tr("--pretty only applies to --json."), name);
    if (spec->command != Command::Snapshot) {
        for (const QString& w : p.values(analysis.workload)) {
            const QString id = w.toLower();
            if (id != "postgresql"_L1 && id != "oracle"_L1 && id != "db2"_L1)
                return usageError(
                    Tr::tr("Unknown workload \"%1\": use postgresql, oracle or db2.").arg(w), name);
            if (!o.analyzer.workloads.contains(id))
                o.analyzer.workloads.append(id);
        }
        PostgresSettings& pg = o.analyzer.postgres;
        if (!readCount(p, analysis.maxConnections, pg.maxConnections, error) ||
            !readCount(p, analysis.autovacuum, pg.autovacuumMaxWorkers, error) ||
            !readCount(p, analysis.walSenders, pg.maxWalSenders, error) ||
            !readCount(p, analysis.workers, pg.maxWorkerProcesses, error))
            return usageError(error, name);
    }
    o.failOnOrphans = spec->command == Command::Report && p.isSet(failOnOrphans);
    if (spec->command == Command::Tune) {
        o.planFile = p.value(planOption);
        o.apply = p.isSet(applyOption);
        o.yes = p.isSet(yesOption);
        o.tuneNamespace = p.value(namespaceOption);
        if (o.yes && !o.apply)
            return usageError(Tr::tr("--yes only confirms --apply."), name);
    }
    if (spec->command == Command::Report) {
        o.htmlFile = p.value(html);
        o.searchLogs = !p.isSet(noLogs);
    }

    ParsedCommandLine r;
    r.options = o;
    return r;
}

} // namespace ipcscope::cli
