// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/ChannelValueRule.h"

#include "core/content/ContentVocabulary.h"
#include "core/loading/PhoneNumberRule.h"
#include "core/loading/TextPatterns.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace {

std::optional<QString> httpsProblem(const QString &value)
{
    // Most addresses are plain: accepted without QUrl's parse (a tenth of a service's reading).
    if (TextPatterns::isPlainHttpsAddress(value))
        return std::nullopt;
    const QUrl url(value, QUrl::StrictMode);
    if (url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty() &&
        !value.contains(QLatin1Char(' ')))
        return std::nullopt;
    if (value.startsWith(QLatin1String("http://")))
        return ChannelValueRule::tr("'%1' must start with https:// (plain http is refused)")
            .arg(value);
    return ChannelValueRule::tr(
               "'%1' is not an https:// address such as https://www.example.org.uk/help")
        .arg(value);
}

std::optional<QString> emailProblem(const QString &value)
{
    static const QRegularExpression address(
        QStringLiteral("^[^@\\s:/]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}\\z"));
    if (address.match(value).hasMatch())
        return std::nullopt;
    return ChannelValueRule::tr(
               "'%1' is not an email address such as help@example.org (no mailto:, no spaces)")
        .arg(value);
}

} // namespace

std::optional<QString> ChannelValueRule::problem(ChannelType type, bool international,
                                                 const QString &value)
{
    if (ContentVocabulary::isNumber(type)) {
        return international ? PhoneNumberRule::internationalProblem(value)
                             : PhoneNumberRule::ukDialableProblem(value);
    }
    if (type == ChannelType::Email)
        return emailProblem(value);
    return httpsProblem(value);
}
