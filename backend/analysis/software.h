// SPDX-License-Identifier: GPL-3.0-or-later
// Software recognition: which well-known program created an IPC object (from owner, creator uid,
// key pattern, set size and permissions), and whether and since when that program runs (from the
// snapshot's programs[]). The signatures live in one table in software.cpp.
#pragma once

#include "analysis/report.h"
#include "model/snapshot.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace ipcscope::analysis {

class Context;

class SoftwareCatalog {
public:
    explicit SoftwareCatalog(const Context& context);

    // The id of the software that owns the object ("apache", "postgresql", …) or empty.
    QString recognise(const SemaphoreSet& set) const;
    QString recognise(const SharedMemorySegment& segment) const;
    QString recognise(const MessageQueue& queue) const;
    QString recognise(ObjectType type, const PosixObject& object) const;

    // Every known software with its running state; objects/orphaned counts are zero here.
    const QList<Software>& all() const { return m_software; }
    const Software* find(const QString& id) const;
    // Whether a process named comm could be that software (an unknown name could be anything).
    static bool couldBe(const QString& id, const QString& comm);
    // Software whose oldest process is a master that creates the objects and forks the workers
    // that use them: Apache, PostgreSQL's postmaster, PHP-FPM, uWSGI.
    static bool hasMaster(const QString& id);
    // The running master's pid (the oldest process of the software), 0 when not running or not
    // known.
    qint64 masterPid(const QString& id) const { return m_masterPid.value(id, 0); }

private:
    QString byOwner(uint uid, uint cuid, const QString& owner, const QString& creator) const;
    // Index of the first signature whose owner rule matches name, or -1.
    int ownerSignature(const QString& name) const;
    QString byProcess(qint64 pid) const;

    const Context& m_context;
    QList<Software> m_software;
    QList<QRegularExpression> m_ownerPatterns; // per signature, same order as the table
    QList<QString> m_ids;                      // per signature, shared by every result
    // Owner and creator names of the snapshot -> ownerSignature(), worked out once: the judges
    // run on several threads and read it, and there are few names but many objects.
    QHash<QString, int> m_ownerSignature;
    QHash<uint, QString> m_runningUid;  // non-root uid of a running program -> software id
    QHash<QString, qint64> m_masterPid; // software id -> its oldest running process
};

} // namespace ipcscope::analysis
