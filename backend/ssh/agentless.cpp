// SPDX-License-Identifier: GPL-3.0-or-later
#include "ssh/agentless.h"

#include "ssh/sshexec.h"
#include "ssh/sshsession.h"
#include "ssh/sshtr.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <cmath>

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
s conf; getconf PAGESIZE; getconf CLK_TCK
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

std::optional<quint64> number(const QByteArray& v) {
    bool ok = false;
    const quint64 n = v.trimmed().toULongLong(&ok);
    return ok ? std::optional<quint64>(n) : std::nullopt;
}

// Parsed "/proc/<pid>/stat": fields after the comm, which may hold spaces and parentheses.
struct Stat {
    qint64 pid = 0;
    QString comm;
    QString state;
    qint64 ppid = 0;
    quint64 startTicks = 0;
    bool ok = false;
};

Stat parseStat(const QByteArray& line) {
    Stat st;
    const qsizetype open = line.indexOf('(');
    const qsizetype close = line.lastIndexOf(')');
    if (open < 0 || close < open)
        return st;
    st.pid = line.left(open).trimmed().toLongLong();
    st.comm = QString::fromUtf8(line.mid(open + 1, close - open - 1));
    const QList<QByteArray> f = line.mid(close + 2).split(' ');
    // f[0] is field 3 (state); starttime is field 22.
    if (f.size() < 20)
        return st;
    st.state = QString::fromLatin1(f.at(0));
    st.ppid = f.at(1).toLongLong();
    st.startTicks = f.at(19).toULongLong();
    st.ok = true;
    return st;
}

// One /proc/sysvipc table: rows as name → value, using the header line for the column names
// (columns were added over the kernel versions, e.g. rss and swap).
QList<QHash<QByteArray, QByteArray>> table(const QList<QByteArray>& lines) {
    QList<QHash<QByteArray, QByteArray>> rows;
    if (lines.isEmpty())
        return rows;
    const QList<QByteArray> header = lines.first().simplified().split(' ');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> values = lines.at(i).simplified().split(' ');
        QHash<QByteArray, QByteArray> row;
        for (qsizetype c = 0; c < header.size() && c < values.size(); ++c)
            row.insert(header.at(c), values.at(c));
        rows.append(row);
    }
    return rows;
}

QHash<uint, QString> names(const QList<QByteArray>& lines) {
    QHash<uint, QString> result;
    for (const QByteArray& line : lines) {
        const QList<QByteArray> f = line.split(':');
        if (f.size() > 2 && !result.contains(f.at(2).toUInt()))
            result.insert(f.at(2).toUInt(), QString::fromUtf8(f.at(0)));
    }
    return result;
}

QString nameOf(const QHash<uint, QString>& names, uint id) {
    return names.value(id, QString::number(id));
}

void fillCommon(SysvCommon& o, const QHash<QByteArray, QByteArray>& row, const char* idColumn,
                const QHash<uint, QString>& users, const QHash<uint, QString>& groups) {
    o.key = quint32(row.value("key").toLongLong()); // printed signed: -1 is 0xffffffff
    o.id = row.value(idColumn).toLongLong();
    o.perms = row.value("perms").toUInt(nullptr, 8) & 0777; // printed in octal
    o.uid = row.value("uid").toUInt();
    o.gid = row.value("gid").toUInt();
    o.cuid = row.value("cuid").toUInt();
    o.cgid = row.value("cgid").toUInt();
    o.owner = nameOf(users, o.uid);
    o.group = nameOf(groups, o.gid);
    o.creator = nameOf(users, o.cuid);
    o.ctime = row.value("ctime").toLongLong();
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
    h.uptime = text(sec.value("uptime"), 0).section(u' ', 0, 0).toDouble();
    h.bootTime = text(sec.value("btime"), 0).section(u' ', 1, 1).toLongLong();
    h.memTotal =
        text(sec.value("meminfo"), 0).simplified().section(u' ', 1, 1).toULongLong() * 1024;
    h.time = text(sec.value("time"), 0).toLongLong();
    h.euid = text(sec.value("id"), 0).toUInt();
    h.user = text(sec.value("id"), 1);
    h.pageSize = text(sec.value("conf"), 0).toULongLong();
    if (h.pageSize == 0)
        h.pageSize = 4096;
    h.clockTicks = text(sec.value("conf"), 1).toInt();
    if (h.clockTicks <= 0)
        h.clockTicks = 100;
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

    const auto users = names(sec.value("passwd"));
    const auto groups = names(sec.value("group"));

    for (const auto& row : table(sec.value("sem"))) {
        SemaphoreSet s;
        fillCommon(s, row, "semid", users, groups);
        s.nsems = row.value("nsems").toInt();
        s.otime = row.value("otime").toLongLong();
        s.detail = false;
        snap.semaphores.append(s);
    }
    for (const auto& row : table(sec.value("shm"))) {
        SharedMemorySegment m;
        fillCommon(m, row, "shmid", users, groups);
        const uint mode = row.value("perms").toUInt(nullptr, 8);
        m.dest = mode & 01000;   // SHM_DEST
        m.locked = mode & 02000; // SHM_LOCKED
        m.size = row.value("size").toULongLong();
        m.nattch = row.value("nattch").toLongLong();
        m.cpid = row.value("cpid").toLongLong();
        m.lpid = row.value("lpid").toLongLong();
        m.atime = row.value("atime").toLongLong();
        m.dtime = row.value("dtime").toLongLong();
        if (row.contains("rss"))
            m.rss = number(row.value("rss"));
        if (row.contains("swap"))
            m.swap = number(row.value("swap"));
        snap.sharedMemory.append(m);
    }
    for (const auto& row : table(sec.value("msg"))) {
        MessageQueue q;
        fillCommon(q, row, "msqid", users, groups);
        q.cbytes = row.value("cbytes").toULongLong();
        q.qnum = row.value("qnum").toULongLong();
        q.lspid = row.value("lspid").toLongLong();
        q.lrpid = row.value("lrpid").toLongLong();
        q.stime = row.value("stime").toLongLong();
        q.rtime = row.value("rtime").toLongLong();
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
            const Stat st = parseStat(line.mid(6));
            if (st.ok) {
                current->state = st.state;
                current->comm = st.comm;
                current->ppid = st.ppid;
                current->startTime = startOf(st.startTicks);
                current->alive = st.state != u"Z"_s && st.state != u"X"_s;
            }
        } else if (current && line.startsWith("Uid:")) {
            current->uid = line.mid(4).simplified().split(' ').value(0).toUInt();
            current->user = nameOf(users, *current->uid);
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
        const Stat st = parseStat(line);
        if (!st.ok || st.state == u"Z"_s || st.state == u"X"_s || !owner.contains(st.pid))
            continue;
        const uint uid = owner.value(st.pid);
        ++perUser[uid];
        Program& prog = programs[{st.comm, uid}];
        const double start = startOf(st.startTicks);
        if (prog.count == 0) {
            prog.comm = st.comm;
            prog.uid = uid;
            prog.user = nameOf(users, uid);
            prog.oldestStart = prog.newestStart = start;
            prog.oldestPid = st.pid;
        } else {
            if (start < prog.oldestStart) {
                prog.oldestStart = start;
                prog.oldestPid = st.pid;
            }
            prog.newestStart = std::max(prog.newestStart, start);
        }
        ++prog.count;
    }
    for (auto it = perUser.cbegin(); it != perUser.cend(); ++it)
        snap.users.append(UserProcesses{it.key(), nameOf(users, it.key()), it.value()});
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
