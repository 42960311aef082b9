// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/speech/SpokenNumber.h"

#include <QRegularExpression>
#include <QStringList>

namespace {

QString spaced(const QString &group)
{
    QStringList characters;
    for (const QChar c : group)
        characters << QString(c);
    return characters.join(QLatin1Char(' '));
}

} // namespace

QString SpokenNumber::digits(const QString &shown)
{
    QStringList groups;
    for (const QString &group : shown.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        groups << spaced(group);
    // A comma is a short pause in every eSpeak voice, so the groups are heard as groups.
    return groups.join(QStringLiteral(", "));
}

QString SpokenNumber::inText(const QString &text)
{
    // A run of digit groups joined by single spaces ("0808 1000 900"), or one long number.
    static const QRegularExpression number(QStringLiteral("(?<![\\d:.])\\d+(?: \\d+)*(?![\\d:])"));
    QString result;
    qsizetype from = 0;
    auto matches = number.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const QString found = match.captured(0);
        QString digitsOnly = found;
        digitsOnly.remove(QLatin1Char(' '));
        result += text.mid(from, match.capturedStart(0) - from);
        result += digitsOnly.size() >= 3 ? digits(found) : found;
        from = match.capturedEnd(0);
    }
    result += text.mid(from);
    return result;
}
