// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"

#include <QList>
#include <QString>

// The questions a deployment still has for the services: every fact flagged needsConfirming,
// on a service or one of its channels, with its note, for the review pack's list and its count.
class OpenQuestions
{
public:
    struct Question
    {
        QString serviceId;
        QString service; // its English name
        QString channel; // the channel's English label; empty for the service as a whole
        QString note;    // which fact, and why (the content's needsConfirmingNote)
    };

    // In content order; a channel's note that only repeats its service's is left out.
    static QList<Question> of(const Content &content);
};
