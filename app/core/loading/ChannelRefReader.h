// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"
#include "core/loading/JsonFieldReader.h"

#include <optional>

// Reads a reference to one channel of one service, {"service": "police", "channel": "999"}, as
// the emergency list and the pathways' outcomes both write it.
namespace ChannelRefReader {

// nullopt (after recording why) when malformed; whether it names a real channel is
// PathwayChecker's job.
std::optional<ChannelRef> read(JsonFieldReader &reader, const JsonValue &value,
                               const JsonPointer &at);

} // namespace ChannelRefReader
