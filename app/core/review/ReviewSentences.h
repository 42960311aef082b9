// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"
#include "core/languages/CompiledTranslations.h"
#include "core/review/ReviewSentence.h"

#include <QList>
#include <QMap>
#include <QStringList>

// Every sentence a visitor can see, grouped by screen in the order a visitor meets them: the
// content's texts and Signpost's own words, for the review pack and the review sheet.
class ReviewSentences
{
public:
    using Catalogues = QMap<QString, QList<CompiledTranslations::Message>>; // language → messages

    // `languages` are the translations wanted beside the English ("en" is left out of them);
    // `catalogues` hold Signpost's own compiled words per language (any one gives the English).
    static QList<ReviewSentence> collect(const Content &content, const QStringList &languages,
                                         const Catalogues &catalogues);
    // The compiled catalogues built into this binary (:/i18n), for every language there is.
    static Catalogues builtInCatalogues();
    // The screens in the order collect() returns them, each once.
    static QStringList screens(const QList<ReviewSentence> &sentences);
};
