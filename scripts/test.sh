#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds IPC Scope and runs every test (installing missing packages first), then the code that
# reads untrusted input or removes objects once more under AddressSanitizer + UBSan, and a short
# run of each fuzzer (docs/fuzzing.md).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh test
cmake --workflow --preset dev
scripts/test-sanitizers.sh asan
scripts/fuzz.sh 30
