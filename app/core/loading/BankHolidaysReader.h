// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"
#include "core/loading/JsonFieldReader.h"

#include <QCoreApplication>

// Reads the content's "bankHolidays": each UK nation's dates and where they were seen.
class BankHolidaysReader
{
    Q_DECLARE_TR_FUNCTIONS(BankHolidaysReader)

public:
    explicit BankHolidaysReader(JsonFieldReader &reader);

    // Empty when the content has none. Warns when the dates stop before `reviewDue`, because a
    // kiosk would then claim "Open now" on a later bank holiday nobody listed.
    BankHolidays read(const JsonObject &root, const QDate &reviewDue);

private:
    JsonFieldReader &m_reader;
};
