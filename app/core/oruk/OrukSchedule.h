// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/hours/OpeningHours.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Opening hours in HSDS 3.0 schedule rows (RFC 5545 RRULE fields: freq WEEKLY, byday,
// opens_at, closes_at) and back to the content file's "hours" object. Times are UK local time,
// which HSDS has no field for (its timezone is a fixed UTC offset): each row says so in words.
class OrukSchedule
{
public:
    struct Row
    {
        QString byday;    // "MO,TU,WE,TH"
        QString opensAt;  // "09:00"
        QString closesAt; // "21:00"; "24:00" for the end of the day
    };

    // One row per distinct opening time, its days in week order; none when hours are not stated.
    // 24 hours is every day from 00:00 to 24:00.
    static QList<Row> rows(const OpeningHours &hours);
    static QString timeZoneNote();

    // The content file's "hours" for HSDS schedule objects: {"type": "not-stated"} when there
    // are none or they cannot be read (each reason is added to `problems`), {"type": "24-hours"}
    // for every day from midnight to midnight, else {"type": "weekly", "schedules": […]}.
    static QJsonObject hoursFor(const QJsonArray &schedules, QStringList &problems);

private:
    static QString timeText(int minute);
    // "09:00", "09:00:00" → "09:00"; empty when it is not a local time of day.
    static QString localTime(const QJsonValue &value);
};
