// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"

// Whether a channel's own label only repeats what its service's name and its kind (a call, a
// live chat, a text…) already say, so a card can name the service once: "NSPCC Helpline — Call"
// rather than "NSPCC Helpline — Helpline", but "Police — Non-emergency: 101" and "Stop It Now! —
// From Ireland", where the label says more. Decided on the English label, so every language
// shows the same parts.
namespace ChannelLabel {

bool isGeneric(const Service &service, const Channel &channel);

} // namespace ChannelLabel
