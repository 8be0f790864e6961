#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark: `ipcscope-helper snapshot` on a host with containers — 50 IPC namespaces with 200
# objects each (160 semaphore sets of 4, 20 segments, 20 queues) — against the same 10,000
# objects in the helper's own namespace. Target: containers <= 1.5x one namespace.
#
#   tests/bench/bench_namespaces.sh [BUILD_DIR]     (default: build/dev; needs root)
#
# Everything runs inside private IPC, PID and mount namespaces (`unshare --ipc --pid
# --mount-proc`): the helper sees only this benchmark's processes, the objects vanish with the
# namespaces, and the machine's own objects are never touched.
# Environment: RUNS (default 7), NAMESPACES (50), SETS (160), NSEMS (4), SEGMENTS (20), QUEUES (20).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=$(cd "${1:-$here/../../build/dev}" && pwd)
helper=$build/bin/ipcscope-helper
creator=$build/bin/bench_ipc_create
for f in "$helper" "$creator"; do
    [[ -x $f ]] || { echo "bench_namespaces: $f is missing; build the project first" >&2; exit 1; }
done
if [[ ${IPCSCOPE_BENCH_INSIDE:-} != 1 ]]; then
    [[ $(id -u) -eq 0 ]] || { echo "bench_namespaces: needs root (unshare, setns)" >&2; exit 1; }
    IPCSCOPE_BENCH_INSIDE=1 exec unshare --ipc --pid --fork --mount --propagation private \
        --mount-proc "$0" "$build"
fi

RUNS=${RUNS:-7}
NAMESPACES=${NAMESPACES:-50}
SETS=${SETS:-160}
NSEMS=${NSEMS:-4}
SEGMENTS=${SEGMENTS:-20}
QUEUES=${QUEUES:-20}
per=$((SETS + SEGMENTS + QUEUES))
total=$((per * NAMESPACES))

# median of the numbers on stdin
median() {
    sort -n | awk '{ v[NR] = $1 } END { printf "%.1f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
# time_runs: RUNS snapshots (after one warm-up), one wall time in ms per line
time_runs() {
    "$helper" snapshot >/dev/null
    for _ in $(seq "$RUNS"); do
        local start
        start=$(date +%s%N)
        "$helper" snapshot >/dev/null
        echo $(( ($(date +%s%N) - start) / 1000 )) | awk '{ printf "%.1f\n", $1 / 1000 }'
    done
}

# 1. Containers: NAMESPACES holders, each with its objects, kept alive by a sleep.
pids=()
fifo_dir=$(mktemp -d)
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    rm -rf "$fifo_dir"
}
trap cleanup EXIT
for i in $(seq "$NAMESPACES"); do
    unshare --ipc sh -c "$creator $SETS $NSEMS $SEGMENTS $QUEUES $((0x1b000000 + i * 4096)) && touch $fifo_dir/$i && exec sleep 3600" &
    pids+=($!)
done
for i in $(seq "$NAMESPACES"); do
    while [[ ! -e $fifo_dir/$i ]]; do sleep 0.05; done
done
read -r listed read_ns < <("$helper" snapshot | python3 -c '
import json, sys
d = json.load(sys.stdin)
ns = [n for n in d["namespaces"] if n["kind"] == "container" and n["readable"]]
print(sum(len(n["semaphores"]) + len(n["shared_memory"]) + len(n["message_queues"]) for n in ns), len(ns))')
containers=$(time_runs | median)
cleanup
pids=()

# 2. The same number of objects in the helper's own namespace (a fresh one).
export helper RUNS
one=$(unshare --ipc bash -c "
    echo '250 $((total * NSEMS + 1000)) 32 32000' >/proc/sys/kernel/sem
    echo $((SEGMENTS * NAMESPACES + 1000)) >/proc/sys/kernel/shmmni
    echo $((QUEUES * NAMESPACES + 1000)) >/proc/sys/kernel/msgmni
    $creator $((SETS * NAMESPACES)) $NSEMS $((SEGMENTS * NAMESPACES)) $((QUEUES * NAMESPACES)) 0x1c000000
    $(declare -f median time_runs)
    time_runs | median")

echo "containers: $NAMESPACES namespaces x $per objects ($listed objects read in $read_ns namespaces): median $containers ms of $RUNS runs"
echo "one namespace: $total objects: median $one ms of $RUNS runs"
awk -v a="$containers" -v b="$one" 'BEGIN { r = a / b; printf "ratio containers / one namespace: %.2f (target <= 1.5) %s\n", r, (r <= 1.5 ? "OK" : "OVER") }'
