# SPDX-License-Identifier: GPL-3.0-or-later
# app/core links Qt Core only: no widget, GUI or network header may appear there, and no header of
# app/ui (both are included from app/, so "ui/..." would compile).
file(GLOB_RECURSE sources "${SOURCE_DIR}/app/core/*.cpp" "${SOURCE_DIR}/app/core/*.h")
set(violations "")
foreach(file IN LISTS sources)
    file(STRINGS "${file}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*<Qt(Widgets|Gui|Network|Svg)/|^[ \t]*#[ \t]*include[ \t]*<Q(Application|GuiApplication|Widget|Pixmap|Image|Painter|Color|Font|TcpSocket|UdpSocket|NetworkAccessManager)>|^[ \t]*#[ \t]*include[ \t]*\"ui/")
    foreach(line IN LISTS includes)
        string(APPEND violations "${file}: ${line}\n")
    endforeach()
endforeach()
if(violations)
    message(FATAL_ERROR "app/core must use Qt Core only:\n${violations}")
endif()
