// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

// A visitor-facing text in several languages (locale code → text), falling back to English.
class LocalizedText
{
public:
    LocalizedText() = default;
    explicit LocalizedText(const QString &english);

    void setText(const QString &locale, const QString &text);
    // The text for locale ("cy", "pa"), else its language part ("pt-BR" → "pt"), else English,
    // else the first text there is; empty only when there is no text at all.
    QString text(const QString &locale) const;
    bool hasLocale(const QString &locale) const;
    QStringList locales() const;
    bool isEmpty() const;

    friend bool operator==(const LocalizedText &, const LocalizedText &) = default;

private:
    QMap<QString, QString> m_texts;
};
