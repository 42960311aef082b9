// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/OpeningHoursReader.h"

#include "core/content/ContentVocabulary.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

using Need = JsonFieldReader::Need;

} // namespace

OpeningHoursReader::OpeningHoursReader(JsonFieldReader &reader)
    : m_reader(reader)
{}

OpeningHours OpeningHoursReader::read(const QJsonValue &value, const JsonPointer &at)
{
    const std::optional<QJsonObject> hours = m_reader.objectValue(value, at);
    if (!hours)
        return {};
    m_reader.warnUnknownFields(*hours, at, {"type", "schedules", "closedDates"});
    const std::optional<QString> type = m_reader.string(
        *hours, QStringLiteral("type"), at / QStringLiteral("type"), Need::Required);
    if (!type)
        return {};
    if (*type == QLatin1String("not-stated"))
        return {};
    if (*type == QLatin1String("24-hours"))
        return OpeningHours::alwaysOpen();
    if (*type != QLatin1String("weekly")) {
        m_reader.error(
            at / QStringLiteral("type"),
            tr("'%1' is not a kind of hours: use weekly, 24-hours or not-stated").arg(*type));
        return {};
    }
    QList<OpeningHours::Period> periods;
    const JsonPointer schedulesAt = at / QStringLiteral("schedules");
    if (const auto schedules =
            m_reader.array(*hours, QStringLiteral("schedules"), schedulesAt, Need::Required)) {
        if (schedules->isEmpty())
            m_reader.error(schedulesAt,
                           tr("weekly hours need at least one schedule; use "
                              "{\"type\": \"not-stated\"} when the hours are unknown"));
        for (qsizetype i = 0; i < schedules->size(); ++i)
            periods << readSchedule(schedules->at(i), schedulesAt / i);
    }
    QList<QDate> closedDates;
    const JsonPointer closedAt = at / QStringLiteral("closedDates");
    if (const auto dates =
            m_reader.array(*hours, QStringLiteral("closedDates"), closedAt, Need::Optional)) {
        for (qsizetype i = 0; i < dates->size(); ++i) {
            if (const auto date = m_reader.dateValue(dates->at(i), closedAt / i))
                closedDates << *date;
        }
    }
    return OpeningHours::weekly(periods, closedDates);
}

QList<OpeningHours::Period> OpeningHoursReader::readSchedule(const QJsonValue &value,
                                                             const JsonPointer &at)
{
    QList<OpeningHours::Period> periods;
    const std::optional<QJsonObject> schedule = m_reader.objectValue(value, at);
    if (!schedule)
        return periods;
    m_reader.warnUnknownFields(*schedule, at, {"byday", "opens_at", "closes_at"});
    const JsonPointer bydayAt = at / QStringLiteral("byday");
    const std::optional<QString> byday =
        m_reader.string(*schedule, QStringLiteral("byday"), bydayAt, Need::Required);
    const std::optional<int> opens = minuteOfDay(*schedule, QStringLiteral("opens_at"), at, false);
    const std::optional<int> closes = minuteOfDay(*schedule, QStringLiteral("closes_at"), at, true);
    if (opens && closes && *closes <= *opens) {
        m_reader.error(at / QStringLiteral("closes_at"),
                       tr("closes at %1, which is not after it opens (%2); for hours across "
                          "midnight write two schedules, one closing at 24:00 and one opening at "
                          "00:00")
                           .arg(schedule->value(QLatin1String("closes_at")).toString(),
                                schedule->value(QLatin1String("opens_at")).toString()));
        return periods;
    }
    if (!byday)
        return periods;
    QList<Qt::DayOfWeek> days;
    for (const QString &code : byday->split(QLatin1Char(','))) {
        const std::optional<Qt::DayOfWeek> day = ContentVocabulary::weekdayFromCode(code);
        if (!day) {
            m_reader.error(bydayAt, tr("'%1' is not a list of days: write MO,TU,WE,TH,FR,SA,SU "
                                       "codes separated by commas, such as \"MO,TU,WE,TH\"")
                                        .arg(*byday));
            return periods;
        }
        days << *day;
    }
    if (!opens || !closes)
        return periods;
    for (const Qt::DayOfWeek day : std::as_const(days))
        periods << OpeningHours::Period{day, *opens, *closes};
    return periods;
}

std::optional<int> OpeningHoursReader::minuteOfDay(const QJsonObject &schedule, const QString &key,
                                                   const JsonPointer &at, bool endOfDay)
{
    static const QRegularExpression pattern(QStringLiteral("^([01][0-9]|2[0-3]):([0-5][0-9])$"));
    const JsonPointer fieldAt = at / key;
    const std::optional<QString> text = m_reader.string(schedule, key, fieldAt, Need::Required);
    if (!text)
        return std::nullopt;
    if (endOfDay && *text == QLatin1String("24:00"))
        return 24 * 60;
    const QRegularExpressionMatch match = pattern.match(*text);
    if (!match.hasMatch()) {
        m_reader.error(fieldAt, endOfDay ? tr("'%1' is not a time: write HH:MM in 24-hour UK "
                                              "time, 00:00 to 24:00, such as 09:00 or 21:30")
                                               .arg(*text)
                                         : tr("'%1' is not a time: write HH:MM in 24-hour UK "
                                              "time, 00:00 to 23:59, such as 09:00 or 21:30")
                                               .arg(*text));
        return std::nullopt;
    }
    return match.captured(1).toInt() * 60 + match.captured(2).toInt();
}
