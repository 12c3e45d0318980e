#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzzes the dataset loader and validator for SECONDS (default 60) with libFuzzer, ASan and
# UBSan (docs/reliability.md, "Fuzzing"). Usage: tools/fuzz.sh [SECONDS] [libFuzzer options...]
# tools/fuzz.sh coverage: line coverage of the models sources by the working corpus (llvm-cov).
#
# Builds tools/fuzz/ with clang++-14 into build-fuzz/ (its own project: the main build and CI stay
# on g++), seeds build-fuzz/corpus/ with tools/fuzz/corpus/ and the project's own data files, and
# runs one worker: the machine is shared, and one worker's findings reproduce without a race.
# The working corpus is kept between runs, so a later run starts from what an earlier one found.
# Crash, timeout, leak and out-of-memory inputs land in build-fuzz/artifacts/RUN/, which is named
# at the end; the script then exits non-zero. Reproduce one with
#   build-fuzz/fuzz_datasetreader build-fuzz/artifacts/RUN/crash-...
set -euo pipefail
cd "$(dirname "$0")/.."

compiler=/usr/bin/clang++-14
if [[ ! -x "$compiler" ]]; then
    echo "tools/fuzz.sh: needs $compiler (apt-get install clang-14 libclang-rt-14-dev)" >&2
    exit 2
fi
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)

if [[ "${1:-}" == coverage ]]; then
    # Runs every input of the corpus once (-runs=0) in a build instrumented for llvm-cov.
    cmake -S tools/fuzz -B build-fuzz-cov "${generator[@]}" -DCMAKE_CXX_COMPILER="$compiler" \
        "${launcher[@]}" -DSUMMIT_FUZZ_COVERAGE=ON >/dev/null
    cmake --build build-fuzz-cov -j2
    rm -f build-fuzz-cov/*.profraw
    LLVM_PROFILE_FILE=build-fuzz-cov/corpus.profraw build-fuzz-cov/fuzz_datasetreader \
        -runs=0 -max_len=65536 build-fuzz/corpus 2>&1 | tail -n 2
    llvm-profdata-14 merge -o build-fuzz-cov/corpus.profdata build-fuzz-cov/corpus.profraw
    llvm-cov-14 report build-fuzz-cov/fuzz_datasetreader \
        -instr-profile=build-fuzz-cov/corpus.profdata \
        "$PWD"/models/{dataset,jsondocument,jsonobjectreader,datasetvalidator,datasetreader,datasetwriter}.cpp
    exit 0
fi

seconds="${1:-60}"
[[ $# -gt 0 ]] && shift
if ! [[ "$seconds" =~ ^[0-9]+$ ]]; then
    echo "usage: tools/fuzz.sh [SECONDS] [libFuzzer options...]" >&2
    exit 2
fi

cmake -S tools/fuzz -B build-fuzz "${generator[@]}" -DCMAKE_CXX_COMPILER="$compiler" \
    "${launcher[@]}" >/dev/null
cmake --build build-fuzz -j2

corpus=build-fuzz/corpus
mkdir -p "$corpus"
# cp -n: a seed already in the corpus keeps its place; the fuzzer's own entries are named by hash.
cp -n tools/fuzz/corpus/* tests/data/*.json resources/data/summits.json "$corpus"/

run="$(date -u +%Y%m%dT%H%M%SZ)"
artifacts="build-fuzz/artifacts/$run"
mkdir -p "$artifacts"

status=0
build-fuzz/fuzz_datasetreader \
    -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -dict=tools/fuzz/dataset.dict -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$@" "$corpus" || status=$?

echo "fuzz.sh: corpus $corpus: $(find "$corpus" -type f | wc -l) inputs"
if [[ $status -ne 0 || -n "$(ls -A "$artifacts")" ]]; then
    echo "fuzz.sh: FINDINGS in $artifacts (fuzzer exit status $status):" >&2
    ls -l "$artifacts" >&2
    exit 1
fi
rmdir "$artifacts"
echo "fuzz.sh: no findings in ${seconds} s"
