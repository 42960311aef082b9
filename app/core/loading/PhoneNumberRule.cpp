// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/PhoneNumberRule.h"

#include "core/loading/TextPatterns.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace {

bool isDigitGroups(const QString &value)
{
    static const QRegularExpression groups(QStringLiteral("^[0-9]+( [0-9]+)*\\z"));
    return TextPatterns::isDigitGroups(value) || groups.match(value).hasMatch();
}

qsizetype digitCount(const QString &value)
{
    return value.size() - value.count(QLatin1Char(' '));
}

} // namespace

std::optional<QString> PhoneNumberRule::ukDialableProblem(const QString &value)
{
    if (value.isEmpty())
        return tr("the number is empty");
    if (value.startsWith(QLatin1Char('+')))
        return tr("'%1' is in international form; write the number as it is dialled in the UK "
                  "(for example 0808 1000 900 or 116 123), or mark a number outside the UK "
                  "\"international\": true")
            .arg(value);
    if (!isDigitGroups(value))
        return tr("'%1' must be digits and single spaces only, exactly as dialled").arg(value);
    // Relay UK prefixes a number with 18001 (textphone) or 18002 (app): check what follows.
    const QStringView firstGroup = QStringView(value).left(value.indexOf(QLatin1Char(' ')));
    if ((firstGroup == QLatin1String("18001") || firstGroup == QLatin1String("18002")) &&
        firstGroup.size() < value.size()) {
        return ukDialableProblem(value.mid(firstGroup.size() + 1));
    }
    const qsizetype digits = digitCount(value);
    if (value.startsWith(QLatin1String("00")))
        return tr("'%1' starts with 00, the international prefix; write a UK number as dialled "
                  "in the UK, or an international number in +CC form with \"international\": true")
            .arg(value);
    if (value.startsWith(QLatin1Char('0')) && (digits < 8 || digits > 11))
        return tr("'%1' has %2 digits; a UK number starting with 0 has 8 to 11")
            .arg(value)
            .arg(digits);
    if (!value.startsWith(QLatin1Char('0')) && (digits < 3 || digits > 6))
        return tr("'%1' has %2 digits; a short number (999, 101, 116 123, 85258) has 3 to 6")
            .arg(value)
            .arg(digits);
    return std::nullopt;
}

std::optional<QString> PhoneNumberRule::internationalProblem(const QString &value)
{
    static const QRegularExpression international(QStringLiteral("^\\+[1-9][0-9]*( [0-9]+)+\\z"));
    if (!international.match(value).hasMatch())
        return tr("'%1' is not an international number: write +, the country code, then digits "
                  "and single spaces (for example +44 1372 847 161)")
            .arg(value);
    const qsizetype digits = digitCount(value) - 1;
    if (digits < 8 || digits > 15)
        return tr("'%1' has %2 digits; an international number has 8 to 15").arg(value).arg(digits);
    return std::nullopt;
}
