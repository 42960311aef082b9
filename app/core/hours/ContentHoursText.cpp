// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hours/ContentHoursText.h"

#include "core/content/ContentVocabulary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QMap>
#include <QStringList>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ContentHoursText", text);
}

QString clock(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

// The days open at each (opens, closes) pair, in the order they first appear.
QList<std::pair<std::pair<int, int>, QList<int>>> groupByTimes(const OpeningHours &hours)
{
    QList<std::pair<std::pair<int, int>, QList<int>>> groups;
    for (const OpeningHours::Period &period : hours.periods()) {
        const std::pair<int, int> times{period.openMinute, period.closeMinute};
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&](const auto &group) { return group.first == times; });
        if (it == groups.end())
            groups.append({times, {period.day}});
        else if (!it->second.contains(period.day))
            it->second.append(period.day);
    }
    for (auto &group : groups)
        std::sort(group.second.begin(), group.second.end());
    return groups;
}

QString dayRanges(const QList<int> &days)
{
    QStringList ranges;
    const QLocale english = QLocale::c();
    for (qsizetype i = 0; i < days.size();) {
        qsizetype last = i;
        while (last + 1 < days.size() && days.at(last + 1) == days.at(last) + 1)
            ++last;
        const QString first = english.dayName(days.at(i), QLocale::ShortFormat);
        ranges << (last == i ? first
                             : QStringLiteral("%1–%2").arg(
                                   first, english.dayName(days.at(last), QLocale::ShortFormat)));
        i = last + 1;
    }
    return ranges.join(QLatin1String(", "));
}

} // namespace

QString ContentHoursText::describe(const OpeningHours &hours)
{
    switch (hours.kind()) {
    case OpeningHours::Kind::NotStated:
        return tr("hours not stated");
    case OpeningHours::Kind::AlwaysOpen:
        return tr("24 hours, every day");
    case OpeningHours::Kind::Weekly:
        break;
    }
    QStringList parts;
    for (const auto &[times, days] : groupByTimes(hours))
        parts << QStringLiteral("%1 %2–%3")
                     .arg(dayRanges(days), clock(times.first), clock(times.second));
    if (parts.isEmpty())
        parts << tr("never open");
    QString text = parts.join(QLatin1String("; "));
    QStringList closed;
    for (const QDate &date : hours.closedDates())
        closed << date.toString(Qt::ISODate);
    if (!closed.isEmpty())
        text = tr("%1; closed %2").arg(text, closed.join(QLatin1String(", ")));
    return text;
}

QJsonObject ContentHoursText::toJson(const OpeningHours &hours)
{
    switch (hours.kind()) {
    case OpeningHours::Kind::NotStated:
        return {{QStringLiteral("type"), QStringLiteral("not-stated")}};
    case OpeningHours::Kind::AlwaysOpen:
        return {{QStringLiteral("type"), QStringLiteral("24-hours")}};
    case OpeningHours::Kind::Weekly:
        break;
    }
    QJsonArray schedules;
    for (const auto &[times, days] : groupByTimes(hours)) {
        QStringList codes;
        for (const int day : days)
            codes << ContentVocabulary::weekdayCode(static_cast<Qt::DayOfWeek>(day));
        schedules.append(QJsonObject{{QStringLiteral("byday"), codes.join(QLatin1Char(','))},
                                     {QStringLiteral("opens_at"), clock(times.first)},
                                     {QStringLiteral("closes_at"), clock(times.second)}});
    }
    QJsonArray closed;
    for (const QDate &date : hours.closedDates())
        closed.append(date.toString(Qt::ISODate));
    QJsonObject object{{QStringLiteral("type"), QStringLiteral("weekly")},
                       {QStringLiteral("schedules"), schedules}};
    if (!closed.isEmpty())
        object.insert(QStringLiteral("closedDates"), closed);
    return object;
}
