// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"

#include <QString>

// How a channel's value is shown to a visitor: a number exactly as dialled, an address without
// "https://" so it is easy to read out and type.
namespace ChannelText {

QString displayValue(const Channel &channel);
bool isWebAddress(const Channel &channel); // https: a QR code can carry it
bool isNumber(const Channel &channel);     // dialled or texted rather than visited

} // namespace ChannelText
