// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// The languages a visitor can switch to: each named in its own language (so a person finds
// theirs without reading English), which way each is written, and which of them a kiosk offers.
class LanguageCatalogue
{
public:
    // The languages Signpost's own screens are translated into (translations/), English first.
    static QStringList translatedLanguages();
    // "Cymraeg", "Polski", "العربية"...; for a code Signpost does not know, Qt's own name for
    // it, else the code itself.
    static QString nativeName(const QString &code);
    // Arabic and Urdu (and any other language Qt knows is written right to left).
    static bool isRightToLeft(const QString &code);
    // What the language button offers: the configured languages (enabled_languages, in their
    // order) that the content provides. No configuration: every language of the content.
    // English is always there, so a visitor can get back to the content's full text.
    static QStringList offered(const QStringList &enabled, const QStringList &contentLocales);
};
