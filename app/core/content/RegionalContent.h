// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"

#include <QList>

#include <functional>
#include <optional>

// What a kiosk standing in one of the UK's nations offers: services that serve only other
// nations are left out (a kiosk in Belfast never shows a Wales-only line), and the nation's own
// services come first (a kiosk in Cardiff shows Live Fear Free before the UK-wide lines). A kiosk
// with no region set is UK-wide and offers only services for the whole UK.
class RegionalContent
{
public:
    // Unset (UK-wide) and each of the four nations: every place a kiosk can stand.
    static QList<std::optional<Region>> places();

    // The service with an id, or null (Content::service, or an index of it when called for
    // every outcome of a large file).
    using ServiceLookup = std::function<const Service *(const QString &id)>;

    // Whether an alternative with this service (null: unknown) is among those shown in
    // `region`: one serving there, or an unknown one, left for the validator to report.
    static bool isShownIn(const Service *service, std::optional<Region> region)
    {
        return !service || service->servedIn(region);
    }

    // The alternatives `outcome` shows in `region`, the region's own services first, in content
    // order otherwise.
    static QList<ChannelRef> alternativesIn(const Content &content, const PathwayNode &outcome,
                                            std::optional<Region> region);
    static QList<ChannelRef> alternativesIn(const ServiceLookup &service,
                                            const PathwayNode &outcome,
                                            std::optional<Region> region);

    // `content` as a kiosk in `region` shows it: every outcome's alternatives as above, and only
    // the services it offers, the region's own first.
    static Content forRegion(Content content, std::optional<Region> region);
};
