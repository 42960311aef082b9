// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/JsonPointer.h"

JsonPointer::JsonPointer(const QString &text)
    : m_text(text)
{}

JsonPointer JsonPointer::operator/(const QString &key) const
{
    if (!key.contains(QLatin1Char('~')) && !key.contains(QLatin1Char('/')))
        return JsonPointer(m_text + QLatin1Char('/') + key); // most keys need no escaping
    QString escaped = key;
    // RFC 6901: '~' first, so the '~' that escapes '/' is not itself escaped again.
    escaped.replace(QLatin1Char('~'), QLatin1String("~0"));
    escaped.replace(QLatin1Char('/'), QLatin1String("~1"));
    return JsonPointer(m_text + QLatin1Char('/') + escaped);
}

JsonPointer JsonPointer::operator/(qsizetype index) const
{
    return JsonPointer(m_text + QLatin1Char('/') + QString::number(index));
}
