# Script mode (cmake -P): writes OUTPUT, a header defining MAILTLS_BUILD_ID as
# `git describe` of SOURCE_DIR (a tag, commits since it, the commit, "-dirty"
# when the tree has changes), or MAILTLS_BUILD_ID from the environment (a
# source package built outside git), or "unknown". The file is rewritten only
# when the id changes, so a build without new commits recompiles nothing.
set(id "$ENV{MAILTLS_BUILD_ID}")
if(id STREQUAL "")
    find_package(Git QUIET)
    if(GIT_FOUND)
        execute_process(COMMAND "${GIT_EXECUTABLE}" -C "${SOURCE_DIR}" describe --tags --always --dirty
                        OUTPUT_VARIABLE id OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE rc)
        if(NOT rc EQUAL 0)
            set(id "")
        endif()
    endif()
endif()
if(id STREQUAL "")
    set(id "unknown")
endif()
set(content "#pragma once\n\n// Written at build time by cmake/BuildId.cmake.\n#define MAILTLS_BUILD_ID \"${id}\"\n")
if(EXISTS "${OUTPUT}")
    file(READ "${OUTPUT}" old)
endif()
if(NOT old STREQUAL content)
    file(WRITE "${OUTPUT}" "${content}")
endif()
