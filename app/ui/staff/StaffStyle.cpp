// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/staff/StaffStyle.h"

#include "ui/public/Theme.h"

namespace StaffStyle {

QString styleSheet()
{
    const Theme::Colours c = Theme::colours();
    return QStringLiteral(
               "QLabel[staffRole=\"title\"] { font-size: 20px; font-weight: bold; color: %1; }"
               "QLabel[staffRole=\"sectionHeading\"] { font-size: 14px; font-weight: bold; "
               "color: %1; margin-top: 10px; }"
               "QLabel[staffRole=\"muted\"] { color: %2; }"
               "QLabel[staffRole=\"channelValue\"] { font-size: 18px; font-weight: bold; "
               "color: %1; }"
               "QLabel[staffRole=\"channelAddress\"] { font-size: 14px; font-weight: bold; "
               "color: %1; }"
               "QLabel[staffRole=\"open\"] { color: %3; font-weight: bold; }"
               "QLabel[staffRole=\"closed\"] { color: %4; font-weight: bold; }"
               "QLabel[staffRole=\"warning\"] { background: #fff4ce; color: #5c3c00; "
               "border-left: 4px solid #c98a00; padding: 4px 8px; }"
               "QLabel[staffRole=\"banner\"] { background: #fde7e9; color: #6e0b14; "
               "border: 1px solid #c4314b; border-radius: 4px; padding: 8px 12px; "
               "font-weight: bold; }"
               "QFrame[staffRole=\"channel\"] { background: %5; border: 1px solid %6; "
               "border-radius: 6px; }"
               "QLineEdit#directorySearch { font-size: 15px; padding: 6px; }")
        .arg(c.ink.name(), c.mutedInk.name(), c.open.name(), c.closed.name(), c.surface.name(),
             c.border.name());
}

} // namespace StaffStyle
