#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds Summit Viewer and starts it on the built-in dataset.
# Extra arguments go to summit-viewer, e.g. tools/run.sh --data my.json
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/deps.sh
summit_install_deps
cmake --preset default
cmake --build --preset default
exec build/app/summit-viewer "$@"
