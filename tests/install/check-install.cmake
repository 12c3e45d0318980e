# SPDX-License-Identifier: GPL-3.0-or-later
# The install test: `cmake --install` of the build into a temporary DESTDIR puts exactly the
# expected files where Debian looks for them, the installed program runs from another folder
# (its data is built in), and the desktop entry and AppStream metainfo pass their validators.
# Usage: cmake -DBUILD_DIR=... -DROOT=... -DAPP_ID=... -DVERSION=... -DCHANGELOG=...
#     -DSCREENSHOT=... -P check-install.cmake
cmake_minimum_required(VERSION 3.25)
include("${CMAKE_CURRENT_LIST_DIR}/common.cmake")

file(REMOVE_RECURSE "${ROOT}")
file(MAKE_DIRECTORY "${ROOT}")
summit_run(output ${CMAKE_COMMAND} -E env "DESTDIR=${ROOT}"
    ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix /usr)

set(expected
    usr/bin/summit-viewer
    usr/share/applications/${APP_ID}.desktop
    usr/share/doc/summit-viewer/changelog.gz
    usr/share/doc/summit-viewer/copyright
    usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg
    usr/share/man/man1/summit-viewer.1.gz
    usr/share/metainfo/${APP_ID}.metainfo.xml)
summit_expect_files("${ROOT}" "${expected}")

# Run from a folder that holds nothing of the project: what the program needs is inside it.
set(exe "${ROOT}/usr/bin/summit-viewer")
set(elsewhere "${ROOT}/elsewhere")
file(MAKE_DIRECTORY "${elsewhere}")
summit_run(version "${exe}" --version WORKING_DIRECTORY "${elsewhere}")
if(NOT version STREQUAL "summit-viewer ${VERSION}\n")
    summit_fail("the installed program says '${version}', expected 'summit-viewer ${VERSION}'")
endif()
summit_run(dump "${exe}" --dump-data - WORKING_DIRECTORY "${elsewhere}")
if(NOT dump MATCHES "\"summits\"" OR NOT dump MATCHES "\"events\"")
    summit_fail("the installed program's built-in dataset is missing:\n${dump}")
endif()
summit_run(views "${exe}" --list-exports WORKING_DIRECTORY "${elsewhere}")
if(NOT views MATCHES "(^|\n)map\n")
    summit_fail("the installed program lists no map export (its map data is missing?):\n${views}")
endif()

# The three files must name each other: the menu finds the icon and the program by the desktop
# entry, the software centre finds the desktop entry by the metainfo.
set(desktop "${ROOT}/usr/share/applications/${APP_ID}.desktop")
set(metainfo "${ROOT}/usr/share/metainfo/${APP_ID}.metainfo.xml")
file(STRINGS "${desktop}" desktop_lines)
foreach(line IN ITEMS "Icon=${APP_ID}" "Exec=summit-viewer %f" "MimeType=application/json;")
    if(NOT line IN_LIST desktop_lines)
        summit_fail("${desktop} lacks the line '${line}'")
    endif()
endforeach()
file(READ "${metainfo}" meta)
foreach(element IN ITEMS "<id>${APP_ID}</id>"
        "<launchable type=\"desktop-id\">${APP_ID}.desktop</launchable>"
        "<binary>summit-viewer</binary>")
    string(FIND "${meta}" "${element}" at)
    if(at EQUAL -1)
        summit_fail("${metainfo} lacks ${element}")
    endif()
endforeach()
# The newest release comes first; it must be this version, so a version change needs its notes.
string(REGEX MATCH "<release version=\"([^\"]*)\"" newest "${meta}")
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    summit_fail("the newest <release> in the metainfo is '${CMAKE_MATCH_1}', the project is "
        "${VERSION}: add the release and its notes to ${APP_ID}.metainfo.xml")
endif()
file(STRINGS "${CHANGELOG}" newest LIMIT_COUNT 1)
if(NOT newest MATCHES "^summit-viewer \\(${VERSION}\\) ")
    summit_fail("the newest entry of ${CHANGELOG} is '${newest}': add one for ${VERSION}")
endif()
# The screenshot is the README's, published at an https address; its size is the file's own
# (the width and height of a PNG are the first fields of its IHDR chunk, at byte 16).
file(READ "${SCREENSHOT}" ihdr OFFSET 16 LIMIT 8 HEX)
string(SUBSTRING "${ihdr}" 0 8 width)
string(SUBSTRING "${ihdr}" 8 8 height)
math(EXPR width "0x${width}")
math(EXPR height "0x${height}")
set(image "<image type=\"source\" width=\"${width}\" height=\"${height}\">")
if(NOT meta MATCHES "${image}https://[^<]*/docs/screenshot\\.png</image>")
    summit_fail("the metainfo's screenshot is not docs/screenshot.png (${width}x${height}) at an "
        "https address")
endif()

summit_require_tool(desktop_file_validate desktop-file-validate desktop-file-utils)
summit_run(report "${desktop_file_validate}" "${desktop}")
if(NOT report STREQUAL "")
    summit_fail("desktop-file-validate reports:\n${report}")
endif()
summit_require_tool(appstreamcli appstreamcli appstream)
summit_run(report "${appstreamcli}" validate --no-net "${metainfo}")
message(STATUS "appstreamcli: ${report}")

file(REMOVE_RECURSE "${ROOT}")
message(STATUS "installed files, desktop entry and metainfo: all as expected")
