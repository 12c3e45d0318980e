# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package, built by CPack from the install rules: `cpack -G DEB` in a build folder, or
# tools/package.sh (which also runs lintian). Its dependencies are read from the executable by
# dpkg-shlibdeps (package dpkg-dev), so they follow whatever Qt libraries the program links.
set(SUMMIT_PACKAGE_MAINTAINER "The Summit Viewer developers <summitviewer@users.noreply.github.com>"
    CACHE STRING "Maintainer field of the Debian package (Name <address>)")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME summit-viewer)
set(CPACK_PACKAGE_VENDOR "The Summit Viewer developers")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "browse, chart and compare the CIS leaders' summits")
# dpkg wraps nothing: each line of the long description is shown as written (under 80
# characters with the space dpkg puts before it).
set(CPACK_PACKAGE_DESCRIPTION
    "Summit Viewer shows what happened at the informal summits of the leaders
of the Commonwealth of Independent States: who is a member, who came and who
stayed away, the meetings, statements and proposals, and the trade figures the
leaders cited, each fact with the paragraph of the news report that states it.
.
It has a timeline, an event list, a map of CIS membership on any date, charts
of the trade figures, a side-by-side comparison of two summits and the reports
of each fact, and exports every view as PNG, SVG, PDF or CSV, also from the
command line. The data of the 2023 and 2025 summits is built in; datasets of
your own use a documented JSON format.")
set(CPACK_PACKAGE_CONTACT "${SUMMIT_PACKAGE_MAINTAINER}")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SUMMIT_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/summitviewer/summit-viewer")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
