#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package of IPC Scope (installing missing build packages first):
#   scripts/package.sh        → build/dev/ipcscope_<version>_<arch>.deb
# Install it with `apt install ./build/dev/ipcscope_*.deb`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh package
cmake --preset dev >/dev/null
cmake --build --preset dev
(cd build/dev && cpack -G DEB >/dev/null)
ls "$PWD"/build/dev/ipcscope_*.deb
