# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when any C++ file under app/ or tests/ differs from what the repo's .clang-format makes.
file(GLOB_RECURSE sources
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
    "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h")
if(NOT sources)
    message(FATAL_ERROR "no C++ sources found under ${SOURCE_DIR}")
endif()
execute_process(
    COMMAND "${CLANG_FORMAT}" --style=file --dry-run --Werror ${sources}
    WORKING_DIRECTORY "${SOURCE_DIR}"
    RESULT_VARIABLE result
    ERROR_VARIABLE errors)
list(LENGTH sources count)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "Files not formatted by .clang-format (run clang-format -i on them):\n${errors}")
endif()
message(STATUS "${count} C++ files are formatted")
