// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/verdicts.h"

#include "analysis/analysistr.h"
#include "analysis/context.h"
#include "analysis/generations.h"
#include "analysis/software.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <utility>

using namespace Qt::StringLiterals;

namespace ipcscope::analysis {

namespace {

thread_local SentenceMemo* t_memo = nullptr;

// The sentence from make(), shared through this thread's memo when there is one.
template <typename Make>
QString memoized(quint64 key, const QString& name, Make&& make) {
    if (SentenceMemo* memo = t_memo)
        return memo->get(key, name, std::forward<Make>(make));
    return make();
}

// Memo keys: what the sentence is (kind, role), then its number (a pid, a uid and a count).
enum class Said : quint64 {
    Alive = 1,
    Exited,
    Zombie,
    Reused,
    OwnerRuns,
    CreatorRuns,
    Running,     // how the running generation came about
    Earlier,     // an earlier generation's object, by its creator
    CurrentBy,   // the running generation's object, by its creator
    CurrentUsed, // the running generation's object, by when it was used
    Restarted,   // created before the running instance started
};
// Pids are at most 2^22 (PID_MAX_LIMIT): two of them fit in one memo number.
quint64 twoPids(qint64 a, qint64 b) {
    return quint64(a) << 22 | (quint64(b) & ((quint64(1) << 22) - 1));
}
quint64 memoKey(Said said, int role, quint64 number) {
    return quint64(said) << 56 | quint64(role) << 48 | (number & ((quint64(1) << 48) - 1));
}

// Codes are literals (u"…"_s): stored in the binary, shared by every reason, never allocated.
Reason reason(const QString& code, const QString& text) {
    return Reason{code, text};
}

// How a process is related to the object; decides the sentence and which time proves identity.
enum class Role { LastOperation, Creator, LastAttach, LastSend, LastReceive, Mapper, Notify };

// More pids than this are summed up in one sentence (a set of 17 semaphores may name 17).
constexpr int kListedPids = 3;

struct Evidence {
    QList<Reason> positive; // in use: attached, waiting, a referenced process alive and the same
    QList<Reason> gone; // referenced processes that exited, are zombies, or whose pid was reused
    QList<Reason> invisible;         // what the snapshot could not see
    QList<Reason> notes;             // facts that do not decide (messages waiting, never used, …)
    QVarLengthArray<qint64, 8> seen; // pids already looked at (a handful per object)
    int moreAlive = 0;
    int moreGone = 0;
};

QString who(qint64 pid, const Process* p) {
    if (p && !p->comm.isEmpty())
        return Tr::tr("pid %1 (%2)").arg(pid).arg(p->comm);
    return Tr::tr("pid %1").arg(pid);
}

QString aliveText(Role role, const QString& w) {
    switch (role) {
    case Role::LastOperation:
        return Tr::tr("last used by %1, which is still running").arg(w);
    case Role::Creator:
        return Tr::tr("created by %1, which is still running").arg(w);
    case Role::LastAttach:
        return Tr::tr("last attached or detached by %1, which is still running").arg(w);
    case Role::LastSend:
        return Tr::tr("the last message was sent by %1, which is still running").arg(w);
    case Role::LastReceive:
        return Tr::tr("the last message was received by %1, which is still running").arg(w);
    case Role::Mapper:
        return Tr::tr("mapped by %1, which is still running").arg(w);
    case Role::Notify:
        return Tr::tr("%1 is registered for notifications and still running").arg(w);
    }
    return {};
}

QString exitedText(Role role, const QString& w) {
    switch (role) {
    case Role::LastOperation:
        return Tr::tr("last used by %1, which exited").arg(w);
    case Role::Creator:
        return Tr::tr("created by %1, which exited").arg(w);
    case Role::LastAttach:
        return Tr::tr("last attached or detached by %1, which exited").arg(w);
    case Role::LastSend:
        return Tr::tr("the last message was sent by %1, which exited").arg(w);
    case Role::LastReceive:
        return Tr::tr("the last message was received by %1, which exited").arg(w);
    case Role::Mapper:
        return Tr::tr("mapped by %1, which exited").arg(w);
    case Role::Notify:
        return Tr::tr("%1 registered for notifications and exited").arg(w);
    }
    return {};
}

QString zombieText(Role role, const QString& w) {
    switch (role) {
    case Role::Creator:
        return Tr::tr("created by %1, which exited (a zombie not yet reaped by its parent)").arg(w);
    default:
        return Tr::tr("last used by %1, which exited (a zombie not yet reaped by its parent)")
            .arg(w);
    }
}

QString reusedText(Role role, qint64 pid) {
    if (role == Role::Creator)
        return Tr::tr(
                   "pid %1 is alive but started after the object was created: a different process "
                   "reused the pid")
            .arg(pid);
    return Tr::tr(
               "pid %1 is alive but started after the last operation: a different process reused "
               "the pid")
        .arg(pid);
}

// Adds what one referenced pid tells. opTime: when this pid last touched the object (0: no time
// to compare with, e.g. a mapping, which exists only while the process does).
void checkPid(const Context& ctx, Evidence& ev, qint64 pid, Role role, qint64 opTime) {
    if (pid <= 0 || ev.seen.contains(pid))
        return;
    ev.seen.append(pid);
    const Process* p = ctx.process(pid);
    if (!p) {
        if (ctx.agentless())
            ev.invisible.append(
                reason(u"process_not_checked"_s,
                       Tr::tr("pid %1 could not be checked: read without the helper").arg(pid)));
        else
            ev.invisible.append(
                reason(u"process_not_listed"_s,
                       Tr::tr("pid %1 is missing from the snapshot's process list, so "
                              "whether it runs is not known")
                           .arg(pid)));
        return;
    }
    if (p->alive) {
        if (opTime > 0 && p->startTime && *p->startTime > double(opTime) + kClockSlack) {
            if (ev.gone.size() < kListedPids)
                ev.gone.append(
                    reason(u"pid_reused"_s, memoized(memoKey(Said::Reused, int(role), quint64(pid)),
                                                     {}, [&] { return reusedText(role, pid); })));
            else
                ++ev.moreGone;
        } else if (ev.positive.size() < kListedPids) {
            ev.positive.append(reason(
                u"process_alive"_s, memoized(memoKey(Said::Alive, int(role), quint64(pid)), p->comm,
                                             [&] { return aliveText(role, who(pid, p)); })));
        } else {
            ++ev.moreAlive;
        }
        return;
    }
    if (ctx.processesHidden()) {
        ev.invisible.append(reason(
            u"process_hidden"_s, Tr::tr("pid %1 is not visible: other users' processes are hidden "
                                        "(/proc mounted with hidepid)")
                                     .arg(pid)));
        return;
    }
    if (ev.gone.size() >= kListedPids) {
        ++ev.moreGone;
        return;
    }
    if (p->state == "Z"_L1)
        ev.gone.append(reason(u"process_zombie"_s,
                              memoized(memoKey(Said::Zombie, int(role), quint64(pid)), p->comm,
                                       [&] { return zombieText(role, who(pid, p)); })));
    else
        ev.gone.append(reason(u"process_exited"_s,
                              memoized(memoKey(Said::Exited, int(role), quint64(pid)), p->comm,
                                       [&] { return exitedText(role, who(pid, p)); })));
}

void finishLists(Evidence& ev) {
    if (ev.moreAlive > 0)
        ev.positive.append(
            reason(u"process_alive"_s, Tr::tr("%n more process(es) that used it are still running",
                                              nullptr, ev.moreAlive)));
    if (ev.moreGone > 0)
        ev.gone.append(reason(u"process_exited"_s,
                              Tr::tr("%n more process(es) that used it exited or were replaced",
                                     nullptr, ev.moreGone)));
}

struct Subject {
    uint uid = 0;
    uint cuid = 0;
    QString owner;
    QString creator;
    qint64 ctime = 0;
    bool detailMissing = false; // semaphore set without per-semaphore detail
    bool mapsMissing = false;   // POSIX object: whether anyone maps it is unknown
    GenerationPlace place;      // among its master's generations (sets and segments)
    bool mappersHidden = false; // POSIX object: nobody visible maps it, some processes are hidden
};

// "pid 1 (init), root"
QString hiddenWho(const Context& ctx, const UninspectedProcess& u) {
    const QString user = !u.user.isEmpty() ? u.user : u.uid ? ctx.userName(*u.uid) : QString();
    if (!u.comm.isEmpty() && !user.isEmpty())
        return Tr::tr("pid %1 (%2), %3").arg(u.pid).arg(u.comm, user);
    if (!user.isEmpty())
        return Tr::tr("pid %1, %2").arg(u.pid).arg(user);
    if (!u.comm.isEmpty())
        return Tr::tr("pid %1 (%2)").arg(u.pid).arg(u.comm);
    return Tr::tr("pid %1").arg(u.pid);
}

class Decider {
public:
    Decider(const Context& ctx, const SoftwareCatalog& catalog)
        : m_ctx(ctx)
        , m_catalog(catalog) {}

    Verdict decide(const Subject& s, Evidence& ev, const QString& softwareId,
                   QList<Reason>& out) const {
        finishLists(ev);
        if (!ev.positive.isEmpty()) {
            out = ev.positive + ev.notes;
            return Verdict::InUse;
        }
        out = ev.gone;
        Verdict v = decideWithoutUser(s, ev, softwareId, out);
        out += ev.notes;
        if (s.mappersHidden)
            v = aroundHidden(s, softwareId, v, out);
        return v;
    }

private:
    // Nobody visible maps a POSIX object, but some processes could not be inspected: name them,
    // and where one of them could be its user, an orphan becomes possibly orphaned.
    Verdict aroundHidden(const Subject& s, const QString& softwareId, Verdict v,
                         QList<Reason>& out) const {
        const QList<const UninspectedProcess*>& hidden = m_ctx.mapsHidden();
        const Software* sw = softwareId.isEmpty() ? nullptr : m_catalog.find(softwareId);
        const UninspectedProcess* candidate = nullptr;
        for (const UninspectedProcess* u : hidden) {
            const bool could = sw ? SoftwareCatalog::couldBe(sw->id, u->comm)
                                  : !u->uid || *u->uid == 0 || *u->uid == s.uid;
            if (could) {
                candidate = u;
                break;
            }
        }
        QStringList named;
        for (qsizetype i = 0; i < hidden.size() && i < kListedPids; ++i)
            named.append(hiddenWho(m_ctx, *hidden.at(i)));
        QString list = named.join(u"; "_s);
        if (hidden.size() > kListedPids)
            list = Tr::tr("%1 and %n more", nullptr, int(hidden.size() - kListedPids)).arg(list);
        const int n = int(hidden.size());
        QString text;
        if (candidate && sw)
            text =
                Tr::tr("%n process(es) could not be checked: %1; %2 could be %3 and might map it",
                       nullptr, n)
                    .arg(list, Tr::tr("pid %1").arg(candidate->pid), sw->name);
        else if (candidate)
            text = Tr::tr("%n process(es) could not be checked: %1; %2 might map it", nullptr, n)
                       .arg(list, Tr::tr("pid %1").arg(candidate->pid));
        else if (sw)
            text = Tr::tr("%n process(es) could not be checked: %1; none of them can be %2",
                          nullptr, n)
                       .arg(list, sw->name);
        else
            text = Tr::tr("%n process(es) could not be checked: %1", nullptr, n).arg(list);
        out.append(reason(u"processes_uninspected"_s, text));
        return candidate && v == Verdict::Orphaned ? Verdict::PossiblyOrphaned : v;
    }

    Verdict decideWithoutUser(const Subject& s, const Evidence& ev, const QString& softwareId,
                              QList<Reason>& out) const {
        if (!ev.invisible.isEmpty()) {
            out += ev.invisible;
            return Verdict::Unknown;
        }
        if (m_ctx.processesHidden()) {
            out.append(reason(u"processes_hidden"_s,
                              Tr::tr("other users' processes are hidden (/proc mounted with "
                                     "hidepid): whether anything still uses it is not known")));
            return Verdict::Unknown;
        }
        if (s.mapsMissing) {
            out.append(reason(
                u"maps_unreadable"_s,
                m_ctx.asRoot()
                    ? Tr::tr("which processes map it could not be read, even as root (a container "
                             "without CAP_SYS_PTRACE, /proc mounted with hidepid= or Yama refuses "
                             "it): run a current helper, which names the processes it could not "
                             "check, in the host's PID namespace")
                    : Tr::tr("which processes map it could not be read (run as root, e.g. "
                             "with --sudo)")));
            return Verdict::Unknown;
        }
        if (!softwareId.isEmpty()) {
            if (const Software* sw = m_catalog.find(softwareId))
                return bySoftware(s, *sw, out);
        }
        if (s.detailMissing) {
            out.append(noDetail());
            return Verdict::Unknown;
        }
        return byOwner(s, out);
    }

    Reason noDetail() const {
        if (m_ctx.agentless())
            return reason(u"no_detail"_s,
                          Tr::tr("read without the helper: which processes use this "
                                 "set is not known"));
        if (m_ctx.asRoot())
            return reason(u"no_detail"_s,
                          Tr::tr("per-semaphore detail could not be read, even as root (semctl "
                                 "failed): which processes use this set is not known"));
        return reason(u"no_detail"_s,
                      Tr::tr("per-semaphore detail could not be read (run as root, e.g. "
                             "with --sudo): which processes use this set is not known"));
    }

    // "Apache" for Apache httpd: the sentences name the program, not the product.
    static QString shortName(const Software& sw) {
        return sw.name == "Apache httpd"_L1 ? u"Apache"_s : sw.name;
    }

    // "the running Apache (pid 19191) was started by pid 19190": how the running generation came
    // about, said after an earlier generation's object.
    QString runningSaid(const Software& sw, const RunningGeneration& run) const {
        return memoized(memoKey(Said::Running, int(run.by), twoPids(run.masterPid, run.creator)),
                        sw.id, [&] { return makeRunningSaid(sw, run); });
    }

    QString makeRunningSaid(const Software& sw, const RunningGeneration& run) const {
        const QString name = shortName(sw);
        const QString at = formatTime(run.masterStart, m_ctx.snapshot().host.time);
        switch (run.by) {
        case GenerationCreator::Parent:
            return Tr::tr("the running %1 (pid %2) was started by pid %3")
                .arg(name)
                .arg(run.masterPid)
                .arg(run.creator);
        case GenerationCreator::Master:
            return Tr::tr("the running %1 (pid %2) created its own at %3")
                .arg(name)
                .arg(run.masterPid)
                .arg(at);
        case GenerationCreator::Child:
            return Tr::tr("the running %1 (pid %2) had its own created by its child pid %3")
                .arg(name)
                .arg(run.masterPid)
                .arg(run.creator);
        case GenerationCreator::Unknown:
            break;
        }
        return Tr::tr("the running %1 (pid %2) started at %3").arg(name).arg(run.masterPid).arg(at);
    }

    QString currentSaid(const Software& sw, const GenerationPlace& place) const {
        const RunningGeneration& run = *place.running;
        const QString name = shortName(sw);
        if (place.creator && run.by == GenerationCreator::Parent)
            return memoized(
                memoKey(Said::CurrentBy, 0, twoPids(run.masterPid, place.creator)), sw.id, [&] {
                    return Tr::tr("created by pid %1, which started the running %2 (pid %3): it "
                                  "belongs to the running %2")
                        .arg(place.creator)
                        .arg(name)
                        .arg(run.masterPid);
                });
        return memoized(
            memoKey(Said::CurrentUsed, 0, quint64(place.lastUse)),
            sw.id + QString::number(run.masterPid), [&] {
                return Tr::tr("used at %1, after the running %2 (pid %3) started, by its processes "
                              "that have exited since: it belongs to the running %2")
                    .arg(formatTime(double(place.lastUse), m_ctx.snapshot().host.time), name)
                    .arg(run.masterPid);
            });
    }

    QString earlierSaid(const Software& sw, const GenerationPlace& place) const {
        const RunningGeneration& run = *place.running;
        if (!place.creator && place.userBefore)
            return memoized(
                memoKey(Said::Earlier, 1, twoPids(run.masterPid, place.userBefore)), sw.id, [&] {
                    // "last used by pid N, which exited" is its own reason already.
                    return Tr::tr("pid %1 was started before the running %2 (pid %3): it belonged "
                                  "to an earlier start of %2, which is gone")
                        .arg(place.userBefore)
                        .arg(shortName(sw))
                        .arg(run.masterPid);
                });
        const QString running = runningSaid(sw, run);
        return memoized(memoKey(Said::Earlier, 0, quint64(place.creator)), running, [&] {
            const QString name = shortName(sw);
            if (place.creator)
                return Tr::tr("created by pid %1 for an earlier start of %2, which was killed; %3")
                    .arg(place.creator)
                    .arg(name, running);
            return Tr::tr("created for an earlier start of %1, which was killed (it was last used "
                          "before the running %1's own objects were made); %2")
                .arg(name, running);
        });
    }

    // A master's object placed by the generation pre-pass; false when the pre-pass could not
    // place it and the time rules decide.
    bool byGeneration(const Subject& s, const Software& sw, QList<Reason>& out, Verdict& v) const {
        const GenerationPlace& place = s.place;
        if (!place.running || place.kind == GenerationPlace::Kind::None)
            return false;
        if (place.kind == GenerationPlace::Kind::Current) {
            out.prepend(reason(u"current_generation"_s, currentSaid(sw, place)));
            v = Verdict::InUse;
            return true;
        }
        // Earlier. Its creator is named when known; otherwise, when the clock alone proves it,
        // it is said as before (software_restarted).
        if (!place.creator && place.running->masterStart > double(s.ctime) + kClockSlack)
            return false;
        out.append(reason(u"earlier_generation"_s, earlierSaid(sw, place)));
        v = Verdict::Orphaned;
        return true;
    }

    Verdict bySoftware(const Subject& s, const Software& sw, QList<Reason>& out) const {
        if (!m_ctx.programsKnown()) {
            out.append(reason(u"software_unknown"_s,
                              Tr::tr("whether %1 is running could not be read").arg(sw.name)));
            return Verdict::Unknown;
        }
        Verdict v;
        if (!sw.running) {
            out.append(reason(u"software_not_running"_s, Tr::tr("%1 is not running").arg(sw.name)));
            v = Verdict::Orphaned;
        } else if (byGeneration(s, sw, out, v)) {
        } else if (sw.runningSince > double(s.ctime) + kClockSlack) {
            out.append(reason(
                u"software_restarted"_s, memoized(memoKey(Said::Restarted, 0, 0), sw.id, [&] {
                    const QString at = formatTime(sw.runningSince, m_ctx.snapshot().host.time);
                    return sw.id == "apache"_L1
                               ? Tr::tr("created before the running %1 master started at %2")
                                     .arg(shortName(sw), at)
                               : Tr::tr("created before the running %1 started at %2")
                                     .arg(sw.name, at);
                })));
            v = Verdict::Orphaned;
        } else if (sw.id == "apache"_L1 && !s.place.creator) {
            // Apache's mutexes are IPC_PRIVATE: only the master that created them and its
            // children know their ids, and the master removes them when it stops or restarts
            // gracefully. A set created since the running master started, by nobody known to be
            // another process, is that master's.
            out.prepend(reason(
                u"software_instance"_s,
                Tr::tr("created after the running %1 master started at %2: it "
                       "belongs to the running %1")
                    .arg(shortName(sw), formatTime(sw.runningSince, m_ctx.snapshot().host.time))));
            v = Verdict::InUse;
        } else if (s.place.running && s.place.creator) {
            out.append(
                reason(u"software_running"_s,
                       Tr::tr("created by pid %1, which exited, after the running %2 (pid %3) "
                              "started: it may belong to another instance of %2")
                           .arg(s.place.creator)
                           .arg(shortName(sw))
                           .arg(s.place.running->masterPid)));
            v = Verdict::PossiblyOrphaned;
        } else {
            out.append(
                reason(u"software_running"_s,
                       Tr::tr("%1 has been running since %2, before this object was created, "
                              "and may still use it")
                           .arg(sw.name, formatTime(sw.runningSince, m_ctx.snapshot().host.time))));
            v = Verdict::PossiblyOrphaned;
        }
        // The creation time decides here, but say that nobody could be seen waiting.
        if (s.detailMissing && v == Verdict::Orphaned)
            out.append(noDetail());
        return v;
    }

    Verdict byOwner(const Subject& s, QList<Reason>& out) const {
        const std::optional<int> owner = m_ctx.runningProcesses(s.uid);
        const std::optional<int> creator = m_ctx.runningProcesses(s.cuid);
        const QString ownerName = s.owner.isEmpty() ? m_ctx.userName(s.uid) : s.owner;
        const QString creatorName = s.creator.isEmpty() ? m_ctx.userName(s.cuid) : s.creator;
        if (!owner || !creator) {
            out.append(reason(
                u"owner_unknown"_s,
                Tr::tr("whether user %1 runs any processes could not be read").arg(ownerName)));
            return Verdict::Unknown;
        }
        bool running = false;
        if (*owner > 0) {
            out.append(
                reason(u"owner_running"_s,
                       memoized(memoKey(Said::OwnerRuns, 0, quint64(*owner)), ownerName, [&] {
                           return Tr::tr("user %1 still runs %n process(es) that might use it",
                                         nullptr, *owner)
                               .arg(ownerName);
                       })));
            running = true;
        }
        if (s.cuid != s.uid && *creator > 0) {
            out.append(reason(
                u"owner_running"_s,
                memoized(memoKey(Said::CreatorRuns, 0, quint64(*creator)), creatorName, [&] {
                    return Tr::tr("its creator %1 still runs %n process(es) that might use it",
                                  nullptr, *creator)
                        .arg(creatorName);
                })));
            running = true;
        }
        if (running)
            return Verdict::PossiblyOrphaned;
        out.append(reason(u"owner_not_running"_s,
                          s.cuid == s.uid
                              ? Tr::tr("no process of user %1 is running").arg(ownerName)
                              : Tr::tr("no process of its owner %1 or its creator %2 is running")
                                    .arg(ownerName, creatorName)));
        return Verdict::Orphaned;
    }

    const Context& m_ctx;
    const SoftwareCatalog& m_catalog;
};

ObjectVerdict base(ObjectType type, int index, const SysvCommon& c) {
    ObjectVerdict v;
    v.ref.type = type;
    v.ref.index = index;
    v.ref.id = c.id;
    v.key = c.key;
    v.uid = c.uid;
    v.owner = c.owner;
    return v;
}

Subject subjectOf(const SysvCommon& c) {
    Subject s;
    s.uid = c.uid;
    s.cuid = c.cuid;
    s.owner = c.owner;
    s.creator = c.creator;
    s.ctime = c.ctime;
    return s;
}

} // namespace

SentenceMemo::Scope::Scope(SentenceMemo& memo)
    : m_previous(t_memo) {
    t_memo = &memo;
}

SentenceMemo::Scope::~Scope() {
    t_memo = m_previous;
}

VerdictJudge::VerdictJudge(const Context& context, const SoftwareCatalog& software)
    : m_context(context)
    , m_software(software)
    , m_generations(std::make_unique<Generations>(context, software)) {}

VerdictJudge::~VerdictJudge() = default;

ObjectVerdict VerdictJudge::judge(const SemaphoreSet& set, int index) const {
    ObjectVerdict v = base(ObjectType::Semaphore, index, set);
    v.software = m_software.recognise(set);
    Subject s = subjectOf(set);
    Evidence ev;
    // SETVAL/SETALL record a pid and change ctime without touching otime.
    const qint64 lastOperation = set.otime ? set.otime : set.ctime;
    if (set.detail) {
        int waiting = 0;
        bool anyPid = false;
        for (const Semaphore& sem : set.sems) {
            waiting += sem.ncnt + sem.zcnt;
            anyPid = anyPid || sem.pid > 0;
        }
        if (waiting > 0)
            ev.positive.append(reason(
                u"waiters"_s, Tr::tr("%n process(es) waiting on this set", nullptr, waiting)));
        for (const Semaphore& sem : set.sems)
            checkPid(m_context, ev, sem.pid, Role::LastOperation, lastOperation);
        if (!anyPid && set.otime != 0)
            ev.invisible.append(
                reason(u"pid_not_visible"_s,
                       Tr::tr("operated on at %1 by a process outside this PID "
                              "namespace (its pid shows as 0)")
                           .arg(formatTime(double(set.otime), m_context.snapshot().host.time))));
        else if (!anyPid)
            ev.notes.append(
                reason(u"never_used"_s, Tr::tr("never operated on: no process is recorded")));
    } else {
        s.detailMissing = true;
    }
    s.place = m_generations->semaphore(index);
    v.verdict = Decider(m_context, m_software).decide(s, ev, v.software, v.reasons);
    return v;
}

ObjectVerdict VerdictJudge::judge(const SharedMemorySegment& seg, int index) const {
    ObjectVerdict v = base(ObjectType::SharedMemory, index, seg);
    v.software = m_software.recognise(seg);
    if (seg.dest && seg.nattch == 0) {
        // The kernel frees a segment marked for removal at its last detach: nothing to judge or
        // clean, it is going away by itself.
        v.verdict = Verdict::Unknown;
        v.reasons.append(reason(u"marked_for_removal"_s,
                                Tr::tr("marked for removal and no longer attached: the kernel is "
                                       "freeing it, nothing to clean up")));
        return v;
    }
    Evidence ev;
    if (seg.nattch > 0)
        ev.positive.append(
            reason(u"attached"_s, Tr::tr("%n process(es) attached", nullptr, int(seg.nattch))));
    if (seg.dest)
        ev.notes.append(
            reason(u"marked_for_removal"_s,
                   Tr::tr("marked for removal: the kernel frees it at the last detach")));
    if (seg.cpid > 0)
        checkPid(m_context, ev, seg.cpid, Role::Creator, seg.ctime);
    else
        ev.invisible.append(reason(
            u"pid_not_visible"_s, Tr::tr("created by a process outside this PID namespace (its pid "
                                         "shows as 0)")));
    const qint64 lastAttach = std::max(seg.atime, seg.dtime);
    if (seg.lpid > 0)
        checkPid(m_context, ev, seg.lpid, Role::LastAttach, lastAttach ? lastAttach : seg.ctime);
    else if (lastAttach != 0)
        ev.invisible.append(reason(u"pid_not_visible"_s,
                                   Tr::tr("last attached or detached by a process outside this PID "
                                          "namespace (its pid shows as 0)")));
    if (seg.nattch == 0 && seg.atime == 0)
        ev.notes.append(reason(u"never_used"_s, Tr::tr("never attached")));
    Subject s = subjectOf(seg);
    s.place = m_generations->segment(index);
    v.verdict = Decider(m_context, m_software).decide(s, ev, v.software, v.reasons);
    return v;
}

ObjectVerdict VerdictJudge::judge(const MessageQueue& queue, int index) const {
    ObjectVerdict v = base(ObjectType::MessageQueue, index, queue);
    v.software = m_software.recognise(queue);
    Evidence ev;
    if (queue.lspid > 0)
        checkPid(m_context, ev, queue.lspid, Role::LastSend,
                 queue.stime ? queue.stime : queue.ctime);
    else if (queue.stime != 0)
        ev.invisible.append(reason(u"pid_not_visible"_s,
                                   Tr::tr("the last message was sent by a process outside this PID "
                                          "namespace (its pid shows as 0)")));
    if (queue.lrpid > 0)
        checkPid(m_context, ev, queue.lrpid, Role::LastReceive,
                 queue.rtime ? queue.rtime : queue.ctime);
    else if (queue.rtime != 0)
        ev.invisible.append(reason(u"pid_not_visible"_s,
                                   Tr::tr("the last message was received by a process outside this "
                                          "PID namespace (its pid shows as 0)")));
    if (queue.lspid <= 0 && queue.lrpid <= 0 && queue.stime == 0 && queue.rtime == 0)
        ev.notes.append(reason(u"never_used"_s, Tr::tr("no message was ever sent or received")));
    if (queue.qnum > 0)
        ev.notes.append(
            reason(u"messages_pending"_s,
                   Tr::tr("%n message(s) waiting to be read (%1)", nullptr, int(queue.qnum))
                       .arg(formatBytes(queue.cbytes))));
    v.verdict = Decider(m_context, m_software).decide(subjectOf(queue), ev, v.software, v.reasons);
    return v;
}

ObjectVerdict VerdictJudge::judge(ObjectType type, const PosixObject& object, int index) const {
    ObjectVerdict v;
    v.ref.type = type;
    v.ref.index = index;
    v.ref.id = -1;
    v.ref.name = object.name;
    v.uid = object.uid;
    v.owner = object.owner;
    v.software = m_software.recognise(type, object);
    Subject s;
    s.uid = s.cuid = object.uid;
    s.owner = s.creator = object.owner;
    s.ctime = object.ctime;
    Evidence ev;
    if (type == ObjectType::PosixMqueue) {
        // Queues are not mapped; which processes hold one open is not recorded, only the process
        // registered for notifications.
        if (object.notifyPid && *object.notifyPid > 0)
            checkPid(m_context, ev, *object.notifyPid, Role::Notify, 0);
    } else {
        for (qint64 pid : object.mappedPids)
            checkPid(m_context, ev, pid, Role::Mapper, 0);
        if (object.mappedPids.isEmpty()) {
            // A helper that names the processes it could not inspect lets the verdict decide
            // from what is known and say what is not.
            const bool named = m_context.uninspectedListed() && !m_context.agentless();
            if (m_context.mapsIncomplete() && !named)
                s.mapsMissing = true;
            else
                ev.notes.append(reason(u"not_mapped"_s, Tr::tr("no process maps it")));
            s.mappersHidden = named && !m_context.mapsHidden().isEmpty();
        }
    }
    v.verdict = Decider(m_context, m_software).decide(s, ev, v.software, v.reasons);
    return v;
}

} // namespace ipcscope::analysis
