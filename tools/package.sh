#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package of Summit Viewer from a clean release build (build-package/, without
# tests or benchmarks, with no developer's folder of source articles compiled in), writes it to
# dist/ and checks it with lintian. Installs what is missing, like tools/run.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/deps.sh
summit_packages+=(lintian)
summit_install_deps

cmake -S . -B build-package -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
    -DSUMMIT_BUILD_BENCH=OFF -DSUMMIT_SOURCES_DIR=
cmake --build build-package --parallel 2
mkdir -p dist
rm -f dist/summit-viewer_*.deb
(cd build-package && cpack -G DEB -B "$PWD/../dist")
rm -rf dist/_CPack_Packages
debs=(dist/summit-viewer_*.deb)
deb=${debs[0]}
echo "tools/package.sh: $deb"
dpkg-deb --info "$deb"
# lintian exits non-zero on an error. What it prints besides is listed in README (Install and
# package): two notes, on purpose.
lintian --info --display-info "$deb"
echo "tools/package.sh: lintian found no error in $deb"
