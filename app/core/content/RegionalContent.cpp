// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/RegionalContent.h"

#include <algorithm>

namespace {

bool ownService(const Service *service, std::optional<Region> region)
{
    return service && region && service->regions.contains(*region);
}

} // namespace

QList<std::optional<Region>> RegionalContent::places()
{
    return {std::nullopt, Region::England, Region::Wales, Region::Scotland,
            Region::NorthernIreland};
}

QList<ChannelRef> RegionalContent::alternativesIn(const Content &content,
                                                  const PathwayNode &outcome,
                                                  std::optional<Region> region)
{
    return alternativesIn([&content](const QString &id) { return content.service(id); }, outcome,
                          region);
}

QList<ChannelRef> RegionalContent::alternativesIn(const ServiceLookup &lookup,
                                                  const PathwayNode &outcome,
                                                  std::optional<Region> region)
{
    QList<ChannelRef> own;
    QList<ChannelRef> shared;
    for (const ChannelRef &ref : outcome.alternatives) {
        const Service *service = lookup(ref.service);
        if (ownService(service, region))
            own << ref;
        else if (isShownIn(service, region))
            shared << ref;
    }
    return own + shared;
}

Content RegionalContent::forRegion(Content content, std::optional<Region> region)
{
    for (PathwayNode &node : content.nodes) {
        if (node.isOutcome())
            node.alternatives = alternativesIn(content, node, region);
    }
    content.services.removeIf([region](const Service &s) { return !s.servedIn(region); });
    std::stable_partition(content.services.begin(), content.services.end(),
                          [region](const Service &s) { return ownService(&s, region); });
    return content;
}
