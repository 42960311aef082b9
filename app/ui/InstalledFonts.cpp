#include "InstalledFonts.h"

#include "CompiledTranslations.h"
#include "Configuration.h"
#include "Content.h"
#include "ContentLoader.h"
#include "LanguageCatalogue.h"
#include "Theme.h"
#include "VisitorTexts.h"

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
