# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# Sourced by bench_snapshot.sh and bench_report.sh: the load they measure, made the same way.
# Everything runs inside a private IPC namespace (`unshare --ipc`): the limits raised there and the
# objects created there vanish with it, and the machine's own objects are never touched.
# Environment: RUNS (default 7), SETS, NSEMS, SEGMENTS, QUEUES to change the load.

# enter_private_ipc NAME BUILD: runs the calling script again inside its own IPC namespace (as
# root); returns only once inside.
enter_private_ipc() {
    if [[ ${IPCSCOPE_BENCH_INSIDE:-} != 1 ]]; then
        [[ $(id -u) -eq 0 ]] || { echo "$1: needs root (unshare --ipc, raising limits)" >&2; exit 1; }
        IPCSCOPE_BENCH_INSIDE=1 exec unshare --ipc "$0" "$2"
    fi
}

# create_load CREATOR KEY: sets RUNS, SETS, NSEMS, SEGMENTS and QUEUES, raises this namespace's
# limits to fit, and creates the objects with bench_ipc_create from key KEY on.
create_load() {
    RUNS=${RUNS:-7}
    SETS=${SETS:-30000}
    NSEMS=${NSEMS:-4}
    SEGMENTS=${SEGMENTS:-4000}
    QUEUES=${QUEUES:-4000}

    # Limits of this namespace only. 32768 sets is the kernel's id ceiling without ipcmni_extend.
    echo "250 $((SETS * NSEMS + 1000)) 32 32768" >/proc/sys/kernel/sem
    echo $((SEGMENTS + 1000)) >/proc/sys/kernel/shmmni
    echo $((QUEUES + 1000)) >/proc/sys/kernel/msgmni

    local start
    start=$(date +%s%N)
    "$1" "$SETS" "$NSEMS" "$SEGMENTS" "$QUEUES" "$2"
    echo "created $SETS semaphore sets x $NSEMS, $SEGMENTS segments, $QUEUES queues in" \
        "$(( ($(date +%s%N) - start) / 1000000 )) ms (private IPC namespace)"
}
