# SPDX-License-Identifier: GPL-3.0-or-later
# The manual page test: groff renders docs/summit-viewer.1 without a warning, the page belongs
# to this version, and it documents exactly the options the program's --help names (so a new
# option, or a removed one, fails here until the page follows).
# Usage: cmake -DMANPAGE=... -DEXE=... -DVERSION=... -P check-manpage.cmake
cmake_minimum_required(VERSION 3.25)
include("${CMAKE_CURRENT_LIST_DIR}/common.cmake")

summit_require_tool(groff groff groff-base)
# -ww: every warning; -z: format, print nothing. What remains on stderr is a warning.
summit_run(warnings ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8
    "${groff}" -man -Tutf8 -ww -z "${MANPAGE}")
if(NOT warnings STREQUAL "")
    summit_fail("groff warns about ${MANPAGE}:\n${warnings}")
endif()

file(READ "${MANPAGE}" page)
string(REGEX MATCH "\n\\.TH [^\n]*" title "${page}")
string(STRIP "${title}" title)
string(FIND "${title}" "\"Summit Viewer ${VERSION}\"" at)
if(at EQUAL -1)
    summit_fail("the page's .TH line is '${title}': give it \"Summit Viewer ${VERSION}\" (and the "
        "month it was last changed)")
endif()

summit_run(help "${EXE}" --help)
string(REGEX MATCHALL "--[a-z][a-z-]*" help_options "${help}")
string(REGEX MATCHALL "\\\\-\\\\-[a-z][a-z-]*" page_options "${page}")
string(REPLACE "\\-" "-" page_options "${page_options}")
list(REMOVE_DUPLICATES help_options)
list(REMOVE_DUPLICATES page_options)
set(undocumented ${help_options})
list(REMOVE_ITEM undocumented ${page_options})
set(unknown ${page_options})
list(REMOVE_ITEM unknown ${help_options})
if(undocumented OR unknown)
    list(JOIN undocumented ", " undocumented)
    list(JOIN unknown ", " unknown)
    summit_fail("the manual page and --help disagree. In --help, not in ${MANPAGE}: "
        "${undocumented}. In the page, not in --help: ${unknown}")
endif()
list(LENGTH help_options count)
message(STATUS "the manual page renders cleanly and documents all ${count} options of --help")
