#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SSH benchmark: IPC Scope's SSH transport vs OpenSSH on a private sshd on 127.0.0.1 (needs root
# for sshd). Usage: tests/bench/bench_ssh.sh [BUILD_DIR] [ROUNDS] [SESSIONS]
set -eu
build=${1:-build/dev}
rounds=${2:-10}
sessions=${3:-20}
here=$(cd "$(dirname "$0")/../.." && pwd)
case $build in /*) ;; *) build=$here/$build ;; esac
cmake --build "$build" --target bench_ssh ipcscope-helper >/dev/null
echo "== SSH transport vs OpenSSH ($(ssh -V 2>&1)), $(nproc) cores"
"$build/bin/bench_ssh" "$rounds" "$sessions"
