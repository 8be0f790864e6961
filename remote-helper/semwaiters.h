// SPDX-License-Identifier: GPL-3.0-or-later
// Which semaphore sets have waiting tasks. GETNCNT/GETZCNT cost two semctl calls per semaphore
// (240,000 calls for 30,000 sets of 4); a waiter is always a task sleeping inside semop() or
// semtimedop() with the set's id as first argument, and /proc/<pid>/task/<tid>/syscall shows
// that. When the helper can see every task (root, initial PID namespace, an architecture whose
// system call numbers it knows) it reads the counts only for sets some task waits on; all other
// sets provably have none. Whenever that proof is not possible, every set is read.
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_set>

namespace ipcscope::helper {

struct SemWaiters {
    bool complete = false;              // every task was inspected: the proof holds
    bool unattributed = false;          // some task waits in a call whose set is unknown
    std::unordered_set<int64_t> semids; // sets with a task in semop/semtimedop
    bool mayHaveWaiters(int64_t semid) const {
        return !complete || unattributed || semids.count(semid) != 0;
    }
};

enum class SyscallKind {
    Other,        // not a semaphore wait (or not in a system call at all, or running)
    SemWait,      // semop/semtimedop on the set `semid`
    Unattributed, // a semaphore call whose set cannot be told (ipc(2) multiplexer, 32-bit compat)
};

// Classifies the text of /proc/<pid>/task/<tid>/syscall: "NR ARG1 … SP PC", "-1 SP PC" or
// "running".
SyscallKind classifySyscall(std::string_view text, int64_t& semid);

// Whether classifySyscall knows this kernel's numbers: helper and kernel of the same architecture
// (x86_64 or aarch64; on ppc64le and s390x the proof is off and every set is read), and the kernel
// shows the helper's own read() as SYS_read (kernelSyscallNumbers). The second check
// catches an emulated helper: under qemu-user (a helper of another architecture run on this
// machine) uname -m names the emulated architecture, but /proc/<pid>/task/<tid>/syscall shows
// the host kernel's numbers, which would make the proof claim "no waiters" wrongly.
bool syscallNumbersKnown(std::string_view unameMachine);

// Reads /proc/self/task/<tid>/syscall with a raw read(): the kernel shows that very call, with
// this build's SYS_read (Ours), another number (Foreign: the helper runs under an emulator such
// as qemu-user, whose host kernel has other numbers), or nothing readable (Unknown).
enum class SyscallNumbers { Ours, Foreign, Unknown };
SyscallNumbers kernelSyscallNumbers();

} // namespace ipcscope::helper
