#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Summit Viewer needs to build, run and test, if any is missing.
# Sourced by tools/run.sh and tools/test.sh; not meant to be run on its own.

summit_packages=(
    g++ cmake make pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
    libgl-dev fonts-dejavu-core clang-format-14
    # The install tests (tests/install/): validators of the desktop entry and the metainfo, the
    # manual page's renderer, and dpkg-shlibdeps for the package's dependencies.
    desktop-file-utils appstream groff-base dpkg-dev
    qt6-base-private-dev # tst_accessibility turns the platform's accessibility on offscreen
)

summit_install_deps() {
    local missing=()
    local package
    for package in "${summit_packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    local line="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
    if [ "$(id -u)" -ne 0 ]; then
        echo "Summit Viewer needs these Debian packages: ${missing[*]}" >&2
        echo "Install them as root, then run this command again:" >&2
        echo "    sudo sh -c '$line'" >&2
        return 1
    fi
    echo "Installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q && apt-get install -y -q --no-install-recommends "${missing[@]}"
}
