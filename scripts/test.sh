#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds IPC Scope and runs every test (installing missing packages first).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh test
cmake --workflow --preset dev
