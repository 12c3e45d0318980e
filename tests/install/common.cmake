# SPDX-License-Identifier: GPL-3.0-or-later
# Helpers of the install tests (cmake -P scripts).

# summit_fail(<text>...): fails the test; the arguments are joined into one message.
function(summit_fail)
    string(JOIN "" text ${ARGV})
    message(FATAL_ERROR "FAIL: ${text}")
endfunction()

# summit_run(<out-var> <command...> [WORKING_DIRECTORY dir]): runs the command, fails the test
# with its output when it exits non-zero, else stores standard output and error in <out-var>.
function(summit_run out)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "WORKING_DIRECTORY" "")
    if(NOT arg_WORKING_DIRECTORY)
        set(arg_WORKING_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}")
    endif()
    execute_process(COMMAND ${arg_UNPARSED_ARGUMENTS}
        WORKING_DIRECTORY "${arg_WORKING_DIRECTORY}"
        RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT status EQUAL 0)
        list(JOIN arg_UNPARSED_ARGUMENTS " " command)
        summit_fail("'${command}' exited with ${status}:\n${output}")
    endif()
    set(${out} "${output}" PARENT_SCOPE)
endfunction()

# summit_require_tool(<var> <program> <debian-package>): a missing checker fails the test rather
# than skipping it, so the check cannot silently stop running; tools/deps.sh installs it.
function(summit_require_tool var program package)
    find_program(path "${program}" NO_CACHE)
    if(NOT path)
        summit_fail("${program} is not installed: apt-get install ${package} "
            "(tools/deps.sh lists it, so tools/test.sh and tools/run.sh install it)")
    endif()
    set(${var} "${path}" PARENT_SCOPE)
endfunction()

# summit_expect_files(<root> <relative paths>): the files under <root> are exactly these.
function(summit_expect_files root expected)
    file(GLOB_RECURSE found LIST_DIRECTORIES false RELATIVE "${root}" "${root}/*")
    list(SORT found)
    list(SORT expected)
    if(NOT found STREQUAL expected)
        set(missing ${expected})
        list(REMOVE_ITEM missing ${found})
        set(extra ${found})
        list(REMOVE_ITEM extra ${expected})
        string(REPLACE ";" "\n  " missing "${missing}")
        string(REPLACE ";" "\n  " extra "${extra}")
        summit_fail("under ${root}:\nmissing:\n  ${missing}\nunexpected:\n  ${extra}")
    endif()
endfunction()
