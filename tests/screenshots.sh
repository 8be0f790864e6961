#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts IPC Scope under Xvfb on this machine and saves a screenshot of each page into
# docs/screenshots/ (used by the README and the user guide).
#
#   tests/screenshots.sh [BUILD_DIR]      (default: build/dev)
#
# Needs Xvfb and ImageMagick's `import`. It creates a few IPC objects of its own with ipcmk so the
# pages have something to show, and removes exactly those (by id) at the end. Settings and
# history go to a temporary directory, so your own are not touched.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/dev}
app=$build/bin/ipcscope
helper=$build/bin/ipcscope-helper
out=$root/docs/screenshots
for tool in Xvfb import ipcmk ipcrm; do
    command -v "$tool" >/dev/null || { echo "screenshots.sh: $tool is missing" >&2; exit 1; }
done
[ -x "$app" ] || { echo "screenshots.sh: $app not built" >&2; exit 1; }
mkdir -p "$out"

tmp=$(mktemp -d)
xvfb_pid=""
sem_ids=(); shm_ids=(); msg_ids=()
cleanup() {
    for id in "${sem_ids[@]}"; do ipcrm -s "$id" 2>/dev/null || true; done
    for id in "${shm_ids[@]}"; do ipcrm -m "$id" 2>/dev/null || true; done
    for id in "${msg_ids[@]}"; do ipcrm -q "$id" 2>/dev/null || true; done
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT

# A display number nobody uses.
display=77
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
sleep 1

export DISPLAY=":$display" IPCSCOPE_HELPER="$helper" HOME="$tmp/home" LANG=C.UTF-8 LC_ALL=C.UTF-8
export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

make_objects() { # $1 = how many semaphore sets
    local i
    for ((i = 0; i < $1; i++)); do sem_ids+=("$(ipcmk -S $((i % 4 + 1)) | awk '{print $NF}')"); done
    shm_ids+=("$(ipcmk -M $((1 << (20 + ${#shm_ids[@]} % 3))) | awk '{print $NF}')")
    msg_ids+=("$(ipcmk -Q | awk '{print $NF}')")
}

# Runs the app with args, waits, saves the screen as $1.png.
shot() {
    local name=$1; shift
    "$app" "$@" >/dev/null 2>&1 &
    local pid=$!
    sleep "${WAIT:-5}"
    import -window root "$tmp/$name.png"
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    # Small files: 8-bit palette, no metadata.
    convert "$tmp/$name.png" -strip -colors 256 "PNG8:$out/$name.png" 2>/dev/null \
        || cp "$tmp/$name.png" "$out/$name.png"
    echo "saved $out/$name.png"
}

# Some history first: three snapshots while objects come and go.
make_objects 3
WAIT=3 shot history-1 --page overview
make_objects 4
WAIT=3 shot history-2 --page overview
make_objects 2
rm -f "$out"/history-1.png "$out"/history-2.png

shot overview --page overview
shot objects --page objects
shot owners --page owners
shot history --page history
shot suggestions --page suggestions
shot planner --page planner
shot diagnosis --page diagnosis
shot add-host --page overview --add-host
