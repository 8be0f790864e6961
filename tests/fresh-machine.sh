#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# What a newcomer does on a fresh Debian 12, in order; run it there with
#   ../shared/tools/fresh-debian.sh "$PWD" tests/fresh-machine.sh
# 1. the README's test command, 2. the Debian package built, installed with apt and used:
# the installed app starts under Xvfb and shows its window, the installed CLI reads the machine.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/test.sh
deb=$(./scripts/package.sh | tail -1)
apt-get install -y -qq "$deb" >/dev/null
echo "installed: $(dpkg-query -W -f='${Package} ${Version}' ipcscope)"
/usr/bin/ipcscope-cli report local >/tmp/report.txt
head -5 /tmp/report.txt
Xvfb :77 -screen 0 1400x900x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $app $xvfb 2>/dev/null || true' EXIT
sleep 1
DISPLAY=:77 /usr/bin/ipcscope >/tmp/ipcscope-gui.log 2>&1 &
app=$!
for _ in $(seq 60); do
    if DISPLAY=:77 xwininfo -root -tree 2>/dev/null | grep -q 'IPC Scope'; then
        echo "the installed app shows its window"
        exit 0
    fi
    kill -0 $app 2>/dev/null || { echo "the installed app exited:"; cat /tmp/ipcscope-gui.log; exit 1; }
    sleep 1
done
echo "the installed app showed no window in 60 s"; cat /tmp/ipcscope-gui.log; exit 1
