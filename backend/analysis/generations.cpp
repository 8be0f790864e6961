// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/generations.h"

#include "analysis/context.h"
#include "analysis/software.h"

#include <QHash>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ipcscope::analysis {

namespace {

// One object of a group, with what the pre-pass needs to place it.
struct Member {
    int index = 0;
    qint64 ctime = 0;
    qint64 id = 0;
    qint64 creator = 0;        // pid that created it while still recorded, else 0
    qint64 lastUse = 0;        // 0: never operated / attached
    bool creatorOurs = false;  // creator is the running master or one of its children
    bool creatorOther = false; // creator is alive and the same, but not of the master's family
    bool creatorGone = false;  // creator exited, is a zombie, or its pid was reused
    bool usedByOurs = false;   // a live user (same process) is the master or one of its children
    // Users that exited (not reused pids), by allocation order against the running master: one
    // forked before it (0: none), and whether one was forked after it (a child of it, gone).
    qint64 userBefore = 0;
    bool userAfter = false;
    GenerationPlace* place = nullptr;
};

// Ids grow with every creation in the namespace (the sequence number above the index, and since
// Linux 5.7 the cyclic index below it) and wrap around at 2^31: compared as a circle, an id is
// newer than the ids up to 2^30 below it.
bool idBefore(qint64 a, qint64 b) {
    const quint32 diff = quint32(b - a) & 0x7fffffffu;
    return diff != 0 && diff < 0x40000000u;
}

// Linux allocates pids upwards from the last one and wraps at pid_max (at most 2^22,
// PID_MAX_LIMIT) back to 300. Compared as a circle of 2^22, a pid precedes the pids up to 2^21
// above it. With a smaller pid_max a wrap-around looks like a jump backwards: callers use the
// order only where the time cannot tell and the wrong answer is the harmless one
// (docs/verdicts.md).
bool pidBefore(qint64 a, qint64 b) {
    constexpr quint32 mask = (1u << 22) - 1;
    const quint32 diff = quint32(b - a) & mask;
    return diff != 0 && diff < (1u << 21);
}

bool createdBefore(const Member& a, const Member& b) {
    if (a.ctime != b.ctime)
        return a.ctime < b.ctime;
    return idBefore(a.id, b.id);
}

enum class Kin { None, Master, Child, Other };

// How an alive process relates to the running master, when it is the same process that acted
// at `time` (it did not start after it).
Kin kinOf(const Context& ctx, qint64 pid, qint64 time, qint64 masterPid, bool* gone = nullptr) {
    const Process* p = ctx.process(pid);
    const bool same =
        p && p->alive && !(time > 0 && p->startTime && *p->startTime > double(time) + kClockSlack);
    if (gone)
        *gone = p && !same; // listed and not that process any more; unlisted pids are unknown
    if (!same)
        return Kin::None;
    if (pid == masterPid)
        return Kin::Master;
    if (p->ppid && *p->ppid == masterPid)
        return Kin::Child;
    return Kin::Other;
}

// A user that exited (or is a zombie: its pid is still taken) is placed against the master by
// allocation order. A reused pid says nothing about when the old process was forked.
void orderUser(Member& m, const Process* p, qint64 pid, qint64 masterPid) {
    if (!p || p->alive)
        return;
    if (pidBefore(pid, masterPid)) {
        if (!m.userBefore)
            m.userBefore = pid;
    } else {
        m.userAfter = true;
    }
}

struct Group {
    RunningGeneration* running = nullptr;
    QList<Member> members;
};

void place(Group& g) {
    QList<Member>& ms = g.members;
    std::sort(ms.begin(), ms.end(), createdBefore);
    RunningGeneration& run = *g.running;
    const qint64 startSecond = qint64(std::floor(run.masterStart));
    // The running generation's creator: the master or a child of it, else the pre-daemon parent:
    // the newest object made, around the master's start, by a process that is gone and was
    // forked before the master.
    qsizetype first = -1;
    for (qsizetype i = 0; i < ms.size() && first < 0; ++i)
        if (ms.at(i).creatorOurs)
            first = i;
    if (first >= 0) {
        run.creator = ms.at(first).creator;
        run.by =
            run.creator == run.masterPid ? GenerationCreator::Master : GenerationCreator::Child;
    } else {
        qsizetype k = ms.size() - 1;
        for (; k >= 0; --k) {
            const Member& m = ms.at(k);
            if (m.creatorGone && pidBefore(m.creator, run.masterPid) &&
                double(m.ctime) <= run.masterStart + kClockSlack &&
                double(m.ctime) >= run.masterStart - kClockSlack)
                break;
        }
        // Not the parent when a process forked after it, and before the master, used an object
        // made after it: that process was of a start between the two (an earlier start's child).
        for (qsizetype j = k + 1; k >= 0 && j < ms.size(); ++j)
            if (ms.at(j).userBefore && pidBefore(ms.at(k).creator, ms.at(j).userBefore))
                k = -1;
        if (k >= 0) {
            run.creator = ms.at(k).creator;
            run.by = GenerationCreator::Parent;
            first = k;
            while (first > 0 && ms.at(first - 1).creator == run.creator)
                --first;
        }
    }
    for (qsizetype i = 0; i < ms.size(); ++i) {
        Member& m = ms[i];
        GenerationPlace& p = *m.place;
        p.running = &run;
        p.creator = m.creator;
        p.lastUse = m.lastUse;
        if (m.creator) {
            // The same pid before the generation's first object is an older process that had it.
            if (m.creator == run.creator && i >= first)
                p.kind = GenerationPlace::Kind::Current;
        } else if (m.lastUse > 0) {
            // Used, its creator no longer recorded. Made after the running generation's first
            // object, or used by the running master's family: the running generation's.
            if (m.usedByOurs || (first >= 0 && i > first)) {
                p.kind = GenerationPlace::Kind::Current;
            } else if (m.userBefore && !m.userAfter && m.userBefore != run.creator &&
                       double(m.lastUse) <= run.masterStart + kClockSlack) {
                // Last used, around the master's start (the clocks cannot tell), by a process
                // forked before the master that is not its parent: an earlier start's child.
                p.kind = GenerationPlace::Kind::Earlier;
                p.userBefore = m.userBefore;
            } else {
                // Used since the master started (in a second that did not end before it), by
                // processes that are gone: only the running master's family could have.
                p.kind = m.lastUse >= startSecond ? GenerationPlace::Kind::Current
                                                  : GenerationPlace::Kind::Earlier;
            }
        }
    }
    if (first < 0) {
        // The running generation's first object is not known, but allocation order placed some
        // in an earlier start: every object created before the newest of those is of an earlier
        // start too (one start, one burst), unless something says otherwise.
        qsizetype e = ms.size() - 1;
        while (e >= 0 && !ms.at(e).place->userBefore)
            --e;
        for (qsizetype i = 0; i < e; ++i)
            if (ms.at(i).place->kind == GenerationPlace::Kind::None && !ms.at(i).usedByOurs &&
                !ms.at(i).creatorOther)
                ms[i].place->kind = GenerationPlace::Kind::Earlier;
        return;
    }
    // One start creates its objects in one burst: everything created before the running
    // generation's first object is of an earlier start. Objects used since (their creator no
    // longer recorded) may still be the start of the running burst: it reaches back over those
    // placed in it up to the first object made by another process or used by an earlier start.
    qsizetype i = first - 1;
    for (; i >= 0; --i) {
        const Member& m = ms.at(i);
        if (m.creator || m.place->kind != GenerationPlace::Kind::Current)
            break;
    }
    for (; i >= 0; --i) {
        if (ms.at(i).usedByOurs || ms.at(i).creatorOther)
            continue;
        ms[i].place->kind = GenerationPlace::Kind::Earlier;
        ms[i].place->userBefore = 0; // the creation order says it
    }
}

} // namespace

Generations::Generations(const Context& context, const SoftwareCatalog& catalog) {
    const Snapshot& s = context.snapshot();
    // Masters that run, by software id; nothing to do when none does.
    QHash<QString, std::pair<qint64, double>> masters;
    for (const Software& sw : catalog.all()) {
        const qint64 pid = catalog.masterPid(sw.id);
        if (sw.running && pid > 0)
            masters.insert(sw.id, {pid, sw.runningSince});
    }
    if (masters.isEmpty())
        return;
    m_semaphores.resize(s.semaphores.size());
    m_segments.resize(s.sharedMemory.size());
    // (type, software, uid) -> group. QList of groups is filled first; pointers are taken after.
    QHash<quint64, qsizetype> groupOf;
    QList<Group> groups;
    QStringList softwareIds; // index in the group key
    const auto groupFor = [&](int type, const QString& sw, uint uid) -> Group& {
        qsizetype swIndex = softwareIds.indexOf(sw);
        if (swIndex < 0) {
            swIndex = softwareIds.size();
            softwareIds.append(sw);
        }
        const quint64 key = quint64(type) << 40 | quint64(swIndex) << 32 | uid;
        auto it = groupOf.constFind(key);
        if (it == groupOf.cend()) {
            it = groupOf.insert(key, groups.size());
            groups.append(Group{});
            RunningGeneration r;
            r.software = sw;
            r.masterPid = masters.value(sw).first;
            r.masterStart = masters.value(sw).second;
            m_running.append(r);
        }
        return groups[it.value()];
    };
    // PostgreSQL's objects are its postmaster's alone, whatever their key; PHP's and uWSGI's only
    // when private (a keyed one is found again by the next start).
    const auto eligible = [&](const QString& sw, quint32 key) {
        return masters.contains(sw) && (sw != "php"_L1 && sw != "uwsgi"_L1 ? true : key == 0);
    };
    for (int i = 0; i < s.semaphores.size(); ++i) {
        const SemaphoreSet& set = s.semaphores.at(i);
        const QString sw = catalog.recognise(set);
        if (sw.isEmpty() || !eligible(sw, set.key))
            continue;
        const qint64 masterPid = masters.value(sw).first;
        Member m;
        m.index = i;
        m.ctime = set.ctime;
        m.id = set.id;
        m.lastUse = set.otime;
        if (set.detail && set.otime == 0 && !set.sems.isEmpty()) {
            // SETVAL/SETALL right after semget record the creating process until the first semop.
            qint64 pid = set.sems.first().pid;
            for (const Semaphore& sem : set.sems)
                if (sem.pid != pid)
                    pid = 0;
            m.creator = pid > 0 ? pid : 0;
        }
        if (m.creator) {
            bool gone = false;
            const Kin kin = kinOf(context, m.creator, set.ctime, masterPid, &gone);
            m.creatorOurs = kin == Kin::Master || kin == Kin::Child;
            m.creatorOther = kin == Kin::Other;
            m.creatorGone = gone;
        }
        for (const Semaphore& sem : set.sems) {
            const Kin kin = kinOf(context, sem.pid, set.otime ? set.otime : set.ctime, masterPid);
            m.usedByOurs = m.usedByOurs || kin == Kin::Master || kin == Kin::Child;
            if (set.otime && sem.pid > 0 && sem.pid != masterPid)
                orderUser(m, context.process(sem.pid), sem.pid, masterPid);
        }
        m.place = &m_semaphores[i];
        groupFor(0, sw, set.uid).members.append(m);
    }
    for (int i = 0; i < s.sharedMemory.size(); ++i) {
        const SharedMemorySegment& seg = s.sharedMemory.at(i);
        const QString sw = catalog.recognise(seg);
        if (sw.isEmpty() || !eligible(sw, seg.key) || seg.dest)
            continue;
        const qint64 masterPid = masters.value(sw).first;
        Member m;
        m.index = i;
        m.ctime = seg.ctime;
        m.id = seg.id;
        m.lastUse = std::max(seg.atime, seg.dtime);
        m.creator = seg.cpid > 0 ? seg.cpid : 0;
        if (m.creator) {
            bool gone = false;
            const Kin kin = kinOf(context, m.creator, seg.ctime, masterPid, &gone);
            m.creatorOurs = kin == Kin::Master || kin == Kin::Child;
            m.creatorOther = kin == Kin::Other;
            m.creatorGone = gone;
        }
        const Kin last = kinOf(context, seg.lpid, m.lastUse ? m.lastUse : seg.ctime, masterPid);
        if (m.lastUse && seg.lpid > 0 && seg.lpid != masterPid)
            orderUser(m, context.process(seg.lpid), seg.lpid, masterPid);
        m.usedByOurs = m.creatorOurs || last == Kin::Master || last == Kin::Child;
        // A segment's creator stays recorded: its use says nothing about who made it.
        m.place = &m_segments[i];
        groupFor(1, sw, seg.uid).members.append(m);
    }
    for (qsizetype g = 0; g < groups.size(); ++g) {
        groups[g].running = &m_running[g];
        place(groups[g]);
    }
}

} // namespace ipcscope::analysis
