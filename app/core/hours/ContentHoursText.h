// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/hours/OpeningHours.h"

#include <QJsonObject>
#include <QString>

// Opening hours written out for people ("Mon–Thu 09:00–21:00; Fri 09:00–17:00") and as the
// content format's JSON ({"type": "weekly", "schedules": [...]}), for staff and reviewers.
class ContentHoursText
{
public:
    static QString describe(const OpeningHours &hours);
    static QJsonObject toJson(const OpeningHours &hours);
};
