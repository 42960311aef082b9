// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/platform/InstalledFonts.h"

#include "core/content/Content.h"
#include "core/content/VisitorTexts.h"
#include "core/languages/CompiledTranslations.h"
#include "core/languages/LanguageCatalogue.h"
#include "core/loading/ContentLoader.h"
#include "core/startup/Configuration.h"
#include "ui/public/Theme.h"

#include <QFont>
#include <QFontMetrics>

GlyphGuard::CanDraw InstalledFonts::canDraw(const QString &language)
{
    QFont font;
    font.setFamilies(Theme::fontFamilyList(language));
    return [metrics = QFontMetrics(font)](char32_t character) {
        return metrics.inFontUcs4(character);
    };
}

GlyphGuard InstalledFonts::check(const Content &content, const QStringList &languages)
{
    GlyphGuard guard;
    for (const QString &language : languages) {
        const QStringList translations =
            language == QLatin1String("en")
                ? QStringList()
                : CompiledTranslations::textsOfFile(
                      QStringLiteral(":/i18n/signpost_%1.qm").arg(language));
        guard.check(language, VisitorTexts::of(content, language, translations), canDraw(language));
    }
    return guard;
}

void InstalledFonts::report(const QString &path, const Configuration &configuration,
                            const QDate &today, QTextStream &out)
{
    const ContentLoader::Result loaded = ContentLoader::loadFile(path, today);
    if (!loaded.content)
        return;
    QStringList languages = LanguageCatalogue::offered(configuration.enabledLanguages(),
                                                       loaded.content->metadata.locales);
    const QString start = configuration.defaultLanguage();
    if (!start.isEmpty() && !languages.contains(start))
        languages << start;
    const GlyphGuard guard = check(*loaded.content, languages);
    for (const QString &warning : guard.warnings(start))
        out << QStringLiteral("fonts: warning: %1").arg(warning) << '\n';
    out << guard.summary() << '\n';
    out.flush();
}
