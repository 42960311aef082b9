// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/hours/OpeningHours.h"
#include "core/loading/JsonFieldReader.h"

#include <QCoreApplication>

// Reads a channel's "hours": {"type": "24-hours"}, {"type": "not-stated"}, or
// {"type": "weekly", "schedules": [{"byday": "MO,TU", "opens_at": "09:00", "closes_at": "21:00"}],
//  "closedDates": ["2026-12-25"]}, in Open Referral UK's schedule naming.
class OpeningHoursReader
{
    Q_DECLARE_TR_FUNCTIONS(OpeningHoursReader)

public:
    explicit OpeningHoursReader(JsonFieldReader &reader);

    OpeningHours read(const JsonValue &value, const JsonPointer &at);

private:
    QList<OpeningHours::Period> readSchedule(const JsonValue &value, const JsonPointer &at);
    // Minutes after midnight for "HH:MM" (24:00 only when `endOfDay`), or nullopt after an error.
    std::optional<int> minuteOfDay(const JsonFields &schedule, const QString &key, bool endOfDay);

    JsonFieldReader &m_reader;
};
