// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the analysis: indexes built once per snapshot (processes by pid, running processes
// per uid) and what the snapshot could and could not see. Keeps every judge O(1) per pid, which is
// what makes 38,000 objects cheap.
#pragma once

#include "model/snapshot.h"

#include <QHash>
#include <QString>

#include <deque>
#include <optional>

namespace ipcscope::analysis {

// Process start times come from boot time + clock ticks and object times are whole seconds, so
// a process that operated in its first second may look "started after". Pid reuse within this
// many seconds is not plausible; a smaller slack would call live processes reused.
inline constexpr double kClockSlack = 2.0;

class Context {
public:
    explicit Context(const Snapshot& snapshot);

    const Snapshot& snapshot() const { return m_snapshot; }
    // nullptr when the helper did not list the pid.
    const Process* process(qint64 pid) const { return m_processes.value(pid, nullptr); }
    // Running processes of a uid; nullopt when the snapshot has no per-user counts (agentless).
    std::optional<int> runningProcesses(uint uid) const;
    QString userName(uint uid) const;

    bool agentless() const { return m_snapshot.mode == SnapshotMode::Agentless; }
    bool usersKnown() const { return !m_snapshot.users.isEmpty(); }
    bool programsKnown() const { return !m_snapshot.programs.isEmpty(); }
    // Other users' processes may be invisible (e.g. /proc mounted with hidepid): a pid that looks
    // gone may just be hidden.
    bool processesHidden() const { return m_processesHidden; }
    // /proc/PID/maps of other users' processes could not be read: "nobody maps it" is unproven.
    bool mapsIncomplete() const { return m_mapsIncomplete; }
    // The helper named the processes it could not inspect (older helpers did not): then
    // mapsHidden() are exactly those whose maps are unknown, and verdicts decide around them.
    bool uninspectedListed() const { return m_snapshot.uninspectedListed; }
    const QList<const UninspectedProcess*>& mapsHidden() const { return m_mapsHidden; }
    // The helper ran as root: advice to run as root would be wrong.
    bool asRoot() const { return m_snapshot.host.euid == 0 && !agentless(); }

private:
    const Snapshot& m_snapshot;
    QHash<qint64, const Process*> m_processes;
    std::deque<Process> m_elsewhere; // alive, but in another IPC namespace: seen as gone
    QHash<uint, int> m_running;
    QHash<uint, QString> m_names;
    bool m_processesHidden = false;
    bool m_mapsIncomplete = false;
    QList<const UninspectedProcess*> m_mapsHidden;
};

// The translated name of a limit's unit (LimitUsage::unit: "sets", "semaphores", "segments",
// "pages", "bytes", "queues", "messages") for `count` of them: "sets" for 6, "Satz" for 1 in
// German.
QString unitName(const QString& unit, quint64 count);

// "12:47" when on the snapshot's day, else "2026-11-20 12:47" (local time of the viewer).
QString formatTime(double unixSeconds, qint64 now);
// "3.0 KiB", "12 bytes"
QString formatBytes(quint64 bytes);

} // namespace ipcscope::analysis
