// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// A language whose letters the installed fonts cannot draw shows visitors empty boxes, which is
// worse than English: such a language is never offered, and a default language that cannot be
// drawn gives way to English. The screen side says which characters can be drawn (through the
// theme's font list); this class decides, and says why in one sentence for staff and IT.
class GlyphGuard
{
    Q_DECLARE_TR_FUNCTIONS(GlyphGuard)

public:
    using CanDraw = std::function<bool(char32_t)>;

    // Checks every string a visitor can see in `language`, asking `canDraw` once for each
    // distinct character (spaces and invisible formatting marks are not drawn, so not asked).
    void check(const QString &language, const QStringList &texts, const CanDraw &canDraw);

    // True for a language that was checked and has no character missing, and for English
    // (the language of last resort); false for a language not checked.
    bool canDraw(const QString &language) const;
    // `languages` without those that cannot be drawn, in their order.
    QStringList drawable(const QStringList &languages) const;
    // The language visits start in: `configured` when it can be drawn (or is empty), else English.
    QString startLanguage(const QString &configured) const;
    // The characters of `language` no installed font has, in the order first met.
    QList<char32_t> missing(const QString &language) const;

    // One sentence per checked language that cannot be drawn, and one when `start` gives way to
    // English: "Punjabi is switched on, but no installed font has Gurmukhi letters (install
    // fonts-noto-core), so visitors are not offered it."
    QStringList warnings(const QString &start = {}) const;
    // For --validate: that every checked language can be drawn, naming them, or how many cannot.
    QString summary() const;

private:
    struct Finding
    {
        QString language;
        QList<char32_t> used;
        QList<char32_t> missing;
    };
    const Finding *finding(const QString &language) const;
    static QString explain(const Finding &finding);

    QList<Finding> m_findings;
};
