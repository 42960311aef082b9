// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/speech/ContentSpeech.h"

#include "core/speech/SpokenNumber.h"

Utterance ContentSpeech::of(const LocalizedText &text, const QString &language)
{
    return {SpokenNumber::inText(withoutDirectionMarks(text.text(language))),
            shownLanguage(text, language)};
}

QString ContentSpeech::withoutDirectionMarks(QString text)
{
    text.removeIf([](QChar c) {
        const char16_t u = c.unicode();
        return u == 0x200E || u == 0x200F || u == 0x061C || (u >= 0x202A && u <= 0x202E) ||
               (u >= 0x2066 && u <= 0x2069);
    });
    return text;
}

QString ContentSpeech::shownLanguage(const LocalizedText &text, const QString &language)
{
    if (text.hasLocale(language))
        return language;
    const QString base = language.section(QLatin1Char('-'), 0, 0);
    if (text.hasLocale(base))
        return base;
    return QStringLiteral("en");
}
