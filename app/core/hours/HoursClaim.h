// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"

#include <QDate>
#include <QString>

// What the public screens may claim about when a channel answers. Hours flagged
// needsConfirming (on the channel or its service) were seen only in old or secondary sources,
// and no service's source says whether it answers on bank holidays: in both cases a visitor gets
// a neutral line instead of "Open now" or "Closed now", and staff still see the stated hours.
class HoursClaim
{
public:
    // True when the channel's stated hours may be shown as fact: neither the channel nor its
    // service is flagged needsConfirming.
    static bool isConfirmed(const Service &service, const Channel &channel);
    // True when `ukDate` is a UK bank holiday in the content that the channel's weekly hours do
    // not name as closed (closedDates): its source does not say whether it answers that day.
    static bool isSilentOn(const Content &content, const Channel &channel, const QDate &ukDate);
    // "Opening times: check when you call", for hours that may not be shown as fact.
    static QString neutralText(const Channel &channel);
};
