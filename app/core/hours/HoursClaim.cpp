// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hours/HoursClaim.h"

#include <QCoreApplication>

bool HoursClaim::isConfirmed(const Service &service, const Channel &channel)
{
    return !service.needsConfirming && !channel.needsConfirming;
}

bool HoursClaim::isSilentOn(const Content &content, const Channel &channel, const QDate &ukDate)
{
    return channel.hours.kind() == OpeningHours::Kind::Weekly &&
           !channel.hours.closedDates().contains(ukDate) && content.bankHolidays.contains(ukDate);
}

QString HoursClaim::neutralText(const Channel &channel)
{
    switch (channel.type) {
    case ChannelType::Phone:
    case ChannelType::Textphone:
    case ChannelType::VideoRelay:
        return QCoreApplication::translate("HoursClaim", "Opening times: check when you call");
    case ChannelType::Text:
    case ChannelType::Chat:
    case ChannelType::Email:
    case ChannelType::Web:
        break;
    }
    return QCoreApplication::translate("HoursClaim", "Opening times: check when you get in touch");
}
