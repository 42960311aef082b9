// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/LocalizedText.h"

LocalizedText::LocalizedText(const QString &english)
{
    setText(QStringLiteral("en"), english);
}

void LocalizedText::setText(const QString &locale, const QString &text)
{
    m_texts.insert(locale, text);
}

QString LocalizedText::text(const QString &locale) const
{
    if (const auto it = m_texts.constFind(locale); it != m_texts.cend())
        return *it;
    const QString language = locale.section(QLatin1Char('-'), 0, 0);
    if (const auto it = m_texts.constFind(language); it != m_texts.cend())
        return *it;
    if (const auto it = m_texts.constFind(QStringLiteral("en")); it != m_texts.cend())
        return *it;
    return m_texts.isEmpty() ? QString() : m_texts.first();
}

bool LocalizedText::hasLocale(const QString &locale) const
{
    return m_texts.contains(locale);
}

QStringList LocalizedText::locales() const
{
    return m_texts.keys();
}

bool LocalizedText::isEmpty() const
{
    return m_texts.isEmpty();
}
