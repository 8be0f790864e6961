// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/snapshot.h"

#include <tuple>

namespace ipcscope {

int Snapshot::objectCount() const {
    return int(semaphores.size() + sharedMemory.size() + messageQueues.size() + posixShm.size() +
               posixSemaphores.size() + posixMqueues.size());
}

QList<IpcNamespace> Snapshot::containers() const {
    QList<IpcNamespace> out;
    for (const IpcNamespace& n : namespaces)
        if (!n.host)
            out.append(n);
    return out;
}

bool operator==(const IpcNamespace& a, const IpcNamespace& b) {
    const auto meta = [](const IpcNamespace& n) {
        return std::tie(n.id, n.host, n.name, n.runtime, n.containerId, n.processes, n.oldestPid,
                        n.oldestComm, n.readable, n.reason, n.message, n.ownShm, n.ownMqueue);
    };
    if (meta(a) != meta(b) || bool(a.objects) != bool(b.objects))
        return false;
    return !a.objects || *a.objects == *b.objects;
}

} // namespace ipcscope
