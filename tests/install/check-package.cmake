# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package test: CPack builds the .deb from the build's install rules, its control
# fields and dependencies are right, and dpkg installs it into an empty temporary root and
# removes it again without leaving a file behind. (lintian runs in tools/package.sh: it is slow
# and a large set of packages for every test run.)
# Usage: cmake -DBUILD_DIR=... -DWORK=... -DAPP_ID=... -DVERSION=... -P check-package.cmake
cmake_minimum_required(VERSION 3.25)
include("${CMAKE_CURRENT_LIST_DIR}/common.cmake")

summit_require_tool(dpkg_deb dpkg-deb dpkg)
summit_require_tool(dpkg dpkg dpkg)
summit_require_tool(dpkg_shlibdeps dpkg-shlibdeps dpkg-dev)
get_filename_component(cmake_bin "${CMAKE_COMMAND}" DIRECTORY)
find_program(cpack cpack HINTS "${cmake_bin}" NO_CACHE REQUIRED)

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
summit_run(output "${cpack}" -G DEB --config "${BUILD_DIR}/CPackConfig.cmake" -B "${WORK}")
file(GLOB debs "${WORK}/*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
    summit_fail("cpack made ${count} .deb files in ${WORK}:\n${output}")
endif()
set(deb "${debs}")

function(expect_field field pattern)
    summit_run(value "${dpkg_deb}" --field "${deb}" "${field}")
    string(STRIP "${value}" value)
    if(NOT value MATCHES "${pattern}")
        summit_fail("the package's ${field} is '${value}', expected it to match '${pattern}'")
    endif()
endfunction()
expect_field(Package "^summit-viewer$")
string(REPLACE "." "\\." version_pattern "${VERSION}")
expect_field(Version "^${version_pattern}$")
expect_field(Architecture "^[a-z0-9]+$")
expect_field(Section "^misc$")
expect_field(Maintainer "^[^<>]+ <[^<>@ ]+@[^<>@ ]+>$")
expect_field(Description "^browse, chart and compare")
# dpkg-shlibdeps read these from the executable; without them the program would not start.
expect_field(Depends "(^|, )libqt6widgets6( |,|$)")
expect_field(Depends "(^|, )libqt6charts6( |,|$)")
expect_field(Depends "(^|, )libc6( |,|$)")

# An empty dpkg database of our own: --force-depends because its Qt is not "installed" there;
# the package has no maintainer scripts and no other package in it has triggers.
set(root "${WORK}/root")
set(admin "${root}/var/lib/dpkg")
file(MAKE_DIRECTORY "${admin}/info" "${admin}/updates" "${admin}/triggers")
file(TOUCH "${admin}/status" "${admin}/available")
# dpkg insists on finding ldconfig and start-stop-daemon, which a user's PATH may not reach.
set(ENV{PATH} "$ENV{PATH}:/usr/sbin:/sbin")
set(dpkg_root "${dpkg}" "--root=${root}" "--admindir=${admin}" --force-depends
    --force-not-root --log=/dev/null)
summit_run(output ${dpkg_root} --install "${deb}")
summit_run(status ${dpkg_root} --status summit-viewer)
if(NOT status MATCHES "Status: install ok installed")
    summit_fail("dpkg does not report the package installed:\n${status}")
endif()
summit_expect_files("${root}/usr" "bin/summit-viewer;share/applications/${APP_ID}.desktop;\
share/doc/summit-viewer/changelog.gz;share/doc/summit-viewer/copyright;share/icons/hicolor/scalable/apps/${APP_ID}.svg;\
share/man/man1/summit-viewer.1.gz;share/metainfo/${APP_ID}.metainfo.xml")
summit_run(version "${root}/usr/bin/summit-viewer" --version WORKING_DIRECTORY "${WORK}")
if(NOT version STREQUAL "summit-viewer ${VERSION}\n")
    summit_fail("the packaged program says '${version}'")
endif()

summit_run(output ${dpkg_root} --purge summit-viewer)
file(GLOB_RECURSE left LIST_DIRECTORIES true "${root}/usr/*")
if(left)
    summit_fail("dpkg --purge left behind:\n${left}")
endif()
file(REMOVE_RECURSE "${WORK}")
message(STATUS "${deb} builds, installs into a temporary root and purges cleanly")
