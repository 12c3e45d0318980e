#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds Summit Viewer and runs the whole test suite headless: once in
# the default build, once under AddressSanitizer and UndefinedBehaviorSanitizer (the asan
# preset; docs/reliability.md). Both always run; exits non-zero when either fails.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/deps.sh
summit_install_deps
export QT_QPA_PLATFORM=offscreen

status=0
default_result=passed
asan_result=passed
cmake --workflow --preset default || { status=1; default_result=FAILED; }
# The asan test preset sets ASAN_OPTIONS, UBSAN_OPTIONS and LSAN_OPTIONS itself.
cmake --workflow --preset asan || { status=1; asan_result=FAILED; }
echo "tools/test.sh: default build and tests: $default_result; asan build and tests: $asan_result"
exit "$status"
