// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

// One thing a visitor can read, as a reviewer signs it off: where they meet it, the English and
// each requested language's translation.
struct ReviewSentence
{
    enum class Origin
    {
        Content, // a text of the content file: --apply-review can write it back
        App,     // Signpost's own words (translations/*.ts, compiled into the binary)
        Literal, // a number or address: printed once, never translated
    };

    QString id;     // stable: "node/welcome/answer/2", "service/nspcc/channel/phone/label"
    QString screen; // the screen (or part of every screen) where a visitor meets it
    QString english;
    QMap<QString, QString> translations; // language → text; empty when the language has none
    Origin origin = Origin::Content;
};
