// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/hours/ChannelAvailability.h"
#include "core/speech/Utterance.h"

// What a voice says for one way in on the outcome screen, in the order its card shows it: the
// service and channel, the number digit by digit (twice for the primary, so it can be dialled),
// how to use it, open or closed, the cost, what happens when you call and what they do with what
// you tell them (primary only, as on screen), and what the QR code opens.
class ChannelSpeech
{
public:
    enum class Prominence
    {
        Primary,
        Alternative,
    };

    static Utterances of(const ChannelAvailability &availability, Prominence prominence,
                         const QString &language);
    // The card's words as the screen has them (ChannelCard): shared, so speech never drifts.
    static QString cardName(const Service &service, const Channel &channel,
                            const QString &language);
    static QString confidentiality(const Service &service, const QString &language);
    // Whether the value is a number (read digit by digit) or an address (read as written).
    static bool isNumber(const Channel &channel);
    // The address as the card shows it: no "https://", no "www.", no trailing slash.
    static QString shownAddress(const Channel &channel);
};
