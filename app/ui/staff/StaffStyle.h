// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The staff desktop's quiet style: standard widgets, with roles for headings, open/closed lines,
// needs-confirming flags and warning banners. Colours come from the kiosk Theme.
namespace StaffStyle {

QString styleSheet();

} // namespace StaffStyle
