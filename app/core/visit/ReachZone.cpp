// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/visit/ReachZone.h"

#include <cmath>

double ReachZone::share(const QSize &screen, Layout layout)
{
    if (layout == Layout::Standard)
        return 1.0;
    return screen.height() > screen.width() ? portraitShare : landscapeShare;
}

QRect ReachZone::of(const QSize &screen, Layout layout)
{
    if (screen.isEmpty())
        return {};
    const int reached = int(std::lround(screen.height() * share(screen, layout)));
    return {0, screen.height() - reached, screen.width(), reached};
}

QString ReachZone::name(Layout layout)
{
    return layout == Layout::LowReach ? QStringLiteral("low-reach") : QStringLiteral("standard");
}

std::optional<ReachZone::Layout> ReachZone::fromName(const QString &name)
{
    const QString word = name.trimmed().toLower();
    for (const Layout layout : {Layout::Standard, Layout::LowReach}) {
        if (word == ReachZone::name(layout))
            return layout;
    }
    return std::nullopt;
}

QStringList ReachZone::names()
{
    return {name(Layout::Standard), name(Layout::LowReach)};
}
