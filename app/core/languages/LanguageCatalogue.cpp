// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/languages/LanguageCatalogue.h"

#include <QLocale>

namespace {

struct KnownLanguage
{
    const char *code;
    const char16_t *name; // in the language itself, capitalised as it would start a line
};

// Qt's own names are lower case for Polish and Romanian ("polski"); a button starts with a
// capital in both languages, so the names Signpost translates into are written out here.
constexpr KnownLanguage knownLanguages[] = {
    {"en", u"English"}, {"cy", u"Cymraeg"}, {"pl", u"Polski"},  {"ro", u"Română"},
    {"ur", u"اردو"},    {"pa", u"ਪੰਜਾਬੀ"},   {"ar", u"العربية"},
};

} // namespace

QStringList LanguageCatalogue::translatedLanguages()
{
    QStringList codes;
    for (const KnownLanguage &language : knownLanguages)
        codes << QLatin1String(language.code);
    return codes;
}

QString LanguageCatalogue::nativeName(const QString &code)
{
    for (const KnownLanguage &language : knownLanguages) {
        if (code == QLatin1String(language.code))
            return QString::fromUtf16(language.name);
    }
    const QLocale locale(code);
    if (locale.language() == QLocale::C)
        return code;
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return code;
    name[0] = name.at(0).toUpper();
    return name;
}

bool LanguageCatalogue::isRightToLeft(const QString &code)
{
    if (code == QLatin1String("ar") || code == QLatin1String("ur"))
        return true;
    const QLocale locale(code);
    return locale.language() != QLocale::C && locale.textDirection() == Qt::RightToLeft;
}

QStringList LanguageCatalogue::offered(const QStringList &enabled,
                                       const QStringList &contentLocales)
{
    QStringList result;
    for (const QString &code : enabled.isEmpty() ? contentLocales : enabled) {
        if (contentLocales.contains(code) && !result.contains(code))
            result << code;
    }
    if (!result.contains(QLatin1String("en")))
        result.prepend(QStringLiteral("en"));
    return result;
}
