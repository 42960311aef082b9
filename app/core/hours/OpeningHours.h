// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <optional>

// When a channel answers: 24 hours, a weekly schedule in UK local time (Europe/London) with
// closed dates such as bank holidays, or not stated by the content.
class OpeningHours
{
public:
    enum class Kind
    {
        NotStated,  // the content says nothing (e.g. a web form): neither open nor closed
        AlwaysOpen, // 24 hours, every day
        Weekly,     // the periods below, except on closed dates
    };

    // One opening on one weekday, in minutes after local midnight. 0 ≤ open < close ≤ 1440;
    // a service open across midnight has one period ending at 1440 and one starting at 0.
    struct Period
    {
        Qt::DayOfWeek day = Qt::Monday;
        int openMinute = 0;
        int closeMinute = 0;
        friend bool operator==(const Period &, const Period &) = default;
    };

    OpeningHours() = default;
    static OpeningHours alwaysOpen();
    static OpeningHours weekly(const QList<Period> &periods, const QList<QDate> &closedDates = {});
    static QTimeZone ukTimeZone();

    Kind kind() const { return m_kind; }
    QList<Period> periods() const { return m_periods; }
    QList<QDate> closedDates() const { return m_closedDates; }

    // Both are false/nullopt for NotStated. nextOpening is the start of the next open period
    // strictly after `at` when closed at `at`, `at` itself when open, nullopt when never again
    // (no periods, or none within the search horizon of a year).
    bool isOpen(const QDateTime &at) const;
    std::optional<QDateTime> nextOpening(const QDateTime &at) const;
    // When the open period containing `at` ends; nullopt when closed at `at` or always open.
    std::optional<QDateTime> closesAt(const QDateTime &at) const;

    friend bool operator==(const OpeningHours &, const OpeningHours &) = default;

private:
    Kind m_kind = Kind::NotStated;
    QList<Period> m_periods;
    QList<QDate> m_closedDates;
};
