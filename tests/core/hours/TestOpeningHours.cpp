// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hours/OpeningHours.h"

#include <QTest>

// Opening hours in UK local time, checked at fixed instants around the clock changes, midnight
// and closed dates. Every instant is written in UTC with its UK wall-clock reading beside it.
class TestOpeningHours : public QObject
{
    Q_OBJECT
private slots:
    void ukTimeZoneIsLondon();
    void answers_data();
    void answers();
    void notStatedIsNeitherOpenNorClosed();
    void alwaysOpenNeverCloses();
    void weeklyWithoutPeriodsNeverOpens();
};

namespace {

using Period = OpeningHours::Period;

QDateTime utc(const QString &iso)
{
    QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    at.setTimeZone(QTimeZone::utc());
    return at;
}

// Stop It Now!'s published hours, with Christmas Day and the Boxing Day substitute closed.
OpeningHours officeHours()
{
    QList<Period> periods;
    for (const Qt::DayOfWeek day : {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday})
        periods.append(Period{day, 9 * 60, 21 * 60});
    periods.append(Period{Qt::Friday, 9 * 60, 17 * 60});
    return OpeningHours::weekly(periods, {QDate(2026, 12, 25), QDate(2026, 12, 28)});
}

// Open every night 20:00 to 08:00: two periods a day that meet at midnight.
OpeningHours nightHours()
{
    QList<Period> periods;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        periods.append(Period{static_cast<Qt::DayOfWeek>(day), 0, 8 * 60});
        periods.append(Period{static_cast<Qt::DayOfWeek>(day), 20 * 60, 24 * 60});
    }
    return OpeningHours::weekly(periods, {QDate(2026, 12, 25)});
}

OpeningHours sundayHours(int openMinute, int closeMinute)
{
    return OpeningHours::weekly({Period{Qt::Sunday, openMinute, closeMinute}});
}

} // namespace

void TestOpeningHours::ukTimeZoneIsLondon()
{
    QVERIFY(OpeningHours::ukTimeZone().isValid());
    QCOMPARE(OpeningHours::ukTimeZone().id(), QByteArrayLiteral("Europe/London"));
}

void TestOpeningHours::answers_data()
{
    QTest::addColumn<OpeningHours>("hours");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<bool>("open");
    QTest::addColumn<QDateTime>("nextOpening"); // invalid = nullopt
    QTest::addColumn<QDateTime>("closesAt");    // invalid = nullopt

    const QDateTime none;
    const auto row = [](const char *name) {
        return &QTest::newRow(name);
    };
    const OpeningHours office = officeHours();
    const OpeningHours night = nightHours();

    // Office hours in winter (GMT = UTC) and summer (BST = UTC+1).
    *row("winter Monday 10:00 GMT: open until 21:00")
        << office << utc(QStringLiteral("2026-11-30T10:00:00")) << true
        << utc(QStringLiteral("2026-11-30T10:00:00")) << utc(QStringLiteral("2026-11-30T21:00:00"));
    *row("winter Monday 08:59 GMT: opens at 09:00")
        << office << utc(QStringLiteral("2026-11-30T08:59:00")) << false
        << utc(QStringLiteral("2026-11-30T09:00:00")) << none;
    *row("Friday 17:00 GMT: closed, opens Monday")
        << office << utc(QStringLiteral("2026-11-27T17:00:00")) << false
        << utc(QStringLiteral("2026-11-30T09:00:00")) << none;
    *row("summer Monday 09:00 BST: open until 21:00 BST")
        << office << utc(QStringLiteral("2026-06-01T08:00:00")) << true
        << utc(QStringLiteral("2026-06-01T08:00:00")) << utc(QStringLiteral("2026-06-01T20:00:00"));
    *row("summer Monday 08:30 BST: opens 09:00 BST")
        << office << utc(QStringLiteral("2026-06-01T07:30:00")) << false
        << utc(QStringLiteral("2026-06-01T08:00:00")) << none;
    *row("Christmas Eve 20:59 GMT: open one more minute")
        << office << utc(QStringLiteral("2026-12-24T20:59:00")) << true
        << utc(QStringLiteral("2026-12-24T20:59:00")) << utc(QStringLiteral("2026-12-24T21:00:00"));
    *row("Christmas Day: closed date, bank holiday Monday too, opens Tuesday")
        << office << utc(QStringLiteral("2026-12-25T10:00:00")) << false
        << utc(QStringLiteral("2026-12-29T09:00:00")) << none;
    *row("weekend before the March change: opens Monday 09:00 BST")
        << office << utc(QStringLiteral("2026-03-28T12:00:00")) << false
        << utc(QStringLiteral("2026-03-30T08:00:00")) << none;
    *row("weekend before the October change: opens Monday 09:00 GMT")
        << office << utc(QStringLiteral("2026-10-24T12:00:00")) << false
        << utc(QStringLiteral("2026-10-26T09:00:00")) << none;

    // Across midnight: a period ending at 24:00 and the next starting at 00:00 are one opening.
    *row("night line 23:30 GMT: open until 08:00 next morning")
        << night << utc(QStringLiteral("2026-12-01T23:30:00")) << true
        << utc(QStringLiteral("2026-12-01T23:30:00")) << utc(QStringLiteral("2026-12-02T08:00:00"));
    *row("night line at exactly midnight: open until 08:00")
        << night << utc(QStringLiteral("2026-12-02T00:00:00")) << true
        << utc(QStringLiteral("2026-12-02T00:00:00")) << utc(QStringLiteral("2026-12-02T08:00:00"));
    *row("night line at 08:00: closed until 20:00")
        << night << utc(QStringLiteral("2026-12-02T08:00:00")) << false
        << utc(QStringLiteral("2026-12-02T20:00:00")) << none;
    *row("night line before a closed date: closes at midnight")
        << night << utc(QStringLiteral("2026-12-24T22:00:00")) << true
        << utc(QStringLiteral("2026-12-24T22:00:00")) << utc(QStringLiteral("2026-12-25T00:00:00"));
    *row("night line on a closed date: opens the next midnight")
        << night << utc(QStringLiteral("2026-12-25T21:00:00")) << false
        << utc(QStringLiteral("2026-12-26T00:00:00")) << none;
    *row("night line over the October change: 23:00 BST to 08:00 GMT")
        << night << utc(QStringLiteral("2026-10-24T22:00:00")) << true
        << utc(QStringLiteral("2026-10-24T22:00:00")) << utc(QStringLiteral("2026-10-25T08:00:00"));
    *row("night line over the March change: 21:00 GMT to 08:00 BST")
        << night << utc(QStringLiteral("2026-03-28T21:00:00")) << true
        << utc(QStringLiteral("2026-03-28T21:00:00")) << utc(QStringLiteral("2026-03-29T07:00:00"));

    // A period that starts inside the hour skipped on 29 March 2026 (01:00-02:00 does not exist).
    const OpeningHours skipped = sundayHours(90, 5 * 60);
    *row("March change 00:59 GMT: opens when clocks go forward")
        << skipped << utc(QStringLiteral("2026-03-29T00:59:00")) << false
        << utc(QStringLiteral("2026-03-29T01:00:00")) << none;
    *row("March change 02:00 BST: open until 05:00 BST")
        << skipped << utc(QStringLiteral("2026-03-29T01:00:00")) << true
        << utc(QStringLiteral("2026-03-29T01:00:00")) << utc(QStringLiteral("2026-03-29T04:00:00"));
    *row("Saturday before the March change: opens 02:00 BST Sunday")
        << skipped << utc(QStringLiteral("2026-03-28T12:00:00")) << false
        << utc(QStringLiteral("2026-03-29T01:00:00")) << none;
    *row("an ordinary summer Sunday 01:00 BST: opens 01:30 BST")
        << skipped << utc(QStringLiteral("2026-04-05T00:00:00")) << false
        << utc(QStringLiteral("2026-04-05T00:30:00")) << none;

    // Periods touching the hour repeated on 25 October 2026 (01:00-02:00 happens twice).
    const OpeningHours lateStart = sundayHours(90, 3 * 60);
    *row("October change 01:00 BST: opens at the first 01:30")
        << lateStart << utc(QStringLiteral("2026-10-25T00:00:00")) << false
        << utc(QStringLiteral("2026-10-25T00:30:00")) << none;
    *row("October change first 01:30 BST: open until 03:00 GMT")
        << lateStart << utc(QStringLiteral("2026-10-25T00:30:00")) << true
        << utc(QStringLiteral("2026-10-25T00:30:00")) << utc(QStringLiteral("2026-10-25T03:00:00"));
    *row("October change second 01:10 GMT: still open")
        << lateStart << utc(QStringLiteral("2026-10-25T01:10:00")) << true
        << utc(QStringLiteral("2026-10-25T01:10:00")) << utc(QStringLiteral("2026-10-25T03:00:00"));
    const OpeningHours earlyEnd = sundayHours(0, 90);
    *row("October change second 01:10 GMT: open until the second 01:30")
        << earlyEnd << utc(QStringLiteral("2026-10-25T01:10:00")) << true
        << utc(QStringLiteral("2026-10-25T01:10:00")) << utc(QStringLiteral("2026-10-25T01:30:00"));
    *row("October change second 01:30 GMT: closed until next Sunday")
        << earlyEnd << utc(QStringLiteral("2026-10-25T01:30:00")) << false
        << utc(QStringLiteral("2026-11-01T00:00:00")) << none;
    *row("October change: midnight BST is 23:00 UTC on Saturday")
        << earlyEnd << utc(QStringLiteral("2026-10-24T23:00:00")) << true
        << utc(QStringLiteral("2026-10-24T23:00:00")) << utc(QStringLiteral("2026-10-25T01:30:00"));
}

void TestOpeningHours::answers()
{
    QFETCH(OpeningHours, hours);
    QFETCH(QDateTime, at);
    QFETCH(bool, open);
    QFETCH(QDateTime, nextOpening);
    QFETCH(QDateTime, closesAt);

    QCOMPARE(hours.isOpen(at), open);
    const std::optional<QDateTime> next = hours.nextOpening(at);
    QCOMPARE(next.has_value(), nextOpening.isValid());
    if (next)
        QCOMPARE(next->toUTC(), nextOpening);
    const std::optional<QDateTime> closes = hours.closesAt(at);
    QCOMPARE(closes.has_value(), closesAt.isValid());
    if (closes)
        QCOMPARE(closes->toUTC(), closesAt);
}

void TestOpeningHours::notStatedIsNeitherOpenNorClosed()
{
    const OpeningHours hours;
    const QDateTime at = utc(QStringLiteral("2026-11-30T10:00:00"));
    QCOMPARE(hours.kind(), OpeningHours::Kind::NotStated);
    QVERIFY(!hours.isOpen(at));
    QVERIFY(!hours.nextOpening(at).has_value());
    QVERIFY(!hours.closesAt(at).has_value());
}

void TestOpeningHours::alwaysOpenNeverCloses()
{
    const OpeningHours hours = OpeningHours::alwaysOpen();
    for (const QString &iso :
         {QStringLiteral("2026-03-29T01:00:00"), QStringLiteral("2026-10-25T01:30:00"),
          QStringLiteral("2026-12-25T03:00:00")}) {
        const QDateTime at = utc(iso);
        QVERIFY(hours.isOpen(at));
        QCOMPARE(hours.nextOpening(at), std::optional<QDateTime>(at));
        QVERIFY(!hours.closesAt(at).has_value());
    }
}

void TestOpeningHours::weeklyWithoutPeriodsNeverOpens()
{
    const OpeningHours hours = OpeningHours::weekly({});
    const QDateTime at = utc(QStringLiteral("2026-11-30T10:00:00"));
    QVERIFY(!hours.isOpen(at));
    QVERIFY(!hours.nextOpening(at).has_value());
    QVERIFY(!hours.closesAt(at).has_value());
}

QTEST_GUILESS_MAIN(TestOpeningHours)
#include "TestOpeningHours.moc"
