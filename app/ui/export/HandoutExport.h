// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"

#include <QStringList>

class QTextStream;

// --export-handout: writes take-away cards for the chosen services (all when none are named)
// to a PDF with no window, for staff who prepare cards in advance or from a script.
namespace HandoutExport {

// Cards from `content` (chosen by ActiveContent's rule, as a kiosk would).
// Exit codes: 0 written, 1 could not write, 2 an unknown service id (named in `err`).
int run(const QString &outputPath, const QStringList &serviceIds, const Content &content,
        const QString &language, QTextStream &out, QTextStream &err);

} // namespace HandoutExport
