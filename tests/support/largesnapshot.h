// SPDX-License-Identifier: GPL-3.0-or-later
// A hand-written snapshot grown to thousands of objects: every object repeated, each copy with an
// id (or a name) of its own. Large enough that the analysis and the report's JSON are split over
// threads and batches, while every copy keeps the verdict its original has in the fixture.
#pragma once

#include "model/snapshot.h"

#include <QString>

#include <algorithm>

namespace ipcscope::testsupport {

inline Snapshot enlarged(Snapshot s, int atLeast) {
    const int copies = (atLeast + std::max(s.objectCount(), 1) - 1) / std::max(s.objectCount(), 1);
    const auto sysv = [copies](auto& list) {
        const auto original = list;
        for (int c = 1; c < copies; ++c) {
            for (auto object : original) {
                object.id += qint64(c) * 1000000;
                list.append(object);
            }
        }
    };
    const auto posix = [copies](QList<PosixObject>& list) {
        const QList<PosixObject> original = list;
        for (int c = 1; c < copies; ++c) {
            for (PosixObject object : original) {
                object.name += u'.' + QString::number(c);
                list.append(object);
            }
        }
    };
    sysv(s.semaphores);
    sysv(s.sharedMemory);
    sysv(s.messageQueues);
    posix(s.posixShm);
    posix(s.posixSemaphores);
    posix(s.posixMqueues);
    return s;
}

} // namespace ipcscope::testsupport
