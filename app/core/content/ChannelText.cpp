// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/ChannelText.h"

#include "core/content/ContentVocabulary.h"

namespace ChannelText {

bool isWebAddress(const Channel &channel)
{
    return channel.value.startsWith(QLatin1String("https://"));
}

bool isNumber(const Channel &channel)
{
    // The types are ContentVocabulary's one list; an https value is visited whatever its type.
    return !isWebAddress(channel) && ContentVocabulary::isNumber(channel.type);
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
