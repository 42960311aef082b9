// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"
#include "core/loading/ContentIssue.h"
#include "core/packs/LocalPack.h"

#include <QByteArray>
#include <QDate>

#include <optional>

// A local pack checked against the national content it will sit on: read on its own
// (LocalPackReader), then laid over the national content (LocalOverlay). The one check that
// --validate --with-local, --verify-pack, --install-pack and every kiosk start share.
class LocalPackValidation
{
public:
    struct Result
    {
        std::optional<LocalPack> pack; // set only when valid
        std::optional<Content> merged; // the national content with the pack laid over it
        QList<ContentIssue> issues;    // the pack's own problems, then how it fits
    };

    static Result checkBytes(const QByteArray &bytes, const QString &fileName,
                             const Content &national, const QDate &today);
    static Result checkFile(const QString &path, const Content &national, const QDate &today);
};
