#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark: ipcscope-helper's full snapshot against `lsipc --json -s` and `ipcs -a` on a host
# with 30,000 semaphore sets (4 semaphores each), 4,000 segments and 4,000 queues.
#
#   tests/bench/bench_snapshot.sh [BUILD_DIR]     (default: build/dev; needs root)
#
# Everything runs inside a private IPC namespace (`unshare --ipc`): the limits raised there and the
# objects created there vanish with it, and the machine's own objects are never touched.
# Environment: RUNS (default 7), SETS, NSEMS, SEGMENTS, QUEUES to change the load.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=$(cd "${1:-$here/../../build/dev}" && pwd)
helper=$build/bin/ipcscope-helper
creator=$build/bin/bench_ipc_create
for f in "$helper" "$creator"; do
    [[ -x $f ]] || { echo "bench_snapshot: $f is missing; build the project first" >&2; exit 1; }
done

if [[ ${IPCSCOPE_BENCH_INSIDE:-} != 1 ]]; then
    [[ $(id -u) -eq 0 ]] || { echo "bench_snapshot: needs root (unshare --ipc, raising limits)" >&2; exit 1; }
    IPCSCOPE_BENCH_INSIDE=1 exec unshare --ipc "$0" "$build"
fi

RUNS=${RUNS:-7}
SETS=${SETS:-30000}
NSEMS=${NSEMS:-4}
SEGMENTS=${SEGMENTS:-4000}
QUEUES=${QUEUES:-4000}

# Limits of this namespace only. 32768 sets is the kernel's id ceiling without ipcmni_extend.
echo "250 $((SETS * NSEMS + 1000)) 32 32768" >/proc/sys/kernel/sem
echo $((SEGMENTS + 1000)) >/proc/sys/kernel/shmmni
echo $((QUEUES + 1000)) >/proc/sys/kernel/msgmni

start=$(date +%s%N)
"$creator" "$SETS" "$NSEMS" "$SEGMENTS" "$QUEUES" 0x1be00000
echo "created $SETS semaphore sets x $NSEMS, $SEGMENTS segments, $QUEUES queues in" \
    "$(( ($(date +%s%N) - start) / 1000000 )) ms (private IPC namespace)"
for t in sem shm msg; do
    echo "  /proc/sysvipc/$t: $(( $(wc -l </proc/sysvipc/$t) - 1 )) objects"
done

# Prints the median wall time in milliseconds (3 decimals) of RUNS runs of the command.
median_ms() {
    local times=() i t0 t1
    "$@" >/dev/null # warm-up (page cache, first-touch), not counted
    for ((i = 0; i < RUNS; i++)); do
        t0=$(date +%s%N)
        "$@" >/dev/null
        t1=$(date +%s%N)
        times+=($((t1 - t0)))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END {
        m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.3f\n", m / 1e6 }'
}

bytes=$("$helper" snapshot | wc -c)
helper_ms=$(median_ms "$helper" snapshot)
lsipc_ms=$(median_ms lsipc --json -s)
ipcs_ms=$(median_ms ipcs -a)

echo
echo "median of $RUNS runs (ms):"
printf '  %-38s %10s\n' "ipcscope-helper snapshot (all types)" "$helper_ms" \
    "lsipc --json -s (semaphores only)" "$lsipc_ms" "ipcs -a" "$ipcs_ms"
echo "  helper output: $bytes bytes"
awk -v h="$helper_ms" -v l="$lsipc_ms" -v i="$ipcs_ms" 'BEGIN {
    printf "ratios: helper / lsipc --json -s = %.2f (target <= 1.5)\n", h / l
    printf "        helper / ipcs -a        = %.2f (target < 1)\n", h / i
    ok = (h <= 1.5 * l) && (h < i)
    print ok ? "targets met" : "TARGETS MISSED"
    exit ok ? 0 : 3 }'
