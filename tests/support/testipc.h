// SPDX-License-Identifier: GPL-3.0-or-later
// Test support: System V objects and child processes that a test creates and that are removed
// (or killed and reaped) when they go out of scope — also when a QVERIFY fails and returns early.
// Tests never touch objects they did not create: everything here remembers its own id.
#pragma once

#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <csignal>
#include <cstdlib>
#include <functional>
#include <unistd.h>

namespace testipc {

// A key range of this test process's own, so parallel tests never share keys.
inline key_t uniqueKey(int n) {
    return key_t(0x1c500000u | ((unsigned(getpid()) & 0xfffu) << 8) | (unsigned(n) & 0xffu));
}

union semun {
    int val;
    semid_ds* buf;
    unsigned short* array;
};

struct SemSet {
    int id = -1;
    SemSet(key_t key, int nsems, int perms = 0600)
        : id(semget(key, nsems, IPC_CREAT | IPC_EXCL | perms)) {}
    ~SemSet() { remove(); }
    SemSet(const SemSet&) = delete;
    SemSet& operator=(const SemSet&) = delete;
    bool setValue(int semnum, int value) const {
        semun arg{};
        arg.val = value;
        return semctl(id, semnum, SETVAL, arg) == 0;
    }
    void remove() {
        if (id >= 0)
            semctl(id, 0, IPC_RMID);
        id = -1;
    }
};

struct ShmSegment {
    int id = -1;
    ShmSegment(key_t key, size_t size, int perms = 0600)
        : id(shmget(key, size, IPC_CREAT | IPC_EXCL | perms)) {}
    ~ShmSegment() { remove(); }
    ShmSegment(const ShmSegment&) = delete;
    ShmSegment& operator=(const ShmSegment&) = delete;
    void remove() {
        if (id >= 0)
            shmctl(id, IPC_RMID, nullptr);
        id = -1;
    }
};

struct MsgQueue {
    int id = -1;
    MsgQueue(key_t key, int perms = 0600)
        : id(msgget(key, IPC_CREAT | IPC_EXCL | perms)) {}
    ~MsgQueue() { remove(); }
    MsgQueue(const MsgQueue&) = delete;
    MsgQueue& operator=(const MsgQueue&) = delete;
    bool send(long type, const void* data, size_t size) const {
        struct {
            long mtype;
            char mtext[4096];
        } msg{};
        if (size > sizeof(msg.mtext))
            return false;
        msg.mtype = type;
        __builtin_memcpy(msg.mtext, data, size);
        return msgsnd(id, &msg, size, IPC_NOWAIT) == 0;
    }
    void remove() {
        if (id >= 0)
            msgctl(id, IPC_RMID, nullptr);
        id = -1;
    }
};

// A forked child running `body` (which should end in pause() or _exit). Killed with SIGKILL and
// reaped when the Child goes out of scope, so no zombie outlives the test.
struct Child {
    pid_t pid = -1;
    explicit Child(const std::function<void()>& body) {
        int ready[2];
        if (pipe(ready) != 0)
            return;
        pid = fork();
        if (pid == 0) {
            close(ready[0]);
            body();
            // Tell the parent the body has done its work, then wait to be killed.
            char c = 1;
            (void)!write(ready[1], &c, 1);
            for (;;)
                pause();
        }
        close(ready[1]);
        char c = 0;
        if (pid > 0)
            (void)!read(ready[0], &c, 1); // returns after the body ran (or the child died)
        close(ready[0]);
    }
    ~Child() { kill(); }
    Child(const Child&) = delete;
    Child& operator=(const Child&) = delete;
    // SIGKILL and reap: afterwards the pid is really gone (no zombie left).
    void kill() {
        if (pid > 0) {
            ::kill(pid, SIGKILL);
            waitpid(pid, nullptr, 0);
        }
        pid = -1;
    }
};

// A semop() on the set's first semaphore by a child that is then killed: the set's last user
// (its sempid) is a process that is gone, as when the program that used the set crashed.
// False if the child could not be started.
inline bool usedByAKilledChild(int semId) {
    Child child([semId] {
        sembuf op{0, 1, 0};
        semop(semId, &op, 1);
    });
    return child.pid > 0;
}

// A semaphore set created and used by a child running as `uid`, then killed with SIGKILL: when
// nobody of that uid runs any more, the analyzer judges the set orphaned. Removed at scope end.
// Each test file passes a uid of its own, so parallel tests never keep each other's uid alive.
struct OrphanSem {
    int id = -1;
    OrphanSem(key_t key, uid_t uid) {
        Child child([key, uid] {
            if (setgid(uid) != 0 || setuid(uid) != 0)
                return;
            const int id = semget(key, 1, IPC_CREAT | IPC_EXCL | 0600);
            sembuf op{0, 1, 0};
            semop(id, &op, 1);
        });
        child.kill();
        id = semget(key, 0, 0);
    }
    ~OrphanSem() {
        if (id >= 0)
            semctl(id, 0, IPC_RMID);
    }
    OrphanSem(const OrphanSem&) = delete;
    OrphanSem& operator=(const OrphanSem&) = delete;
};

} // namespace testipc
