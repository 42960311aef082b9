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
    QList<Entry> entries;
    QSet<QString> used;
    for (const Audience audience :
         {Audience::OwnThoughts, Audience::YoungPerson, Audience::WorriedAboutAChild}) {
        const QString word = audienceWord(audience);
        for (const Service &service : content.services) {
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
