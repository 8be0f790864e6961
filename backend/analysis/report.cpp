// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/report.h"

#include "analysis/analysistr.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {
struct TypeCode {
    ObjectType type;
    QLatin1StringView code;
};
constexpr TypeCode kTypeCodes[] = {
    {ObjectType::Semaphore, "sem"_L1},
    {ObjectType::SharedMemory, "shm"_L1},
    {ObjectType::MessageQueue, "msg"_L1},
    {ObjectType::PosixShm, "posix_shm"_L1},
    {ObjectType::PosixSemaphore, "posix_sem"_L1},
    {ObjectType::PosixMqueue, "posix_mq"_L1},
};
} // namespace

QString objectTypeCode(ObjectType type) {
    for (const auto& c : kTypeCodes)
        if (c.type == type)
            return QString(c.code);
    return {};
}

std::optional<ObjectType> objectTypeFromCode(const QString& code) {
    for (const auto& c : kTypeCodes)
        if (code == c.code)
            return c.type;
    return std::nullopt;
}

QString objectTypeName(ObjectType type) {
    switch (type) {
    case ObjectType::Semaphore:
        return Tr::tr("semaphore set");
    case ObjectType::SharedMemory:
        return Tr::tr("shared memory segment");
    case ObjectType::MessageQueue:
        return Tr::tr("message queue");
    case ObjectType::PosixShm:
        return Tr::tr("POSIX shared memory object");
    case ObjectType::PosixSemaphore:
        return Tr::tr("POSIX named semaphore");
    case ObjectType::PosixMqueue:
        return Tr::tr("POSIX message queue");
    }
    return {};
}

QString suggestionKindCode(Suggestion::Kind kind) {
    return kind == Suggestion::Kind::CleanUpFirst ? u"clean_up_first"_s : u"raise"_s;
}

QString verdictCode(Verdict verdict) {
    switch (verdict) {
    case Verdict::InUse:
        return u"in_use"_s;
    case Verdict::Orphaned:
        return u"orphaned"_s;
    case Verdict::PossiblyOrphaned:
        return u"possibly_orphaned"_s;
    case Verdict::Unknown:
        return u"unknown"_s;
    }
    return {};
}

QString verdictName(Verdict verdict) {
    switch (verdict) {
    case Verdict::InUse:
        return Tr::tr("In use");
    case Verdict::Orphaned:
        return Tr::tr("Orphaned");
    case Verdict::PossiblyOrphaned:
        return Tr::tr("Possibly orphaned");
    case Verdict::Unknown:
        return Tr::tr("Unknown");
    }
    return {};
}

int Report::count(Verdict verdict) const {
    return int(std::count_if(objects.cbegin(), objects.cend(),
                             [verdict](const ObjectVerdict& o) { return o.verdict == verdict; }));
}

int Report::count(ObjectType type) const {
    return int(std::count_if(objects.cbegin(), objects.cend(),
                             [type](const ObjectVerdict& o) { return o.ref.type == type; }));
}

QString namespaceWord(const IpcNamespace& ns) {
    if (!ns.name.isEmpty() && !ns.name.contains(u' '))
        return ns.name;
    return QString::number(ns.oldestPid > 0 ? quint64(ns.oldestPid) : ns.id);
}

const Report* Report::reportFor(quint64 ns) const {
    if (ns == 0)
        return this;
    for (const NamespaceReport& c : containers) {
        if (c.ns.id == ns)
            return c.report.get();
    }
    return nullptr;
}

Result<quint64> Report::namespaceNamed(const QString& text) const {
    const QString t = text.trimmed();
    if (t.isEmpty() || t.compare("host"_L1, Qt::CaseInsensitive) == 0)
        return quint64(0);
    QList<const NamespaceReport*> exact, prefix;
    for (const NamespaceReport& c : containers) {
        if (c.ns.name == t || QString::number(c.ns.id) == t || c.ns.containerId == t ||
            (c.ns.oldestPid > 0 && QString::number(c.ns.oldestPid) == t))
            exact.append(&c);
        else if (c.ns.containerId.startsWith(t) || c.ns.name.startsWith(t))
            prefix.append(&c);
    }
    const QList<const NamespaceReport*>& found = exact.isEmpty() ? prefix : exact;
    QStringList names;
    for (const NamespaceReport& c : containers)
        names.append(c.ns.name);
    if (found.isEmpty())
        return Error{Error::Kind::Generic,
                     containers.isEmpty()
                         ? Tr::tr("There is no container \"%1\": this host has none.").arg(t)
                         : Tr::tr("There is no container \"%1\". The containers are: %2.")
                               .arg(t, names.join(", "_L1)),
                     {}};
    if (found.size() > 1) {
        QStringList which;
        for (const NamespaceReport* c : found)
            which.append(u"%1 (%2)"_s.arg(c->ns.name).arg(c->ns.id));
        return Error{Error::Kind::Generic,
                     Tr::tr("\"%1\" names several containers: %2. Give the whole name or the "
                            "namespace number.")
                         .arg(t, which.join(", "_L1)),
                     {}};
    }
    const NamespaceReport* c = found.first();
    if (!c->report)
        return Error{Error::Kind::PermissionDenied,
                     Tr::tr("The container %1 could not be read: %2")
                         .arg(c->ns.name, c->ns.message.isEmpty() ? c->ns.reason : c->ns.message),
                     {}};
    return c->ns.id;
}

bool operator==(const NamespaceReport& a, const NamespaceReport& b) {
    if (!(a.ns == b.ns) || bool(a.report) != bool(b.report))
        return false;
    return !a.report || *a.report == *b.report;
}

} // namespace ipcscope
