// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"
#include "core/loading/ContentIssue.h"
#include "core/packs/LocalPackState.h"

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

// The content Signpost runs with, and how it came to be chosen (shown to staff, never the public).
struct ActiveContent
{
    Content content;
    QString source; // the file used, or builtInPath()
    bool builtIn = true;
    bool fromPack = false;      // a signed pack from the content store
    bool fellBack = false;      // a configured file failed and the built-in content is used
    QList<ContentIssue> issues; // the configured file's problems (or the built-in's warnings)
    LocalPackState local;       // the installed local overlay pack, laid over `content` or not
};

// Uses `configuredPath` when it validates, else the built-in content; empty path = built-in.
ActiveContent chooseContent(const QString &configuredPath, const QDate &today);
