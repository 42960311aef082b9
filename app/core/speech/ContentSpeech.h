// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/LocalizedText.h"
#include "core/speech/Utterance.h"

// A content text (a question, an answer, a service's words) as an utterance in the language it
// is actually written in: when the content has no translation and the screen shows English, the
// English voice reads it, never the visit language's voice.
class ContentSpeech
{
public:
    static Utterance of(const LocalizedText &text, const QString &language);
    // `text` without the invisible marks that keep a name's direction in Arabic and Urdu
    // (isolates, embeddings, LRM/RLM): nothing for a voice to read.
    static QString withoutDirectionMarks(QString text);
    // The language `text` is shown in for `language`: itself, its base ("pt" for "pt-BR"), else
    // English.
    static QString shownLanguage(const LocalizedText &text, const QString &language);
};
