#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark: `ipcscope-cli report local --json` end to end (helper + parse + analyze + JSON)
# against `lsipc --json -s` in the same run, on a host with 38,000 objects: 30,000 semaphore sets
# (4 semaphores each), 4,000 segments and 4,000 queues. Also the peak memory (maximum resident
# set) of ipcscope-cli and of the helper alone, from GNU time.
#
#   tests/bench/bench_report.sh [BUILD_DIR]     (default: build/dev; needs root)
#
# Targets: wall time <= 3x lsipc --json -s, peak memory <= 200 MiB.
# Everything runs inside a private IPC namespace (`unshare --ipc`): the limits raised there and the
# objects created there vanish with it, and the machine's own objects are never touched.
# Environment: RUNS (default 7), SETS, NSEMS, SEGMENTS, QUEUES to change the load.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=$(cd "${1:-$here/../../build/dev}" && pwd)
cli=$build/bin/ipcscope-cli
helper=$build/bin/ipcscope-helper
creator=$build/bin/bench_ipc_create
stages=$build/bin/bench_analyze
for f in "$cli" "$helper" "$creator" "$stages"; do
    [[ -x $f ]] || { echo "bench_report: $f is missing; build the project first" >&2; exit 1; }
done
[[ -x /usr/bin/time ]] || { echo "bench_report: GNU time is missing (apt-get install time)" >&2; exit 1; }

if [[ ${IPCSCOPE_BENCH_INSIDE:-} != 1 ]]; then
    [[ $(id -u) -eq 0 ]] || { echo "bench_report: needs root (unshare --ipc, raising limits)" >&2; exit 1; }
    IPCSCOPE_BENCH_INSIDE=1 exec unshare --ipc "$0" "$build"
fi

RUNS=${RUNS:-7}
SETS=${SETS:-30000}
NSEMS=${NSEMS:-4}
SEGMENTS=${SEGMENTS:-4000}
QUEUES=${QUEUES:-4000}
export IPCSCOPE_HELPER=$helper

# Limits of this namespace only. 32768 sets is the kernel's id ceiling without ipcmni_extend.
echo "250 $((SETS * NSEMS + 1000)) 32 32768" >/proc/sys/kernel/sem
echo $((SEGMENTS + 1000)) >/proc/sys/kernel/shmmni
echo $((QUEUES + 1000)) >/proc/sys/kernel/msgmni

start=$(date +%s%N)
"$creator" "$SETS" "$NSEMS" "$SEGMENTS" "$QUEUES" 0x1bf00000
echo "created $SETS semaphore sets x $NSEMS, $SEGMENTS segments, $QUEUES queues in" \
    "$(( ($(date +%s%N) - start) / 1000000 )) ms (private IPC namespace)"

# Prints "WALL CPU": medians over RUNS runs in milliseconds (CPU = user + system, children too).
measure() {
    local out i
    out=$(mktemp)
    "$@" >/dev/null # warm-up, not counted
    for ((i = 0; i < RUNS; i++)); do
        { TIMEFORMAT='%3R %3U %3S'; time "$@" >/dev/null; } 2>>"$out"
    done
    awk '{ w[NR] = $1 * 1000; c[NR] = ($2 + $3) * 1000 }
        function median(a, n,    i, j, t) {
            for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
            return (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
        END { printf "%.1f %.1f\n", median(w, NR), median(c, NR) }' "$out"
    rm -f "$out"
}

# Peak resident memory in KiB of a command (GNU time's %M: the largest of it and its children).
peak() {
    local out
    out=$(mktemp)
    /usr/bin/time -f %M -o "$out" "$@" >/dev/null
    cat "$out"
    rm -f "$out"
}

objects=$("$cli" report local --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["summary"]["objects"])' 2>/dev/null || echo "?")
bytes=$("$cli" report local --json | wc -c)
read -r cli_wall cli_cpu < <(measure "$cli" report local --json)
read -r helper_wall helper_cpu < <(measure "$helper" snapshot)
read -r lsipc_wall lsipc_cpu < <(measure lsipc --json -s)
cli_peak=$(peak "$cli" report local --json)
saved=$(mktemp)
"$helper" snapshot >"$saved"
stage_report=$("$stages" "$saved" "$RUNS")
rm -f "$saved"
helper_peak=$(peak "$helper" snapshot)

echo
echo "median of $RUNS runs on $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg):"
printf '  %-44s %10s %10s\n' "" "wall ms" "cpu ms" \
    "ipcscope-cli report local --json" "$cli_wall" "$cli_cpu" \
    "  of which ipcscope-helper snapshot" "$helper_wall" "$helper_cpu" \
    "lsipc --json -s (semaphores only)" "$lsipc_wall" "$lsipc_cpu"
echo "  report: $objects objects, $bytes bytes of JSON"
echo "stages inside ipcscope-cli (bench_analyze on the same snapshot):"
echo "$stage_report" | sed 's/^/  /'
echo "  peak memory: ipcscope-cli $((cli_peak / 1024)) MiB, helper alone $((helper_peak / 1024)) MiB"
awk -v c="$cli_wall" -v l="$lsipc_wall" -v cc="$cli_cpu" -v lc="$lsipc_cpu" -v m="$cli_peak" 'BEGIN {
    printf "ratio (wall): report / lsipc --json -s = %.2f (target <= 3)\n", c / l
    printf "ratio (cpu):  report / lsipc --json -s = %.2f\n", cc / lc
    ok = (c <= 3 * l) && (m <= 200 * 1024)
    print ok ? "targets met (wall time, memory)" : "TARGETS MISSED"
    exit ok ? 0 : 3 }'
