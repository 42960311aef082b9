// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRect>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

// Where a visitor's hand reaches on the screen, for the `layout` configuration key. Standard:
// the whole screen. Low-reach (a tall portrait totem, a high wall mount): only the lower part,
// so a wheelchair user reaches every control (EN 301 549 clause 8.3: essential controls no higher
// than 1 220 mm above the floor; BS 8300, as quoted: 1 200 mm). The window puts every visitor
// control in this rectangle.
class ReachZone
{
public:
    enum class Layout
    {
        Standard,
        LowReach
    };

    // The share of the screen's height, from the bottom edge up, that is in reach in low-reach.
    // Portrait: the bottom 60% (the figure for a 1080x1920 totem: on a 43-inch portrait
    // screen that is 571 mm, so the zone's top is at 1 200 mm, BS 8300's figure, with the
    // picture's lower edge at 629 mm). Landscape is shorter, so more of it is in reach at the
    // same height: the bottom 75% (43-inch: 402 mm, lower edge up to 798 mm). README "Reach".
    static constexpr double portraitShare = 0.60;
    static constexpr double landscapeShare = 0.75;

    // The rectangle of a `screen`-sized window a visitor reaches, in window coordinates.
    static QRect of(const QSize &screen, Layout layout);
    // The share of the height in reach (1 in the standard layout).
    static double share(const QSize &screen, Layout layout);

    // "standard" and "low-reach", as the configuration file spells them.
    static QString name(Layout layout);
    static std::optional<Layout> fromName(const QString &name);
    static QStringList names();
};
