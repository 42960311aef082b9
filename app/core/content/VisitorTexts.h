// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"

#include <QStringList>

// Every string a visitor can see in one language: the language's own name in the language list,
// Signpost's translated words, and the content's texts in that language (with the English a
// missing translation falls back to), numbers and addresses included.
class VisitorTexts
{
public:
    static QStringList of(const Content &content, const QString &language,
                          const QStringList &translations);
};
