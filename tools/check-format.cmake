# SPDX-License-Identifier: GPL-3.0-or-later
# The "format" test: every C++ file of ours must be as clang-format leaves it (the committed
# .clang-format). Run by CTest as cmake -DCLANG_FORMAT=... -DSOURCE_DIR=... -P check-format.cmake;
# prints each file that differs and the command that fixes it.
file(GLOB_RECURSE files LIST_DIRECTORIES false
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
    "${SOURCE_DIR}/models/*.cpp" "${SOURCE_DIR}/models/*.h"
    "${SOURCE_DIR}/views/*.cpp" "${SOURCE_DIR}/views/*.h"
    "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h"
    "${SOURCE_DIR}/bench/*.cpp" "${SOURCE_DIR}/bench/*.h"
    "${SOURCE_DIR}/tools/*.cpp" "${SOURCE_DIR}/tools/*.h")
list(LENGTH files count)
if(count EQUAL 0)
    message(FATAL_ERROR "no C++ files found under ${SOURCE_DIR}")
endif()
set(unformatted "")
foreach(file IN LISTS files)
    execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror "${file}"
        RESULT_VARIABLE result OUTPUT_QUIET ERROR_QUIET)
    if(NOT result EQUAL 0)
        file(RELATIVE_PATH relative "${SOURCE_DIR}" "${file}")
        list(APPEND unformatted "${relative}")
    endif()
endforeach()
if(unformatted)
    list(JOIN unformatted "\n  " shown)
    message(FATAL_ERROR "not formatted with the committed .clang-format:\n  ${shown}\n"
        "fix with: clang-format-14 -i <file>...")
endif()
message(STATUS "${count} files formatted as .clang-format says")
