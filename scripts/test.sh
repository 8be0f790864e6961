#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds IPC Scope and runs every test (installing missing packages first), then the code that
# reads untrusted input or removes objects once more under AddressSanitizer + UBSan, and a short
# run of each fuzzer (docs/fuzzing.md).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh test
# Where ccache is installed, a rebuild of unchanged files is a cache hit, wherever the checkout is.
if command -v ccache >/dev/null; then
    export CMAKE_CXX_COMPILER_LAUNCHER=ccache CMAKE_C_COMPILER_LAUNCHER=ccache
    export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD} CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
fi
# Everything the tests need is installed now: a test that would skip for a missing tool fails
# instead (tests/support/requireall.h).
export IPCSCOPE_TESTS_REQUIRE_ALL=1
cmake --workflow --preset dev
scripts/test-sanitizers.sh asan
scripts/fuzz.sh 30
