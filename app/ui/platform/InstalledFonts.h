// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/languages/GlyphGuard.h"

#include <QDate>
#include <QTextStream>

class Configuration;
class Content;

// The glyph guard's screen side: which characters the installed fonts can draw, asked through the
// same font list the theme gives each language (and Qt's fallback to any other installed font,
// as on screen). Needs a QGuiApplication.
class InstalledFonts
{
public:
    // Can a character be drawn in `language`'s text?
    static GlyphGuard::CanDraw canDraw(const QString &language);
    // Checks every string a visitor can see in each of `languages`: its own name, Signpost's
    // translations (the compiled catalogue in the binary) and `content`'s texts.
    static GlyphGuard check(const Content &content, const QStringList &languages);
    // --validate's last lines: for the content file at `path`, the languages `configuration`
    // switches on that cannot be drawn (and why), then a summary line. Nothing for a file that
    // does not load.
    static void report(const QString &path, const Configuration &configuration, const QDate &today,
                       QTextStream &out);
};
