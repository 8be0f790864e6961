// SPDX-License-Identifier: GPL-3.0-or-later
// POSIX IPC objects: shared memory and named semaphores are files in /dev/shm (tmpfs), message
// queues are files in /dev/mqueue when that file system is mounted.
#pragma once

#include "model.h"

#include <string_view>
#include <vector>

namespace ipcscope::helper {

struct PosixListing {
    std::vector<PosixObject> shm, semaphores, mqueues;
    uint64_t shmDev = 0;         // st_dev of /dev/shm: maps entries on it are POSIX objects
    bool shmAvailable = false;   // /dev/shm exists and could be listed
    bool mqueueMounted = false;  // /dev/mqueue is an mqueue file system
    size_t unreadableValues = 0; // semaphores or queues whose contents could not be read
};

PosixListing listPosixObjects(const char* shmDir = "/dev/shm",
                              const char* mqueueDir = "/dev/mqueue");

// The text of a /dev/mqueue file: "QSIZE:129  NOTIFY:0  SIGNO:0  NOTIFY_PID:0".
bool parseMqueueInfo(std::string_view text, uint64_t& qsize, int64_t& notifyPid);

// The value held in the bytes of a glibc sem_t of this architecture; nullopt when the size is not
// that of a sem_t.
std::optional<int64_t> semaphoreValueFromBytes(std::string_view bytes);

} // namespace ipcscope::helper
