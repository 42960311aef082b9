// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"
#include "core/speech/Utterance.h"
#include "core/visit/VisitModel.h"

#include <QDateTime>

// What a voice says for the screen a visitor is on, in reading order, decided from the visit
// alone (no widget): the heading, the question or outcome, then every choice with its place
// ("1 of 5"); on an outcome every way in as its card shows it (ChannelSpeech); on the welcome
// screen the emergency line too. Each utterance carries the language it is in. Signpost's own
// words come from tr() with the installed translation, as on screen.
class ScreenSpeech
{
public:
    // The screen `visit` is on, with opening times as at `now`.
    static Utterances of(const VisitModel &visit, const QDateTime &now);
    static Utterances of(const Content &content, VisitModel::Screen screen, const PathwayNode *node,
                         const QString &language, const QDateTime &now);

    static Utterances welcome(const Content &content, const PathwayNode &start,
                              const QString &language);
    static Utterances question(const PathwayNode &question, const QString &language);
    static Utterances outcome(const Content &content, const PathwayNode &outcome,
                              const QString &language, const QDateTime &now);
    static Utterances privacy(const QString &language);
    // The first campaign message, how to start, and how to turn reading aloud on.
    static Utterances attract(const Content &content, const QString &language);
    // The emergency strip: "Is someone in danger now?", then each emergency way in.
    static Utterances emergency(const Content &content, const QString &language);
    // Every answer of `node` with its place in the list.
    static Utterances choices(const PathwayNode &node, const QString &language);
};
