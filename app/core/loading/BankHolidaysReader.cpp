// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/BankHolidaysReader.h"

#include "core/loading/ChannelValueRule.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

using Need = JsonFieldReader::Need;

constexpr const char *nations[] = {"england-and-wales", "scotland", "northern-ireland"};

} // namespace

BankHolidaysReader::BankHolidaysReader(JsonFieldReader &reader)
    : m_reader(reader)
{}

BankHolidays BankHolidaysReader::read(const JsonObject &root, const QDate &reviewDue)
{
    BankHolidays holidays;
    const JsonPointer at = JsonPointer() / QStringLiteral("bankHolidays");
    const std::optional<JsonObject> object =
        m_reader.object(root, QStringLiteral("bankHolidays"), at, Need::Optional);
    if (!object)
        return holidays;
    m_reader.warnUnknownFields(*object, at,
                               {"source", "england-and-wales", "scotland", "northern-ireland"});
    const JsonPointer sourceAt = at / QStringLiteral("source");
    holidays.source = m_reader.string(*object, QStringLiteral("source"), sourceAt, Need::Required)
                          .value_or(QString());
    if (!holidays.source.isEmpty()) {
        if (const auto problem =
                ChannelValueRule::problem(ChannelType::Web, false, holidays.source))
            m_reader.error(sourceAt, *problem);
    }
    for (const char *nation : nations) {
        const QString key = QLatin1String(nation);
        const JsonPointer nationAt = at / key;
        const auto dates = m_reader.array(*object, key, nationAt, Need::Required);
        if (!dates)
            continue;
        QList<QDate> &list = holidays.byNation[key];
        for (qsizetype i = 0; i < dates->size(); ++i) {
            if (const auto date = m_reader.dateValue(dates->at(i), nationAt / i))
                list << *date;
        }
        const auto last = std::max_element(list.cbegin(), list.cend());
        if (!reviewDue.isValid() || (last != list.cend() && *last >= reviewDue))
            continue;
        m_reader.warning(
            nationAt, last == list.cend()
                          ? tr("no dates: list this nation's bank holidays up to the review "
                               "date (%1) at least")
                                .arg(reviewDue.toString(Qt::ISODate))
                          : tr("the last date is %1: list this nation's bank holidays up to "
                               "the review date (%2) at least")
                                .arg(last->toString(Qt::ISODate), reviewDue.toString(Qt::ISODate)));
    }
    return holidays;
}
