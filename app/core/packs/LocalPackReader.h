// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/loading/ContentIssue.h"
#include "core/packs/LocalPack.h"

#include <QByteArray>
#include <QDate>

#include <optional>

// Reads a local overlay pack's content.json on its own: its metadata, its services (with the
// built-in content's rules: eligibility, sources, hours, numbers), its attachments and "Help
// near here" outcomes. Whether it fits the national content is LocalOverlay's job.
class LocalPackReader
{
public:
    struct Result
    {
        std::optional<LocalPack> pack; // set only when there is no error
        QList<ContentIssue> issues;
    };

    static Result readBytes(const QByteArray &bytes, const QString &fileName, const QDate &today);
    static Result readFile(const QString &path, const QDate &today);
};
