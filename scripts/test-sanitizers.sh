#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds a sanitizer preset but only a subset of the tests (and the libraries they link), and runs
# them: a few minutes instead of the whole tree twice over.
#   asan  AddressSanitizer + UndefinedBehaviorSanitizer (Debug) on the code that reads untrusted
#         input or removes objects: the helper, /proc parsing, the snapshot parser, cleanup.
#   tsan  ThreadSanitizer on the code with threads: sessions, the streaming snapshot parser, the
#         parallel analysis and report writing, the local transport.
# As root the tests run in a private IPC namespace with their own /dev/shm and /dev/mqueue, so
# that objects of other programs never meet them. docs/fuzzing.md describes it.
# Usage: scripts/test-sanitizers.sh asan|tsan   (build jobs: CMAKE_BUILD_PARALLEL_LEVEL, default 2)
set -euo pipefail
cd "$(dirname "$0")/.."

case "${1:-}" in
asan)
    tests=(tst_helper tst_helperjson tst_helperobjects tst_helperprocscan tst_helperremove
           tst_helpersnapshot tst_procparse tst_snapshotparser tst_cleanup tst_cleancommand
           tst_localtransport)
    ;;
tsan)
    tests=(tst_hostsession tst_snapshotparser tst_analyzer tst_reportjson tst_localtransport)
    ;;
*)
    echo "Usage: scripts/test-sanitizers.sh asan|tsan" >&2
    exit 2
    ;;
esac
preset=$1

scripts/deps.sh test
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake --preset "$preset" "${launcher[@]}" >/dev/null
export CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-2}
cmake --build build/"$preset" --target "${tests[@]}"

regex="^($(IFS='|'; echo "${tests[*]}"))\$"
ctest=(ctest --preset "$preset" -R "$regex")
if [[ $(id -u) -eq 0 ]] && unshare --ipc --mount true 2>/dev/null; then
    unshare --ipc --mount --propagation private sh -c \
        'mount -t tmpfs tmpfs /dev/shm && { [ ! -d /dev/mqueue ] || mount -t mqueue mqueue /dev/mqueue; } && exec "$@"' \
        sh "${ctest[@]}"
else
    "${ctest[@]}"
fi
