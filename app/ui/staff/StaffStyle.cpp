// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/staff/StaffStyle.h"

#include "ui/public/Theme.h"

namespace StaffStyle {

QString styleSheet()
{
    const Theme::Colours c = Theme::colours();
    const Theme::StaffColours notice = Theme::staffColours();
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
               "QLabel[staffRole=\"warning\"] { background: %7; color: %8; "
               "border-left: 4px solid %9; padding: 4px 8px; }"
               "QLabel[staffRole=\"banner\"] { background: %10; color: %11; "
               "border: 1px solid %12; border-radius: 4px; padding: 8px 12px; "
               "font-weight: bold; }"
               "QFrame[staffRole=\"channel\"] { background: %5; border: 1px solid %6; "
               "border-radius: 6px; }"
               "QLineEdit#directorySearch { font-size: 15px; padding: 6px; }")
        .arg(c.ink.name(), c.mutedInk.name(), c.open.name(), c.closed.name(), c.surface.name(),
             c.border.name(), notice.warning.name(), notice.onWarning.name(),
             notice.warningEdge.name(), notice.banner.name(), notice.onBanner.name(),
             notice.bannerEdge.name());
}

} // namespace StaffStyle
