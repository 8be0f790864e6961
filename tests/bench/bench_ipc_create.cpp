// SPDX-License-Identifier: GPL-3.0-or-later
// Creates many System V objects quickly for bench_snapshot.sh (run inside `unshare --ipc`, where
// they vanish with the namespace). Every set gets values (SETALL) and every queue one message, so
// the snapshot has real detail to read.
//   bench_ipc_create SETS NSEMS SEGMENTS QUEUES KEYBASE
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace {
union semun {
    int val;
    semid_ds* buf;
    unsigned short* array;
};

bool fail(const char* what, int i) {
    std::fprintf(stderr, "bench_ipc_create: %s #%d failed: %s\n", what, i, std::strerror(errno));
    return false;
}
} // namespace

int main(int argc, char** argv) {
    if (argc != 6) {
        std::fprintf(stderr, "usage: bench_ipc_create SETS NSEMS SEGMENTS QUEUES KEYBASE\n");
        return 2;
    }
    const int sets = std::atoi(argv[1]), nsems = std::atoi(argv[2]);
    const int segments = std::atoi(argv[3]), queues = std::atoi(argv[4]);
    const key_t base = key_t(std::strtoul(argv[5], nullptr, 0));
    std::vector<unsigned short> values(size_t(nsems > 0 ? nsems : 1));
    for (int i = 0; i < sets; ++i) {
        const int id = semget(base + i, nsems, IPC_CREAT | IPC_EXCL | 0600);
        if (id < 0)
            return fail("semget", i), 1;
        for (int s = 0; s < nsems; ++s)
            values[size_t(s)] = static_cast<unsigned short>((i + s) % 8);
        semun arg{};
        arg.array = values.data();
        if (semctl(id, 0, SETALL, arg) != 0)
            return fail("semctl SETALL", i), 1;
    }
    for (int i = 0; i < segments; ++i) {
        if (shmget(base + 0x100000 + i, 4096, IPC_CREAT | IPC_EXCL | 0600) < 0)
            return fail("shmget", i), 1;
    }
    struct {
        long mtype;
        char mtext[32];
    } msg{1, "ipcscope benchmark message"};
    for (int i = 0; i < queues; ++i) {
        const int id = msgget(base + 0x200000 + i, IPC_CREAT | IPC_EXCL | 0600);
        if (id < 0)
            return fail("msgget", i), 1;
        if (msgsnd(id, &msg, sizeof msg.mtext, IPC_NOWAIT) != 0)
            return fail("msgsnd", i), 1;
    }
    return 0;
}
