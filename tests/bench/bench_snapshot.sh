#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark: ipcscope-helper's full snapshot against `lsipc --json -s` and `ipcs -a` on a host
# with 30,000 semaphore sets (4 semaphores each), 4,000 segments and 4,000 queues.
#
#   tests/bench/bench_snapshot.sh [BUILD_DIR]     (default: build/dev; needs root)
#
# Everything runs inside a private IPC namespace (`unshare --ipc`): the limits raised there and the
# objects created there vanish with it, and the machine's own objects are never touched.
# Environment: RUNS (default 7), SETS, NSEMS, SEGMENTS, QUEUES to change the load (ipcload.sh).
#
# Targets (wall time): the helper's full snapshot (all object types, per-semaphore detail) at most
# 1.5x `lsipc --json -s` (semaphore sets only, no detail), and faster than `ipcs -a`. The CPU
# time is printed as well: the helper spreads its semctl calls over the cores, so on a busy machine
# its wall time suffers more than that of the single-threaded tools. Exit status 3 when missed.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=ipcload.sh
source "$here/ipcload.sh"
build=$(cd "${1:-$here/../../build/dev}" && pwd)
helper=$build/bin/ipcscope-helper
creator=$build/bin/bench_ipc_create
for f in "$helper" "$creator"; do
    [[ -x $f ]] || { echo "bench_snapshot: $f is missing; build the project first" >&2; exit 1; }
done

enter_private_ipc bench_snapshot "$build"
create_load "$creator" 0x1be00000
for t in sem shm msg; do
    echo "  /proc/sysvipc/$t: $(( $(wc -l </proc/sysvipc/$t) - 1 )) objects"
done

# Times one run of a command: appends "WALL_S USER_S SYS_S" to the file $1.
time_once() {
    local out=$1
    shift
    { TIMEFORMAT='%3R %3U %3S'; time "$@" >/dev/null; } 2>>"$out"
}

# Prints "WALL CPU": medians (ms) of wall time and of CPU time (user + system, all threads).
medians() {
    awk '{ w[NR] = $1 * 1000; c[NR] = ($2 + $3) * 1000 }
        function median(a, n,    i, j, t) {
            for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
            return (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
        END { printf "%.1f %.1f\n", median(w, NR), median(c, NR) }' "$1"
}

bytes=$("$helper" snapshot | wc -c)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Warm-up (page cache, first touch), not counted. Then the three tools take turns in every round,
# so that a busy machine slows all of them alike.
"$helper" snapshot >/dev/null; lsipc --json -s >/dev/null; ipcs -a >/dev/null
for ((i = 0; i < RUNS; i++)); do
    time_once "$tmp/helper" "$helper" snapshot
    time_once "$tmp/lsipc" lsipc --json -s
    time_once "$tmp/ipcs" ipcs -a
done
read -r helper_wall helper_cpu < <(medians "$tmp/helper")
read -r lsipc_wall lsipc_cpu < <(medians "$tmp/lsipc")
read -r ipcs_wall ipcs_cpu < <(medians "$tmp/ipcs")

echo
echo "median of $RUNS runs on $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg):"
printf '  %-38s %10s %10s\n' "" "wall ms" "cpu ms" \
    "ipcscope-helper snapshot (all types)" "$helper_wall" "$helper_cpu" \
    "lsipc --json -s (semaphores only)" "$lsipc_wall" "$lsipc_cpu" \
    "ipcs -a" "$ipcs_wall" "$ipcs_cpu"
echo "  helper output: $bytes bytes"
awk -v h="$helper_wall" -v l="$lsipc_wall" -v i="$ipcs_wall" \
    -v hc="$helper_cpu" -v lc="$lsipc_cpu" -v ic="$ipcs_cpu" 'BEGIN {
    printf "ratios (wall): helper / lsipc --json -s = %.2f (target <= 1.5), helper / ipcs -a = %.2f (target < 1)\n", h / l, h / i
    printf "ratios (cpu):  helper / lsipc --json -s = %.2f, helper / ipcs -a = %.2f\n", hc / lc, hc / ic
    ok = (h <= 1.5 * l) && (h < i)
    print ok ? "targets met (wall time)" : "TARGETS MISSED (wall time)"
    exit ok ? 0 : 3 }'
