// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/ChannelLabel.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ChannelLabel {

bool isGeneric(const Service &service, const Channel &channel)
{
    // Words that name a kind of channel and nothing more.
    static const QSet<QString> kindWords{
        QStringLiteral("call"),    QStringLiteral("helpline"),  QStringLiteral("line"),
        QStringLiteral("support"), QStringLiteral("live"),      QStringLiteral("chat"),
        QStringLiteral("text"),    QStringLiteral("textphone"), QStringLiteral("email"),
        QStringLiteral("phone"),   QStringLiteral("website"),
    };
    static const QRegularExpression separators(QStringLiteral("[^\\w-]+"));
    const auto words = [](const QString &text) {
        const QStringList list = text.toCaseFolded().split(separators, Qt::SkipEmptyParts);
        return QSet<QString>(list.cbegin(), list.cend());
    };
    const QString english = channel.label.text(QStringLiteral("en"));
    if (english.trimmed().isEmpty())
        return true;
    const QSet<QString> said = words(service.name.text(QStringLiteral("en"))) + kindWords;
    const QSet<QString> label = words(english);
    return std::all_of(label.cbegin(), label.cend(),
                       [&said](const QString &word) { return said.contains(word); });
}

} // namespace ChannelLabel
