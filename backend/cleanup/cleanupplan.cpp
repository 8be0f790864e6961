// SPDX-License-Identifier: GPL-3.0-or-later
#include "cleanup/cleanupplan.h"

#include "cleanup/cleanuptr.h"
#include "cleanup/posixname.h"

#include "analysis/jsonwriter.h"

#include <algorithm>

#include <QCoreApplication>
#include <QSet>
#include <QSysInfo>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

const ObjectVerdict* verdictFor(const Report& report, const ObjectRef& ref) {
    for (const ObjectVerdict& v : report.objects) {
        if (v.ref.type == ref.type && v.ref.index == ref.index)
            return &v;
    }
    return nullptr;
}

const QList<PosixObject>* posixList(const Snapshot& s, ObjectType type) {
    switch (type) {
    case ObjectType::PosixShm:
        return &s.posixShm;
    case ObjectType::PosixSemaphore:
        return &s.posixSemaphores;
    case ObjectType::PosixMqueue:
        return &s.posixMqueues;
    default:
        return nullptr;
    }
}

template <typename T>
const T* at(const QList<T>& list, int index) {
    return index >= 0 && index < list.size() ? &list[index] : nullptr;
}

void setSysv(CleanupItem& item, const SysvCommon& o) {
    item.key = o.key;
    item.cuid = o.cuid;
    item.uid = o.uid;
    item.ctime = o.ctime;
    item.ref.id = o.id;
}

bool matchesOwner(const ObjectVerdict& v, const QString& owner) {
    if (owner.isEmpty())
        return true;
    return v.owner == owner || QString::number(v.uid) == owner;
}

bool matchesSoftware(const Report& report, const ObjectVerdict& v, const QString& software) {
    if (software.isEmpty())
        return true;
    if (v.software.isEmpty())
        return false;
    if (v.software.compare(software, Qt::CaseInsensitive) == 0)
        return true;
    for (const Software& sw : report.software) {
        if (sw.id == v.software && sw.name.compare(software, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

bool CleanupItem::isSysv() const {
    return ref.type == ObjectType::Semaphore || ref.type == ObjectType::SharedMemory ||
           ref.type == ObjectType::MessageQueue;
}

QString CleanupItem::describe() const {
    if (isSysv() && ns != 0)
        return Tr::tr("%1 %2 (key 0x%3) in the container %4")
            .arg(objectTypeName(ref.type))
            .arg(ref.id)
            .arg(key, 8, 16, QLatin1Char('0'))
            .arg(namespaceName);
    if (isSysv())
        return Tr::tr("%1 %2 (key 0x%3)")
            .arg(objectTypeName(ref.type))
            .arg(ref.id)
            .arg(key, 8, 16, QLatin1Char('0'));
    if (ns != 0)
        return Tr::tr("%1 /%2 in the container %3")
            .arg(objectTypeName(ref.type), ref.name, namespaceName);
    return Tr::tr("%1 /%2").arg(objectTypeName(ref.type), ref.name);
}

int CleanupPlan::forcedCount() const {
    return int(
        std::count_if(items.begin(), items.end(), [](const CleanupItem& i) { return i.force; }));
}

std::optional<CleanupItem> cleanupItemFor(const Report& report, const ObjectRef& ref) {
    const ObjectVerdict* verdict = verdictFor(report, ref);
    if (!verdict)
        return std::nullopt;
    CleanupItem item;
    item.ref = verdict->ref;
    item.owner = verdict->owner;
    item.verdict = verdict->verdict;
    item.reasons = verdict->reasons;
    item.software = verdict->software;
    const Snapshot& s = report.snapshot;
    item.ns = s.containerNamespace;
    item.namespaceName = s.containerName;
    item.namespacePid = s.containerPid;
    switch (ref.type) {
    case ObjectType::Semaphore:
        if (const auto* o = at(s.semaphores, ref.index)) {
            setSysv(item, *o);
            if (o->detail && o->sems.size() == o->nsems) {
                for (const Semaphore& sem : o->sems) {
                    item.semValues.append(sem.value);
                    item.semPids.append(sem.pid);
                }
            }
            return item;
        }
        return std::nullopt;
    case ObjectType::SharedMemory:
        if (const auto* o = at(s.sharedMemory, ref.index)) {
            setSysv(item, *o);
            item.nattch = o->nattch;
            item.lpid = o->lpid;
            return item;
        }
        return std::nullopt;
    case ObjectType::MessageQueue:
        if (const auto* o = at(s.messageQueues, ref.index)) {
            setSysv(item, *o);
            item.qnum = qint64(o->qnum);
            item.lspid = o->lspid;
            item.lrpid = o->lrpid;
            return item;
        }
        return std::nullopt;
    case ObjectType::PosixShm:
    case ObjectType::PosixSemaphore:
    case ObjectType::PosixMqueue:
        if (const auto* o = at(*posixList(s, ref.type), ref.index)) {
            item.ref.id = -1;
            item.ref.name = o->name;
            item.nameHex = o->nameHex;
            item.inode = o->inode;
            item.mtime = o->mtime;
            item.uid = o->uid;
            // POSIX queues' file times are whole seconds: their queued bytes are the finer
            // guard (kept in qnum, sent as qsize).
            if (ref.type == ObjectType::PosixMqueue && o->qsize)
                item.qnum = qint64(*o->qsize);
            if (o->mtimeNs && o->ctimeNs) {
                item.posixCtime = o->ctime;
                item.mtimeNs = o->mtimeNs;
                item.ctimeNs = o->ctimeNs;
            }
            return item;
        }
        return std::nullopt;
    }
    return std::nullopt;
}

CleanupPlan buildCleanupPlan(const Report& report, const CleanupSelection& selection) {
    CleanupPlan plan;
    plan.host = report.snapshot.host.hostname;
    QSet<QPair<int, int>> seen;
    auto add = [&](const ObjectRef& ref, bool chosenOneByOne) {
        if (seen.contains({int(ref.type), ref.index}))
            return;
        seen.insert({int(ref.type), ref.index});
        std::optional<CleanupItem> item = cleanupItemFor(report, ref);
        if (!item) {
            plan.skipped.append({ref, Verdict::Unknown,
                                 Tr::tr("not in the current snapshot: refresh and choose again")});
            return;
        }
        // A hostile snapshot may name another file than the one shown: such a name is refused.
        QString problem;
        if (!item->isSysv() && !posixNameBytes(item->ref.name, item->nameHex, &problem)) {
            plan.skipped.append(
                {item->ref, item->verdict,
                 Tr::tr("refused: %1; nothing with this name is removed").arg(problem)});
            return;
        }
        if (item->verdict == Verdict::InUse) {
            if (!(chosenOneByOne && selection.forceInUse)) {
                plan.skipped.append({item->ref, item->verdict,
                                     Tr::tr("in use: removed only when forced, after a second "
                                            "confirmation")});
                return;
            }
            item->force = true;
        }
        plan.items.append(*item);
    };
    for (const ObjectRef& ref : selection.objects)
        add(ref, true);
    if (selection.orphans) {
        for (const ObjectVerdict& v : report.objects) {
            if (v.verdict != Verdict::Orphaned || !matchesOwner(v, selection.owner) ||
                !matchesSoftware(report, v, selection.software))
                continue;
            add(v.ref, false);
        }
    }
    return plan;
}

QByteArray removalPlanJson(const CleanupPlan& plan, const QString& requestedBy) {
    // Exact 64-bit integers (inodes): QJsonDocument would round them through a double.
    analysis::JsonWriter w;
    w.beginObject();
    w.key("schema");
    w.value("ipcscope.removal-plan/1");
    w.key("requested_by");
    w.value(requestedBy);
    w.key("items");
    w.beginArray();
    for (const CleanupItem& item : plan.items) {
        w.beginObject();
        w.key("type");
        w.value(objectTypeCode(item.ref.type));
        w.key("uid");
        w.value(item.uid);
        if (item.ns != 0) {
            w.key("ns");
            w.value(item.ns);
        }
        if (item.isSysv()) {
            w.key("id");
            w.value(item.ref.id);
            w.key("key");
            w.value(uint(item.key));
            w.key("cuid");
            w.value(item.cuid);
            w.key("ctime");
            w.value(item.ctime);
            if (!item.semValues.isEmpty()) {
                for (const auto& [name, list] : {std::pair{"sem_values", &item.semValues},
                                                 std::pair{"sem_pids", &item.semPids}}) {
                    w.key(name);
                    w.beginArray();
                    for (qint64 v : *list)
                        w.value(v);
                    w.endArray();
                }
            }
        } else {
            if (!item.nameHex.isEmpty()) {
                w.key("name_hex");
                w.value(item.nameHex);
            } else {
                w.key("name");
                w.value(item.ref.name);
            }
            w.key("inode");
            w.value(item.inode);
            w.key("mtime");
            w.value(item.mtime);
        }
        for (const auto& [name, value] :
             {std::pair{"nattch", &item.nattch}, std::pair{"lpid", &item.lpid},
              std::pair{item.isSysv() ? "qnum" : "qsize", &item.qnum},
              std::pair{"lspid", &item.lspid}, std::pair{"lrpid", &item.lrpid},
              std::pair{"ctime", &item.posixCtime}, std::pair{"mtime_ns", &item.mtimeNs},
              std::pair{"ctime_ns", &item.ctimeNs}}) {
            if (*value) {
                w.key(name);
                w.value(**value);
            }
        }
        if (item.force) {
            w.key("force");
            w.value(true);
        }
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.take();
}

QString localUser() {
    if (const passwd* pw = ::getpwuid(::getuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QString::number(::getuid()) : user;
}

QString localRequester() {
    return localUser() + u'@' + QSysInfo::machineHostName();
}

} // namespace ipcscope
