# SPDX-License-Identifier: GPL-3.0-or-later
# The install tests (scripts in tests/install/), each a few seconds: ctest -R '^install_'.
set(checks "${PROJECT_SOURCE_DIR}/tests/install")

add_test(NAME install_files
    COMMAND ${CMAKE_COMMAND} -DBUILD_DIR=${PROJECT_BINARY_DIR}
        -DROOT=${CMAKE_CURRENT_BINARY_DIR}/install-root -DAPP_ID=${SUMMIT_APP_ID}
        -DVERSION=${PROJECT_VERSION} -DCHANGELOG=${CMAKE_CURRENT_SOURCE_DIR}/changelog
        -DSCREENSHOT=${PROJECT_SOURCE_DIR}/docs/screenshot.png
        -P ${checks}/check-install.cmake)

add_test(NAME install_manpage
    COMMAND ${CMAKE_COMMAND} -DMANPAGE=${PROJECT_SOURCE_DIR}/docs/summit-viewer.1
        -DEXE=$<TARGET_FILE:summit-viewer> -DVERSION=${PROJECT_VERSION}
        -P ${checks}/check-manpage.cmake)

# A package is made from a release build: a sanitizer build's would depend on the sanitizer
# runtimes, and packaging it only costs the asan run time.
if(NOT CMAKE_CXX_FLAGS MATCHES "-fsanitize")
    add_test(NAME install_package
        COMMAND ${CMAKE_COMMAND} -DBUILD_DIR=${PROJECT_BINARY_DIR}
            -DWORK=${CMAKE_CURRENT_BINARY_DIR}/package-test -DAPP_ID=${SUMMIT_APP_ID}
            -DVERSION=${PROJECT_VERSION} -P ${checks}/check-package.cmake)
    set_tests_properties(install_package PROPERTIES TIMEOUT 300)
endif()
# Each install writes the build's install_manifest.txt: one at a time.
set_tests_properties(install_files PROPERTIES RESOURCE_LOCK summit_install)
if(TEST install_package)
    set_tests_properties(install_package PROPERTIES RESOURCE_LOCK summit_install)
endif()
