// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/review/LocalPlacements.h"

namespace {

const QString english = QStringLiteral("en");

} // namespace

QList<LocalPlacements::Placement> LocalPlacements::of(const Content &content)
{
    QList<Placement> placements;
    const auto add = [&](const PathwayNode &outcome, const ChannelRef &ref, bool primary) {
        const Service *service = content.service(ref.service);
        if (!service || !service->local)
            return;
        const Channel *channel = content.channel(ref);
        placements << Placement{outcome.id,
                                outcome.text.text(english),
                                service->id,
                                service->name.text(english),
                                channel ? channel->label.text(english) : ref.channel,
                                primary};
    };
    for (const PathwayNode &node : content.nodes) {
        if (!node.isOutcome())
            continue;
        add(node, node.primary, true);
        for (const ChannelRef &alternative : node.alternatives)
            add(node, alternative, false);
    }
    return placements;
}

QList<const Service *> LocalPlacements::services(const Content &content)
{
    QList<const Service *> local;
    for (const Service &service : content.services) {
        if (service.local)
            local << &service;
    }
    return local;
}

QStringList LocalPlacements::outcomes(const Content &content)
{
    QStringList ids;
    for (const Placement &placement : of(content)) {
        if (!ids.contains(placement.outcomeId))
            ids << placement.outcomeId;
    }
    return ids;
}
