// SPDX-License-Identifier: GPL-3.0-or-later
// Generations of a master's objects (docs/verdicts.md, "Generations, not time windows"). Every
// start of Apache, PostgreSQL, PHP-FPM or uWSGI creates its objects in one burst, by one process;
// a restart loop leaves one generation per start, possibly all within one second. Worked out once
// per snapshot, per (software, owner, object type), so that each judge only looks its object up.
#pragma once

#include "model/snapshot.h"

#include <QList>
#include <QString>

namespace ipcscope::analysis {

class Context;
class SoftwareCatalog;

// Who created the running master's generation.
enum class GenerationCreator : quint8 {
    Unknown, // not recorded (the objects were operated on since), only their users are known
    Master,  // the running master itself
    Child,   // one of its children
    Parent,  // its pre-daemon parent, which forked it and exited
};

// The running master of one software and how its own generation came about.
struct RunningGeneration {
    QString software; // software id
    qint64 masterPid = 0;
    double masterStart = 0;
    qint64 creator = 0; // pid that created the running generation, 0 when not known
    GenerationCreator by = GenerationCreator::Unknown;
};

// Where one object stands.
struct GenerationPlace {
    enum class Kind : quint8 {
        None,    // not part of a master's generations, or nothing decisive: the other rules decide
        Current, // the running master's generation
        Earlier, // created for an earlier start, before the running generation
    };
    Kind kind = Kind::None;
    qint64 creator = 0; // pid that created the object, 0 when no longer recorded
    qint64 lastUse = 0; // last operation / attach time (0: never)
    // Earlier by allocation order: its last user, a process that exited and was forked before
    // the running master (and is not its pre-daemon parent); 0 when something else decided.
    qint64 userBefore = 0;
    const RunningGeneration* running = nullptr;
};

class Generations {
public:
    Generations(const Context& context, const SoftwareCatalog& catalog);
    // The places point into m_running.
    Generations(const Generations&) = delete;
    Generations& operator=(const Generations&) = delete;

    // By index into the snapshot's semaphores / shared_memory.
    GenerationPlace semaphore(int index) const {
        return index >= 0 && index < m_semaphores.size() ? m_semaphores.at(index)
                                                         : GenerationPlace{};
    }
    GenerationPlace segment(int index) const {
        return index >= 0 && index < m_segments.size() ? m_segments.at(index) : GenerationPlace{};
    }

private:
    QList<RunningGeneration> m_running; // one per (software, owner, type) group with a master
    QList<GenerationPlace> m_semaphores;
    QList<GenerationPlace> m_segments;
};

} // namespace ipcscope::analysis
