#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark: `ipcscope-cli report local --json` end to end (helper + parse + analyze + JSON)
# against `lsipc --json -s` in the same run, on a host with 38,000 objects: 30,000 semaphore sets
# (4 semaphores each), 4,000 segments and 4,000 queues. Also the peak memory (maximum resident
# set) of ipcscope-cli and of the helper alone, from GNU time.
#
#   tests/bench/bench_report.sh [BUILD_DIR]     (default: build/dev; needs root)
#
# Targets: wall time <= 3x lsipc --json -s and <= 1.5x the helper's own snapshot (what the CLI
# adds on top of the helper: reading, analysing, writing), peak memory <= 200 MiB. The report runs
# with --no-logs: the log search (reading log tails and the journal) is not what lsipc does.
# Everything runs inside a private IPC namespace (`unshare --ipc`): the limits raised there and the
# objects created there vanish with it, and the machine's own objects are never touched.
# Environment: RUNS (default 7), SETS, NSEMS, SEGMENTS, QUEUES to change the load (ipcload.sh).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=ipcload.sh
source "$here/ipcload.sh"
build=$(cd "${1:-$here/../../build/dev}" && pwd)
cli=$build/bin/ipcscope-cli
helper=$build/bin/ipcscope-helper
creator=$build/bin/bench_ipc_create
stages=$build/bin/bench_analyze
for f in "$cli" "$helper" "$creator" "$stages"; do
    [[ -x $f ]] || { echo "bench_report: $f is missing; build the project first" >&2; exit 1; }
done
[[ -x /usr/bin/time ]] || { echo "bench_report: GNU time is missing (apt-get install time)" >&2; exit 1; }

enter_private_ipc bench_report "$build"
create_load "$creator" 0x1bf00000
export IPCSCOPE_HELPER=$helper

# The commands are measured in rounds, one run of each per round, so that a machine that speeds
# up or slows down during the benchmark (shared hosts do) affects all of them alike.
# time_once OUT CMD...: appends "WALL_MS CPU_MS" of one run (CPU = user + system, children too).
time_once() {
    local out=$1
    shift
    { TIMEFORMAT='%3R %3U %3S'; time "$@" >/dev/null; } 2>&1 | awk '{ printf "%.1f %.1f\n", $1 * 1000, ($2 + $3) * 1000 }' >>"$out"
}
# median FILE COLUMN
median() {
    sort -n -k"$2","$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { printf "%.1f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Peak resident memory in KiB of a command (GNU time's %M: the largest of it and its children).
peak() {
    local out
    out=$(mktemp)
    /usr/bin/time -f %M -o "$out" "$@" >/dev/null
    cat "$out"
    rm -f "$out"
}

objects=$("$cli" report local --json --no-logs | python3 -c 'import json,sys; print(json.load(sys.stdin)["summary"]["objects"])' 2>/dev/null || echo "?")
bytes=$("$cli" report local --json --no-logs | wc -c)
cli_times=$(mktemp) helper_times=$(mktemp) lsipc_times=$(mktemp) stages_log=$(mktemp)
"$cli" report local --json --no-logs >/dev/null # warm-up, not counted
"$helper" snapshot >/dev/null
lsipc --json -s >/dev/null
for ((i = 0; i < RUNS; i++)); do
    time_once "$cli_times" "$cli" report local --json --no-logs
    time_once "$helper_times" "$helper" snapshot
    time_once "$lsipc_times" lsipc --json -s
done
# The stages inside ipcscope-cli, from its own timing log (a separate run each).
for ((i = 0; i < RUNS; i++)); do
    QT_LOGGING_RULES="ipcscope.timing.debug=true" "$cli" report local --json --no-logs 2>>"$stages_log" >/dev/null
done
cli_wall=$(median "$cli_times" 1) cli_cpu=$(median "$cli_times" 2)
helper_wall=$(median "$helper_times" 1) helper_cpu=$(median "$helper_times" 2)
lsipc_wall=$(median "$lsipc_times" 1) lsipc_cpu=$(median "$lsipc_times" 2)
stage() { # median ms of one logged stage
    grep -o "ipcscope.timing: $1: [0-9]* ms" "$stages_log" | awk '{ print $3 }' >"$stages_log.$1"
    median "$stages_log.$1" 1
    rm -f "$stages_log.$1"
}
in_cli=$(printf '    helper run (until it exits)  %6s ms\n    parse after the helper ended %6s ms\n    analyze                      %6s ms\n    write JSON                   %6s ms' \
    "$(stage helper)" "$(stage parse)" "$(stage analyze)" "$(stage write)")
rm -f "$cli_times" "$helper_times" "$lsipc_times" "$stages_log"
saved=$(mktemp)
"$helper" snapshot >"$saved"
stage_report=$("$stages" "$saved" "$RUNS")
rm -f "$saved"
cli_peak=$(peak "$cli" report local --json --no-logs)
helper_peak=$(peak "$helper" snapshot)

echo
echo "median of $RUNS runs on $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg):"
printf '  %-44s %10s %10s\n' "" "wall ms" "cpu ms" \
    "ipcscope-cli report local --json" "$cli_wall" "$cli_cpu" \
    "ipcscope-helper snapshot (alone)" "$helper_wall" "$helper_cpu" \
    "lsipc --json -s (semaphores only)" "$lsipc_wall" "$lsipc_cpu"
echo "  report: $objects objects, $bytes bytes of JSON"
echo "stages inside ipcscope-cli (its ipcscope.timing log, medians):"
echo "$in_cli"
echo "stages on a saved snapshot, one after the other in one process (bench_analyze):"
echo "$stage_report" | sed 's/^/  /'
echo "  peak memory: ipcscope-cli $((cli_peak / 1024)) MiB, helper alone $((helper_peak / 1024)) MiB"
awk -v c="$cli_wall" -v l="$lsipc_wall" -v h="$helper_wall" -v cc="$cli_cpu" -v lc="$lsipc_cpu" -v m="$cli_peak" 'BEGIN {
    printf "ratio (wall): report / lsipc --json -s = %.2f (target <= 3)\n", c / l
    printf "ratio (wall): report / helper alone = %.2f (target <= 1.5)\n", c / h
    printf "ratio (cpu):  report / lsipc --json -s = %.2f\n", cc / lc
    ok = (c <= 3 * l) && (c <= 1.5 * h) && (m <= 200 * 1024)
    print ok ? "targets met (wall time, memory)" : "TARGETS MISSED"
    exit ok ? 0 : 3 }'
