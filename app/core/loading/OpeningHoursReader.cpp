// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/OpeningHoursReader.h"

#include "core/content/ContentVocabulary.h"
#include "core/loading/TextPatterns.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QVarLengthArray>

namespace {

using Need = JsonFieldReader::Need;

// A field name from static text, with no allocation.
template<qsizetype N>
QString key(const char16_t (&name)[N])
{
    return QString::fromRawData(reinterpret_cast<const QChar *>(name), N - 1);
}

} // namespace

OpeningHoursReader::OpeningHoursReader(JsonFieldReader &reader)
    : m_reader(reader)
{}

OpeningHours OpeningHoursReader::read(const JsonValue &value, const JsonPointer &at)
{
    const std::optional<JsonFields> hours =
        m_reader.objectFields(value, at, {"type", "schedules", "closedDates"});
    if (!hours)
        return {};
    const std::optional<QString> type = m_reader.string(*hours, key(u"type"), Need::Required);
    if (!type)
        return {};
    if (*type == QLatin1String("not-stated"))
        return {};
    if (*type == QLatin1String("24-hours"))
        return OpeningHours::alwaysOpen();
    if (*type != QLatin1String("weekly")) {
        m_reader.error(
            at / key(u"type"),
            tr("'%1' is not a kind of hours: use weekly, 24-hours or not-stated").arg(*type));
        return {};
    }
    QList<OpeningHours::Period> periods;
    if (const auto schedules = m_reader.array(*hours, key(u"schedules"), Need::Required)) {
        const JsonPointer schedulesAt = at / key(u"schedules");
        if (schedules->isEmpty())
            m_reader.error(schedulesAt,
                           tr("weekly hours need at least one schedule; use "
                              "{\"type\": \"not-stated\"} when the hours are unknown"));
        for (qsizetype i = 0; i < schedules->size(); ++i)
            periods << readSchedule(schedules->at(i), schedulesAt / i);
    }
    QList<QDate> closedDates;
    if (const auto dates = m_reader.array(*hours, key(u"closedDates"), Need::Optional)) {
        const JsonPointer closedAt = at / key(u"closedDates");
        for (qsizetype i = 0; i < dates->size(); ++i) {
            if (const auto date = m_reader.dateValue(dates->at(i), closedAt / i))
                closedDates << *date;
        }
    }
    return OpeningHours::weekly(periods, closedDates);
}

QList<OpeningHours::Period> OpeningHoursReader::readSchedule(const JsonValue &value,
                                                             const JsonPointer &at)
{
    QList<OpeningHours::Period> periods;
    const std::optional<JsonFields> schedule =
        m_reader.objectFields(value, at, {"byday", "opens_at", "closes_at"});
    if (!schedule)
        return periods;
    const std::optional<QString> byday = m_reader.string(*schedule, key(u"byday"), Need::Required);
    const std::optional<int> opens = minuteOfDay(*schedule, key(u"opens_at"), false);
    const std::optional<int> closes = minuteOfDay(*schedule, key(u"closes_at"), true);
    if (opens && closes && *closes <= *opens) {
        m_reader.error(at / key(u"closes_at"),
                       tr("closes at %1, which is not after it opens (%2); for hours across "
                          "midnight write two schedules, one closing at 24:00 and one opening at "
                          "00:00")
                           .arg(schedule->find(key(u"closes_at"))->toString(),
                                schedule->find(key(u"opens_at"))->toString()));
        return periods;
    }
    if (!byday)
        return periods;
    QVarLengthArray<Qt::DayOfWeek, 7> days;
    for (const QStringView code : QStringView(*byday).tokenize(QLatin1Char(','))) {
        const std::optional<Qt::DayOfWeek> day = ContentVocabulary::weekdayFromCode(code);
        if (!day) {
            m_reader.error(at / key(u"byday"),
                           tr("'%1' is not a list of days: write MO,TU,WE,TH,FR,SA,SU "
                              "codes separated by commas, such as \"MO,TU,WE,TH\"")
                               .arg(*byday));
            return periods;
        }
        days << *day;
    }
    if (!opens || !closes)
        return periods;
    periods.reserve(days.size());
    for (const Qt::DayOfWeek day : std::as_const(days))
        periods << OpeningHours::Period{day, *opens, *closes};
    return periods;
}

std::optional<int> OpeningHoursReader::minuteOfDay(const JsonFields &schedule, const QString &key,
                                                   bool endOfDay)
{
    static const QRegularExpression pattern(QStringLiteral("^([01][0-9]|2[0-3]):([0-5][0-9])\\z"));
    const std::optional<QString> text = m_reader.string(schedule, key, Need::Required);
    if (!text)
        return std::nullopt;
    if (endOfDay && *text == QLatin1String("24:00"))
        return 24 * 60;
    if (const auto minute = TextPatterns::minuteOfDay(*text))
        return minute;
    const QRegularExpressionMatch match = pattern.match(*text);
    if (!match.hasMatch()) {
        m_reader.error(schedule.at() / key,
                       endOfDay ? tr("'%1' is not a time: write HH:MM in 24-hour UK "
                                     "time, 00:00 to 24:00, such as 09:00 or 21:30")
                                      .arg(*text)
                                : tr("'%1' is not a time: write HH:MM in 24-hour UK "
                                     "time, 00:00 to 23:59, such as 09:00 or 21:30")
                                      .arg(*text));
        return std::nullopt;
    }
    return match.captured(1).toInt() * 60 + match.captured(2).toInt();
}
