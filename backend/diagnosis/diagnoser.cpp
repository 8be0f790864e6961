// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosis/diagnoser.h"

#include "analysis/context.h"
#include "diagnosis/diagnosistr.h"
#include "diagnosis/signatures.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

// "12:47:44" on the snapshot's day, else "2026-11-20 12:47:44" (local time of the viewer).
QString formatSeconds(qint64 t, qint64 now) {
    const QDateTime at = QDateTime::fromSecsSinceEpoch(t);
    if (now > 0 && at.date() == QDateTime::fromSecsSinceEpoch(now).date())
        return at.toString(u"HH:mm:ss"_s);
    return at.toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString programName(const QString& signature, const Symptom& s) {
    if (signature.startsWith("apache"_L1) || s.kind == "apache"_L1)
        return u"Apache"_s;
    if (signature.startsWith("postgresql"_L1) || s.kind == "postgresql"_L1 ||
        s.line.contains("postgres"_L1))
        return u"PostgreSQL"_s;
    // The syslog tag: "Nov 23 12:49:10 web1 myapp[4411]: …"
    static const QRegularExpression tag(u"\\s([A-Za-z0-9_.-]+)\\[\\d+\\]: "_s);
    if (const auto m = tag.match(s.line); m.hasMatch())
        return m.captured(1);
    return Tr::tr("A program");
}

const LimitUsage* findLimit(const Report& report, const QString& field) {
    for (const LimitUsage& l : report.limits)
        if (l.field == field)
            return &l;
    return nullptr;
}

bool full(const LimitUsage* l) {
    return l && l->limit && l->used >= *l->limit;
}

// The objects of `type` counted by the report's own verdicts, so that the sentence says what the
// object table and the cleanup show: "3 orphaned sets of Apache httpd can be cleaned up, 1 in
// use". `toClean` gets exactly the orphaned ones counted here.
// `toClean`: the orphaned objects of the type; `toCheck`: the possibly orphaned ones.
QString breakdown(const Report& report, ObjectType type, QList<ObjectRef>& toClean,
                  QList<ObjectRef>& toCheck) {
    QHash<QString, int> orphanedBySoftware;
    int orphanedOther = 0, possibly = 0, inUse = 0, unknown = 0;
    for (const ObjectVerdict& v : report.objects) {
        if (v.ref.type != type)
            continue;
        switch (v.verdict) {
        case Verdict::Orphaned:
            toClean.append(v.ref);
            if (v.software.isEmpty())
                ++orphanedOther;
            else
                ++orphanedBySoftware[v.software];
            break;
        case Verdict::PossiblyOrphaned:
            toCheck.append(v.ref);
            ++possibly;
            break;
        case Verdict::InUse:
            ++inUse;
            break;
        case Verdict::Unknown:
            ++unknown;
            break;
        }
    }
    const bool sets = type == ObjectType::Semaphore;
    QStringList parts;
    QStringList ids = orphanedBySoftware.keys();
    std::sort(ids.begin(), ids.end());
    for (const QString& id : ids) {
        QString name = id;
        for (const Software& s : report.software)
            if (s.id == id)
                name = s.name;
        const int n = orphanedBySoftware[id];
        parts << (sets ? Tr::tr("%n orphaned set(s) of %1 can be cleaned up", nullptr, n)
                       : Tr::tr("%n orphaned segment(s) of %1 can be cleaned up", nullptr, n))
                     .arg(name);
    }
    if (orphanedOther)
        parts << (sets
                      ? Tr::tr("%n orphaned set(s) of programs that have exited can be cleaned up",
                               nullptr, orphanedOther)
                      : Tr::tr("%n orphaned segment(s) of programs that have exited can be cleaned "
                               "up",
                               nullptr, orphanedOther));
    if (possibly)
        parts << Tr::tr("%n possibly orphaned (a person should look)", nullptr, possibly);
    if (inUse)
        parts << Tr::tr("%n in use", nullptr, inUse);
    if (unknown)
        parts << Tr::tr("%n not judged (IPC Scope could not see enough)", nullptr, unknown);
    return QLocale().createSeparatedList(parts);
}

// The program a failure belongs to, as start lines name it: "apache", "postgresql", "php-fpm",
// or empty when any program may have written it.
QString programOf(const SignatureInfo& info, const Symptom& s) {
    if (!info.program.isEmpty())
        return info.program;
    if (s.kind == "apache"_L1 || s.kind == "postgresql"_L1 || s.kind == "php-fpm"_L1)
        return s.kind;
    return {};
}

const Software* softwareFor(const Report& report, const QString& program) {
    const QString id = program == "php-fpm"_L1 ? u"php"_s : program;
    for (const Software& s : report.software)
        if (s.id == id)
            return &s;
    return nullptr;
}

// What ran out, judged from the message: ENOSPC (count limits), ENOMEM, EINVAL (size limit).
QStringList limitFieldsFor(const QString& signature, const QString& line) {
    const ObjectType type = signatureInfo(signature)->resource;
    if (type == ObjectType::Semaphore)
        return {u"SEMMNI"_s, u"SEMMNS"_s};
    if (line.contains("Invalid argument"_L1))
        return {u"SHMMAX"_s};
    if (line.contains("Cannot allocate memory"_L1))
        return {u"SHMALL"_s};
    return {u"SHMMNI"_s, u"SHMALL"_s};
}

QString limitNoun(const QString& field, quint64 limit) {
    const int n = int(std::min<quint64>(limit, quint64(INT_MAX)));
    if (field == "SEMMNI"_L1)
        return Tr::tr("all %n semaphore set(s) the kernel allows (SEMMNI) are taken", nullptr, n);
    if (field == "SEMMNS"_L1)
        return Tr::tr("all %n semaphore(s) the kernel allows in total (SEMMNS) are taken", nullptr,
                      n);
    if (field == "SHMMNI"_L1)
        return Tr::tr("all %n shared-memory segment(s) the kernel allows (SHMMNI) are taken",
                      nullptr, n);
    if (field == "SHMALL"_L1)
        return Tr::tr(
            "the shared memory the kernel allows in total (SHMALL, %n page(s)) is used up", nullptr,
            n);
    return Tr::tr("the limit %1 is reached").arg(field);
}

Diagnosis link(const Report& report, const QString& signature, const QList<Symptom>& evidence,
               const QList<StartLine>& starts) {
    Diagnosis d;
    d.signature = signature;
    d.evidence = evidence;
    const SignatureInfo info = *signatureInfo(signature);
    const Symptom& last = evidence.last();
    const QString program = programName(signature, last);
    const QString message = symptomMessage(last.line);
    const qint64 now = report.snapshot.host.time;
    const QString when = last.time ? formatSeconds(*last.time, now) : last.timeText;
    QString event;
    if (signature == "apache_accept_mutex"_L1)
        event = when.isEmpty()
                    ? Tr::tr("%1 lost its lock ('%2')").arg(program, message)
                    : Tr::tr("%1 lost its lock at %2 ('%3')").arg(program, when, message);
    else if (signature == "semctl_rmid_failed"_L1)
        event = when.isEmpty()
                    ? Tr::tr("%1 found its semaphores already removed ('%2')").arg(program, message)
                    : Tr::tr("%1 found its semaphores already removed at %2 ('%3')")
                          .arg(program, when, message);
    else if (signature.startsWith("apache"_L1) || signature.startsWith("postgresql"_L1))
        event = when.isEmpty()
                    ? Tr::tr("%1 failed to start ('%2')").arg(program, message)
                    : Tr::tr("%1 failed to start at %2 ('%3')").arg(program, when, message);
    else
        event = when.isEmpty()
                    ? Tr::tr("%1 could not create an IPC object ('%2')").arg(program, message)
                    : Tr::tr("%1 could not create an IPC object at %2 ('%3')")
                          .arg(program, when, message);
    if (evidence.size() > 1)
        event += u' ' + Tr::tr("(seen %n time(s) in the logs)", nullptr, int(evidence.size()));

    QString rootCause;
    for (const Software& s : report.software)
        if (!info.program.isEmpty() && s.id == info.program)
            rootCause = s.rootCause;

    // A later successful start of the same program makes the failure history: the running
    // instance's start when it began after the failure, else the first start line after it.
    const QString startedProgram = programOf(info, last);
    if (last.time && !startedProgram.isEmpty()) {
        const Software* sw = softwareFor(report, startedProgram);
        d.runningNow = sw && sw->running;
        std::optional<qint64> since;
        if (d.runningNow && qint64(sw->runningSince) > *last.time)
            since = qint64(sw->runningSince);
        else
            for (const StartLine& st : starts)
                if (st.program == startedProgram && st.time && *st.time > *last.time &&
                    (!since || *st.time < *since))
                    since = st.time;
        if (since) {
            d.code = u"history"_s;
            d.level = Level::Ok;
            d.history = true;
            d.startedAgain = since;
            const QString again = formatSeconds(*since, now);
            d.text = d.runningNow ? Tr::tr("%1; running again since %2.").arg(event, again)
                                  : Tr::tr("%1; started again at %2.").arg(event, again);
            if (!rootCause.isEmpty())
                d.remedy =
                    Tr::tr("Nothing to do now. To keep it from happening again: %1").arg(rootCause);
            return d;
        }
    }

    if (signature == "apache_accept_mutex"_L1 || signature == "semctl_rmid_failed"_L1) {
        // The object was removed under a running program: nothing on the host to clean now.
        d.code = u"removed_while_running"_s;
        d.level = Level::Warning;
        d.text = Tr::tr("%1: its semaphore set was removed while it was running, by ipcrm or by "
                        "systemd's RemoveIPC when the owning user logged out.")
                     .arg(event);
        d.remedy =
            Tr::tr("Set RemoveIPC=no in /etc/systemd/logind.conf (or run the service under a "
                   "system account), make sure nobody removes objects that are in use, and "
                   "start the program again.");
        if (!rootCause.isEmpty())
            d.remedy += u' ' + rootCause;
        return d;
    }

    QList<ObjectRef> toClean, toCheck;
    const QString who = breakdown(report, info.resource, toClean, toCheck);
    for (const QString& field : limitFieldsFor(signature, last.line)) {
        const LimitUsage* l = findLimit(report, field);
        if (!full(l))
            continue;
        d.code = u"limit_full"_s;
        d.level = Level::Critical;
        d.limitField = field;
        d.objects = toClean;
        d.text = who.isEmpty()
                     ? Tr::tr("%1 because %2.").arg(event, limitNoun(field, *l->limit))
                     : Tr::tr("%1 because %2 — %3.").arg(event, limitNoun(field, *l->limit), who);
        if (!toClean.isEmpty())
            d.remedy = Tr::tr("Cleaning up the %n object(s) left behind frees the room; then start "
                              "the program again.",
                              nullptr, int(toClean.size()));
        else if (!toCheck.isEmpty())
            // Never "nothing to clean" while objects that may be leftovers hold the room.
            d.remedy = Tr::tr("%n object(s) may have been left behind (possibly orphaned: their "
                              "owner still runs other programs). Check them and clean up those "
                              "that are leftovers; raise %1 only if they are in use (see the "
                              "suggestions).",
                              nullptr, int(toCheck.size()))
                           .arg(field);
        else
            d.remedy = Tr::tr("Nothing left behind can be cleaned: raise %1 (see the suggestions).")
                           .arg(field);
        if (!rootCause.isEmpty())
            d.remedy += u' ' + rootCause;
        return d;
    }
    // The host has room, but a container's own limit may be full (each has limits of its own):
    // the program that failed probably runs there. Its objects are in the container's report,
    // so none are offered here; the container's own finding has its cleanup.
    for (const QString& field : limitFieldsFor(signature, last.line)) {
        for (const NamespaceReport& c : report.containers) {
            const LimitUsage* inside = c.report ? findLimit(*c.report, field) : nullptr;
            if (!full(inside))
                continue;
            const LimitUsage* onHost = findLimit(report, field);
            d.code = u"limit_full_in_container"_s;
            d.level = Level::Critical;
            d.limitField = field;
            d.objects = {};
            d.text = Tr::tr("%1. On the host %2 of %3 (%4) are used, but in the container %5 %6: "
                            "the program that failed probably runs there.")
                         .arg(event, QString::number(onHost ? onHost->used : 0),
                              onHost && onHost->limit ? QString::number(*onHost->limit) : u"?"_s,
                              field, c.ns.name, limitNoun(field, *inside->limit));
            d.remedy = Tr::tr("Clean up what was left behind in the container (its finding on the "
                              "Overview) or raise its limit (Planner, Limits of: the container), "
                              "then start the program again.");
            return d;
        }
    }
    // The limit is not full now: the leftovers are gone or the failure was a one-off peak.
    d.code = u"limit_not_full"_s;
    d.level = Level::Warning;
    d.objects = toClean;
    const QStringList fields = limitFieldsFor(signature, last.line);
    const LimitUsage* l = findLimit(report, fields.first());
    if (l && l->limit)
        d.text = Tr::tr("%1. Right now %2 of %3 (%4) are used, so the shortage has passed — "
                        "probably the objects were removed or the limit raised since.")
                     .arg(event, QString::number(l->used), QString::number(*l->limit), l->field);
    else
        d.text = Tr::tr("%1. The limits on this host do not show the shortage now.").arg(event);
    d.remedy = toClean.isEmpty()
                   ? Tr::tr("If it happens again, check the limits while it happens.")
                   : Tr::tr("%n object(s) left behind still take room; cleaning them up makes it "
                            "less likely to happen again.",
                            nullptr, int(toClean.size()));
    return d;
}

int levelRank(Level l) {
    return l == Level::Critical ? 0 : l == Level::Warning ? 1 : 2;
}

} // namespace

QList<Diagnosis> diagnose(const Report& report, const SymptomScan& scan) {
    QStringList order;
    QHash<QString, QList<Symptom>> bySignature;
    for (const Symptom& s : scan.symptoms) {
        if (!signatureInfo(s.signature))
            continue; // a newer helper's signature this version does not know
        if (!bySignature.contains(s.signature))
            order << s.signature;
        bySignature[s.signature].append(s);
    }
    QList<Diagnosis> out;
    for (const QString& sig : order) {
        QList<Symptom> ev = bySignature.value(sig);
        std::stable_sort(ev.begin(), ev.end(), [](const Symptom& a, const Symptom& b) {
            return a.time.value_or(0) < b.time.value_or(0);
        });
        out.append(link(report, sig, ev, scan.starts));
    }
    std::stable_sort(out.begin(), out.end(), [](const Diagnosis& a, const Diagnosis& b) {
        if (a.history != b.history)
            return b.history;
        if (levelRank(a.level) != levelRank(b.level))
            return levelRank(a.level) < levelRank(b.level);
        return a.evidence.last().time.value_or(0) > b.evidence.last().time.value_or(0);
    });
    return out;
}

QList<Finding> diagnosisFindings(const QList<Diagnosis>& diagnoses) {
    QList<Finding> out;
    for (const Diagnosis& d : diagnoses) {
        Finding f;
        f.level = d.level;
        f.code = u"diagnosis_"_s + d.code + u'_' + d.signature;
        f.text = d.remedy.isEmpty() ? d.text : d.text + u' ' + d.remedy;
        f.action = d.history             ? Finding::Action::None
                   : d.objects.isEmpty() ? Finding::Action::Explain
                                         : Finding::Action::Clean;
        f.objects = d.objects;
        out.append(f);
    }
    return out;
}

Report withDiagnoses(Report report, const SymptomScan& scan) {
    QList<Diagnosis> current, past;
    for (const Diagnosis& d : diagnose(report, scan))
        (d.history ? past : current).append(d);
    // What is wrong now goes before everything else; what has recovered goes after it.
    report.findings = diagnosisFindings(current) + report.findings + diagnosisFindings(past);
    return report;
}

PasteAnalysis analyzePaste(const QString& text, const Report& report) {
    PasteAnalysis p;
    const auto matches = matchLines(text);
    if (matches.isEmpty())
        return p;
    const auto& [code, line] = matches.first();
    const SignatureInfo info = *signatureInfo(code);
    p.recognised = true;
    p.signature = code;
    p.title = info.title;
    p.explanation = info.explanation;
    p.message = symptomMessage(line);
    Symptom s;
    s.signature = code;
    s.line = line;
    s.kind = info.program;
    p.onThisHost = link(report, code, {s}, {});
    return p;
}

} // namespace ipcscope
