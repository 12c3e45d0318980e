#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds Summit Viewer and runs the whole test suite headless.
# Exits non-zero when the build or any test fails.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/deps.sh
summit_install_deps
export QT_QPA_PLATFORM=offscreen
cmake --workflow --preset default
