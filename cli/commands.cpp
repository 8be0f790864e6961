// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "clitr.h"
#include "exitcodes.h"
#include "htmlcommand.h"
#include "logsearch.h"
#include "snapshotjson.h"
#include "terminalprompter.h"
#include "terminaltext.h"
#include "tunecommand.h"

#include "analysis/analyzer.h"
#include "analysis/reportjson.h"
#include "analysis/reporttext.h"
#include "core/logging.h"
#include "diagnosis/diagnosisoutput.h"
#include "model/jsonstreamcheck.h"
#include "model/snapshotparser.h"
#include "session/transportfactory.h"
#include "transport/helpererror.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace ipcscope::cli {

namespace {

// A connected transport, closed again when it goes out of scope.
struct Connection {
    std::unique_ptr<Transport> transport;
    ~Connection() {
        if (transport)
            transport->close();
    }
};

Result<bool> connect(const CliOptions& o, Connection& c, TerminalPrompter& prompter,
                     const CancelToken& cancel) {
    c.transport = createTransport(o.host);
    if (!c.transport)
        return Error{Error::Kind::NotSupported,
                     Tr::tr("This build of IPC Scope cannot reach servers over SSH."),
                     {}};
    return c.transport->open(&prompter, cancel);
}

int snapshotCommand(const CliOptions& o) {
    TerminalPrompter prompter;
    const CancelToken cancel;
    Connection c;
    if (Result<bool> opened = connect(o, c, prompter, cancel); !opened)
        return fail(opened.error());
    if (!c.transport->capabilities().fullDetail) {
        // The agentless read has no helper output of its own: write what it read.
        Result<Snapshot> snapshot = c.transport->snapshot(cancel);
        if (!snapshot)
            return fail(snapshot.error());
        writeRaw(stdout, snapshotToJson(snapshot.value(), o.pretty));
        return ExitOk;
    }
    // Checked while it arrives: output that is not JSON stops the helper at its first wrong byte.
    JsonStreamCheck check;
    qsizetype checked = 0;
    Result<HelperOutput> output = c.transport->runHelperStreaming(
        {u"snapshot"_s}, {}, cancel, [&check, &checked](const QByteArray& soFar) {
            check.feed(QByteArrayView(soFar).sliced(checked));
            checked = soFar.size();
            return !check.failed();
        });
    if (!output)
        return fail(output.error());
    if (output.value().stoppedEarly) {
        Result<Snapshot> parsed = parseSnapshot(output.value().out);
        return fail(parsed
                        ? Error{Error::Kind::BadData,
                                Tr::tr("The helper's output is not a snapshot, so it was stopped."),
                                {}}
                        : parsed.error());
    }
    if (output.value().exitCode != 0)
        return fail(helperFailure(c.transport->describe(), output.value()));
    // Print the helper's own bytes, but only when they are a snapshot this build can read.
    Result<Snapshot> parsed = parseSnapshot(output.value().out);
    if (!parsed)
        return fail(parsed.error());
    if (o.pretty) {
        writeRaw(stdout, snapshotToJson(parsed.value(), true));
        return ExitOk;
    }
    writeRaw(stdout, output.value().out);
    if (!output.value().out.endsWith('\n'))
        writeRaw(stdout, "\n");
    return ExitOk;
}

int analysisCommand(const CliOptions& o) {
    TerminalPrompter prompter;
    const CancelToken cancel;
    Connection c;
    if (Result<bool> opened = connect(o, c, prompter, cancel); !opened)
        return fail(opened.error());
    Result<Snapshot> snapshot = c.transport->snapshot(cancel);
    if (!snapshot)
        return fail(snapshot.error());
    QElapsedTimer timer;
    timer.start();
    // Left for the process exit to free: tearing down 38,000 objects with their reasons takes
    // longer than the operating system needs to drop the whole heap.
    Report& report = *new Report(analyze(snapshot.value(), o.analyzer));
    qCDebug(lcTiming, "analyze: %lld ms, %lld objects", timer.restart(),
            qlonglong(report.objects.size()));
    if (o.command == Command::Tune && !o.tuneNamespace.isEmpty()) {
        // A container's limits: its own report, analysed as a host of its own (the same
        // lookup as `clean --namespace`). "host" is the host's, below.
        const Result<quint64> id = report.namespaceNamed(o.tuneNamespace);
        if (!id)
            return fail(id.error());
        for (const NamespaceReport& container : std::as_const(report.containers)) {
            // (Not tuneToText(): its sysctl.d file is the host's, never the container's.)
            if (container.ns.id == id.value() && container.report)
                return tunePlanCommand(o, *container.report, *c.transport, cancel, &container.ns);
        }
    }
    if (o.command == Command::Tune && (!o.planFile.isEmpty() || o.apply)) {
        if (!o.json)
            writeText(stdout, tuneToText(report));
        return tunePlanCommand(o, report, *c.transport, cancel);
    }
    // The diagnosis from the logs, as the window shows it: what went wrong first, history below
    // the findings. Logs that cannot be searched or read are warnings, never a failure.
    SymptomScan scan;
    std::optional<QList<Diagnosis>> diagnoses;
    if (o.command == Command::Report && o.searchLogs) {
        LogSearch logs = searchLogs(*c.transport, cancel);
        if (logs.unavailable.isEmpty()) {
            scan = std::move(logs.scan);
            diagnoses = diagnose(report, scan);
            report.snapshot.warnings += logWarnings(scan);
        } else {
            report.snapshot.warnings.append(
                Warning{u"logs_not_searched"_s,
                        Tr::tr("The logs were not searched: %1").arg(logs.unavailable)});
        }
        qCDebug(lcTiming, "log search: %lld ms", timer.restart());
    }
    if (o.command == Command::Tune) {
        if (o.json)
            writeRaw(stdout, tuneToJson(report, o.pretty));
        else
            writeText(stdout, tuneToText(report));
    } else if (o.json) {
        ReportSection diagnosisSection;
        if (diagnoses)
            diagnosisSection = [&diagnoses](analysis::JsonWriter& w) {
                writeDiagnosisJson(w, *diagnoses);
            };
        reportToJson(
            report, o.pretty, [](QByteArrayView part) { writeRaw(stdout, part); },
            diagnosisSection);
    } else if (diagnoses) {
        writeText(stdout, reportToText(report, currentDiagnosesText(*diagnoses),
                                       historyDiagnosesText(*diagnoses)));
    } else {
        writeText(stdout, reportToText(report));
    }
    std::fflush(stdout);
    qCDebug(lcTiming, "write: %lld ms", timer.elapsed());
    if (!o.htmlFile.isEmpty())
        if (Result<bool> written = writeHtmlReport(report, scan, o.htmlFile); !written)
            return fail(written.error());
    if (o.failOnOrphans && report.count(Verdict::Orphaned) > 0)
        return ExitOrphansFound;
    return ExitOk;
}

} // namespace

int run(const CliOptions& options) {
    switch (options.command) {
    case Command::Snapshot:
        return snapshotCommand(options);
    case Command::Report:
    case Command::Tune:
        return analysisCommand(options);
    }
    return ExitFailure;
}

} // namespace ipcscope::cli
