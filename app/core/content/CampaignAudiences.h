// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"

#include <QList>

// The three audiences the campaign speaks to between visits (the attract screen), each with the
// number to call from the content: people worried about their own thoughts or behaviour, children
// and young people who are being hurt or need to talk, and anyone worried about a child.
class CampaignAudiences
{
public:
    enum class Audience
    {
        OwnThoughts,        // content audience "self"
        YoungPerson,        // "young-person"
        WorriedAboutAChild, // "child"
    };

    struct Entry
    {
        Audience audience;
        ChannelRef phone; // the service's first phone line
    };

    // In that order; for each, the first service in the content that lists the audience and has a
    // phone line (UK-wide services before a nation's own), a different service for each (so
    // "child" is not Stop It Now! again once it speaks to people worried about their own
    // thoughts). An audience no service serves by phone is left out, never filled with a guess.
    static QList<Entry> of(const Content &content);
    static QString audienceWord(Audience audience); // the content's word: "self", ...
};
