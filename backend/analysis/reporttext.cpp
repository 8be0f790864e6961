// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/reporttext.h"

#include "analysis/analysistr.h"
#include "analysis/context.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

// A plain table: columns padded to their widest cell, numbers right-aligned.
class Table {
public:
    explicit Table(QStringList header)
        : m_rows{std::move(header)} {}
    void add(QStringList row) { m_rows.append(std::move(row)); }
    void setRightAligned(int column) { m_right.append(column); }
    QString render(const QString& indent = u"  "_s) const {
        QList<qsizetype> width;
        for (const QStringList& r : m_rows)
            for (qsizetype i = 0; i < r.size(); ++i) {
                if (width.size() <= i)
                    width.append(0);
                width[i] = std::max(width[i], r.at(i).size());
            }
        QString out;
        for (const QStringList& r : m_rows) {
            QString line = indent;
            for (qsizetype i = 0; i < r.size(); ++i) {
                const bool last = i == r.size() - 1;
                if (m_right.contains(int(i)))
                    line += r.at(i).rightJustified(width[i]);
                else
                    line += last ? r.at(i) : r.at(i).leftJustified(width[i]);
                if (!last)
                    line += u"  "_s;
            }
            while (line.endsWith(u' '))
                line.chop(1);
            out += line + u'\n';
        }
        return out;
    }

private:
    QList<QStringList> m_rows;
    QList<int> m_right;
};

QString levelMark(Level level) {
    switch (level) {
    case Level::Critical:
        return u"!!"_s;
    case Level::Warning:
        return u"! "_s;
    case Level::Ok:
        break;
    }
    return u"  "_s;
}

QString levelWord(Level level) {
    switch (level) {
    case Level::Critical:
        return Tr::tr("critical");
    case Level::Warning:
        return Tr::tr("warning");
    case Level::Ok:
        break;
    }
    return Tr::tr("ok");
}

QString header(const Report& r) {
    const HostInfo& h = r.snapshot.host;
    QString out =
        Tr::tr("IPC Scope report for %1 (Linux %2, %3), snapshot taken %4")
            .arg(h.hostname, h.kernel, h.arch,
                 QDateTime::fromSecsSinceEpoch(h.time).toString(u"yyyy-MM-dd HH:mm:ss"_s)) +
        u'\n';
    if (r.snapshot.mode == SnapshotMode::Agentless)
        out += Tr::tr("Read without the helper (agentless): no per-semaphore detail, no cleanup.") +
               u'\n';
    else if (!h.fullView && h.euid != 0)
        out +=
            Tr::tr("Not everything could be read (not root): some verdicts are unknown. Run with "
                   "--sudo for the full view.") +
            u'\n';
    else if (!h.fullView) // root, and still parts of /proc hidden (a container, say)
        out += Tr::tr("Not everything could be read, even as root (parts of /proc are hidden "
                      "here): some verdicts are unknown; the warnings below say what.") +
               u'\n';
    for (const Warning& w : r.snapshot.warnings)
        out += Tr::tr("Warning: %1").arg(w.message) + u'\n';
    return out;
}

QString limitsSection(const Report& r) {
    Table t({Tr::tr("LIMIT"), Tr::tr("PARAMETER"), Tr::tr("USED"), Tr::tr("OF"), Tr::tr("USE"),
             Tr::tr("STATE"), Tr::tr("WHAT IT LIMITS")});
    t.setRightAligned(2);
    t.setRightAligned(3);
    t.setRightAligned(4);
    for (const LimitUsage& l : r.limits) {
        const QString limit = l.limit ? QString::number(*l.limit) : Tr::tr("unknown");
        const QString use =
            l.limit && *l.limit ? QString::number(l.ratio() * 100.0, 'f', 0) + u" %"_s : u"-"_s;
        t.add({l.field, l.parameter, QString::number(l.used), limit, use, levelWord(l.level),
               l.explanation});
    }
    return Tr::tr("Limits") + u'\n' + t.render();
}

QString ownersSection(const Report& r) {
    Table t({Tr::tr("OWNER"), Tr::tr("UID"), Tr::tr("SETS"), Tr::tr("SEMS"), Tr::tr("SEGMENTS"),
             Tr::tr("BYTES"), Tr::tr("QUEUES"), Tr::tr("MESSAGES"), Tr::tr("POSIX"),
             Tr::tr("IN USE"), Tr::tr("ORPHANED"), Tr::tr("POSSIBLY"), Tr::tr("UNKNOWN"),
             Tr::tr("PROCESSES")});
    for (int c = 1; c <= 13; ++c)
        t.setRightAligned(c);
    for (const OwnerSummary& o : r.owners)
        t.add({o.owner, QString::number(o.uid), QString::number(o.semaphoreSets),
               QString::number(o.semaphores), QString::number(o.segments),
               QString::number(o.segmentBytes), QString::number(o.queues),
               QString::number(o.messages), QString::number(o.posixObjects),
               QString::number(o.inUse), QString::number(o.orphaned),
               QString::number(o.possiblyOrphaned), QString::number(o.unknown),
               QString::number(o.runningProcesses)});
    return Tr::tr("Owners") + u'\n' +
           (r.owners.isEmpty() ? Tr::tr("  no IPC objects") + u'\n' : t.render());
}

QString objectLabel(const ObjectVerdict& o) {
    switch (o.ref.type) {
    case ObjectType::Semaphore:
    case ObjectType::SharedMemory:
    case ObjectType::MessageQueue:
        return Tr::tr("%1 id %2 key 0x%3")
            .arg(objectTypeCode(o.ref.type))
            .arg(o.ref.id)
            .arg(QString::number(o.key, 16).rightJustified(8, u'0'));
    default:
        return Tr::tr("%1 /%2").arg(objectTypeCode(o.ref.type), o.ref.name);
    }
}

QString objectsSection(const Report& r) {
    QString out;
    int n = 0;
    for (const ObjectVerdict& o : r.objects) {
        if (o.verdict == Verdict::InUse)
            continue;
        ++n;
        out += u"  "_s + objectLabel(o) + u"  "_s + Tr::tr("owner %1").arg(o.owner) + u"  "_s +
               verdictName(o.verdict);
        if (!o.software.isEmpty())
            out += u"  ["_s + o.software + u']';
        out += u'\n';
        for (const Reason& reason : o.reasons)
            out += u"      - "_s + reason.text + u'\n';
    }
    const QString title =
        Tr::tr("Objects that are not in use: %1 of %2").arg(n).arg(r.objects.size());
    return title + u'\n' + out;
}

QString suggestionsSection(const Report& r) {
    QString out = Tr::tr("Suggestions") + u'\n';
    if (r.suggestions.isEmpty())
        return out + Tr::tr("  Every limit is sufficient; nothing to change.") + u'\n';
    for (const Suggestion& s : r.suggestions)
        out += (s.kind == Suggestion::Kind::CleanUpFirst
                    ? Tr::tr("  %1 (%2): clean up first; then %3 is enough, %4 if the leak recurs")
                          .arg(s.field, s.parameter)
                          .arg(s.enoughAfterCleanup)
                          .arg(s.suggested)
                    : Tr::tr("  %1 (%2): %3 -> %4")
                          .arg(s.field, s.parameter)
                          .arg(s.current)
                          .arg(s.suggested)) +
               u'\n' + u"      "_s + s.reason + u'\n' + u"      "_s +
               Tr::tr("Reference: %1").arg(s.reference) + u'\n';
    if (!r.sysctlSnippet.isEmpty())
        out += u'\n' + Tr::tr("A file for /etc/sysctl.d/:") + u'\n' + r.sysctlSnippet;
    return out;
}

QString findingsSection(const Report& r) {
    QString out = Tr::tr("Findings") + u'\n';
    for (const Finding& f : r.findings)
        out += u"  "_s + levelMark(f.level) + u' ' + f.text + u'\n';
    return out;
}

QString softwareSection(const Report& r) {
    if (r.software.isEmpty())
        return {};
    QString out = Tr::tr("Software") + u'\n';
    for (const Software& s : r.software) {
        const QString state =
            s.running ? Tr::tr("running as %1 since %2")
                            .arg(s.runningUser,
                                 analysis::formatTime(s.runningSince, r.snapshot.host.time))
                      : Tr::tr("not running");
        out += u"  "_s +
               Tr::tr("%1: %2; %3 objects, %4 orphaned")
                   .arg(s.name, state)
                   .arg(s.objects)
                   .arg(s.orphaned) +
               u'\n';
        if (s.orphaned > 0 && !s.rootCause.isEmpty())
            out += u"      "_s + Tr::tr("Fix at the root: %1").arg(s.rootCause) + u'\n';
    }
    return out;
}

QString indented(const QString& text) {
    QString out;
    for (const QString& line : text.split(u'\n', Qt::SkipEmptyParts))
        out += u"  "_s + line + u'\n';
    return out;
}

// Each container's own limits and objects that are not in use; its findings are among the
// host's already ("In the container …").
QString containersSection(const Report& r) {
    if (r.containers.isEmpty())
        return {};
    QString out = Tr::tr("Containers (IPC namespaces of their own)") + u'\n';
    for (const NamespaceReport& c : r.containers) {
        // A namespace named after its oldest process has the pid in its name already.
        const bool named = c.ns.name.endsWith(u"(pid %1)"_s.arg(c.ns.oldestPid));
        out += u'\n' +
               (named ? Tr::tr("Container %1, namespace %2").arg(c.ns.name).arg(c.ns.id)
                      : Tr::tr("Container %1 (namespace %2, pid %3)")
                            .arg(c.ns.name)
                            .arg(c.ns.id)
                            .arg(c.ns.oldestPid)) +
               u'\n';
        if (!c.report) {
            out += u"  "_s + Tr::tr("Not read: %1").arg(c.ns.message) + u'\n';
            continue;
        }
        out += indented(limitsSection(*c.report)) + indented(objectsSection(*c.report));
        if (c.report->count(Verdict::Orphaned) > 0)
            out += u"  "_s +
                   Tr::tr("Clean up there: ipcscope-cli clean --namespace %1 --orphans")
                       .arg(namespaceWord(c.ns)) +
                   u'\n';
    }
    return out;
}

} // namespace

QString reportToText(const Report& r) {
    return reportToText(r, {}, {});
}

QString reportToText(const Report& r, const QString& first, const QString& afterFindings) {
    QStringList parts = {header(r)};
    if (!first.isEmpty())
        parts << first;
    parts << findingsSection(r);
    if (!afterFindings.isEmpty())
        parts << afterFindings;
    parts << limitsSection(r) << ownersSection(r);
    const QString software = softwareSection(r);
    if (!software.isEmpty())
        parts << software;
    parts << objectsSection(r) << suggestionsSection(r);
    const QString containers = containersSection(r);
    if (!containers.isEmpty())
        parts << containers;
    return parts.join(u'\n');
}

QString tuneToText(const Report& r) {
    return QStringList{header(r), limitsSection(r), suggestionsSection(r)}.join(u'\n');
}

} // namespace ipcscope
