// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics.h"

#include "commandio.h"
#include "fileio.h"
#include "logsignatures.h"
#include "rootfiles.h"
#include "snapshot.h"
#include "utf8.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <optional>
#include <set>
#include <sys/stat.h>
#include <tuple>
#include <unistd.h>

namespace ipcscope::helper {

namespace {

constexpr uint32_t ShmDest = 01000; // SHM_DEST in the mode word /proc prints
constexpr int64_t ClockSlack = 2;   // seconds: start times and IPC times are not exact
constexpr const char* FileName = "ipcscope.prom";
constexpr const char* StateFileName = ".ipcscope-symptom-counts";

// What one referenced pid says about the object (docs/verdicts.md, "The evidence").
enum class Pid { AliveSame, Gone, NotVisible };

class Evidence {
public:
    explicit Evidence(const Snapshot& s)
        : m_s(s) {}

    // `refTime`: the time that proves "the same process" (0: no time needed).
    Pid pid(int64_t pid, int64_t refTime) const {
        const auto it =
            std::lower_bound(m_s.processes.begin(), m_s.processes.end(), pid,
                             [](const ProcessInfo& p, int64_t value) { return p.pid < value; });
        if (it == m_s.processes.end() || it->pid != pid)
            return Pid::NotVisible; // process_not_listed
        if (!it->alive || it->state == 'Z')
            return Pid::Gone;
        if (refTime > 0 && it->startTicks && m_s.host.bootTime > 0) {
            const double start =
                double(m_s.host.bootTime) + double(*it->startTicks) / double(m_s.host.clockTicks);
            if (start > double(refTime + ClockSlack))
                return Pid::Gone; // pid_reused
        }
        return Pid::AliveSame;
    }

    bool runsProcesses(uint32_t uid) const {
        const auto it =
            std::lower_bound(m_s.users.begin(), m_s.users.end(), uid,
                             [](const UserCount& u, uint32_t value) { return u.uid < value; });
        return it != m_s.users.end() && it->uid == uid && it->processes > 0;
    }

    // Rules 1, 2 and 5 once the pids are known: `alive` any referenced process alive and the
    // same, `hidden` something that matters could not be seen.
    HelperVerdict decide(bool alive, bool hidden, uint32_t uid, uint32_t cuid) const {
        if (alive)
            return HelperVerdict::InUse;
        if (hidden || !m_s.host.fullView)
            return HelperVerdict::Unknown;
        return runsProcesses(uid) || runsProcesses(cuid) ? HelperVerdict::PossiblyOrphaned
                                                         : HelperVerdict::Orphaned;
    }

    // Folds one pid into (alive, hidden).
    void add(int64_t pid, int64_t refTime, bool activity, bool& alive, bool& hidden) const {
        if (pid <= 0) {
            hidden = hidden || activity; // pid_not_visible: another PID namespace
            return;
        }
        const Pid p = this->pid(pid, refTime);
        alive = alive || p == Pid::AliveSame;
        hidden = hidden || p == Pid::NotVisible;
    }

private:
    const Snapshot& m_s;
};

// Software by owner signature only (the backend's recognition also looks at running programs
// and referenced processes): docs/verdicts.md, "Software recognition".
std::string_view softwareOf(std::string_view type, const std::string& owner, uint32_t key,
                            int64_t nsems, uint32_t mode, uint32_t cuid, std::string_view name) {
    static const std::set<std::string_view> httpd = {"www-data", "apache", "daemon",
                                                     "wwwrun",   "http",   "nobody"};
    static const std::set<std::string_view> postgres = {"postgres", "postgresql", "pgsql",
                                                        "enterprisedb"};
    if (type == "sem" && key == 0 && nsems == 1 && (mode & 0777) == 0600 && cuid == 0 &&
        httpd.count(owner))
        return "apache";
    if (postgres.count(owner) || name.substr(0, 11) == "PostgreSQL.")
        return "postgresql";
    if (owner == "oracle" || owner == "grid")
        return "oracle";
    if (owner.size() > 3 && owner.compare(0, 3, "db2") == 0)
        return "db2";
    return {};
}

std::string fmt(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.15g", v);
    return buf;
}

class Writer {
public:
    void family(std::string_view name, std::string_view type, std::string_view help) {
        m_out.append("# HELP ").append(name).append(" ").append(help).append("\n");
        m_out.append("# TYPE ").append(name).append(" ").append(type).append("\n");
    }
    void sample(std::string_view name,
                std::initializer_list<std::pair<std::string_view, std::string_view>> labels,
                const std::string& value) {
        m_out.append(name);
        if (labels.size()) {
            m_out.append("{");
            bool first = true;
            for (const auto& [k, v] : labels) {
                if (!first)
                    m_out.append(",");
                first = false;
                m_out.append(k).append("=\"").append(escapeLabelValue(v)).append("\"");
            }
            m_out.append("}");
        }
        m_out.append(" ").append(value).append("\n");
    }
    std::string take() { return std::move(m_out); }

private:
    std::string m_out;
};

uint64_t pages(uint64_t bytes, uint64_t pageSize) {
    return pageSize ? (bytes + pageSize - 1) / pageSize : 0;
}

} // namespace

std::string_view helperVerdictCode(HelperVerdict v) {
    switch (v) {
    case HelperVerdict::InUse:
        return "in_use";
    case HelperVerdict::Orphaned:
        return "orphaned";
    case HelperVerdict::PossiblyOrphaned:
        return "possibly_orphaned";
    case HelperVerdict::Unknown:
        return "unknown";
    }
    return "unknown";
}

std::vector<ClassifiedObject> classifyObjects(const Snapshot& s, const Accounts& accounts) {
    const Evidence e(s);
    std::vector<ClassifiedObject> out;
    out.reserve(s.semaphores.size() + s.sharedMemory.size() + s.messageQueues.size() +
                s.posixShm.size() + s.posixSemaphores.size() + s.posixMqueues.size());
    for (const SemSet& set : s.semaphores) {
        ClassifiedObject o{"sem", HelperVerdict::Unknown, set.uid, {}, 0};
        o.software = softwareOf(o.type, accounts.userName(set.uid), set.key, set.nsems, set.mode,
                                set.cuid, {});
        if (set.detail) { // rule 4: without per-semaphore detail nothing can be said
            bool alive = false, hidden = false, waiters = false;
            const int64_t ref = set.otime ? set.otime : set.ctime;
            for (const Sem& sem : set.sems) {
                waiters = waiters || sem.ncnt > 0 || sem.zcnt > 0;
                e.add(sem.pid, ref, false, alive, hidden);
            }
            const bool anyPid = std::any_of(set.sems.begin(), set.sems.end(),
                                            [](const Sem& sem) { return sem.pid > 0; });
            hidden = hidden || (set.otime != 0 && !anyPid); // pid_not_visible
            o.verdict = e.decide(alive || waiters, hidden, set.uid, set.cuid);
        }
        out.push_back(o);
    }
    for (const ShmSegment& seg : s.sharedMemory) {
        ClassifiedObject o{"shm", HelperVerdict::Unknown, seg.uid, {}, seg.size};
        o.software =
            softwareOf(o.type, accounts.userName(seg.uid), seg.key, 0, seg.mode, seg.cuid, {});
        if (seg.nattch > 0) {
            o.verdict = HelperVerdict::InUse;
        } else if (!(seg.mode & ShmDest)) { // marked for removal: the kernel frees it
            bool alive = false, hidden = false;
            e.add(seg.cpid, seg.ctime, true, alive, hidden);
            e.add(seg.lpid, std::max(seg.atime, seg.dtime), seg.atime || seg.dtime, alive, hidden);
            o.verdict = e.decide(alive, hidden, seg.uid, seg.cuid);
        }
        out.push_back(o);
    }
    for (const MsgQueue& q : s.messageQueues) {
        ClassifiedObject o{"msg", HelperVerdict::Unknown, q.uid, {}, q.cbytes};
        o.software = softwareOf(o.type, accounts.userName(q.uid), q.key, 0, q.mode, q.cuid, {});
        bool alive = false, hidden = false;
        e.add(q.lspid, q.stime ? q.stime : q.ctime, q.stime != 0, alive, hidden);
        e.add(q.lrpid, q.rtime ? q.rtime : q.ctime, q.rtime != 0, alive, hidden);
        o.verdict = e.decide(alive, hidden, q.uid, q.cuid);
        out.push_back(o);
    }
    // POSIX shm and semaphores: a mapping exists only while its process does. Nobody mapping it
    // is decisive only when every process's maps could be read.
    const bool mapsComplete = s.host.fullView && s.uninspected.empty();
    auto posixMapped = [&](const std::vector<PosixObject>& list, std::string_view type) {
        for (const PosixObject& p : list) {
            ClassifiedObject o{type, HelperVerdict::Unknown, p.uid, {}, p.size};
            o.software = softwareOf(type, accounts.userName(p.uid), 0, 0, p.mode, p.uid, p.name);
            if (!p.mappedPids.empty())
                o.verdict = HelperVerdict::InUse;
            else if (mapsComplete)
                o.verdict = e.decide(false, false, p.uid, p.uid);
            out.push_back(o);
        }
    };
    posixMapped(s.posixShm, "posix_shm");
    posixMapped(s.posixSemaphores, "posix_sem");
    for (const PosixObject& p : s.posixMqueues) {
        ClassifiedObject o{"posix_mq", HelperVerdict::Unknown, p.uid, {}, p.qsize.value_or(0)};
        o.software = softwareOf(o.type, accounts.userName(p.uid), 0, 0, p.mode, p.uid, p.name);
        bool alive = false, hidden = false;
        if (p.notifyPid)
            e.add(*p.notifyPid, 0, false, alive, hidden);
        o.verdict = e.decide(alive, hidden, p.uid, p.uid);
        out.push_back(o);
    }
    return out;
}

std::string escapeLabelValue(std::string_view value) {
    std::string valid;
    appendRepairedUtf8(value, valid);
    std::string out;
    out.reserve(valid.size());
    for (const char c : valid) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

std::string renderMetrics(const MetricsInput& in) {
    const Snapshot& s = *in.snapshot;
    const Accounts& accounts = *in.accounts;
    Writer w;

    w.family("ipcscope_helper_info", "gauge", "The ipcscope-helper that wrote these metrics.");
    w.sample("ipcscope_helper_info", {{"version", in.helperVersion}}, "1");
    w.family("ipcscope_scrape_duration_seconds", "gauge",
             "Seconds the helper took to read the IPC objects (and the logs).");
    w.sample("ipcscope_scrape_duration_seconds", {}, fmt(in.durationSeconds));
    w.family("ipcscope_scrape_timestamp_seconds", "gauge",
             "Unix time of the snapshot these metrics describe.");
    w.sample("ipcscope_scrape_timestamp_seconds", {}, std::to_string(s.host.time));
    w.family("ipcscope_full_view", "gauge",
             "1 when the helper could see every process and object (root), else 0.");
    w.sample("ipcscope_full_view", {}, s.host.fullView ? "1" : "0");

    // Objects by type, helper verdict, owner and software; owners capped.
    const std::vector<ClassifiedObject> objects = classifyObjects(s, accounts);
    std::map<uint32_t, size_t> perUid;
    for (const ClassifiedObject& o : objects)
        ++perUid[o.uid];
    std::vector<std::pair<size_t, std::string>> ranked;
    for (const auto& [uid, n] : perUid)
        ranked.emplace_back(n, accounts.userName(uid));
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    std::set<std::string> named;
    for (size_t i = 0; i < ranked.size() && i < in.maxOwners; ++i)
        named.insert(ranked[i].second);
    using Key = std::tuple<std::string_view, std::string_view, std::string, std::string_view>;
    std::map<Key, uint64_t> counts;
    for (const ClassifiedObject& o : objects) {
        const std::string& owner = accounts.userName(o.uid);
        ++counts[Key{o.type, helperVerdictCode(o.verdict), named.count(owner) ? owner : "other",
                     o.software.empty() ? std::string_view("unrecognised") : o.software}];
    }
    w.family("ipcscope_objects", "gauge",
             "IPC objects by type, the helper's verdict (clear cases of docs/verdicts.md, without "
             "the software rules), owner (the biggest ones, the rest as other) and software "
             "(by owner signature).");
    for (const auto& [key, n] : counts)
        w.sample("ipcscope_objects",
                 {{"type", std::get<0>(key)},
                  {"helper_verdict", std::get<1>(key)},
                  {"owner", std::get<2>(key)},
                  {"software", std::get<3>(key)}},
                 std::to_string(n));

    // Orphaned objects and bytes per type (every type, also at 0).
    static constexpr std::string_view Types[] = {"sem",       "shm",       "msg",
                                                 "posix_shm", "posix_sem", "posix_mq"};
    std::map<std::string_view, std::pair<uint64_t, uint64_t>> orphaned;
    for (const ClassifiedObject& o : objects)
        if (o.verdict == HelperVerdict::Orphaned) {
            ++orphaned[o.type].first;
            orphaned[o.type].second += o.bytes;
        }
    w.family("ipcscope_orphaned_objects", "gauge",
             "Objects the helper judges orphaned: every referenced process gone, nothing attached "
             "or waiting, neither owner nor creator runs a process.");
    for (std::string_view t : Types)
        w.sample("ipcscope_orphaned_objects", {{"type", t}}, std::to_string(orphaned[t].first));
    w.family("ipcscope_orphaned_bytes", "gauge",
             "Bytes held by the objects the helper judges orphaned (segment sizes, queued "
             "messages, POSIX file sizes).");
    for (std::string_view t : Types)
        w.sample("ipcscope_orphaned_bytes", {{"type", t}}, std::to_string(orphaned[t].second));

    // Limits with their use, as the backend's limit usage counts it (backend/analysis/limits.cpp).
    uint64_t sems = 0, largestSet = 0, shmPages = 0, largestSegment = 0;
    for (const SemSet& set : s.semaphores) {
        sems += uint64_t(std::max<int64_t>(set.nsems, 0));
        largestSet = std::max(largestSet, uint64_t(std::max<int64_t>(set.nsems, 0)));
    }
    for (const ShmSegment& seg : s.sharedMemory) {
        shmPages += pages(seg.size, s.host.pageSize);
        largestSegment = std::max(largestSegment, seg.size);
    }
    uint64_t fullestUsed = 0;
    std::optional<uint64_t> fullestLimit = s.limits.msgmnb;
    double fullestRatio = -1;
    for (const MsgQueue& q : s.messageQueues) {
        const std::optional<uint64_t> limit = q.qbytes ? q.qbytes : s.limits.msgmnb;
        const double ratio = limit && *limit ? double(q.cbytes) / double(*limit) : 0.0;
        if (ratio > fullestRatio) {
            fullestRatio = ratio;
            fullestUsed = q.cbytes;
            fullestLimit = limit;
        }
    }
    struct Limit {
        std::string_view name, sysctl, scope;
        uint64_t used;
        std::optional<uint64_t> limit;
    };
    const Limit limits[] = {
        {"SEMMNI", "kernel.sem", "total", s.semaphores.size(), s.limits.semmni},
        {"SEMMNS", "kernel.sem", "total", sems, s.limits.semmns},
        {"SEMMSL", "kernel.sem", "per_object", largestSet, s.limits.semmsl},
        {"SHMMNI", "kernel.shmmni", "total", s.sharedMemory.size(), s.limits.shmmni},
        {"SHMALL", "kernel.shmall", "total", shmPages, s.limits.shmall},
        {"SHMMAX", "kernel.shmmax", "per_object", largestSegment, s.limits.shmmax},
        {"MSGMNI", "kernel.msgmni", "total", s.messageQueues.size(), s.limits.msgmni},
        {"MSGMNB", "kernel.msgmnb", "per_object", fullestUsed, fullestLimit},
        {"MQ_QUEUES_MAX", "fs.mqueue.queues_max", "total", s.posixMqueues.size(),
         s.limits.mqQueuesMax},
    };
    w.family("ipcscope_limit", "gauge",
             "Kernel IPC limit (scope total: all objects together; per_object: each object's own "
             "size).");
    for (const Limit& l : limits)
        if (l.limit)
            w.sample("ipcscope_limit",
                     {{"limit", l.name}, {"sysctl", l.sysctl}, {"scope", l.scope}},
                     std::to_string(*l.limit));
    w.family(
        "ipcscope_limit_used", "gauge",
        "Use of each kernel IPC limit (per_object: the largest object, or the fullest queue).");
    for (const Limit& l : limits)
        w.sample("ipcscope_limit_used",
                 {{"limit", l.name}, {"sysctl", l.sysctl}, {"scope", l.scope}},
                 std::to_string(l.used));
    w.family("ipcscope_limit_used_ratio", "gauge", "Use of each kernel IPC limit, 0 to 1.");
    for (const Limit& l : limits)
        if (l.limit)
            w.sample("ipcscope_limit_used_ratio",
                     {{"limit", l.name}, {"sysctl", l.sysctl}, {"scope", l.scope}},
                     fmt(*l.limit ? double(l.used) / double(*l.limit) : (l.used ? 1.0 : 0.0)));

    // IPC failures in the logs: lines counted so far, and the newest one's time.
    if (in.symptoms) {
        std::map<std::string_view, std::pair<uint64_t, int64_t>> seen;
        for (const Symptom& sym : in.symptoms->symptoms) {
            for (std::string_view known : KnownSignatures)
                if (known == sym.signature) {
                    ++seen[known].first;
                    if (sym.time)
                        seen[known].second = std::max(seen[known].second, *sym.time);
                }
        }
        if (in.symptomCounts) {
            // Text format 0.0.4 (what the textfile collector reads): the family is named with
            // its _total suffix.
            w.family("ipcscope_log_symptoms_total", "counter",
                     "Lines with a known IPC failure in the logs, each counted once across runs "
                     "(lines newer than the last counted; lines without a time stamp are not "
                     "counted).");
            for (std::string_view known : KnownSignatures) {
                const auto it = in.symptomCounts->find(known);
                w.sample("ipcscope_log_symptoms_total", {{"signature", known}},
                         std::to_string(it == in.symptomCounts->end() ? 0 : it->second.total));
            }
        }
        w.family("ipcscope_log_symptom_last_seen_timestamp_seconds", "gauge",
                 "Unix time of the newest line with this IPC failure in the logs (its own time "
                 "stamp); absent when none was found.");
        for (std::string_view known : KnownSignatures)
            if (seen[known].second > 0)
                w.sample("ipcscope_log_symptom_last_seen_timestamp_seconds", {{"signature", known}},
                         std::to_string(seen[known].second));
        uint64_t unreadable = 0;
        for (const SymptomSource& src : in.symptoms->sources)
            unreadable += src.status == "unreadable" || src.status == "failed";
        w.family("ipcscope_log_sources_unreadable", "gauge",
                 "Logs that exist but could not be read (the symptoms above may miss some).");
        w.sample("ipcscope_log_sources_unreadable", {}, std::to_string(unreadable));
    }
    return w.take();
}

std::string writeTextfile(const std::string& dir, const std::string& text) {
    const std::string target = dir + "/" + FileName;
    // A name the textfile collector ignores (it reads *.prom only) until the rename.
    return replaceFileAtomically(dir + "/." + FileName + ".XXXXXX", target, text, "in " + dir);
}

int runMetricsCommand(int argc, char** argv, const char* helperVersion) {
    std::string textfileDir;
    std::string statePath;
    SymptomOptions logOptions;
    bool logs = true;
    size_t maxOwners = 10;
    for (int i = 2; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--textfile") {
            if (i + 1 >= argc)
                return usageError("'--textfile' needs a directory");
            textfileDir = argv[++i];
            while (textfileDir.size() > 1 && textfileDir.back() == '/')
                textfileDir.pop_back();
            struct stat st {};
            if (::stat(textfileDir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
                return failure("the textfile directory " + textfileDir + " is not a directory");
        } else if (arg == "--state") {
            if (i + 1 >= argc)
                return usageError("'--state' needs a file");
            statePath = argv[++i];
            if (statePath.empty())
                return usageError("'--state' needs a file");
        } else if (arg == "--no-logs") {
            logs = false;
        } else if (arg == "--no-journal") {
            logOptions.journal = false;
        } else if (arg == "--max-owners") {
            if (i + 1 >= argc)
                return usageError("'--max-owners' needs a number");
            char* end = nullptr;
            const unsigned long n = std::strtoul(argv[++i], &end, 10);
            if (!end || *end || n > 1000)
                return usageError("'--max-owners' needs a number from 0 to 1000");
            maxOwners = n;
        } else if (arg == "--log-root") {
            if (const std::string refusal = refuseTestOnlyOption("--log-root", true);
                !refusal.empty())
                return usageError(refusal);
            if (i + 1 >= argc)
                return usageError("'--log-root' needs a directory");
            std::string value = argv[++i];
            while (value.size() > 1 && value.back() == '/')
                value.pop_back();
            if (value.empty() || value[0] != '/')
                return usageError("'--log-root' needs an absolute directory");
            logOptions.logRoot = value == "/" ? std::string() : value;
            logOptions.journal = false; // the journal is the real system's, not the root's
        } else {
            return usageError("unknown option for 'metrics': '" + std::string(arg) + "'");
        }
    }
    const auto started = std::chrono::steady_clock::now();
    Snapshot snapshot;
    Accounts accounts;
    std::string error;
    if (!takeSnapshot(snapshot, accounts, error))
        return failure(error);
    std::optional<SymptomScan> scan;
    if (logs)
        scan = scanSymptoms(logOptions);
    // The counter's state: given, or next to the textfile (a name the collector does not read).
    if (statePath.empty() && !textfileDir.empty())
        statePath = textfileDir + "/" + StateFileName;
    std::optional<SymptomCounts> counts;
    if (scan && !statePath.empty()) {
        counts.emplace();
        std::string stateError;
        if (!readSymptomCounts(statePath, *counts, stateError))
            std::fprintf(stderr, "ipcscope-helper: %s; the symptom counter starts again from 0\n",
                         stateError.c_str());
        countNewSymptoms(*scan, *counts);
        // The state first: should the textfile fail now, its lines are exported next time, and
        // never counted twice.
        if (const std::string failed = writeSymptomCounts(statePath, *counts); !failed.empty())
            return failure(failed);
    }
    MetricsInput in;
    in.snapshot = &snapshot;
    in.accounts = &accounts;
    in.symptoms = scan ? &*scan : nullptr;
    in.symptomCounts = counts ? &*counts : nullptr;
    in.durationSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    in.helperVersion = helperVersion;
    in.maxOwners = maxOwners;
    const std::string text = renderMetrics(in);
    if (textfileDir.empty()) {
        if (!writeAll(1, text.data(), text.size()))
            return failure(std::string("could not write the metrics to standard output: ") +
                           std::strerror(errno));
        return 0;
    }
    if (const std::string failed = writeTextfile(textfileDir, text); !failed.empty())
        return failure(failed);
    return 0;
}

} // namespace ipcscope::helper
