// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/languages/GlyphGuard.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace {

constexpr int maximumCharactersNamed = 6;

bool isDrawn(char32_t character)
{
    switch (QChar::category(character)) {
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Control:
    case QChar::Other_Format: // bidirectional isolates, joiners
        return false;
    default:
        return true;
    }
}

QString englishName(const QString &language)
{
    const QLocale locale(language);
    return locale.language() == QLocale::C ? language
                                           : QLocale::languageToString(locale.language());
}

// The scripts staff are likely to meet, named as a font's description names them.
QString scriptName(QChar::Script script)
{
    switch (script) {
    case QChar::Script_Latin:
        return QStringLiteral("Latin");
    case QChar::Script_Greek:
        return QStringLiteral("Greek");
    case QChar::Script_Cyrillic:
        return QStringLiteral("Cyrillic");
    case QChar::Script_Hebrew:
        return QStringLiteral("Hebrew");
    case QChar::Script_Arabic:
        return QStringLiteral("Arabic");
    case QChar::Script_Devanagari:
        return QStringLiteral("Devanagari");
    case QChar::Script_Bengali:
        return QStringLiteral("Bengali");
    case QChar::Script_Gurmukhi:
        return QStringLiteral("Gurmukhi");
    case QChar::Script_Gujarati:
        return QStringLiteral("Gujarati");
    case QChar::Script_Tamil:
        return QStringLiteral("Tamil");
    case QChar::Script_Thai:
        return QStringLiteral("Thai");
    case QChar::Script_Ethiopic:
        return QStringLiteral("Ethiopic");
    case QChar::Script_Han:
        return QStringLiteral("Chinese");
    default:
        return {};
    }
}

QString characterList(const QList<char32_t> &characters)
{
    QStringList named;
    for (char32_t character :
         characters.first(std::min<qsizetype>(characters.size(), maximumCharactersNamed))) {
        named << QStringLiteral("%1 U+%2").arg(
            QString::fromUcs4(&character, 1),
            QString::number(uint(character), 16).toUpper().rightJustified(4, u'0'));
    }
    if (characters.size() > maximumCharactersNamed)
        named << QStringLiteral("…");
    return named.join(QStringLiteral(", "));
}

QString installHint()
{
#ifdef Q_OS_LINUX
    return GlyphGuard::tr("install fonts-noto-core");
#else
    return GlyphGuard::tr("install a font that has them");
#endif
}

} // namespace

void GlyphGuard::check(const QString &language, const QStringList &texts, const CanDraw &canDraw)
{
    Finding found{language, {}, {}};
    QSet<char32_t> seen;
    for (const QString &text : texts) {
        for (char32_t character : text.toUcs4()) {
            if (!isDrawn(character) || seen.contains(character))
                continue;
            seen.insert(character);
            found.used << character;
            if (!canDraw(character))
                found.missing << character;
        }
    }
    m_findings.removeIf([&language](const Finding &f) { return f.language == language; });
    m_findings << found;
}

const GlyphGuard::Finding *GlyphGuard::finding(const QString &language) const
{
    for (const Finding &f : m_findings) {
        if (f.language == language)
            return &f;
    }
    return nullptr;
}

bool GlyphGuard::canDraw(const QString &language) const
{
    if (language == QLatin1String("en"))
        return true;
    const Finding *f = finding(language);
    return f && f->missing.isEmpty();
}

QStringList GlyphGuard::drawable(const QStringList &languages) const
{
    QStringList result;
    for (const QString &language : languages) {
        if (canDraw(language))
            result << language;
    }
    return result;
}

QString GlyphGuard::startLanguage(const QString &configured) const
{
    return configured.isEmpty() || canDraw(configured) ? configured : QStringLiteral("en");
}

QList<char32_t> GlyphGuard::missing(const QString &language) const
{
    const Finding *f = finding(language);
    return f ? f->missing : QList<char32_t>{};
}

QString GlyphGuard::explain(const Finding &finding)
{
    const QString language = englishName(finding.language);
    // A script none of whose letters can be drawn is named: that is what to look for in a font.
    for (char32_t character : finding.missing) {
        const QChar::Script script = QChar::script(character);
        const QString name = scriptName(script);
        const bool wholeScript =
            !name.isEmpty() && std::all_of(finding.used.cbegin(), finding.used.cend(),
                                           [&finding, script](char32_t used) {
                                               return QChar::script(used) != script ||
                                                      finding.missing.contains(used);
                                           });
        if (wholeScript)
            return tr("%1 is switched on, but no installed font has %2 letters (%3), so visitors "
                      "are not offered it.")
                .arg(language, name, installHint());
    }
    return tr("%1 is switched on, but no installed font has %2 of the characters its screens "
              "use (%3; %4), so visitors are not offered it.")
        .arg(language)
        .arg(finding.missing.size())
        .arg(characterList(finding.missing), installHint());
}

QStringList GlyphGuard::warnings(const QString &start) const
{
    QStringList lines;
    for (const Finding &f : m_findings) {
        if (!f.missing.isEmpty() && f.language != QLatin1String("en"))
            lines << explain(f);
    }
    if (!start.isEmpty() && startLanguage(start) != start)
        lines << tr("The default language, %1, cannot be drawn with the installed fonts, so "
                    "every visit starts in English.")
                     .arg(englishName(start));
    return lines;
}

QString GlyphGuard::summary() const
{
    QStringList drawn;
    QStringList notDrawn;
    for (const Finding &f : m_findings)
        (canDraw(f.language) ? drawn : notDrawn) << f.language;
    if (notDrawn.isEmpty())
        return tr("fonts: every switched-on language can be drawn with the installed fonts (%1)")
            .arg(drawn.join(QStringLiteral(", ")));
    return tr("fonts: not every switched-on language can be drawn with the installed fonts: %1 "
              "cannot (not offered to visitors); %2 can")
        .arg(notDrawn.join(QStringLiteral(", ")), drawn.join(QStringLiteral(", ")));
}
