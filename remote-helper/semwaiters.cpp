// SPDX-License-Identifier: GPL-3.0-or-later
#include "semwaiters.h"

#include "textparse.h"

#include <cstdio>
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace ipcscope::helper {

namespace {

std::optional<uint64_t> hexArg(std::string_view f) {
    if (f.substr(0, 2) != "0x" || f.size() < 3 || f.size() > 18)
        return std::nullopt;
    uint64_t v = 0;
    for (const char c : f.substr(2)) {
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= uint64_t(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= uint64_t(c - 'a' + 10);
        else
            return std::nullopt;
    }
    return v;
}

bool isNativeSemWait(int64_t nr) {
#if defined(__x86_64__)
    // x32 tasks use the same numbers with bit 30 set.
    nr &= ~int64_t(0x40000000);
#endif
#ifdef SYS_semop
    if (nr == SYS_semop)
        return true;
#endif
#ifdef SYS_semtimedop
    if (nr == SYS_semtimedop)
        return true;
#endif
    return false;
}

bool isUnattributedSemCall(int64_t nr) {
#ifdef SYS_ipc
    if (nr == SYS_ipc)
        return true;
#endif
#if defined(__x86_64__)
    // 32-bit (ia32) tasks on a 64-bit kernel: ipc(2) and semtimedop_time64. The numbers mean
    // nothing that blocks for long natively, so counting them costs speed at most.
    return nr == 117 || nr == 420;
#elif defined(__aarch64__)
    // 32-bit ARM tasks: semop, semtimedop, semtimedop_time64.
    return nr == 298 || nr == 312 || nr == 420;
#else
    (void)nr;
    return false;
#endif
}

} // namespace

SyscallKind classifySyscall(std::string_view text, int64_t& semid) {
    FieldReader fields(text);
    std::string_view nrField, arg1;
    if (!fields.next(nrField))
        return SyscallKind::Other;
    const auto nr = toInt64(nrField);
    if (!nr || *nr < 0) // "running" or "-1 …": not inside a system call
        return SyscallKind::Other;
    if (isNativeSemWait(*nr)) {
        const auto id = fields.next(arg1) ? hexArg(arg1) : std::nullopt;
        if (!id)
            return SyscallKind::Unattributed;
        semid = int64_t(int32_t(uint32_t(*id))); // the C prototype's int
        return SyscallKind::SemWait;
    }
    return isUnattributedSemCall(*nr) ? SyscallKind::Unattributed : SyscallKind::Other;
}

SyscallNumbers kernelSyscallNumbers() {
    char path[64];
    std::snprintf(path, sizeof path, "/proc/self/task/%ld/syscall", long(::syscall(SYS_gettid)));
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return SyscallNumbers::Unknown;
    char buf[256];
    // The raw system call, so that the number the kernel shows is surely SYS_read.
    const long n = ::syscall(SYS_read, fd, buf, sizeof buf - 1);
    ::close(fd);
    if (n <= 0)
        return SyscallNumbers::Unknown;
    FieldReader fields(std::string_view(buf, size_t(n)));
    std::string_view nrField;
    if (!fields.next(nrField))
        return SyscallNumbers::Unknown;
    const auto nr = toInt64(nrField);
    if (!nr || *nr < 0)
        return SyscallNumbers::Unknown;
    return *nr == SYS_read ? SyscallNumbers::Ours : SyscallNumbers::Foreign;
}

bool syscallNumbersKnown(std::string_view unameMachine) {
#if defined(__x86_64__) || defined(__aarch64__)
#if defined(__x86_64__)
    if (unameMachine != "x86_64")
        return false;
#else
    if (unameMachine != "aarch64")
        return false;
#endif
    // uname -m can lie: under qemu-user it names the emulated architecture while the kernel, and
    // every other process's syscall file, speak the host's numbers.
    static const bool sameNumbers = kernelSyscallNumbers() == SyscallNumbers::Ours;
    return sameNumbers;
#else
    (void)unameMachine;
    return false;
#endif
}

} // namespace ipcscope::helper
