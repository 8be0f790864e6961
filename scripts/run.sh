#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds IPC Scope (installing missing packages first) and starts it on the local machine.
# Extra arguments go to the application.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh build
cmake --preset dev >/dev/null
cmake --build --preset dev
exec build/dev/bin/ipcscope "$@"
