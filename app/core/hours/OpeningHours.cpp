// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hours/OpeningHours.h"

#include <QSet>

#include <algorithm>

namespace {

// How far ahead nextOpening() and closesAt() look before giving up.
constexpr int searchHorizonDays = 366;

struct Interval
{
    QDateTime start;
    QDateTime end; // exclusive
};

QDateTime utcAt(const QDate &date, int minute)
{
    return QDateTime(date, QTime(minute / 60, minute % 60), QTimeZone::utc());
}

// Every instant whose UK wall-clock reading is `minute` on `date`: none in the skipped hour of
// the March change, two in the repeated hour of the October change, otherwise one.
QList<QDateTime> instantsWithWallTime(const QDate &date, int minute)
{
    const QTimeZone zone = OpeningHours::ukTimeZone();
    QSet<int> offsets;
    for (int day = -1; day <= 1; ++day)
        offsets.insert(zone.offsetFromUtc(utcAt(date.addDays(day), 0)));
    QList<QDateTime> instants;
    for (const int offset : std::as_const(offsets)) {
        const QDateTime candidate = utcAt(date, minute).addSecs(-offset);
        if (zone.offsetFromUtc(candidate) == offset)
            instants.append(candidate);
    }
    std::sort(instants.begin(), instants.end());
    return instants;
}

// The first instant the wall clock shows `minute` or later on `date`. In the skipped hour this
// is the moment the clocks go forward, so a period opening at 01:30 opens at 02:00 BST.
QDateTime opensAtInstant(const QDate &date, int minute)
{
    if (minute >= 24 * 60)
        return opensAtInstant(date.addDays(1), 0);
    const QList<QDateTime> instants = instantsWithWallTime(date, minute);
    if (!instants.isEmpty())
        return instants.constFirst();
    const QTimeZone zone = OpeningHours::ukTimeZone();
    return zone.nextTransition(utcAt(date.addDays(-1), 12 * 60)).atUtc;
}

// The last instant the wall clock shows `minute` on `date`: in the repeated hour a period stays
// open until the second time its closing time comes round, so the wall clock never reads a time
// inside the period while the service is shown closed.
QDateTime closesAtInstant(const QDate &date, int minute)
{
    if (minute >= 24 * 60)
        return opensAtInstant(date.addDays(1), 0);
    const QList<QDateTime> instants = instantsWithWallTime(date, minute);
    if (!instants.isEmpty())
        return instants.constLast();
    return opensAtInstant(date, minute);
}

} // namespace

OpeningHours OpeningHours::alwaysOpen()
{
    OpeningHours hours;
    hours.m_kind = Kind::AlwaysOpen;
    return hours;
}

OpeningHours OpeningHours::weekly(const QList<Period> &periods, const QList<QDate> &closedDates)
{
    OpeningHours hours;
    hours.m_kind = Kind::Weekly;
    hours.m_periods = periods;
    hours.m_closedDates = closedDates;
    return hours;
}

QTimeZone OpeningHours::ukTimeZone()
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/London"));
    return zone;
}

namespace {

// The open intervals of one local date, as instants, sorted by start.
QList<Interval> intervalsOn(const OpeningHours &hours, const QDate &date)
{
    QList<Interval> intervals;
    if (hours.closedDates().contains(date))
        return intervals;
    const auto weekday = static_cast<Qt::DayOfWeek>(date.dayOfWeek());
    for (const OpeningHours::Period &period : hours.periods()) {
        if (period.day != weekday || period.openMinute >= period.closeMinute)
            continue;
        intervals.append(Interval{opensAtInstant(date, period.openMinute),
                                  closesAtInstant(date, period.closeMinute)});
    }
    std::sort(intervals.begin(), intervals.end(),
              [](const Interval &a, const Interval &b) { return a.start < b.start; });
    return intervals;
}

QDate ukDate(const QDateTime &at)
{
    return at.toTimeZone(OpeningHours::ukTimeZone()).date();
}

} // namespace

bool OpeningHours::isOpen(const QDateTime &at) const
{
    switch (m_kind) {
    case Kind::NotStated:
        return false;
    case Kind::AlwaysOpen:
        return true;
    case Kind::Weekly:
        break;
    }
    const QDate today = ukDate(at);
    for (int day = -1; day <= 1; ++day) {
        for (const Interval &interval : intervalsOn(*this, today.addDays(day))) {
            if (interval.start <= at && at < interval.end)
                return true;
        }
    }
    return false;
}

std::optional<QDateTime> OpeningHours::nextOpening(const QDateTime &at) const
{
    switch (m_kind) {
    case Kind::NotStated:
        return std::nullopt;
    case Kind::AlwaysOpen:
        return at;
    case Kind::Weekly:
        break;
    }
    if (isOpen(at))
        return at;
    const QDate today = ukDate(at);
    for (int day = 0; day <= searchHorizonDays; ++day) {
        for (const Interval &interval : intervalsOn(*this, today.addDays(day))) {
            if (interval.start > at)
                return interval.start;
        }
    }
    return std::nullopt;
}

std::optional<QDateTime> OpeningHours::closesAt(const QDateTime &at) const
{
    if (m_kind != Kind::Weekly || !isOpen(at))
        return std::nullopt;
    // Follow the opening forward: a period ending at midnight and the next day's period from
    // midnight (or any overlapping period) are one continuous opening.
    QDateTime end = at;
    const QDate today = ukDate(at);
    for (int day = -1; day <= searchHorizonDays; ++day) {
        bool extended = false;
        for (const Interval &interval : intervalsOn(*this, today.addDays(day))) {
            if (interval.start <= end && interval.end > end) {
                end = interval.end;
                extended = true;
            }
        }
        if (!extended && day >= 1 && end <= opensAtInstant(today.addDays(day), 0))
            return end;
    }
    return std::nullopt;
}
