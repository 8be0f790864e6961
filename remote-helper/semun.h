// SPDX-License-Identifier: GPL-3.0-or-later
// The fourth argument of semctl(2), which the caller must define: the C library does not.
#pragma once

#include <sys/sem.h>

namespace ipcscope::helper {

union semun {
    int val;
    struct semid_ds* buf;
    unsigned short* array;
    struct seminfo* info;
};

} // namespace ipcscope::helper
