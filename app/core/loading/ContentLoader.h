// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"
#include "core/loading/ContentIssue.h"

#include <QByteArray>
#include <QDate>

#include <optional>

// Reads and validates content; a file with any error gives no content at all, never a partial set.
class ContentLoader
{
public:
    struct Result
    {
        std::optional<Content> content; // set only when there is no error
        QList<ContentIssue> issues;     // errors and warnings, in file order
    };

    // `today` decides the "review date passed" warning; tests pass a fixed date.
    static Result loadFile(const QString &path, const QDate &today);
    static Result loadBytes(const QByteArray &bytes, const QString &fileName, const QDate &today);

    static QString builtInPath(); // the built-in UK content compiled into the binary
};
