// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// The words that say when a helpline opens or closes. Each is a whole sentence or clause a
// translator can shape: one message per day of the week ("opens Monday at %1"), so a language
// can inflect or mutate the day (Welsh "yn agor ddydd Llun"), and times in the form the language
// chooses (9pm, or 21:00 where the translation asks for the 24-hour clock). Every digit is ASCII.
// Times are given in UK time.
class AvailabilityWording
{
public:
    // Which day word a sentence needs, relative to today.
    enum class Day
    {
        Today,
        Tomorrow,
        ThisWeek, // within the next 6 days: the day's name
        Later,    // a week or more away: the date
    };
    static Day dayOf(const QDate &day, const QDate &today);

    // "9am", "5:30pm", "midday", "midnight"; "21:00" where the translation uses the 24-hour clock.
    static QString time(const QTime &time);
    // "9 February": ASCII digits and the month name of the translation's locale.
    static QString date(const QDate &date);

    // "Open now — until 9pm", "… until tomorrow at 9am", "… until Monday at 9am".
    static QString openUntil(const QDateTime &closes, const QDateTime &now);
    // "opens at 9am", "opens tomorrow at 9am", "opens Monday at 9am", "opens on 9 February at 9am".
    static QString opens(const QDateTime &opens, const QDateTime &now);
};
