// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"
#include "core/review/ReviewSentences.h"

#include <QDate>
#include <QString>
#include <QTextStream>

// --review-sheet and --apply-review, writing to streams so they run with no display and are
// tested without a process. Exit status: 0 done; 1 refused (a stale or unknown row, content or
// sheet not readable, the result would not validate); 2 the command line is incomplete.
namespace ReviewCommands {

// The sentences of `content` with `language`'s translations as a CSV review sheet at `path`.
int writeSheet(const Content &content, const QString &language, const QString &path,
               const ReviewSentences::Catalogues &catalogues, QTextStream &out, QTextStream &err);

// Reads the sheet at `sheetPath`, applies it to the content file `contentPath` (":/…" for the
// built-in content) and writes the result to `outputPath`, never over the content file itself.
int applyReview(const QString &sheetPath, const QString &contentPath, const QString &outputPath,
                const QDate &today, const ReviewSentences::Catalogues &catalogues, QTextStream &out,
                QTextStream &err);

} // namespace ReviewCommands
