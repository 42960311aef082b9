// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"

#include <QDate>
#include <QString>
#include <QTextStream>

// The headless Open Referral UK commands: --export-oruk writes a Content's services (national
// and whatever is merged into it) as HSDS 3.0, --import-oruk turns HSDS services into a local
// pack draft. Offline: they read and write only the files named.
class OrukCommands
{
public:
    // Writes `content`'s services to `outPath` as an HSDS 3.0 API page; 0 written, 1 not.
    static int exportServices(const Content &content, const QString &outPath, QTextStream &out,
                              QTextStream &err);
    // Reads HSDS services from `inPath` and writes the draft to `draftPath`; 0 written, 1 the
    // input is not HSDS services or the draft could not be written.
    static int importDraft(const QString &inPath, const QString &draftPath, const QDate &today,
                           QTextStream &out, QTextStream &err);
};
