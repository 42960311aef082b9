// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"

#include <QStringList>

#include <optional>

// The words the content file uses for channel types, confidentiality and weekdays, in one place
// so the reader, the schema and --list-services agree.
class ContentVocabulary
{
public:
    static QString channelTypeName(ChannelType type);
    static std::optional<ChannelType> channelTypeFromName(const QString &name);
    static QStringList channelTypeNames();
    // Channels whose value is dialled or texted (checked as numbers).
    static bool isNumber(ChannelType type);

    static QString confidentialityName(Confidentiality confidentiality);
    static std::optional<Confidentiality> confidentialityFromName(const QString &name);
    static QStringList confidentialityNames();

    // An answer's ageBand: "under-18", "18-or-over", "unknown" (NotAsked has no name).
    static QString ageBandName(AgeBand band);
    static std::optional<AgeBand> ageBandFromName(const QString &name);
    static QStringList ageBandNames();

    // "england", "wales", "scotland", "northern-ireland": in content files and the configuration.
    static QString regionName(Region region);
    static std::optional<Region> regionFromName(const QString &name);
    static QStringList regionNames();

    // iCalendar/Open Referral BYDAY codes: "MO" … "SU".
    static QString weekdayCode(Qt::DayOfWeek day);
    static std::optional<Qt::DayOfWeek> weekdayFromCode(QStringView code);
};
