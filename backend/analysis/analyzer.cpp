// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/analyzer.h"

#include "analysis/context.h"
#include "analysis/findings.h"
#include "analysis/limits.h"
#include "analysis/owners.h"
#include "analysis/software.h"
#include "analysis/verdicts.h"

#include <QHash>

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

Report analyze(const Snapshot& snapshot, const AnalyzerOptions& options) {
    Report report;
    report.snapshot = snapshot;
    // Everything below reads report.snapshot: the context keeps pointers into it.
    const Snapshot& s = report.snapshot;
    const analysis::Context context(s);
    const analysis::SoftwareCatalog catalog(context);
    const analysis::VerdictJudge judge(context, catalog);

    report.objects.reserve(s.objectCount());
    for (int i = 0; i < s.semaphores.size(); ++i)
        report.objects.append(judge.judge(s.semaphores.at(i), i));
    for (int i = 0; i < s.sharedMemory.size(); ++i)
        report.objects.append(judge.judge(s.sharedMemory.at(i), i));
    for (int i = 0; i < s.messageQueues.size(); ++i)
        report.objects.append(judge.judge(s.messageQueues.at(i), i));
    for (int i = 0; i < s.posixShm.size(); ++i)
        report.objects.append(judge.judge(ObjectType::PosixShm, s.posixShm.at(i), i));
    for (int i = 0; i < s.posixSemaphores.size(); ++i)
        report.objects.append(judge.judge(ObjectType::PosixSemaphore, s.posixSemaphores.at(i), i));
    for (int i = 0; i < s.posixMqueues.size(); ++i)
        report.objects.append(judge.judge(ObjectType::PosixMqueue, s.posixMqueues.at(i), i));

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
    return report;
}

} // namespace ipcscope
