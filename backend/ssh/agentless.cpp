// SPDX-License-Identifier: GPL-3.0-or-later
#include "ssh/agentless.h"

#include "ssh/sshexec.h"
#include "ssh/sshsession.h"
#include "ssh/sshtr.h"

// The helper's own parsers (remote-helper/, standard library only): the reduced read parses
// /proc and /etc/passwd exactly as the helper does.
#include "accounts.h"
#include "procparse.h"
#include "sysvlist.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

// Sections start with "@@name" on a line of their own.
constexpr char kScript[] = R"SH(LC_ALL=C; export LC_ALL
s() { printf '\n@@%s\n' "$1"; }
s uname; uname -n; uname -s; uname -r; uname -m
s boot_id; cat /proc/sys/kernel/random/boot_id 2>/dev/null
s uptime; cat /proc/uptime
s btime; grep '^btime' /proc/stat
s meminfo; grep '^MemTotal' /proc/meminfo
s time; date +%s
s id; id -u; id -un
s conf; printf 'PAGESIZE %s\n' "$(getconf PAGESIZE 2>/dev/null)"; printf 'CLK_TCK %s\n' "$(getconf CLK_TCK 2>/dev/null)"
s ns; readlink /proc/self/ns/ipc; readlink /proc/self/ns/pid
s sem; cat /proc/sysvipc/sem
s shm; cat /proc/sysvipc/shm
s msg; cat /proc/sysvipc/msg
s limits
for f in sem shmmax shmall shmmni msgmax msgmnb msgmni; do printf '%s %s\n' "$f" "$(cat /proc/sys/kernel/$f 2>/dev/null)"; done
for f in queues_max msg_max msgsize_max msg_default msgsize_default; do printf 'mq_%s %s\n' "$f" "$(cat /proc/sys/fs/mqueue/$f 2>/dev/null)"; done
s passwd; cat /etc/passwd
s group; cat /etc/group
s pids
for p in $( { awk 'NR>1{print $5; print $6}' /proc/sysvipc/shm; awk 'NR>1{print $6; print $7}' /proc/sysvipc/msg; } 2>/dev/null | sort -un); do
  [ "$p" -gt 0 ] 2>/dev/null || continue
  printf '@pid %s\n' "$p"
  if [ -r /proc/$p/stat ]; then printf '@stat '; cat /proc/$p/stat; echo; grep '^Uid:' /proc/$p/status; printf '@cmd '; head -c 256 /proc/$p/cmdline | tr '\000\n' '  '; echo; fi
done 2>/dev/null
s owners; stat -c '%u %n' /proc/[0-9]* 2>/dev/null
s procstat; cat /proc/[0-9]*/stat 2>/dev/null
s end
)SH";

using Sections = QHash<QByteArray, QList<QByteArray>>;

Sections splitSections(const QByteArray& output) {
    Sections sections;
    QByteArray current;
    for (const QByteArray& line : output.split('\n')) {
        if (line.startsWith("@@")) {
            current = line.mid(2).trimmed();
            sections[current];
            continue;
        }
        if (!current.isEmpty() && !line.isEmpty())
            sections[current].append(line);
    }
    return sections;
}

QString text(const QList<QByteArray>& lines, int i) {
    return i < lines.size() ? QString::fromUtf8(lines.at(i).trimmed()) : QString();
}

// A section as the text the helper's parsers read.
std::string joined(const QList<QByteArray>& lines) {
    std::string out;
    for (const QByteArray& line : lines) {
        out.append(line.constData(), size_t(line.size()));
        out.push_back('\n');
    }
    return out;
}

std::string_view view(const QByteArray& bytes) {
    return {bytes.constData(), size_t(bytes.size())};
}

QString qstring(std::string_view s) {
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

std::optional<quint64> number(const QByteArray& v) {
    bool ok = false;
    const quint64 n = v.trimmed().toULongLong(&ok);
    return ok ? std::optional<quint64>(n) : std::nullopt;
}

void fillCommon(SysvCommon& o, const helper::SysvCommon& in, const helper::Accounts& accounts) {
    o.key = in.key;
    o.id = in.id;
    o.perms = in.mode & 0777;
    o.uid = in.uid;
    o.gid = in.gid;
    o.cuid = in.cuid;
    o.cgid = in.cgid;
    o.owner = QString::fromStdString(accounts.userName(in.uid));
    o.group = QString::fromStdString(accounts.groupName(in.gid));
    o.creator = QString::fromStdString(accounts.userName(in.cuid));
    o.ctime = in.ctime;
}

} // namespace

QByteArray agentlessCommand() {
    return QByteArray(kScript);
}

Result<Snapshot> parseAgentlessOutput(const QByteArray& output, const QString& reason) {
    const Sections sec = splitSections(output);
    if (!sec.contains("end") || !sec.contains("sem") || sec.value("uname").size() < 4)
        return Error{Error::Kind::BadData,
                     Tr::tr("The server's answer to the reduced read was incomplete. Refresh "
                            "to try again."),
                     QString::fromUtf8(output.left(300))};

    Snapshot snap;
    snap.schema = u"ipcscope.snapshot/1"_s;
    snap.helperVersion = u"agentless"_s;
    snap.mode = SnapshotMode::Agentless;

    const auto& u = sec.value("uname");
    HostInfo& h = snap.host;
    h.hostname = text(u, 0);
    h.os = text(u, 1);
    h.kernel = text(u, 2);
    h.arch = text(u, 3);
    h.bootId = text(sec.value("boot_id"), 0);
    h.uptime = double(helper::parseUptimeCentis(joined(sec.value("uptime"))).value_or(0)) / 100;
    h.bootTime = helper::parseBootTime(joined(sec.value("btime"))).value_or(0);
    h.memTotal = helper::parseMemTotal(joined(sec.value("meminfo"))).value_or(0);
    h.time = text(sec.value("time"), 0).toLongLong();
    h.euid = text(sec.value("id"), 0).toUInt();
    h.user = text(sec.value("id"), 1);
    // Read on the server (getconf); assumed, with a warning, when getconf could not tell.
    QHash<QByteArray, QByteArray> conf;
    for (const QByteArray& line : sec.value("conf")) {
        const qsizetype sp = line.indexOf(' ');
        if (sp > 0)
            conf.insert(line.left(sp), line.mid(sp + 1).trimmed());
    }
    bool ok = false;
    const quint64 pageSize = conf.value("PAGESIZE").toULongLong(&ok);
    const bool pageSizeRead = ok && pageSize > 0;
    h.pageSize = pageSizeRead ? pageSize : 4096;
    const int clockTicks = conf.value("CLK_TCK").toInt(&ok);
    const bool clockTicksRead = ok && clockTicks > 0;
    h.clockTicks = clockTicksRead ? clockTicks : 100;
    const auto nsInode = [](const QString& link) -> std::optional<quint64> {
        // "ipc:[4026531839]"
        bool ok = false;
        const quint64 n =
            link.section(u'[', 1).chopped(link.endsWith(u']') ? 1 : 0).toULongLong(&ok);
        return ok ? std::optional<quint64>(n) : std::nullopt;
    };
    h.ipcNamespace = nsInode(text(sec.value("ns"), 0));
    h.pidNamespace = nsInode(text(sec.value("ns"), 1));
    h.fullView = false; // no per-semaphore detail, no maps: never the full view
    h.semStatAny = false;

    Limits& l = snap.limits;
    QHash<QByteArray, QByteArray> lim;
    for (const QByteArray& line : sec.value("limits")) {
        const qsizetype sp = line.indexOf(' ');
        if (sp > 0)
            lim.insert(line.left(sp), line.mid(sp + 1).trimmed());
    }
    const QList<QByteArray> sem = lim.value("sem").simplified().split(' ');
    if (sem.size() == 4) {
        l.semmsl = number(sem.at(0));
        l.semmns = number(sem.at(1));
        l.semopm = number(sem.at(2));
        l.semmni = number(sem.at(3));
    }
    l.semvmx = 32767; // a kernel constant
    l.shmmax = number(lim.value("shmmax"));
    l.shmall = number(lim.value("shmall"));
    l.shmmni = number(lim.value("shmmni"));
    l.msgmax = number(lim.value("msgmax"));
    l.msgmnb = number(lim.value("msgmnb"));
    l.msgmni = number(lim.value("msgmni"));
    l.mqQueuesMax = number(lim.value("mq_queues_max"));
    l.mqMsgMax = number(lim.value("mq_msg_max"));
    l.mqMsgsizeMax = number(lim.value("mq_msgsize_max"));
    l.mqMsgDefault = number(lim.value("mq_msg_default"));
    l.mqMsgsizeDefault = number(lim.value("mq_msgsize_default"));

    helper::Accounts accounts;
    accounts.parsePasswd(joined(sec.value("passwd")));
    accounts.parseGroup(joined(sec.value("group")));
    const auto userName = [&](uint uid) {
        return QString::fromStdString(accounts.userName(uid));
    };

    std::vector<helper::SemSet> sems;
    helper::parseSemList(joined(sec.value("sem")), sems);
    for (const helper::SemSet& in : sems) {
        SemaphoreSet s;
        fillCommon(s, in, accounts);
        s.nsems = int(in.nsems);
        s.otime = in.otime;
        s.detail = false;
        snap.semaphores.append(s);
    }
    std::vector<helper::ShmSegment> segments;
    helper::parseShmList(joined(sec.value("shm")), segments);
    for (const helper::ShmSegment& in : segments) {
        SharedMemorySegment m;
        fillCommon(m, in, accounts);
        m.dest = in.mode & 01000;   // SHM_DEST
        m.locked = in.mode & 02000; // SHM_LOCKED
        m.size = in.size;
        m.nattch = in.nattch;
        m.cpid = in.cpid;
        m.lpid = in.lpid;
        m.atime = in.atime;
        m.dtime = in.dtime;
        m.rss = in.rss;
        m.swap = in.swap;
        snap.sharedMemory.append(m);
    }
    std::vector<helper::MsgQueue> queues;
    helper::parseMsgList(joined(sec.value("msg")), queues);
    for (const helper::MsgQueue& in : queues) {
        MessageQueue q;
        fillCommon(q, in, accounts);
        q.cbytes = in.cbytes;
        q.qnum = in.qnum;
        q.qbytes = in.qbytes;
        q.lspid = in.lspid;
        q.lrpid = in.lrpid;
        q.stime = in.stime;
        q.rtime = in.rtime;
        snap.messageQueues.append(q);
    }

    const auto startOf = [&](quint64 ticks) {
        return double(h.bootTime) + double(ticks) / double(h.clockTicks);
    };

    // Referenced processes: "@pid N", then "@stat …", "Uid: r e s f", "@cmd …" when it exists.
    Process* current = nullptr;
    for (const QByteArray& line : sec.value("pids")) {
        if (line.startsWith("@pid ")) {
            Process p;
            p.pid = line.mid(5).trimmed().toLongLong();
            snap.processes.append(p);
            current = &snap.processes.last();
        } else if (current && line.startsWith("@stat ")) {
            if (const auto st = helper::parseStat(view(line.mid(6)))) {
                current->state = QString(QLatin1Char(st->state));
                current->comm = qstring(st->comm);
                current->ppid = st->ppid;
                current->startTime = startOf(st->startTicks);
                current->alive = st->state != 'Z' && st->state != 'X';
            }
        } else if (current && line.startsWith("Uid:")) {
            current->uid = helper::parseStatusRealUid(view(line));
            if (current->uid)
                current->user = userName(*current->uid);
        } else if (current && line.startsWith("@cmd ")) {
            current->cmdline = QString::fromUtf8(line.mid(5)).trimmed();
        }
    }

    // Running processes per uid and per (comm, uid), for software recognition. The uid is the
    // owner of /proc/<pid> (the effective uid), the closest a plain `stat` gives.
    QHash<qint64, uint> owner;
    for (const QByteArray& line : sec.value("owners")) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() == 2)
            owner.insert(f.at(1).mid(6).toLongLong(), f.at(0).toUInt()); // "/proc/123"
    }
    QMap<uint, int> perUser;
    QMap<QPair<QString, uint>, Program> programs;
    for (const QByteArray& line : sec.value("procstat")) {
        const auto st = helper::parseStat(view(line));
        const qint64 pid = line.left(line.indexOf(' ')).toLongLong();
        if (!st || st->state == 'Z' || st->state == 'X' || !owner.contains(pid))
            continue;
        const uint uid = owner.value(pid);
        ++perUser[uid];
        const QString comm = qstring(st->comm);
        Program& prog = programs[{comm, uid}];
        const double start = startOf(st->startTicks);
        if (prog.count == 0) {
            prog.comm = comm;
            prog.uid = uid;
            prog.user = userName(uid);
            prog.oldestStart = prog.newestStart = start;
            prog.oldestPid = pid;
        } else {
            if (start < prog.oldestStart) {
                prog.oldestStart = start;
                prog.oldestPid = pid;
            }
            prog.newestStart = std::max(prog.newestStart, start);
        }
        ++prog.count;
    }
    for (auto it = perUser.cbegin(); it != perUser.cend(); ++it)
        snap.users.append(UserProcesses{it.key(), userName(it.key()), it.value()});
    for (const Program& p : std::as_const(programs))
        snap.programs.append(p);

    snap.warnings.append(
        {u"agentless"_s,
         u"reduced detail: the helper could not run on this server (%1)"_s.arg(reason)});
    if (!snap.semaphores.isEmpty())
        snap.warnings.append(
            {u"no_sem_detail"_s,
             u"agentless read: %1 semaphore sets without per-semaphore detail"_s.arg(
                 snap.semaphores.size())});
    snap.warnings.append({u"no_posix"_s, u"agentless read: POSIX objects are not listed"_s});
    if (!pageSizeRead)
        snap.warnings.append({u"page_size_assumed"_s,
                              u"getconf PAGESIZE gave no answer: a page size of 4096 bytes is "
                              u"assumed (kernel.shmall and segment pages use it)"_s});
    if (!clockTicksRead)
        snap.warnings.append({u"clock_ticks_assumed"_s,
                              u"getconf CLK_TCK gave no answer: 100 clock ticks per second are "
                              u"assumed (process start times use it)"_s});
    return snap;
}

Result<Snapshot> agentlessSnapshot(SshSession& session, const QString& reason,
                                   const CancelToken& cancel) {
    auto out = execCommand(session, agentlessCommand(), {}, cancel);
    if (!out)
        return out.error();
    return parseAgentlessOutput(out.value().out, reason);
}

} // namespace ipcscope
