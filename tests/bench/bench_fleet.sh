#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fleet benchmark: the Fleet page's "Refresh all" over HOSTS entries (default 50) pointing at
# SERVERS private sshds (default 5) on 127.0.0.1, each sshd in an IPC namespace of its own with
# some objects (they vanish with it), against the slowest single entry and against OpenSSH
# (`xargs -P 8 ssh ALIAS ipcs -a`) in the same run. Targets: wall <= 2x the slowest single entry,
# GUI thread stall < 50 ms; a slow and a silent host must not hold up the others. The sshds run
# on cores of their own, in a CPU cgroup of the lowest weight, as real servers would not share the
# app's CPU (docs/architecture.md says why). Needs root (sshd, unshare, nsenter, cgroups).
# The entries log in as a user made for the run (/bin/sh, no start-up files, removed after), or
# as root with LOGIN=root.
#   tests/bench/bench_fleet.sh [BUILD_DIR] [HOSTS] [SERVERS]
set -eu
build=${1:-build/dev}
hosts=${2:-50}
servers=${3:-5}
here=$(cd "$(dirname "$0")/../.." && pwd)
case $build in /*) ;; *) build=$here/$build ;; esac
[ "$(id -u)" -eq 0 ] || { echo "bench_fleet: needs root (sshd, unshare, nsenter)" >&2; exit 1; }
cmake --build "$build" --target bench_fleet bench_ipc_create ipcscope-helper >/dev/null
echo "== Fleet page Refresh all vs OpenSSH ($(ssh -V 2>&1))"
# The local machine's row (every host list has it) is read in a private IPC namespace too.
QT_QPA_PLATFORM=offscreen exec unshare --ipc "$build/bin/bench_fleet" "$hosts" "$servers" "${LOGIN:-user}"
