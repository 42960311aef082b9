// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/oruk/OrukSchedule.h"

#include "core/content/ContentVocabulary.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OrukSchedule", text);
}

const QStringList everyDay{QStringLiteral("MO"), QStringLiteral("TU"), QStringLiteral("WE"),
                           QStringLiteral("TH"), QStringLiteral("FR"), QStringLiteral("SA"),
                           QStringLiteral("SU")};

} // namespace

QString OrukSchedule::timeZoneNote()
{
    return QStringLiteral("Times are UK local time (Europe/London), GMT or BST as the clocks say.");
}

QString OrukSchedule::timeText(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

QList<OrukSchedule::Row> OrukSchedule::rows(const OpeningHours &hours)
{
    if (hours.kind() == OpeningHours::Kind::AlwaysOpen)
        return {Row{everyDay.join(QLatin1Char(',')), timeText(0), timeText(24 * 60)}};
    if (hours.kind() != OpeningHours::Kind::Weekly)
        return {};
    // Group the periods by their times, in the order the content gives them.
    QList<QPair<QPair<int, int>, QList<Qt::DayOfWeek>>> groups;
    for (const OpeningHours::Period &period : hours.periods()) {
        const QPair<int, int> times{period.openMinute, period.closeMinute};
        auto group = std::find_if(groups.begin(), groups.end(),
                                  [&times](const auto &entry) { return entry.first == times; });
        if (group == groups.end())
            groups.append({times, {period.day}});
        else if (!group->second.contains(period.day))
            group->second.append(period.day);
    }
    QList<Row> out;
    for (auto &[times, days] : groups) {
        std::sort(days.begin(), days.end());
        QStringList codes;
        for (const Qt::DayOfWeek day : days)
            codes << ContentVocabulary::weekdayCode(day);
        out.append(
            Row{codes.join(QLatin1Char(',')), timeText(times.first), timeText(times.second)});
    }
    return out;
}

QString OrukSchedule::localTime(const QJsonValue &value)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2}):(\\d{2})(:00)?\\z"));
    const QRegularExpressionMatch match = pattern.match(value.toString());
    if (!match.hasMatch())
        return {};
    const int hour = match.captured(1).toInt();
    const int minute = match.captured(2).toInt();
    if (hour > 24 || minute > 59 || (hour == 24 && minute != 0))
        return {};
    return timeText(hour * 60 + minute);
}

QJsonObject OrukSchedule::hoursFor(const QJsonArray &schedules, QStringList &problems)
{
    const QJsonObject notStated{{QStringLiteral("type"), QStringLiteral("not-stated")}};
    if (schedules.isEmpty())
        return notStated;
    QJsonArray rows;
    QList<QPair<QString, QString>> allWeek; // times of rows that cover every day
    for (const QJsonValue &value : schedules) {
        const QJsonObject schedule = value.toObject();
        const QString freq = schedule.value(QStringLiteral("freq")).toString();
        if (!freq.isEmpty() && freq != QLatin1String("WEEKLY")) {
            problems << tr("a %1 schedule cannot be shown as weekly hours").arg(freq);
            return notStated;
        }
        QStringList days = schedule.value(QStringLiteral("byday"))
                               .toString()
                               .toUpper()
                               .split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &day : days)
            day = day.trimmed();
        const bool daysReadable =
            !days.isEmpty() && std::all_of(days.cbegin(), days.cend(), [](const QString &day) {
                return everyDay.contains(day);
            });
        const QString opens = localTime(schedule.value(QStringLiteral("opens_at")));
        QString closes = localTime(schedule.value(QStringLiteral("closes_at")));
        // "23:59" or "23:59:59" as the end of the day is midnight in the content's terms.
        if (schedule.value(QStringLiteral("closes_at"))
                .toString()
                .startsWith(QLatin1String("23:59")))
            closes = QStringLiteral("24:00");
        if (!daysReadable || opens.isEmpty() || closes.isEmpty() || closes <= opens) {
            problems << tr("the schedule \"%1 %2-%3\" is not days of the week with an opening "
                           "and a later closing time")
                            .arg(schedule.value(QStringLiteral("byday")).toString(),
                                 schedule.value(QStringLiteral("opens_at")).toString(),
                                 schedule.value(QStringLiteral("closes_at")).toString());
            return notStated;
        }
        for (const char *field : {"valid_from", "valid_to", "until", "count", "bymonthday",
                                  "byweekno", "byyearday", "dtstart"}) {
            if (schedule.contains(QLatin1String(field)))
                problems << tr("the schedule's %1 has no place in the content and was left out")
                                .arg(QLatin1String(field));
        }
        if (days.size() == everyDay.size())
            allWeek.append({opens, closes});
        rows.append(QJsonObject{{QStringLiteral("byday"), days.join(QLatin1Char(','))},
                                {QStringLiteral("opens_at"), opens},
                                {QStringLiteral("closes_at"), closes}});
    }
    if (rows.size() == 1 && allWeek.size() == 1 && allWeek.constFirst().first == timeText(0) &&
        allWeek.constFirst().second == timeText(24 * 60))
        return {{QStringLiteral("type"), QStringLiteral("24-hours")}};
    return {{QStringLiteral("type"), QStringLiteral("weekly")},
            {QStringLiteral("schedules"), rows}};
}
