#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzzes the report reader and the extraction engine for SECONDS (default 60) with libFuzzer,
# ASan and UBSan (docs/reliability.md, "Fuzzing the report importer"), like tools/fuzz.sh does
# the dataset loader: the same build folder (build-fuzz/, clang++-14), its own working corpus
# (build-fuzz/report-corpus/, seeded from tools/fuzz/report-corpus/) and findings in
# build-fuzz/artifacts/report-RUN/. Usage: tools/fuzz-report.sh [SECONDS] [libFuzzer options...]
# Reproduce a finding with build-fuzz/fuzz_report build-fuzz/artifacts/report-RUN/crash-...
set -euo pipefail
cd "$(dirname "$0")/.."

compiler=/usr/bin/clang++-14
if [[ ! -x "$compiler" ]]; then
    echo "tools/fuzz-report.sh: needs $compiler (apt-get install clang-14 libclang-rt-14-dev)" >&2
    exit 2
fi
seconds="${1:-60}"
[[ $# -gt 0 ]] && shift
if ! [[ "$seconds" =~ ^[0-9]+$ ]]; then
    echo "usage: tools/fuzz-report.sh [SECONDS] [libFuzzer options...]" >&2
    exit 2
fi
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
cmake -S tools/fuzz -B build-fuzz "${generator[@]}" -DCMAKE_CXX_COMPILER="$compiler" \
    "${launcher[@]}" >/dev/null
cmake --build build-fuzz --target fuzz_report -j2

corpus=build-fuzz/report-corpus
mkdir -p "$corpus"
cp -n tools/fuzz/report-corpus/* "$corpus"/

run="$(date -u +%Y%m%dT%H%M%SZ)"
artifacts="build-fuzz/artifacts/report-$run"
mkdir -p "$artifacts"
status=0
build-fuzz/fuzz_report \
    -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -dict=tools/fuzz/report.dict -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$@" "$corpus" || status=$?

echo "fuzz-report.sh: corpus $corpus: $(find "$corpus" -type f | wc -l) inputs"
if [[ $status -ne 0 || -n "$(ls -A "$artifacts")" ]]; then
    echo "fuzz-report.sh: FINDINGS in $artifacts (fuzzer exit status $status):" >&2
    ls -l "$artifacts" >&2
    exit 1
fi
rmdir "$artifacts"
echo "fuzz-report.sh: no findings in ${seconds} s"
