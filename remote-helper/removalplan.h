// SPDX-License-Identifier: GPL-3.0-or-later
// A removal plan (schema ipcscope.removal-plan/1, docs/cleanup-schema.md): the objects a person
// chose to remove, each with the guard values from the snapshot that person looked at.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ipcscope::helper {

enum class ObjectKind { Sem, Shm, Msg, PosixShm, PosixSem, PosixMq };

// "sem", "shm", "msg", "posix_shm", "posix_sem", "posix_mq"
std::string_view kindCode(ObjectKind kind);
// "semaphore set", "shared memory segment", …
std::string_view kindWords(ObjectKind kind);
bool isSysv(ObjectKind kind);

struct RemovalItem {
    ObjectKind kind = ObjectKind::Sem;
    // System V: the id and the guards key, cuid, uid, ctime.
    int64_t id = -1;
    uint32_t key = 0;
    uint32_t cuid = 0;
    int64_t ctime = 0;
    // POSIX: the exact name bytes (from name_hex when given, else name) and the guards
    // inode, mtime (and uid, shared with System V).
    std::string name;
    uint64_t inode = 0;
    int64_t mtime = 0;
    uint32_t uid = 0;
    // Finer guards, optional (plans of older backends lack them): what the kernel keeps below
    // one second. System V semaphores: every value and last-operation pid; segments: nattch and
    // lpid; queues: qnum, lspid, lrpid. POSIX: ctime seconds and the nanoseconds of mtime/ctime.
    std::optional<std::vector<int64_t>> semValues, semPids;
    std::optional<int64_t> nattch, lpid, qnum, lspid, lrpid;
    std::optional<int64_t> posixCtime, mtimeNs, ctimeNs;
    std::optional<int64_t> qsize; // POSIX queues: bytes queued (their file times are whole seconds)
    // Removes even when the object is attached, has waiters or a live user.
    bool force = false;
    // The IPC namespace (inode) the object lives in, as the snapshot said; absent: the helper's
    // own (plans of older backends). The object is checked and removed only inside it.
    std::optional<uint64_t> ns;
};

struct RemovalPlan {
    std::string requestedBy; // free text from the plan: who asked, on which workstation
    std::vector<RemovalItem> items;
};

// Parses and validates a plan. False with a one-line English `error` naming the item and field.
bool parseRemovalPlan(std::string_view text, RemovalPlan& plan, std::string& error);

// A POSIX name is one path component: not empty, no '/', no NUL, not "." or "..", at most 255
// bytes (NAME_MAX).
bool isSafePosixName(std::string_view name);

} // namespace ipcscope::helper
