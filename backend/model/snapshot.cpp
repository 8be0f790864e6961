// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/snapshot.h"

namespace ipcscope {

int Snapshot::objectCount() const {
    return int(semaphores.size() + sharedMemory.size() + messageQueues.size() + posixShm.size() +
               posixSemaphores.size() + posixMqueues.size());
}

} // namespace ipcscope
