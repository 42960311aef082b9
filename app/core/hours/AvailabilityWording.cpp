// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hours/AvailabilityWording.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("ChannelAvailability", text);
}

// Indexed by Qt::DayOfWeek - 1. Whole clauses, so each language can inflect the day.
constexpr std::array<const char *, 7> opensOnDay{
    QT_TRANSLATE_NOOP("ChannelAvailability", "opens Monday at %1"),
    QT_TRANSLATE_NOOP("ChannelAvailability", "opens Tuesday at %1"),
    QT_TRANSLATE_NOOP("ChannelAvailability", "opens Wednesday at %1"),
    QT_TRANSLATE_NOOP("ChannelAvailability", "opens Thursday at %1"),
    QT_TRANSLATE_NOOP("ChannelAvailability", "opens Friday at %1"),
    QT_TRANSLATE_NOOP("ChannelAvailability", "opens Saturday at %1"),
    QT_TRANSLATE_NOOP("ChannelAvailability", "opens Sunday at %1"),
};

constexpr std::array<const char *, 7> openUntilDay{
    QT_TRANSLATE_NOOP("ChannelAvailability", "Open now — until Monday at %1"),
    QT_TRANSLATE_NOOP("ChannelAvailability", "Open now — until Tuesday at %1"),
    QT_TRANSLATE_NOOP("ChannelAvailability", "Open now — until Wednesday at %1"),
    QT_TRANSLATE_NOOP("ChannelAvailability", "Open now — until Thursday at %1"),
    QT_TRANSLATE_NOOP("ChannelAvailability", "Open now — until Friday at %1"),
    QT_TRANSLATE_NOOP("ChannelAvailability", "Open now — until Saturday at %1"),
    QT_TRANSLATE_NOOP("ChannelAvailability", "Open now — until Sunday at %1"),
};

bool usesTwentyFourHourClock()
{
    //: Translate as "24-hour clock" (these exact English words) where times are written 21:00.
    return translated(QT_TRANSLATE_NOOP("ChannelAvailability", "12-hour clock")) ==
           QLatin1String("24-hour clock");
}

} // namespace

AvailabilityWording::Day AvailabilityWording::dayOf(const QDate &day, const QDate &today)
{
    const qint64 days = today.daysTo(day);
    if (days <= 0)
        return Day::Today;
    if (days == 1)
        return Day::Tomorrow;
    return days < 7 ? Day::ThisWeek : Day::Later;
}

QString AvailabilityWording::time(const QTime &time)
{
    if (time.hour() == 0 && time.minute() == 0)
        return translated(QT_TRANSLATE_NOOP("ChannelAvailability", "midnight"));
    const QString minutes = QStringLiteral("%1").arg(time.minute(), 2, 10, QLatin1Char('0'));
    if (usesTwentyFourHourClock())
        return QStringLiteral("%1:%2").arg(time.hour()).arg(minutes);
    if (time.hour() == 12 && time.minute() == 0)
        return translated(QT_TRANSLATE_NOOP("ChannelAvailability", "midday"));
    const int hour12 = time.hour() % 12 == 0 ? 12 : time.hour() % 12;
    const bool pm = time.hour() >= 12;
    if (time.minute() == 0) {
        return (pm ? translated(QT_TRANSLATE_NOOP("ChannelAvailability", "%1pm"))
                   : translated(QT_TRANSLATE_NOOP("ChannelAvailability", "%1am")))
            .arg(hour12);
    }
    return (pm ? translated(QT_TRANSLATE_NOOP("ChannelAvailability", "%1:%2pm"))
               : translated(QT_TRANSLATE_NOOP("ChannelAvailability", "%1:%2am")))
        .arg(hour12)
        .arg(minutes);
}

QString AvailabilityWording::date(const QDate &date)
{
    //: The locale whose month names this language uses, for example cy_GB or pl_PL.
    const QLocale locale(translated(QT_TRANSLATE_NOOP("ChannelAvailability", "en_GB")));
    // The day number is formatted here, not by the locale: some locales write other digits.
    return QStringLiteral("%1 %2").arg(date.day()).arg(locale.monthName(date.month()));
}

QString AvailabilityWording::openUntil(const QDateTime &closes, const QDateTime &now)
{
    const QString at = time(closes.time());
    // Closing at midnight is "until midnight", not "until tomorrow at midnight".
    if (closes.time() == QTime(0, 0) && now.daysTo(closes) <= 1)
        return translated(QT_TRANSLATE_NOOP("ChannelAvailability", "Open now — until %1")).arg(at);
    switch (dayOf(closes.date(), now.date())) {
    case Day::Today:
        return translated(QT_TRANSLATE_NOOP("ChannelAvailability", "Open now — until %1")).arg(at);
    case Day::Tomorrow:
        return translated(
                   QT_TRANSLATE_NOOP("ChannelAvailability", "Open now — until tomorrow at %1"))
            .arg(at);
    case Day::ThisWeek:
        return translated(openUntilDay.at(closes.date().dayOfWeek() - 1)).arg(at);
    case Day::Later:
        break;
    }
    //: %1 is a time, %2 a date such as "9 February".
    return translated(QT_TRANSLATE_NOOP("ChannelAvailability", "Open now — until %1 on %2"))
        .arg(at, date(closes.date()));
}

QString AvailabilityWording::opens(const QDateTime &opens, const QDateTime &now)
{
    const QString at = time(opens.time());
    switch (dayOf(opens.date(), now.date())) {
    case Day::Today:
        return translated(QT_TRANSLATE_NOOP("ChannelAvailability", "opens at %1")).arg(at);
    case Day::Tomorrow:
        return translated(QT_TRANSLATE_NOOP("ChannelAvailability", "opens tomorrow at %1")).arg(at);
    case Day::ThisWeek:
        return translated(opensOnDay.at(opens.date().dayOfWeek() - 1)).arg(at);
    case Day::Later:
        break;
    }
    //: %1 is a date such as "9 February", %2 a time.
    return translated(QT_TRANSLATE_NOOP("ChannelAvailability", "opens on %1 at %2"))
        .arg(date(opens.date()), at);
}
