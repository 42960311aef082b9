// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/ChannelText.h"

namespace ChannelText {

bool isWebAddress(const Channel &channel)
{
    return channel.value.startsWith(QLatin1String("https://"));
}

bool isNumber(const Channel &channel)
{
    if (isWebAddress(channel))
        return false;
    switch (channel.type) {
    case ChannelType::Phone:
    case ChannelType::Textphone:
    case ChannelType::Text:
    case ChannelType::VideoRelay:
        return true;
    case ChannelType::Chat:
    case ChannelType::Email:
    case ChannelType::Web:
        return false;
    }
    return false;
}

QString displayValue(const Channel &channel)
{
    QString value = channel.value;
    if (!isWebAddress(channel))
        return value;
    value.remove(0, int(qstrlen("https://")));
    if (value.startsWith(QLatin1String("www.")))
        value.remove(0, 4);
    if (value.endsWith(QLatin1Char('/')))
        value.chop(1);
    return value;
}

} // namespace ChannelText
