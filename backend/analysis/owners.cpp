// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/owners.h"

#include <QMap>

namespace ipcscope::analysis {

QList<OwnerSummary> ownerSummaries(const Snapshot& s, const QList<ObjectVerdict>& verdicts) {
    QMap<uint, OwnerSummary> byUid;
    auto row = [&](uint uid, const QString& owner) -> OwnerSummary& {
        auto it = byUid.find(uid);
        if (it == byUid.end()) {
            OwnerSummary o;
            o.uid = uid;
            o.owner = owner.isEmpty() ? QString::number(uid) : owner;
            it = byUid.insert(uid, o);
        }
        return *it;
    };
    for (const ObjectVerdict& v : verdicts) {
        OwnerSummary& o = row(v.uid, v.owner);
        const int i = v.ref.index;
        switch (v.ref.type) {
        case ObjectType::Semaphore:
            ++o.semaphoreSets;
            if (i >= 0 && i < s.semaphores.size())
                o.semaphores += s.semaphores.at(i).nsems;
            break;
        case ObjectType::SharedMemory:
            ++o.segments;
            if (i >= 0 && i < s.sharedMemory.size())
                o.segmentBytes += s.sharedMemory.at(i).size;
            break;
        case ObjectType::MessageQueue:
            ++o.queues;
            if (i >= 0 && i < s.messageQueues.size()) {
                o.messages += s.messageQueues.at(i).qnum;
                o.messageBytes += s.messageQueues.at(i).cbytes;
            }
            break;
        case ObjectType::PosixShm:
        case ObjectType::PosixSemaphore:
        case ObjectType::PosixMqueue:
            ++o.posixObjects;
            break;
        }
        switch (v.verdict) {
        case Verdict::InUse:
            ++o.inUse;
            break;
        case Verdict::Orphaned:
            ++o.orphaned;
            break;
        case Verdict::PossiblyOrphaned:
            ++o.possiblyOrphaned;
            break;
        case Verdict::Unknown:
            ++o.unknown;
            break;
        }
    }
    for (const UserProcesses& u : s.users) {
        auto it = byUid.find(u.uid);
        if (it != byUid.end())
            it->runningProcesses = u.processes;
    }
    return byUid.values();
}

} // namespace ipcscope::analysis
