// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosis/htmlreport.h"

#include "analysis/context.h"
#include "analysis/reportjson.h"
#include "diagnosis/diagnoser.h"
#include "diagnosis/diagnosistr.h"
#include "diagnosis/signatures.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

QString levelColour(Level l) {
    // Colour is never alone: each row also carries the level word.
    return l == Level::Critical ? u"#c62828"_s : l == Level::Warning ? u"#ef6c00"_s : u"#2e7d32"_s;
}

QString levelWord(Level l) {
    return l == Level::Critical  ? Tr::tr("Critical")
           : l == Level::Warning ? Tr::tr("Warning")
                                 : Tr::tr("OK");
}

QString dateTime(qint64 t) {
    return t > 0 ? QDateTime::fromSecsSinceEpoch(t).toString(u"yyyy-MM-dd HH:mm:ss t"_s)
                 : QString();
}

QString section(const QString& id, const QString& title, const QString& body) {
    return u"<h2 id=\""_s + id + u"\">"_s + esc(title) + u"</h2>\n"_s + body + u'\n';
}

QString leveled(Level level, const QString& text) {
    return u"<p><b style=\"color:%1\">%2:</b> %3</p>\n"_s.arg(levelColour(level),
                                                              esc(levelWord(level)), esc(text));
}

QString diagnosesSection(const QList<Diagnosis>& ds, const SymptomScan& scan) {
    QString body;
    if (scan.empty())
        body += u"<p>"_s + esc(Tr::tr("The logs were not searched for this report.")) + u"</p>"_s;
    else if (ds.isEmpty())
        body += u"<p>"_s +
                esc(Tr::tr("No known IPC failure was found in the logs IPC Scope could read.")) +
                u"</p>"_s;
    bool current = false;
    for (const Diagnosis& d : ds) {
        if (d.history)
            continue;
        current = true;
        body += leveled(d.level, d.text);
        if (!d.remedy.isEmpty())
            body += u"<p class=\"remedy\">"_s + esc(d.remedy) + u"</p>\n"_s;
    }
    if (!ds.isEmpty() && !current)
        body += u"<p>"_s +
                esc(Tr::tr("Nothing that went wrong is still a problem: every failure found in the "
                           "logs was followed by a successful start (see below).")) +
                u"</p>"_s;
    return section(u"diagnoses"_s, Tr::tr("What went wrong"), body);
}

// Failures followed by a later start of the same program: history, below the findings.
QString historySection(const QList<Diagnosis>& ds) {
    QString body;
    for (const Diagnosis& d : ds) {
        if (!d.history)
            continue;
        body += u"<p><b>%1:</b> %2</p>\n"_s.arg(esc(Tr::tr("Earlier")), esc(d.text));
        if (!d.remedy.isEmpty())
            body += u"<p class=\"remedy\">"_s + esc(d.remedy) + u"</p>\n"_s;
    }
    if (body.isEmpty())
        return {};
    return section(u"history"_s, Tr::tr("Earlier problems, recovered since"), body);
}

QString findingsSection(const Report& r) {
    QString body;
    for (const Finding& f : r.findings)
        body += leveled(f.level, f.text);
    if (r.findings.isEmpty())
        body = u"<p>"_s + esc(Tr::tr("Nothing to report.")) + u"</p>"_s;
    return section(u"findings"_s, Tr::tr("Findings"), body);
}

QString number(quint64 v) {
    return QLocale().toString(v);
}

QString bar(double ratio, Level level) {
    const int pct = int(std::clamp(ratio, 0.0, 1.0) * 100.0 + 0.5);
    QString cells;
    if (pct > 0)
        cells +=
            u"<td width=\"%1%\" bgcolor=\"%2\" style=\"background:%2\">&nbsp;</td>"_s.arg(pct).arg(
                levelColour(level));
    if (pct < 100)
        cells +=
            u"<td width=\"%1%\" bgcolor=\"#e0e0e0\" style=\"background:#e0e0e0\">&nbsp;</td>"_s.arg(
                100 - pct);
    return u"<table class=\"bar\" width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"_s +
           cells + u"</tr></table>"_s;
}

QString limitsTable(const Report& r) {
    QString body = u"<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">"
                   "<tr><th align=\"left\">"_s +
                   esc(Tr::tr("Limit")) + u"</th><th align=\"right\">"_s + esc(Tr::tr("Used")) +
                   u"</th><th align=\"right\">"_s + esc(Tr::tr("Allowed")) +
                   u"</th><th width=\"40%\">"_s + esc(Tr::tr("Usage")) + u"</th><th>"_s +
                   esc(Tr::tr("Level")) + u"</th></tr>\n"_s;
    for (const LimitUsage& l : r.limits) {
        body += u"<tr><td title=\"%1\"><b>%2</b> <small>%3</small></td>"_s.arg(
            esc(l.explanation), esc(l.field), esc(l.parameter));
        body += u"<td align=\"right\">%1 %2</td>"_s.arg(number(l.used),
                                                        esc(analysis::unitName(l.unit, l.used)));
        body += u"<td align=\"right\">%1</td>"_s.arg(l.limit ? number(*l.limit) : u"—"_s);
        body += u"<td>"_s + bar(l.ratio(), l.level) +
                u"<small>%1</small></td>"_s.arg(
                    l.limit ? QLocale().toString(l.ratio() * 100.0, 'f', 1) + u" %"_s : QString());
        body += u"<td>"_s + esc(levelWord(l.level)) + u"</td></tr>\n"_s;
    }
    body += u"</table>"_s;
    return body;
}

QString limitsSection(const Report& r) {
    return section(u"limits"_s, Tr::tr("Kernel limits"), limitsTable(r));
}

QString ownersSection(const Report& r) {
    if (r.owners.isEmpty())
        return section(u"owners"_s, Tr::tr("Owners"),
                       u"<p>"_s + esc(Tr::tr("There are no IPC objects.")) + u"</p>"_s);
    QString body =
        u"<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><tr>"_s;
    for (const QString& h :
         {Tr::tr("Owner"), Tr::tr("Semaphore sets"), Tr::tr("Semaphores"), Tr::tr("Segments"),
          Tr::tr("Shared memory"), Tr::tr("Queues"), Tr::tr("POSIX objects"), Tr::tr("In use"),
          Tr::tr("Orphaned"), Tr::tr("Possibly orphaned"), Tr::tr("Unknown"),
          Tr::tr("Running processes")})
        body += u"<th>"_s + esc(h) + u"</th>"_s;
    body += u"</tr>\n"_s;
    for (const OwnerSummary& o : r.owners) {
        const QStringList cells = {esc(o.owner.isEmpty() ? QString::number(o.uid) : o.owner),
                                   number(o.semaphoreSets),
                                   number(quint64(o.semaphores)),
                                   number(o.segments),
                                   esc(analysis::formatBytes(o.segmentBytes)),
                                   number(o.queues),
                                   number(o.posixObjects),
                                   number(o.inUse),
                                   number(o.orphaned),
                                   number(o.possiblyOrphaned),
                                   number(o.unknown),
                                   number(o.runningProcesses)};
        body += u"<tr>"_s;
        for (int i = 0; i < cells.size(); ++i)
            body += (i ? u"<td align=\"right\">"_s : u"<td>"_s) + cells[i] + u"</td>"_s;
        body += u"</tr>\n"_s;
    }
    body += u"</table>"_s;
    return section(u"owners"_s, Tr::tr("Owners"), body);
}

QString objectLabel(const ObjectVerdict& o) {
    if (o.ref.type == ObjectType::Semaphore || o.ref.type == ObjectType::SharedMemory ||
        o.ref.type == ObjectType::MessageQueue)
        return Tr::tr("%1 id %2, key 0x%3")
            .arg(objectTypeName(o.ref.type))
            .arg(o.ref.id)
            .arg(QString::number(o.key, 16).rightJustified(8, u'0'));
    return Tr::tr("%1 %2").arg(objectTypeName(o.ref.type), o.ref.name);
}

// The objects that are not in use, with their reasons (the intro counts them).
QString objectsList(const Report& r) {
    QString body;
    int n = 0;
    for (const ObjectVerdict& o : r.objects) {
        if (o.verdict == Verdict::InUse)
            continue;
        ++n;
        body += u"<li><b>"_s + esc(verdictName(o.verdict)) + u"</b> — "_s + esc(objectLabel(o)) +
                u", "_s + esc(Tr::tr("owner %1").arg(o.owner));
        if (!o.software.isEmpty())
            body += u" ["_s + esc(o.software) + u"]"_s;
        body += u"<ul>"_s;
        for (const Reason& reason : o.reasons)
            body += u"<li>"_s + esc(reason.text) + u"</li>"_s;
        body += u"</ul></li>\n"_s;
    }
    const QString intro = u"<p>"_s +
                          esc(Tr::tr("%1 of %n object(s) are not in use by a running program.",
                                     nullptr, int(r.objects.size()))
                                  .arg(n)) +
                          u"</p>\n"_s;
    return intro + (n ? u"<ul>"_s + body + u"</ul>"_s : QString());
}

QString objectsSection(const Report& r) {
    return section(u"objects"_s, Tr::tr("Objects not in use"), objectsList(r));
}

// Each container's own limits and objects that are not in use, as in the text report; its
// findings are among the host's already ("In the container …").
QString containersSection(const Report& r) {
    if (r.containers.isEmpty())
        return {};
    QString body;
    for (const NamespaceReport& c : r.containers) {
        // A namespace named after its oldest process has the pid in its name already.
        const bool named = c.ns.name.endsWith(u"(pid %1)"_s.arg(c.ns.oldestPid));
        const QString title = named
                                  ? Tr::tr("Container %1, namespace %2").arg(c.ns.name).arg(c.ns.id)
                                  : Tr::tr("Container %1 (namespace %2, pid %3)")
                                        .arg(c.ns.name)
                                        .arg(c.ns.id)
                                        .arg(c.ns.oldestPid);
        body += u"<h3>"_s + esc(title) + u"</h3>\n"_s;
        if (!c.report) {
            body += u"<p>"_s + esc(Tr::tr("Not read: %1").arg(c.ns.message)) + u"</p>\n"_s;
            continue;
        }
        body += limitsTable(*c.report) + objectsList(*c.report);
        if (c.report->count(Verdict::Orphaned) > 0)
            body += u"<p>"_s +
                    esc(Tr::tr("Clean up there: ipcscope-cli clean --namespace %1 --orphans")
                            .arg(namespaceWord(c.ns))) +
                    u"</p>\n"_s;
    }
    return section(u"containers"_s, Tr::tr("Containers (IPC namespaces of their own)"), body);
}

QString suggestionsSection(const Report& r) {
    QString body;
    for (const Suggestion& s : r.suggestions) {
        body += u"<li><b>%1 (%2)</b>: %3 → %4. %5"_s.arg(
            esc(s.field), esc(s.parameter), number(s.current), number(s.suggested), esc(s.reason));
        if (!s.reference.isEmpty())
            body += u" <small>("_s + esc(s.reference) + u")</small>"_s;
        body += u"</li>\n"_s;
    }
    for (const Software& s : r.software)
        if (!s.rootCause.isEmpty() && s.objects > 0)
            body += u"<li><b>"_s + esc(s.name) + u"</b>: "_s + esc(s.rootCause) + u"</li>\n"_s;
    if (body.isEmpty())
        return section(u"suggestions"_s, Tr::tr("Suggestions"),
                       u"<p>"_s + esc(Tr::tr("No changes are suggested.")) + u"</p>"_s);
    QString out = u"<ul>"_s + body + u"</ul>"_s;
    if (!r.sysctlSnippet.isEmpty())
        out += u"<pre>"_s + esc(r.sysctlSnippet) + u"</pre>"_s;
    return section(u"suggestions"_s, Tr::tr("Suggestions"), out);
}

QString symptomsSection(const SymptomScan& scan) {
    if (scan.empty())
        return section(u"symptoms"_s, Tr::tr("Symptoms in the logs"),
                       u"<p>"_s + esc(Tr::tr("The logs were not searched.")) + u"</p>"_s);
    QString body;
    if (scan.symptoms.isEmpty())
        body +=
            u"<p>"_s + esc(Tr::tr("No known IPC failure in the logs that were read.")) + u"</p>"_s;
    else {
        body +=
            u"<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>"_s +
            esc(Tr::tr("Time")) + u"</th><th>"_s + esc(Tr::tr("Log")) + u"</th><th>"_s +
            esc(Tr::tr("What it means")) + u"</th></tr>\n"_s;
        for (const Symptom& s : scan.symptoms) {
            const auto info = signatureInfo(s.signature);
            body += u"<tr><td>%1</td><td>%2</td><td>%3</td></tr>\n"_s.arg(
                esc(s.time ? dateTime(*s.time) : s.timeText), esc(s.source),
                esc(info ? info->title : s.signature));
            body +=
                u"<tr><td colspan=\"3\"><pre class=\"log\">%1</pre></td></tr>\n"_s.arg(esc(s.line));
        }
        body += u"</table>"_s;
    }
    QString read;
    for (const LogSource& src : scan.sources) {
        if (src.status == LogSource::Status::Read)
            read += u"<li>"_s + esc(src.path) + u"</li>"_s;
        else if (src.status != LogSource::Status::Absent)
            read += u"<li><b>"_s + esc(unreadableSentence(src)) + u"</b></li>"_s;
    }
    if (!read.isEmpty())
        body += u"<p>"_s + esc(Tr::tr("Logs looked at:")) + u"</p><ul>"_s + read + u"</ul>"_s;
    return section(u"symptoms"_s, Tr::tr("Symptoms in the logs"), body);
}

QString aboutSection(const Report& r, const SymptomScan& scan) {
    const HostInfo& h = r.snapshot.host;
    QString body = u"<table cellpadding=\"2\">"_s;
    auto row = [&body](const QString& k, const QString& v) {
        body += u"<tr><td>"_s + esc(k) + u"</td><td>"_s + esc(v) + u"</td></tr>"_s;
    };
    row(Tr::tr("Host"), h.hostname);
    row(Tr::tr("Kernel"), h.kernel + u' ' + h.arch);
    row(Tr::tr("Snapshot taken"), dateTime(h.time));
    row(Tr::tr("Helper version"), r.snapshot.helperVersion);
    row(Tr::tr("Seen as"), h.user + (h.fullView ? QString() : u" "_s + Tr::tr("(partial view)")));
    if (!scan.empty())
        row(Tr::tr("Logs searched"), dateTime(scan.time));
    row(Tr::tr("Report made by"), u"IPC Scope "_s + QStringLiteral(IPCSCOPE_VERSION));
    body += u"</table>"_s;
    return section(u"about"_s, Tr::tr("About this report"), body);
}

} // namespace

QString htmlReport(const Report& report, const SymptomScan& symptoms) {
    const QList<Diagnosis> diagnoses = diagnose(report, symptoms);
    const QString host = report.snapshot.host.hostname;
    QString html =
        u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>"_s +
        esc(Tr::tr("IPC report for %1").arg(host)) +
        u"</title>\n<style>\n"
        "body{font-family:sans-serif;max-width:60em;margin:1em auto;color:#212121}\n"
        "h1{font-size:1.5em}h2{font-size:1.2em;border-bottom:1px solid #bdbdbd;margin-top:1.5em}\n"
        "h3{font-size:1.05em;margin-top:1.2em}\n"
        "table.grid{border-collapse:collapse}table.grid td,table.grid th{border:1px solid "
        "#e0e0e0}\n"
        "table.bar{height:0.8em;border-collapse:collapse}\n"
        "pre.log{white-space:pre-wrap;background:#f5f5f5;margin:0;font-size:0.85em}\n"
        ".remedy{margin-left:2em}\n"
        "</style></head><body>\n"_s;
    html += u"<h1>"_s + esc(Tr::tr("IPC report for %1").arg(host)) + u"</h1>\n"_s;
    html += u"<p>"_s +
            esc(Tr::tr("Taken %1 with helper %2.")
                    .arg(dateTime(report.snapshot.host.time), report.snapshot.helperVersion)) +
            u"</p>\n"_s;
    html += diagnosesSection(diagnoses, symptoms);
    html += findingsSection(report);
    html += historySection(diagnoses);
    html += limitsSection(report);
    html += ownersSection(report);
    html += objectsSection(report);
    html += containersSection(report);
    html += suggestionsSection(report);
    html += symptomsSection(symptoms);
    html += aboutSection(report, symptoms);
    html += u"</body></html>\n"_s;
    return html;
}

} // namespace ipcscope
