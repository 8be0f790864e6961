// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/software.h"

#include "analysis/analysistr.h"
#include "analysis/context.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace ipcscope::analysis {

namespace {

// One row per software. Program names are /proc/PID/comm (at most 15 characters).
struct Signature {
    QLatin1StringView id;
    QLatin1StringView name;
    QList<QLatin1StringView> comms;        // exact
    QList<QLatin1StringView> commPrefixes; // e.g. "ora_" for ora_pmon_ORCL
    QList<QLatin1StringView> owners;       // dedicated service accounts
    QLatin1StringView ownerPattern;        // regular expression for generated accounts
    QLatin1StringView service;             // systemd unit, when there is a usual one
    bool claimsByRunningUid;               // objects of the uid it runs as are its own
};

const QList<Signature>& signatures() {
    static const QList<Signature> table = {
        {"apache"_L1,
         "Apache httpd"_L1,
         {"apache2"_L1, "httpd"_L1, "httpd.worker"_L1, "httpd.event"_L1, "httpd-prefork"_L1},
         {},
         {},
         {},
         "apache2"_L1,
         false},
        {"postgresql"_L1,
         "PostgreSQL"_L1,
         {"postgres"_L1, "postmaster"_L1},
         {},
         {"postgres"_L1, "postgresql"_L1, "pgsql"_L1, "enterprisedb"_L1},
         {},
         "postgresql"_L1,
         true},
        {"oracle"_L1,
         "Oracle Database"_L1,
         {"oracle"_L1, "tnslsnr"_L1},
         {"ora_"_L1, "asm_"_L1},
         {"oracle"_L1, "grid"_L1},
         {},
         {},
         true},
        {"db2"_L1,
         "IBM Db2"_L1,
         {},
         {"db2sysc"_L1, "db2wdog"_L1, "db2fmp"_L1, "db2acd"_L1},
         {},
         "^db2"_L1,
         {},
         true},
        {"sap"_L1,
         "SAP NetWeaver"_L1,
         {"disp+work"_L1, "sapstart"_L1, "sapstartsrv"_L1, "gwrd"_L1, "msg_server"_L1,
          "enserver"_L1, "enq_server"_L1, "icman"_L1, "jstart"_L1},
         {"dw."_L1},
         {},
         "^[a-z][a-z0-9]{2}adm$"_L1,
         {},
         true},
        {"uwsgi"_L1, "uWSGI"_L1, {}, {"uwsgi"_L1}, {}, {}, "uwsgi"_L1, true},
        {"php"_L1, "PHP"_L1, {}, {"php"_L1}, {}, {}, {}, true},
    };
    return table;
}

bool commMatches(const Signature& s, const QString& comm) {
    for (const auto& c : s.comms)
        if (comm == c)
            return true;
    for (const auto& p : s.commPrefixes)
        if (comm.startsWith(p))
            return true;
    return false;
}

bool ownerMatches(const Signature& s, const QRegularExpression& pattern, const QString& owner) {
    if (owner.isEmpty())
        return false;
    for (const auto& o : s.owners)
        if (owner == o)
            return true;
    if (s.ownerPattern.isEmpty() || !pattern.match(owner).hasMatch())
        return false;
    // <sid>adm: SAP forbids these SIDs, so sysadm, netadm, logadm … are not SAP administrators.
    if (s.id == "sap"_L1) {
        static const QStringList reserved = {
            u"add"_s, u"all"_s, u"amd"_s, u"and"_s, u"any"_s, u"are"_s, u"asc"_s, u"aux"_s,
            u"avg"_s, u"bin"_s, u"bit"_s, u"cdc"_s, u"com"_s, u"con"_s, u"dba"_s, u"dbm"_s,
            u"dbo"_s, u"dtd"_s, u"eco"_s, u"end"_s, u"eps"_s, u"exe"_s, u"for"_s, u"get"_s,
            u"gid"_s, u"ibm"_s, u"int"_s, u"key"_s, u"lib"_s, u"log"_s, u"lpt"_s, u"map"_s,
            u"max"_s, u"mem"_s, u"mig"_s, u"min"_s, u"mon"_s, u"net"_s, u"nix"_s, u"not"_s,
            u"nul"_s, u"off"_s, u"old"_s, u"oms"_s, u"out"_s, u"pad"_s, u"prn"_s, u"raw"_s,
            u"ref"_s, u"row"_s, u"sap"_s, u"set"_s, u"sga"_s, u"shg"_s, u"sid"_s, u"sql"_s,
            u"sum"_s, u"sys"_s, u"tmp"_s, u"top"_s, u"trc"_s, u"uid"_s, u"use"_s, u"usr"_s,
            u"var"_s};
        return !reserved.contains(owner.left(3));
    }
    return true;
}

QString rootCause(QLatin1StringView id) {
    if (id == "apache"_L1)
        return Tr::tr(
            "Apache keeps its mutexes in System V semaphores (Mutex sysvsem); when Apache is "
            "killed they stay behind until the limit is reached and Apache no longer "
            "starts. Use a mechanism that leaves nothing behind, e.g. "
            "\"Mutex fcntl:${APACHE_LOCK_DIR} default\" (or file: / pthread) in the server "
            "configuration.");
    if (id == "postgresql"_L1)
        return Tr::tr("A PostgreSQL server that is killed leaves its semaphores and segment behind "
                      "until its next start. If its objects vanish while it runs, systemd-logind "
                      "removed them when the last session of its user ended: set RemoveIPC=no in "
                      "/etc/systemd/logind.conf or make postgres a system user.");
    if (id == "oracle"_L1)
        return Tr::tr(
            "Oracle removes its segments and semaphores at a clean shutdown; leftovers come "
            "from a crashed instance (check with sysresv before removing). Set RemoveIPC=no "
            "in /etc/systemd/logind.conf so that systemd does not remove the objects of a "
            "running instance.");
    if (id == "db2"_L1)
        return Tr::tr(
            "Db2 leaves its objects behind when an instance ends abnormally; run ipclean as "
            "the instance owner. Set RemoveIPC=no in /etc/systemd/logind.conf so that "
            "systemd does not remove the objects of a running instance.");
    if (id == "sap"_L1)
        return Tr::tr("A crashed SAP instance leaves its objects behind; remove them with "
                      "\"cleanipc <instance number> remove\" as <sid>adm. Set RemoveIPC=no in "
                      "/etc/systemd/logind.conf so that systemd does not remove the objects of a "
                      "running instance.");
    if (id == "uwsgi"_L1)
        return Tr::tr(
            "uWSGI uses System V semaphores only with --lock-engine ipcsem; its default lock "
            "engine leaves nothing behind when uWSGI is killed.");
    if (id == "php"_L1)
        return Tr::tr(
            "Objects created with PHP's sem_get(), shm_attach() or msg_get_queue() stay until "
            "the application removes them (sem_remove(), shm_remove(), "
            "msg_remove_queue()); a killed worker leaves them behind.");
    return {};
}

} // namespace

SoftwareCatalog::SoftwareCatalog(const Context& context)
    : m_context(context) {
    const Snapshot& snapshot = context.snapshot();
    for (const Signature& s : signatures()) {
        m_ownerPatterns.append(QRegularExpression(QString(s.ownerPattern)));
        m_ids.append(QString(s.id));
        Software sw;
        sw.id = m_ids.last();
        sw.name = QString(s.name);
        sw.serviceName = QString(s.service);
        sw.rootCause = rootCause(s.id);
        double since = std::numeric_limits<double>::max();
        qint64 oldestPid = 0;
        for (const Program& p : snapshot.programs) {
            if (p.count <= 0 || !commMatches(s, p.comm))
                continue;
            sw.running = true;
            if (p.oldestStart < since)
                oldestPid = p.oldestPid;
            since = std::min(since, p.oldestStart);
            // The user it works as: the non-root one (Apache's children, not its root master).
            if (sw.runningUser.isEmpty() || (p.uid != 0 && sw.runningUser == "root"_L1))
                sw.runningUser = p.user.isEmpty() ? QString::number(p.uid) : p.user;
            if (s.id == "apache"_L1 && p.comm == "httpd"_L1)
                sw.serviceName = u"httpd"_s; // Red Hat family
            if (p.uid != 0 && s.claimsByRunningUid && !m_runningUid.contains(p.uid))
                m_runningUid.insert(p.uid, sw.id);
        }
        sw.runningSince = sw.running ? since : 0;
        if (sw.running && oldestPid > 0 && hasMaster(sw.id))
            m_masterPid.insert(sw.id, oldestPid);
        m_software.append(sw);
    }
    const auto remember = [this](const QString& name) {
        if (!name.isEmpty() && !m_ownerSignature.contains(name))
            m_ownerSignature.insert(name, ownerSignature(name));
    };
    const auto rememberSysv = [&remember](const auto& objects) {
        for (const auto& o : objects) {
            remember(o.owner);
            remember(o.creator);
        }
    };
    rememberSysv(snapshot.semaphores);
    rememberSysv(snapshot.sharedMemory);
    rememberSysv(snapshot.messageQueues);
    for (const auto* posix :
         {&snapshot.posixShm, &snapshot.posixSemaphores, &snapshot.posixMqueues})
        for (const PosixObject& o : *posix)
            remember(o.owner);
}

bool SoftwareCatalog::couldBe(const QString& id, const QString& comm) {
    if (comm.isEmpty())
        return true;
    for (const Signature& s : signatures())
        if (s.id == id)
            return commMatches(s, comm);
    return false;
}

bool SoftwareCatalog::hasMaster(const QString& id) {
    return id == "apache"_L1 || id == "postgresql"_L1 || id == "php"_L1 || id == "uwsgi"_L1;
}

int SoftwareCatalog::ownerSignature(const QString& name) const {
    const QList<Signature>& table = signatures();
    for (qsizetype i = 0; i < table.size(); ++i)
        if (ownerMatches(table.at(i), m_ownerPatterns.at(i), name))
            return int(i);
    return -1;
}

const Software* SoftwareCatalog::find(const QString& id) const {
    for (const Software& s : m_software)
        if (s.id == id)
            return &s;
    return nullptr;
}

QString SoftwareCatalog::byOwner(uint uid, uint cuid, const QString& owner,
                                 const QString& creator) const {
    // The first signature in table order that matches the owner or the creator. Names from the
    // catalog's snapshot are looked up; another name is matched here (matching a shared
    // QRegularExpression from several threads is safe: Qt compiles it under its own lock).
    const auto signatureOf = [this](const QString& name) {
        if (name.isEmpty())
            return -1;
        const auto known = m_ownerSignature.constFind(name);
        return known != m_ownerSignature.cend() ? known.value() : ownerSignature(name);
    };
    const int byOwnerName = signatureOf(owner);
    const int byCreatorName = signatureOf(creator);
    const int first = byOwnerName < 0     ? byCreatorName
                      : byCreatorName < 0 ? byOwnerName
                                          : std::min(byOwnerName, byCreatorName);
    if (first >= 0)
        return m_ids.at(first);
    if (uid != 0) {
        const QString id = m_runningUid.value(uid);
        if (!id.isEmpty())
            return id;
    }
    if (cuid != 0)
        return m_runningUid.value(cuid);
    return {};
}

QString SoftwareCatalog::byProcess(qint64 pid) const {
    if (pid <= 0)
        return {};
    const Process* p = m_context.process(pid);
    if (!p || p->comm.isEmpty())
        return {};
    const QList<Signature>& table = signatures();
    for (qsizetype i = 0; i < table.size(); ++i)
        if (commMatches(table.at(i), p->comm))
            return m_ids.at(i);
    return {};
}

QString SoftwareCatalog::recognise(const SemaphoreSet& set) const {
    // Apache's mutexes: IPC_PRIVATE, one semaphore, 0600, created by the root master and handed
    // to the user the children run as.
    if (set.key == 0 && set.nsems == 1 && (set.perms & 0777) == 0600 && set.cuid == 0 &&
        set.uid != 0) {
        static const QList<QLatin1StringView> httpdUsers = {
            "www-data"_L1, "apache"_L1, "daemon"_L1, "wwwrun"_L1, "http"_L1, "nobody"_L1};
        const Software* apache = find(u"apache"_s);
        bool httpdUser = false;
        for (const auto& u : httpdUsers)
            httpdUser = httpdUser || set.owner == u;
        if (httpdUser || (apache && apache->running && apache->runningUser == set.owner))
            return u"apache"_s;
    }
    QString id = byOwner(set.uid, set.cuid, set.owner, set.creator);
    for (int i = 0; id.isEmpty() && i < set.sems.size(); ++i)
        id = byProcess(set.sems.at(i).pid);
    return id;
}

QString SoftwareCatalog::recognise(const SharedMemorySegment& segment) const {
    QString id = byOwner(segment.uid, segment.cuid, segment.owner, segment.creator);
    if (id.isEmpty())
        id = byProcess(segment.cpid);
    if (id.isEmpty())
        id = byProcess(segment.lpid);
    return id;
}

QString SoftwareCatalog::recognise(const MessageQueue& queue) const {
    QString id = byOwner(queue.uid, queue.cuid, queue.owner, queue.creator);
    if (id.isEmpty())
        id = byProcess(queue.lspid);
    if (id.isEmpty())
        id = byProcess(queue.lrpid);
    return id;
}

QString SoftwareCatalog::recognise(ObjectType type, const PosixObject& object) const {
    // PostgreSQL's dynamic shared memory: /dev/shm/PostgreSQL.<number>.
    if (type == ObjectType::PosixShm && object.name.startsWith("PostgreSQL."_L1))
        return u"postgresql"_s;
    QString id = byOwner(object.uid, object.uid, object.owner, QString());
    for (int i = 0; id.isEmpty() && i < object.mappedPids.size(); ++i)
        id = byProcess(object.mappedPids.at(i));
    return id;
}

} // namespace ipcscope::analysis
