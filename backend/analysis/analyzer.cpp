// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/analyzer.h"

#include "analysis/analysistr.h"
#include "analysis/context.h"
#include "analysis/findings.h"
#include "analysis/limits.h"
#include "analysis/owners.h"
#include "analysis/software.h"
#include "analysis/verdicts.h"
#include "core/parallel.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

// Software to list in the report: running, or holding objects; with its object counts.
QList<Software> softwareSummary(const analysis::SoftwareCatalog& catalog,
                                const QList<ObjectVerdict>& objects) {
    QHash<QString, std::pair<int, int>> counts; // id -> (objects, orphaned)
    for (const ObjectVerdict& v : objects) {
        if (v.software.isEmpty())
            continue;
        auto& c = counts[v.software];
        ++c.first;
        if (v.verdict == Verdict::Orphaned)
            ++c.second;
    }
    QList<Software> out;
    for (Software s : catalog.all()) {
        const auto c = counts.value(s.id);
        s.objects = c.first;
        s.orphaned = c.second;
        if (s.running || s.objects > 0)
            out.append(s);
    }
    return out;
}

} // namespace

namespace {

int levelRank(Level level) {
    return level == Level::Critical ? 0 : level == Level::Warning ? 1 : 2;
}

// Each container's namespace is analysed alone (its objects, limits and programs; processes of
// other namespaces do not count for it). Its warnings and critical findings join the host's,
// naming the container, so that a full SEMMNI inside a container is not hidden behind a clean
// host. They keep their object refs and actions, and `ns` says that the refs point into that
// container's report (Report::containers), never into the host's.
void addContainers(Report& report, const AnalyzerOptions& options) {
    QList<Finding> lifted;
    int unreadable = 0;
    for (const IpcNamespace& n : report.snapshot.namespaces) {
        if (n.host)
            continue;
        NamespaceReport nr;
        nr.ns = n;
        if (n.objects) {
            auto r = std::make_shared<Report>(analyze(*n.objects, options));
            for (const Finding& f : r->findings) {
                if (f.level == Level::Ok)
                    continue;
                Finding c = f;
                c.text = Tr::tr("In the container %1: %2").arg(n.name, f.text);
                c.ns = n.id;
                c.namespaceName = n.name;
                // The Suggestions page and its sysctl snippet are the host's.
                if (c.action == Finding::Action::Explain)
                    c.action = Finding::Action::None;
                lifted.append(c);
            }
            nr.report = std::move(r);
        } else {
            ++unreadable;
        }
        report.containers.append(nr);
    }
    if (unreadable > 0) {
        Finding f;
        f.level = Level::Ok;
        f.code = u"containers_unreadable"_s;
        f.text = report.snapshot.host.euid == 0
                     ? Tr::tr("%n container(s) could not be read: their objects and limits are "
                              "not shown",
                              "", unreadable)
                     : Tr::tr("%n container(s) could not be read: run as root (e.g. with --sudo) "
                              "to see their objects and limits",
                              "", unreadable);
        f.action = Finding::Action::None;
        lifted.append(f);
    }
    if (lifted.isEmpty())
        return;
    if (std::any_of(lifted.begin(), lifted.end(),
                    [](const Finding& f) { return f.level != Level::Ok; }))
        report.findings.removeIf([](const Finding& f) { return f.code == "all_clear"_L1; });
    report.findings.append(lifted);
    std::stable_sort(
        report.findings.begin(), report.findings.end(),
        [](const Finding& a, const Finding& b) { return levelRank(a.level) < levelRank(b.level); });
}

} // namespace

Report analyze(const Snapshot& snapshot, const AnalyzerOptions& options) {
    Report report;
    report.snapshot = snapshot;
    // Everything below reads report.snapshot: the context keeps pointers into it.
    const Snapshot& s = report.snapshot;
    const analysis::Context context(s);
    const analysis::SoftwareCatalog catalog(context);
    const analysis::VerdictJudge judge(context, catalog);

    // One verdict per object, independent of all others: judged on all cores, each thread
    // filling its own slice of the list in snapshot order.
    const qsizetype sem = s.semaphores.size();
    const qsizetype shm = sem + s.sharedMemory.size();
    const qsizetype msg = shm + s.messageQueues.size();
    const qsizetype pshm = msg + s.posixShm.size();
    const qsizetype psem = pshm + s.posixSemaphores.size();
    report.objects.resize(psem + s.posixMqueues.size());
    ObjectVerdict* out = report.objects.data();
    const auto judgeAt = [&](qsizetype i) {
        if (i < sem)
            return judge.judge(s.semaphores.at(i), int(i));
        if (i < shm)
            return judge.judge(s.sharedMemory.at(i - sem), int(i - sem));
        if (i < msg)
            return judge.judge(s.messageQueues.at(i - shm), int(i - shm));
        if (i < pshm)
            return judge.judge(ObjectType::PosixShm, s.posixShm.at(i - msg), int(i - msg));
        if (i < psem)
            return judge.judge(ObjectType::PosixSemaphore, s.posixSemaphores.at(i - pshm),
                               int(i - pshm));
        return judge.judge(ObjectType::PosixMqueue, s.posixMqueues.at(i - psem), int(i - psem));
    };
    parallelSlices(report.objects.size(), 2000, [&](int, qsizetype begin, qsizetype end) {
        analysis::SentenceMemo memo;
        const analysis::SentenceMemo::Scope scope(memo);
        for (qsizetype i = begin; i < end; ++i)
            out[i] = judgeAt(i);
    });

    report.owners = analysis::ownerSummaries(s, report.objects);
    report.limits = analysis::limitUsage(s, report.objects);
    report.software = softwareSummary(catalog, report.objects);

    AdvisorInput advisor;
    advisor.limits = s.limits;
    advisor.usage = report.limits;
    advisor.memTotal = s.host.memTotal;
    advisor.pageSize = s.host.pageSize;
    advisor.postgres = options.postgres;
    advisor.workloads = options.workloads;
    // Plan for the databases present (running or with objects); their published minimums apply.
    for (const Software& sw : report.software)
        if (!advisor.workloads.contains(sw.id))
            advisor.workloads.append(sw.id);
    report.suggestions = suggestLimits(advisor);
    report.sysctlSnippet = sysctlSnippet(report.suggestions, s.limits, s.host.hostname);
    report.findings = analysis::findingsFor(report);
    addContainers(report, options);
    return report;
}

} // namespace ipcscope
