// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/ContentVocabulary.h"

namespace {

struct ChannelTypeName
{
    ChannelType type;
    const char *name;
};

constexpr ChannelTypeName channelTypes[] = {
    {ChannelType::Phone, "phone"}, {ChannelType::Textphone, "textphone"},
    {ChannelType::Text, "text"},   {ChannelType::VideoRelay, "video-relay"},
    {ChannelType::Chat, "chat"},   {ChannelType::Email, "email"},
    {ChannelType::Web, "web"},
};

struct ConfidentialityName
{
    Confidentiality confidentiality;
    const char *name;
};

constexpr ConfidentialityName confidentialities[] = {
    {Confidentiality::Anonymous, "anonymous"},
    {Confidentiality::ConfidentialWithDutyToShare, "confidential-duty-to-share"},
    {Confidentiality::NotAnonymous, "not-anonymous"},
};

struct AgeBandName
{
    AgeBand band;
    const char *name;
};

constexpr AgeBandName ageBands[] = {
    {AgeBand::Under18, "under-18"},
    {AgeBand::EighteenOrOver, "18-or-over"},
    {AgeBand::Unknown, "unknown"},
};

struct RegionName
{
    Region region;
    const char *name;
};

constexpr RegionName regions[] = {
    {Region::England, "england"},
    {Region::Wales, "wales"},
    {Region::Scotland, "scotland"},
    {Region::NorthernIreland, "northern-ireland"},
};

constexpr const char *weekdayCodes[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

} // namespace

QString ContentVocabulary::channelTypeName(ChannelType type)
{
    for (const auto &entry : channelTypes) {
        if (entry.type == type)
            return QLatin1String(entry.name);
    }
    return {};
}

std::optional<ChannelType> ContentVocabulary::channelTypeFromName(const QString &name)
{
    for (const auto &entry : channelTypes) {
        if (name == QLatin1String(entry.name))
            return entry.type;
    }
    return std::nullopt;
}

QStringList ContentVocabulary::channelTypeNames()
{
    QStringList names;
    for (const auto &entry : channelTypes)
        names << QLatin1String(entry.name);
    return names;
}

bool ContentVocabulary::isNumber(ChannelType type)
{
    return type == ChannelType::Phone || type == ChannelType::Textphone ||
           type == ChannelType::Text || type == ChannelType::VideoRelay;
}

QString ContentVocabulary::confidentialityName(Confidentiality confidentiality)
{
    for (const auto &entry : confidentialities) {
        if (entry.confidentiality == confidentiality)
            return QLatin1String(entry.name);
    }
    return {};
}

std::optional<Confidentiality> ContentVocabulary::confidentialityFromName(const QString &name)
{
    for (const auto &entry : confidentialities) {
        if (name == QLatin1String(entry.name))
            return entry.confidentiality;
    }
    return std::nullopt;
}

QStringList ContentVocabulary::confidentialityNames()
{
    QStringList names;
    for (const auto &entry : confidentialities)
        names << QLatin1String(entry.name);
    return names;
}

QString ContentVocabulary::weekdayCode(Qt::DayOfWeek day)
{
    return QLatin1String(weekdayCodes[day - 1]);
}

std::optional<Qt::DayOfWeek> ContentVocabulary::weekdayFromCode(QStringView code)
{
    // Every code is two letters, compared in place: asked for every day of every schedule.
    if (code.size() != 2)
        return std::nullopt;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        const char *name = weekdayCodes[day - 1];
        if (code[0] == QLatin1Char(name[0]) && code[1] == QLatin1Char(name[1]))
            return static_cast<Qt::DayOfWeek>(day);
    }
    return std::nullopt;
}

QString ContentVocabulary::ageBandName(AgeBand band)
{
    for (const auto &entry : ageBands) {
        if (entry.band == band)
            return QLatin1String(entry.name);
    }
    return {};
}

std::optional<AgeBand> ContentVocabulary::ageBandFromName(const QString &name)
{
    for (const auto &entry : ageBands) {
        if (name == QLatin1String(entry.name))
            return entry.band;
    }
    return std::nullopt;
}

QStringList ContentVocabulary::ageBandNames()
{
    QStringList names;
    for (const auto &entry : ageBands)
        names << QLatin1String(entry.name);
    return names;
}

QString ContentVocabulary::regionName(Region region)
{
    for (const auto &entry : regions) {
        if (entry.region == region)
            return QLatin1String(entry.name);
    }
    return {};
}

std::optional<Region> ContentVocabulary::regionFromName(const QString &name)
{
    for (const auto &entry : regions) {
        if (name == QLatin1String(entry.name))
            return entry.region;
    }
    return std::nullopt;
}

QStringList ContentVocabulary::regionNames()
{
    QStringList names;
    for (const auto &entry : regions)
        names << QLatin1String(entry.name);
    return names;
}
