// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/context.h"

#include "analysis/analysistr.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <limits>

using namespace Qt::StringLiterals;

namespace ipcscope::analysis {

Context::Context(const Snapshot& snapshot)
    : m_snapshot(snapshot) {
    m_processes.reserve(snapshot.processes.size());
    // A process that works in another IPC namespace cannot use this namespace's objects: for
    // them it is as good as gone (a container's pid that the host's set names was reused, or the
    // other way round). Unknown namespaces count as this one's.
    const std::optional<quint64> ns = snapshot.host.ipcNamespace;
    for (const Process& p : snapshot.processes) {
        if (p.alive && ns && p.ipcNamespace && *p.ipcNamespace != *ns) {
            Process elsewhere = p;
            elsewhere.alive = false;
            m_elsewhere.push_back(std::move(elsewhere));
            m_processes.insert(p.pid, &m_elsewhere.back());
            continue;
        }
        m_processes.insert(p.pid, &p);
    }
    for (const UserProcesses& u : snapshot.users) {
        m_running.insert(u.uid, u.processes);
        m_names.insert(u.uid, u.user);
    }
    for (const Warning& w : snapshot.warnings) {
        if (w.code == "processes_hidden"_L1)
            m_processesHidden = true;
        if (w.code == "maps_unreadable"_L1)
            m_mapsIncomplete = true;
    }
    for (const UninspectedProcess& u : snapshot.uninspected)
        if (u.refused.contains("maps"_L1) || u.refused.contains("stat"_L1))
            m_mapsHidden.append(&u);
    if (snapshot.uninspectedListed && !m_mapsHidden.isEmpty())
        m_mapsIncomplete = true;
    // The agentless read does not look at /proc/PID/maps at all.
    if (snapshot.mode == SnapshotMode::Agentless)
        m_mapsIncomplete = true;
}

std::optional<int> Context::runningProcesses(uint uid) const {
    if (!usersKnown())
        return std::nullopt;
    return m_running.value(uid, 0);
}

QString Context::userName(uint uid) const {
    const QString name = m_names.value(uid);
    return name.isEmpty() ? QString::number(uid) : name;
}

QString formatTime(double unixSeconds, qint64 now) {
    const QDateTime t = QDateTime::fromSecsSinceEpoch(qint64(unixSeconds));
    const QDateTime n = QDateTime::fromSecsSinceEpoch(now);
    if (now > 0 && t.date() == n.date())
        return t.toString(u"HH:mm"_s);
    return t.toString(u"yyyy-MM-dd HH:mm"_s);
}

QString unitName(const QString& unit, quint64 count) {
    // Plural rules only tell 1 from more for these languages: clamping keeps the form.
    const int n = count > quint64(std::numeric_limits<int>::max()) ? std::numeric_limits<int>::max()
                                                                   : int(count);
    if (unit == u"sets")
        return Tr::tr("set(s)", nullptr, n);
    if (unit == u"semaphores")
        return Tr::tr("semaphore(s)", nullptr, n);
    if (unit == u"segments")
        return Tr::tr("segment(s)", nullptr, n);
    if (unit == u"pages")
        return Tr::tr("page(s)", nullptr, n);
    if (unit == u"bytes")
        return Tr::tr("byte(s)", nullptr, n);
    if (unit == u"queues")
        return Tr::tr("queue(s)", nullptr, n);
    if (unit == u"messages")
        return Tr::tr("message(s)", nullptr, n);
    return unit;
}

QString formatBytes(quint64 bytes) {
    if (bytes < 1024)
        return Tr::tr("%n byte(s)", nullptr, int(bytes));
    // QLocale::c() keeps machine-readable contexts (the CLI, tests) stable across locales.
    return QLocale::c().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeIecFormat);
}

} // namespace ipcscope::analysis
