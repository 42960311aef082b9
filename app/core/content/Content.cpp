// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/Content.h"

const Channel *Service::channel(const QString &channelId) const
{
    for (const Channel &c : channels) {
        if (c.id == channelId)
            return &c;
    }
    return nullptr;
}

const Service *Content::service(const QString &id) const
{
    for (const Service &s : services) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

const PathwayNode *Content::node(const QString &id) const
{
    for (const PathwayNode &n : nodes) {
        if (n.id == id)
            return &n;
    }
    return nullptr;
}

const Channel *Content::channel(const ChannelRef &ref) const
{
    const Service *s = service(ref.service);
    return s ? s->channel(ref.channel) : nullptr;
}

bool BankHolidays::contains(const QDate &date) const
{
    for (const QList<QDate> &dates : byNation) {
        if (dates.contains(date))
            return true;
    }
    return false;
}

AgeRange Service::agesOf(const Channel &channel) const
{
    return AgeRange{channel.ages.minAge ? channel.ages.minAge : ages.minAge,
                    channel.ages.maxAge ? channel.ages.maxAge : ages.maxAge};
}

AgeRange Content::ages(const ChannelRef &ref) const
{
    const Service *s = service(ref.service);
    const Channel *c = s ? s->channel(ref.channel) : nullptr;
    return c ? s->agesOf(*c) : AgeRange{};
}
