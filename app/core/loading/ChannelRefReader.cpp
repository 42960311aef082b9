// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/ChannelRefReader.h"

namespace ChannelRefReader {

std::optional<ChannelRef> read(JsonFieldReader &reader, const JsonValue &value,
                               const JsonPointer &at)
{
    using Need = JsonFieldReader::Need;
    const std::optional<JsonFields> fields = reader.objectFields(value, at, {"service", "channel"});
    if (!fields)
        return std::nullopt;
    const auto serviceId = reader.string(*fields, QStringLiteral("service"), Need::Required);
    const auto channelId = reader.string(*fields, QStringLiteral("channel"), Need::Required);
    if (!serviceId || !channelId)
        return std::nullopt;
    return ChannelRef{*serviceId, *channelId};
}

} // namespace ChannelRefReader
