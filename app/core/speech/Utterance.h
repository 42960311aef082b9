// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// One thing to say aloud: the words, and the language whose voice must say them (never another
// language's voice: a language with no voice is not spoken at all).
struct Utterance
{
    QString text;
    QString language;

    friend bool operator==(const Utterance &, const Utterance &) = default;
};

using Utterances = QList<Utterance>;
