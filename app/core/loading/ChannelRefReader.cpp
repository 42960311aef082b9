// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/ChannelRefReader.h"

namespace ChannelRefReader {

std::optional<ChannelRef> read(JsonFieldReader &reader, const QJsonValue &value,
                               const JsonPointer &at)
{
    using Need = JsonFieldReader::Need;
    const std::optional<QJsonObject> object = reader.objectValue(value, at);
    if (!object)
        return std::nullopt;
    reader.warnUnknownFields(*object, at, {"service", "channel"});
    const QString service = QStringLiteral("service");
    const QString channel = QStringLiteral("channel");
    const auto serviceId = reader.string(*object, service, at / service, Need::Required);
    const auto channelId = reader.string(*object, channel, at / channel, Need::Required);
    if (!serviceId || !channelId)
        return std::nullopt;
    return ChannelRef{*serviceId, *channelId};
}

} // namespace ChannelRefReader
