// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a visitor chose for this visit on the welcome screen: larger text and a high-contrast
// theme. They belong to the visit (VisitModel), so a quick exit or an idle reset forgets them.
struct DisplayPreferences
{
    // About 1.5x, the size the accessibility spec asks for; the layouts are tested at it.
    static constexpr double largeTextFactor = 1.5;

    bool largeText = false;
    bool highContrast = false;

    double textFactor() const { return largeText ? largeTextFactor : 1.0; }

    friend bool operator==(const DisplayPreferences &, const DisplayPreferences &) = default;
};
