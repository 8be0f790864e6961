#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer harnesses of tests/fuzz (preset fuzz: clang, ASan + UBSan) and runs each
# for its share of SECONDS_TOTAL (default 30) on a copy of its seed corpus. Fails when any harness
# finds a crash, a leak, undefined behaviour, a timeout (10 s for one input) or runs out of memory
# (2 GiB); the input that did it is kept in build/fuzz/findings/<name>/. See docs/fuzzing.md.
# Usage: scripts/fuzz.sh [SECONDS_TOTAL]   (build jobs: CMAKE_BUILD_PARALLEL_LEVEL, default 2)
set -euo pipefail
cd "$(dirname "$0")/.."

total=${1:-30}
if ! [[ $total =~ ^[0-9]+$ ]] || ((total < 1)); then
    echo "Usage: scripts/fuzz.sh [SECONDS_TOTAL]   (a whole number of seconds, default 30)" >&2
    exit 2
fi

scripts/deps.sh test # clang and libFuzzer are in the test list
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake --preset fuzz "${launcher[@]}" >/dev/null
export CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-2}
cmake --build --preset fuzz

mapfile -t harnesses < <(cd tests/fuzz && ls fuzz_*.cpp | sed 's/^fuzz_//; s/\.cpp$//')
share=$((total / ${#harnesses[@]}))
((share >= 1)) || share=1

failed=()
for name in "${harnesses[@]}"; do
    work=build/fuzz/run/$name
    findings=build/fuzz/findings/$name
    rm -rf "$work"
    mkdir -p "$work/corpus" "$findings"
    # A copy: libFuzzer adds what it finds to the corpus directory it is given.
    cp tests/fuzz/corpus/"$name"/* "$work/corpus/"
    if build/fuzz/bin/fuzz_"$name" -max_total_time="$share" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$findings/" "$work/corpus" >"$work/log" 2>&1; then
        execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log")
        echo "fuzz_$name: ${execs:-?} inputs in ${share} s, nothing found"
    else
        echo "fuzz_$name: FAILED (log: $work/log, input: $findings/)" >&2
        grep -E '^(==[0-9]+==ERROR|SUMMARY|\*\*\*|artifact_prefix|Test unit written)' \
            "$work/log" >&2 || tail -n 30 "$work/log" >&2
        failed+=("$name")
    fi
done

if ((${#failed[@]})); then
    echo "Fuzzing found problems in: ${failed[*]}. Reproduce one with" \
        "build/fuzz/bin/fuzz_NAME FILE (docs/fuzzing.md)." >&2
    exit 1
fi
