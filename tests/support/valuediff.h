// SPDX-License-Identifier: GPL-3.0-or-later
// COMPARE_VALUES(actual, expected): compares the backend's value structs (snapshot, report,
// planner) with their defaulted operator== and, when they differ, names the first field that
// does: "semaphores[3].sems[1].pid: 7267 != 7268". Comparing values directly instead of their
// JSON also catches a field the JSON writer leaves out.
//
// The field lists below only explain a difference; equality itself is the structs' operator==,
// so a field missing here still fails the comparison ("… differ in a field valuediff.h does not
// list"): add it here then.
#pragma once

#include "analysis/advisor.h"
#include "analysis/report.h"
#include "model/snapshot.h"
#include "planner/limitschange.h"
#include "planner/plan.h"
#include "planner/workload.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTest>

#include <concepts>
#include <optional>
#include <type_traits>

namespace ipcscope::testsupport {

using namespace Qt::StringLiterals;

struct Differ;

// The structs with a field list (describeFields below, found through Differ's namespace).
template <typename T>
concept HasFieldList = requires(Differ& d, const T& v) {
    describeFields(d, v, v);
};

template <typename T>
QString valueText(const T& v) {
    if constexpr (std::is_same_v<T, QString>)
        return u'"' + v + u'"';
    else if constexpr (std::is_same_v<T, QStringList>)
        return u"[\""_s + v.join(u"\", \""_s) + u"\"]"_s;
    else if constexpr (std::is_same_v<T, bool>)
        return v ? u"true"_s : u"false"_s;
    else if constexpr (std::is_enum_v<T>)
        return QString::number(qlonglong(v));
    else if constexpr (std::is_floating_point_v<T>)
        return QString::number(v, 'g', 17);
    else if constexpr (std::is_integral_v<T>)
        return QString::number(v);
    else
        return u"(a value)"_s;
}

// Walks two values that compare unequal down to the first field that differs.
struct Differ {
    QString path;
    QString found;

    template <typename T>
    void field(const char* name, const T& a, const T& b) {
        if (!found.isEmpty() || a == b)
            return;
        const QString outer = path;
        path += (path.isEmpty() ? QString() : u"."_s) + QLatin1StringView(name);
        compare(a, b);
        path = outer;
    }

    template <typename T>
    void compare(const T& a, const T& b) {
        if constexpr (HasFieldList<T>) {
            describeFields(*this, a, b);
            if (found.isEmpty())
                found = where() + u": differ in a field valuediff.h does not list"_s;
        } else {
            found = where() + u": "_s + valueText(a) + u" != "_s + valueText(b);
        }
    }

    template <typename T>
    void compare(const std::optional<T>& a, const std::optional<T>& b) {
        if (a && b)
            compare(*a, *b);
        else
            found = where() + u": "_s + (a ? valueText(*a) : u"nullopt"_s) + u" != "_s +
                    (b ? valueText(*b) : u"nullopt"_s);
    }

    template <typename T>
    void compare(const QList<T>& a, const QList<T>& b) {
        if constexpr (std::is_same_v<T, QString>) { // a QStringList: short, shown whole
            found = where() + u": "_s + valueText(QStringList(a)) + u" != "_s +
                    valueText(QStringList(b));
            return;
        }
        for (qsizetype i = 0; i < qMin(a.size(), b.size()); ++i) {
            if (a.at(i) == b.at(i))
                continue;
            const QString outer = path;
            path += u'[' + QString::number(i) + u']';
            compare(a.at(i), b.at(i));
            path = outer;
            return;
        }
        found = where() + u": "_s + QString::number(a.size()) + u" items != "_s +
                QString::number(b.size()) + u" items"_s;
    }

    QString where() const { return path.isEmpty() ? u"the values"_s : path; }
};

#define IPCSCOPE_VALUEDIFF_FIELD(name) d.field(#name, a.name, b.name)

inline void describeFields(Differ& d, const ipcscope::HostInfo& a, const ipcscope::HostInfo& b) {
    IPCSCOPE_VALUEDIFF_FIELD(hostname);
    IPCSCOPE_VALUEDIFF_FIELD(os);
    IPCSCOPE_VALUEDIFF_FIELD(kernel);
    IPCSCOPE_VALUEDIFF_FIELD(arch);
    IPCSCOPE_VALUEDIFF_FIELD(bootId);
    IPCSCOPE_VALUEDIFF_FIELD(bootTime);
    IPCSCOPE_VALUEDIFF_FIELD(uptime);
    IPCSCOPE_VALUEDIFF_FIELD(time);
    IPCSCOPE_VALUEDIFF_FIELD(memTotal);
    IPCSCOPE_VALUEDIFF_FIELD(pageSize);
    IPCSCOPE_VALUEDIFF_FIELD(clockTicks);
    IPCSCOPE_VALUEDIFF_FIELD(ipcNamespace);
    IPCSCOPE_VALUEDIFF_FIELD(pidNamespace);
    IPCSCOPE_VALUEDIFF_FIELD(euid);
    IPCSCOPE_VALUEDIFF_FIELD(user);
    IPCSCOPE_VALUEDIFF_FIELD(fullView);
    IPCSCOPE_VALUEDIFF_FIELD(semStatAny);
}
inline void describeFields(Differ& d, const ipcscope::Limits& a, const ipcscope::Limits& b) {
    IPCSCOPE_VALUEDIFF_FIELD(semmsl);
    IPCSCOPE_VALUEDIFF_FIELD(semmns);
    IPCSCOPE_VALUEDIFF_FIELD(semopm);
    IPCSCOPE_VALUEDIFF_FIELD(semmni);
    IPCSCOPE_VALUEDIFF_FIELD(semvmx);
    IPCSCOPE_VALUEDIFF_FIELD(shmmax);
    IPCSCOPE_VALUEDIFF_FIELD(shmall);
    IPCSCOPE_VALUEDIFF_FIELD(shmmni);
    IPCSCOPE_VALUEDIFF_FIELD(msgmax);
    IPCSCOPE_VALUEDIFF_FIELD(msgmnb);
    IPCSCOPE_VALUEDIFF_FIELD(msgmni);
    IPCSCOPE_VALUEDIFF_FIELD(mqQueuesMax);
    IPCSCOPE_VALUEDIFF_FIELD(mqMsgMax);
    IPCSCOPE_VALUEDIFF_FIELD(mqMsgsizeMax);
    IPCSCOPE_VALUEDIFF_FIELD(mqMsgDefault);
    IPCSCOPE_VALUEDIFF_FIELD(mqMsgsizeDefault);
}
inline void describeFields(Differ& d, const ipcscope::SysvCommon& a,
                           const ipcscope::SysvCommon& b) {
    IPCSCOPE_VALUEDIFF_FIELD(key);
    IPCSCOPE_VALUEDIFF_FIELD(id);
    IPCSCOPE_VALUEDIFF_FIELD(perms);
    IPCSCOPE_VALUEDIFF_FIELD(uid);
    IPCSCOPE_VALUEDIFF_FIELD(gid);
    IPCSCOPE_VALUEDIFF_FIELD(cuid);
    IPCSCOPE_VALUEDIFF_FIELD(cgid);
    IPCSCOPE_VALUEDIFF_FIELD(owner);
    IPCSCOPE_VALUEDIFF_FIELD(group);
    IPCSCOPE_VALUEDIFF_FIELD(creator);
    IPCSCOPE_VALUEDIFF_FIELD(ctime);
}
inline void describeFields(Differ& d, const ipcscope::Semaphore& a, const ipcscope::Semaphore& b) {
    IPCSCOPE_VALUEDIFF_FIELD(value);
    IPCSCOPE_VALUEDIFF_FIELD(pid);
    IPCSCOPE_VALUEDIFF_FIELD(ncnt);
    IPCSCOPE_VALUEDIFF_FIELD(zcnt);
}
inline void describeFields(Differ& d, const ipcscope::SemaphoreSet& a,
                           const ipcscope::SemaphoreSet& b) {
    describeFields(d, static_cast<const ipcscope::SysvCommon&>(a),
                   static_cast<const ipcscope::SysvCommon&>(b));
    IPCSCOPE_VALUEDIFF_FIELD(nsems);
    IPCSCOPE_VALUEDIFF_FIELD(otime);
    IPCSCOPE_VALUEDIFF_FIELD(detail);
    IPCSCOPE_VALUEDIFF_FIELD(sems);
}
inline void describeFields(Differ& d, const ipcscope::SharedMemorySegment& a,
                           const ipcscope::SharedMemorySegment& b) {
    describeFields(d, static_cast<const ipcscope::SysvCommon&>(a),
                   static_cast<const ipcscope::SysvCommon&>(b));
    IPCSCOPE_VALUEDIFF_FIELD(size);
    IPCSCOPE_VALUEDIFF_FIELD(nattch);
    IPCSCOPE_VALUEDIFF_FIELD(cpid);
    IPCSCOPE_VALUEDIFF_FIELD(lpid);
    IPCSCOPE_VALUEDIFF_FIELD(atime);
    IPCSCOPE_VALUEDIFF_FIELD(dtime);
    IPCSCOPE_VALUEDIFF_FIELD(rss);
    IPCSCOPE_VALUEDIFF_FIELD(swap);
    IPCSCOPE_VALUEDIFF_FIELD(dest);
    IPCSCOPE_VALUEDIFF_FIELD(locked);
    IPCSCOPE_VALUEDIFF_FIELD(attachedPids);
}
inline void describeFields(Differ& d, const ipcscope::MessageQueue& a,
                           const ipcscope::MessageQueue& b) {
    describeFields(d, static_cast<const ipcscope::SysvCommon&>(a),
                   static_cast<const ipcscope::SysvCommon&>(b));
    IPCSCOPE_VALUEDIFF_FIELD(cbytes);
    IPCSCOPE_VALUEDIFF_FIELD(qnum);
    IPCSCOPE_VALUEDIFF_FIELD(qbytes);
    IPCSCOPE_VALUEDIFF_FIELD(lspid);
    IPCSCOPE_VALUEDIFF_FIELD(lrpid);
    IPCSCOPE_VALUEDIFF_FIELD(stime);
    IPCSCOPE_VALUEDIFF_FIELD(rtime);
}
inline void describeFields(Differ& d, const ipcscope::PosixObject& a,
                           const ipcscope::PosixObject& b) {
    IPCSCOPE_VALUEDIFF_FIELD(name);
    IPCSCOPE_VALUEDIFF_FIELD(nameHex);
    IPCSCOPE_VALUEDIFF_FIELD(uid);
    IPCSCOPE_VALUEDIFF_FIELD(gid);
    IPCSCOPE_VALUEDIFF_FIELD(owner);
    IPCSCOPE_VALUEDIFF_FIELD(group);
    IPCSCOPE_VALUEDIFF_FIELD(mode);
    IPCSCOPE_VALUEDIFF_FIELD(size);
    IPCSCOPE_VALUEDIFF_FIELD(mtime);
    IPCSCOPE_VALUEDIFF_FIELD(ctime);
    IPCSCOPE_VALUEDIFF_FIELD(mtimeNs);
    IPCSCOPE_VALUEDIFF_FIELD(ctimeNs);
    IPCSCOPE_VALUEDIFF_FIELD(inode);
    IPCSCOPE_VALUEDIFF_FIELD(mappedPids);
    IPCSCOPE_VALUEDIFF_FIELD(value);
    IPCSCOPE_VALUEDIFF_FIELD(qsize);
    IPCSCOPE_VALUEDIFF_FIELD(notifyPid);
}
inline void describeFields(Differ& d, const ipcscope::Process& a, const ipcscope::Process& b) {
    IPCSCOPE_VALUEDIFF_FIELD(pid);
    IPCSCOPE_VALUEDIFF_FIELD(alive);
    IPCSCOPE_VALUEDIFF_FIELD(state);
    IPCSCOPE_VALUEDIFF_FIELD(comm);
    IPCSCOPE_VALUEDIFF_FIELD(cmdline);
    IPCSCOPE_VALUEDIFF_FIELD(uid);
    IPCSCOPE_VALUEDIFF_FIELD(user);
    IPCSCOPE_VALUEDIFF_FIELD(startTime);
    IPCSCOPE_VALUEDIFF_FIELD(ppid);
}
inline void describeFields(Differ& d, const ipcscope::UserProcesses& a,
                           const ipcscope::UserProcesses& b) {
    IPCSCOPE_VALUEDIFF_FIELD(uid);
    IPCSCOPE_VALUEDIFF_FIELD(user);
    IPCSCOPE_VALUEDIFF_FIELD(processes);
}
inline void describeFields(Differ& d, const ipcscope::Program& a, const ipcscope::Program& b) {
    IPCSCOPE_VALUEDIFF_FIELD(comm);
    IPCSCOPE_VALUEDIFF_FIELD(uid);
    IPCSCOPE_VALUEDIFF_FIELD(user);
    IPCSCOPE_VALUEDIFF_FIELD(count);
    IPCSCOPE_VALUEDIFF_FIELD(oldestStart);
    IPCSCOPE_VALUEDIFF_FIELD(newestStart);
    IPCSCOPE_VALUEDIFF_FIELD(oldestPid);
}
inline void describeFields(Differ& d, const ipcscope::UninspectedProcess& a,
                           const ipcscope::UninspectedProcess& b) {
    IPCSCOPE_VALUEDIFF_FIELD(pid);
    IPCSCOPE_VALUEDIFF_FIELD(comm);
    IPCSCOPE_VALUEDIFF_FIELD(uid);
    IPCSCOPE_VALUEDIFF_FIELD(user);
    IPCSCOPE_VALUEDIFF_FIELD(refused);
}
inline void describeFields(Differ& d, const ipcscope::Warning& a, const ipcscope::Warning& b) {
    IPCSCOPE_VALUEDIFF_FIELD(code);
    IPCSCOPE_VALUEDIFF_FIELD(message);
}
inline void describeFields(Differ& d, const ipcscope::Snapshot& a, const ipcscope::Snapshot& b) {
    IPCSCOPE_VALUEDIFF_FIELD(schema);
    IPCSCOPE_VALUEDIFF_FIELD(helperVersion);
    IPCSCOPE_VALUEDIFF_FIELD(mode);
    IPCSCOPE_VALUEDIFF_FIELD(host);
    IPCSCOPE_VALUEDIFF_FIELD(limits);
    IPCSCOPE_VALUEDIFF_FIELD(semaphores);
    IPCSCOPE_VALUEDIFF_FIELD(sharedMemory);
    IPCSCOPE_VALUEDIFF_FIELD(messageQueues);
    IPCSCOPE_VALUEDIFF_FIELD(posixShm);
    IPCSCOPE_VALUEDIFF_FIELD(posixSemaphores);
    IPCSCOPE_VALUEDIFF_FIELD(posixMqueues);
    IPCSCOPE_VALUEDIFF_FIELD(processes);
    IPCSCOPE_VALUEDIFF_FIELD(users);
    IPCSCOPE_VALUEDIFF_FIELD(programs);
    IPCSCOPE_VALUEDIFF_FIELD(uninspectedListed);
    IPCSCOPE_VALUEDIFF_FIELD(uninspected);
    IPCSCOPE_VALUEDIFF_FIELD(warnings);
}
inline void describeFields(Differ& d, const ipcscope::Reason& a, const ipcscope::Reason& b) {
    IPCSCOPE_VALUEDIFF_FIELD(code);
    IPCSCOPE_VALUEDIFF_FIELD(text);
}
inline void describeFields(Differ& d, const ipcscope::ObjectRef& a, const ipcscope::ObjectRef& b) {
    IPCSCOPE_VALUEDIFF_FIELD(type);
    IPCSCOPE_VALUEDIFF_FIELD(index);
    IPCSCOPE_VALUEDIFF_FIELD(id);
    IPCSCOPE_VALUEDIFF_FIELD(name);
}
inline void describeFields(Differ& d, const ipcscope::ObjectVerdict& a,
                           const ipcscope::ObjectVerdict& b) {
    IPCSCOPE_VALUEDIFF_FIELD(ref);
    IPCSCOPE_VALUEDIFF_FIELD(key);
    IPCSCOPE_VALUEDIFF_FIELD(uid);
    IPCSCOPE_VALUEDIFF_FIELD(owner);
    IPCSCOPE_VALUEDIFF_FIELD(verdict);
    IPCSCOPE_VALUEDIFF_FIELD(reasons);
    IPCSCOPE_VALUEDIFF_FIELD(software);
}
inline void describeFields(Differ& d, const ipcscope::Software& a, const ipcscope::Software& b) {
    IPCSCOPE_VALUEDIFF_FIELD(id);
    IPCSCOPE_VALUEDIFF_FIELD(name);
    IPCSCOPE_VALUEDIFF_FIELD(running);
    IPCSCOPE_VALUEDIFF_FIELD(runningUser);
    IPCSCOPE_VALUEDIFF_FIELD(runningSince);
    IPCSCOPE_VALUEDIFF_FIELD(objects);
    IPCSCOPE_VALUEDIFF_FIELD(orphaned);
    IPCSCOPE_VALUEDIFF_FIELD(rootCause);
    IPCSCOPE_VALUEDIFF_FIELD(serviceName);
}
inline void describeFields(Differ& d, const ipcscope::OwnerSummary& a,
                           const ipcscope::OwnerSummary& b) {
    IPCSCOPE_VALUEDIFF_FIELD(uid);
    IPCSCOPE_VALUEDIFF_FIELD(owner);
    IPCSCOPE_VALUEDIFF_FIELD(semaphoreSets);
    IPCSCOPE_VALUEDIFF_FIELD(semaphores);
    IPCSCOPE_VALUEDIFF_FIELD(segments);
    IPCSCOPE_VALUEDIFF_FIELD(segmentBytes);
    IPCSCOPE_VALUEDIFF_FIELD(queues);
    IPCSCOPE_VALUEDIFF_FIELD(messages);
    IPCSCOPE_VALUEDIFF_FIELD(messageBytes);
    IPCSCOPE_VALUEDIFF_FIELD(posixObjects);
    IPCSCOPE_VALUEDIFF_FIELD(inUse);
    IPCSCOPE_VALUEDIFF_FIELD(orphaned);
    IPCSCOPE_VALUEDIFF_FIELD(possiblyOrphaned);
    IPCSCOPE_VALUEDIFF_FIELD(unknown);
    IPCSCOPE_VALUEDIFF_FIELD(runningProcesses);
}
inline void describeFields(Differ& d, const ipcscope::LimitUsage& a,
                           const ipcscope::LimitUsage& b) {
    IPCSCOPE_VALUEDIFF_FIELD(parameter);
    IPCSCOPE_VALUEDIFF_FIELD(field);
    IPCSCOPE_VALUEDIFF_FIELD(unit);
    IPCSCOPE_VALUEDIFF_FIELD(used);
    IPCSCOPE_VALUEDIFF_FIELD(limit);
    IPCSCOPE_VALUEDIFF_FIELD(level);
    IPCSCOPE_VALUEDIFF_FIELD(explanation);
    IPCSCOPE_VALUEDIFF_FIELD(reclaimable);
}
inline void describeFields(Differ& d, const ipcscope::Suggestion& a,
                           const ipcscope::Suggestion& b) {
    IPCSCOPE_VALUEDIFF_FIELD(parameter);
    IPCSCOPE_VALUEDIFF_FIELD(field);
    IPCSCOPE_VALUEDIFF_FIELD(current);
    IPCSCOPE_VALUEDIFF_FIELD(suggested);
    IPCSCOPE_VALUEDIFF_FIELD(reason);
    IPCSCOPE_VALUEDIFF_FIELD(reference);
}
inline void describeFields(Differ& d, const ipcscope::Finding& a, const ipcscope::Finding& b) {
    IPCSCOPE_VALUEDIFF_FIELD(level);
    IPCSCOPE_VALUEDIFF_FIELD(code);
    IPCSCOPE_VALUEDIFF_FIELD(text);
    IPCSCOPE_VALUEDIFF_FIELD(action);
    IPCSCOPE_VALUEDIFF_FIELD(objects);
}
inline void describeFields(Differ& d, const ipcscope::Report& a, const ipcscope::Report& b) {
    IPCSCOPE_VALUEDIFF_FIELD(snapshot);
    IPCSCOPE_VALUEDIFF_FIELD(objects);
    IPCSCOPE_VALUEDIFF_FIELD(owners);
    IPCSCOPE_VALUEDIFF_FIELD(limits);
    IPCSCOPE_VALUEDIFF_FIELD(software);
    IPCSCOPE_VALUEDIFF_FIELD(suggestions);
    IPCSCOPE_VALUEDIFF_FIELD(findings);
    IPCSCOPE_VALUEDIFF_FIELD(sysctlSnippet);
}
inline void describeFields(Differ& d, const ipcscope::planner::Plan& a,
                           const ipcscope::planner::Plan& b) {
    IPCSCOPE_VALUEDIFF_FIELD(host);
    IPCSCOPE_VALUEDIFF_FIELD(workloads);
}
inline void describeFields(Differ& d, const ipcscope::planner::FieldPlan& a,
                           const ipcscope::planner::FieldPlan& b) {
    IPCSCOPE_VALUEDIFF_FIELD(parameter);
    IPCSCOPE_VALUEDIFF_FIELD(field);
    IPCSCOPE_VALUEDIFF_FIELD(unit);
    IPCSCOPE_VALUEDIFF_FIELD(limit);
    IPCSCOPE_VALUEDIFF_FIELD(used);
    IPCSCOPE_VALUEDIFF_FIELD(extra);
    IPCSCOPE_VALUEDIFF_FIELD(minimum);
    IPCSCOPE_VALUEDIFF_FIELD(required);
    IPCSCOPE_VALUEDIFF_FIELD(proposed);
    IPCSCOPE_VALUEDIFF_FIELD(changed);
    IPCSCOPE_VALUEDIFF_FIELD(capped);
    IPCSCOPE_VALUEDIFF_FIELD(sentence);
    IPCSCOPE_VALUEDIFF_FIELD(reasons);
    IPCSCOPE_VALUEDIFF_FIELD(references);
}
inline void describeFields(Differ& d, const ipcscope::planner::Proposal& a,
                           const ipcscope::planner::Proposal& b) {
    IPCSCOPE_VALUEDIFF_FIELD(fields);
    IPCSCOPE_VALUEDIFF_FIELD(current);
    IPCSCOPE_VALUEDIFF_FIELD(proposed);
    IPCSCOPE_VALUEDIFF_FIELD(hostname);
}
inline void describeFields(Differ& d, const ipcscope::planner::Workload& a,
                           const ipcscope::planner::Workload& b) {
    IPCSCOPE_VALUEDIFF_FIELD(kind);
    IPCSCOPE_VALUEDIFF_FIELD(label);
    IPCSCOPE_VALUEDIFF_FIELD(instances);
    IPCSCOPE_VALUEDIFF_FIELD(postgresVersion);
    IPCSCOPE_VALUEDIFF_FIELD(postgres);
    IPCSCOPE_VALUEDIFF_FIELD(apacheMpm);
    IPCSCOPE_VALUEDIFF_FIELD(apacheSysvsem);
    IPCSCOPE_VALUEDIFF_FIELD(apacheMutexes);
    IPCSCOPE_VALUEDIFF_FIELD(apacheLeakedRestarts);
    IPCSCOPE_VALUEDIFF_FIELD(oracleProcesses);
    IPCSCOPE_VALUEDIFF_FIELD(oracleSgaBytes);
    IPCSCOPE_VALUEDIFF_FIELD(ramBytes);
    IPCSCOPE_VALUEDIFF_FIELD(customSemSets);
    IPCSCOPE_VALUEDIFF_FIELD(customSemsPerSet);
    IPCSCOPE_VALUEDIFF_FIELD(customSegments);
    IPCSCOPE_VALUEDIFF_FIELD(customSegmentBytes);
    IPCSCOPE_VALUEDIFF_FIELD(customQueues);
    IPCSCOPE_VALUEDIFF_FIELD(customQueueBytes);
}
inline void describeFields(Differ& d, const ipcscope::planner::Need& a,
                           const ipcscope::planner::Need& b) {
    IPCSCOPE_VALUEDIFF_FIELD(field);
    IPCSCOPE_VALUEDIFF_FIELD(kind);
    IPCSCOPE_VALUEDIFF_FIELD(value);
    IPCSCOPE_VALUEDIFF_FIELD(reason);
    IPCSCOPE_VALUEDIFF_FIELD(reference);
}
inline void describeFields(Differ& d, const ipcscope::planner::HostFacts& a,
                           const ipcscope::planner::HostFacts& b) {
    IPCSCOPE_VALUEDIFF_FIELD(memTotal);
    IPCSCOPE_VALUEDIFF_FIELD(pageSize);
}
inline void describeFields(Differ& d, const ipcscope::planner::LimitChange& a,
                           const ipcscope::planner::LimitChange& b) {
    IPCSCOPE_VALUEDIFF_FIELD(parameter);
    IPCSCOPE_VALUEDIFF_FIELD(oldValue);
    IPCSCOPE_VALUEDIFF_FIELD(newValue);
    IPCSCOPE_VALUEDIFF_FIELD(readBack);
}
inline void describeFields(Differ& d, const ipcscope::planner::LimitsResult& a,
                           const ipcscope::planner::LimitsResult& b) {
    IPCSCOPE_VALUEDIFF_FIELD(applied);
    IPCSCOPE_VALUEDIFF_FIELD(restored);
    IPCSCOPE_VALUEDIFF_FIELD(file);
    IPCSCOPE_VALUEDIFF_FIELD(changes);
    IPCSCOPE_VALUEDIFF_FIELD(rejectedParameter);
    IPCSCOPE_VALUEDIFF_FIELD(message);
}
inline void describeFields(Differ& d, const ipcscope::PostgresSettings& a,
                           const ipcscope::PostgresSettings& b) {
    IPCSCOPE_VALUEDIFF_FIELD(maxConnections);
    IPCSCOPE_VALUEDIFF_FIELD(autovacuumMaxWorkers);
    IPCSCOPE_VALUEDIFF_FIELD(maxWalSenders);
    IPCSCOPE_VALUEDIFF_FIELD(maxWorkerProcesses);
}

#undef IPCSCOPE_VALUEDIFF_FIELD

// Empty when equal, else where and how the values first differ.
template <typename T>
QString firstDifference(const T& actual, const T& expected) {
    if (actual == expected)
        return {};
    Differ d;
    d.compare(actual, expected);
    return d.found;
}

} // namespace ipcscope::testsupport

#define COMPARE_VALUES(actual, expected)                                                           \
    do {                                                                                           \
        const QString valueDifference_ =                                                           \
            ::ipcscope::testsupport::firstDifference((actual), (expected));                        \
        if (!QTest::qVerify(valueDifference_.isEmpty(), #actual " == " #expected,                  \
                            qPrintable(valueDifference_), __FILE__, __LINE__))                     \
            return;                                                                                \
    } while (false)
