# SPDX-License-Identifier: GPL-3.0-or-later
# Privacy rule: the signpost binary must not link Qt Network (or any networking Qt module).
execute_process(COMMAND readelf -d "${BINARY}" OUTPUT_VARIABLE dynamic RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "readelf could not read ${BINARY}")
endif()
if(dynamic MATCHES "libQt6(Network|WebSockets|WebEngine[A-Za-z]*|RemoteObjects)")
    message(FATAL_ERROR "signpost links a networking Qt module: ${CMAKE_MATCH_0}")
endif()
if(NOT dynamic MATCHES "libQt6Core")
    message(FATAL_ERROR "readelf output does not look like signpost's: no libQt6Core")
endif()
