// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/CampaignAudiences.h"

#include <QSet>

#include <algorithm>

QString CampaignAudiences::audienceWord(Audience audience)
{
    switch (audience) {
    case Audience::OwnThoughts:
        return QStringLiteral("self");
    case Audience::YoungPerson:
        return QStringLiteral("young-person");
    case Audience::WorriedAboutAChild:
        return QStringLiteral("child");
    }
    return {};
}

QList<CampaignAudiences::Entry> CampaignAudiences::of(const Content &content)
{
    // The campaign's national lines first: a regional kiosk's content puts its nation's own
    // services first, but Childline, not an advice line for under-25s, is the one a child being
    // hurt should see between visits.
    QList<const Service *> services;
    for (const Service &service : content.services)
        services << &service;
    std::stable_partition(services.begin(), services.end(),
                          [](const Service *service) { return service->servesWholeUk(); });
    QList<Entry> entries;
    QSet<QString> used;
    for (const Audience audience :
         {Audience::OwnThoughts, Audience::YoungPerson, Audience::WorriedAboutAChild}) {
        const QString word = audienceWord(audience);
        for (const Service *candidate : std::as_const(services)) {
            const Service &service = *candidate;
            if (used.contains(service.id) || !service.audiences.contains(word))
                continue;
            const auto phone = std::find_if(
                service.channels.cbegin(), service.channels.cend(), [](const Channel &channel) {
                    return channel.type == ChannelType::Phone && !channel.international;
                });
            if (phone == service.channels.cend())
                continue;
            entries.append({audience, ChannelRef{service.id, phone->id}});
            used.insert(service.id);
            break;
        }
    }
    return entries;
}
