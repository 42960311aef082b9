// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/review/ReviewSentence.h"
#include "core/review/ReviewSheet.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

// Writes a returned review sheet back into a content file: exactly the approved rows' texts,
// nothing else, and the language out of localesNeedingReview only when every sentence of the
// language was approved. A sheet whose English no longer matches the content is refused whole,
// naming each stale row, so a translation is never approved against words that have changed.
class ReviewApplier
{
public:
    struct Result
    {
        QByteArray json;        // the content with the review applied; empty when refused
        QString error;          // why the sheet was refused as a whole (not a stale row)
        QStringList stale;      // ids whose English changed since the sheet was made
        QStringList unknown;    // ids this content does not have
        QStringList changed;    // ids whose translation was written
        QStringList appChanges; // approved new wording of Signpost's own words: see the .ts file
        int rows = 0;
        int approved = 0;
        int notApproved = 0; // sentences of the language this sheet leaves unapproved or out
        bool languageCleared = false;
        bool neededReview = false; // the language was in localesNeedingReview before

        bool refused() const { return !error.isEmpty() || !stale.isEmpty() || !unknown.isEmpty(); }
    };

    // `current` are the content's sentences now, with `sheet.language`'s translations
    // (ReviewSentences::collect); `contentJson` is the content file's text.
    static Result apply(const QByteArray &contentJson, const ReviewSheet::Parsed &sheet,
                        const QList<ReviewSentence> &current);
    // The JSON pointer of a content sentence's text object, in `contentJson`; empty if none.
    static QString pointerOf(const QString &id, const QByteArray &contentJson);
};
