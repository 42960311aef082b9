// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/JsonPointer.h"

#include <QList>

JsonPointer::JsonPointer(const QString &text)
    : m_last(text.isEmpty() ? nullptr : std::make_shared<const Step>(Step{nullptr, text, -1, true}))
{}

JsonPointer::JsonPointer(std::shared_ptr<const Step> last)
    : m_last(std::move(last))
{}

JsonPointer JsonPointer::operator/(const QString &key) const
{
    return JsonPointer(std::make_shared<const Step>(Step{m_last, key, -1, false}));
}

JsonPointer JsonPointer::operator/(qsizetype index) const
{
    return JsonPointer(std::make_shared<const Step>(Step{m_last, QString(), index, false}));
}

QString JsonPointer::toString() const
{
    QList<const Step *> steps;
    for (const Step *step = m_last.get(); step; step = step->parent.get())
        steps.prepend(step);
    QString text;
    for (const Step *step : std::as_const(steps)) {
        if (step->index >= 0) {
            text += QLatin1Char('/') + QString::number(step->index);
        } else if (step->verbatim) {
            text += step->key;
        } else if (!step->key.contains(QLatin1Char('~')) && !step->key.contains(QLatin1Char('/'))) {
            text += QLatin1Char('/') + step->key; // most keys need no escaping
        } else {
            QString escaped = step->key;
            // RFC 6901: '~' first, so the '~' that escapes '/' is not itself escaped again.
            escaped.replace(QLatin1Char('~'), QLatin1String("~0"));
            escaped.replace(QLatin1Char('/'), QLatin1String("~1"));
            text += QLatin1Char('/') + escaped;
        }
    }
    return text;
}
