// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestContentFactory.h"
#include "core/hours/HoursClaim.h"
#include "core/hours/OutcomeAvailability.h"

#include <QTest>

Q_DECLARE_METATYPE(OpeningHours)

namespace {

QDateTime ukTime(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), OpeningHours::ukTimeZone());
}

const ChannelRef helpline{QStringLiteral("stop-it-now"), QStringLiteral("helpline")};

// 15 January 2025 is a Wednesday, 17 January a Friday, 20 January a Monday.
const QDate mondayHoliday(2025, 1, 20);

Content contentWith(const OpeningHours &hours, bool channelFlag, bool serviceFlag,
                    bool mondayIsABankHoliday)
{
    Content content = TestContentFactory::make();
    Service &service = content.services[0];
    service.channels[0].hours = hours;
    service.channels[0].needsConfirming = channelFlag;
    service.needsConfirming = serviceFlag;
    if (mondayIsABankHoliday)
        content.bankHolidays.byNation[QStringLiteral("scotland")] = {mondayHoliday};
    return content;
}

} // namespace

// Unconfirmed hours and bank holidays never reach a visitor as "Open now" or "Closed now", and
// never move a card up or down; staff still get the stated hours.
class TestHoursClaim : public QObject
{
    Q_OBJECT
private slots:
    void visitorsSeeOnlyConfirmedHours_data();
    void visitorsSeeOnlyConfirmedHours();
    void staffSeeTheStatedHours();
    void unconfirmedPrimaryIsNeverDemoted();
    void unconfirmedAlternativeIsNeverPromoted();
    void neutralLineFitsTheChannel_data();
    void neutralLineFitsTheChannel();
};

void TestHoursClaim::visitorsSeeOnlyConfirmedHours_data()
{
    QTest::addColumn<OpeningHours>("hours");
    QTest::addColumn<bool>("channelFlag");
    QTest::addColumn<bool>("serviceFlag");
    QTest::addColumn<bool>("bankHoliday");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("text");

    const OpeningHours weekday = TestContentFactory::weekdayHours();
    const OpeningHours closedOnTheHoliday =
        OpeningHours::weekly(weekday.periods(), {mondayHoliday});
    const QString neutral = QStringLiteral("Opening times: check when you call");
    const int open = int(ChannelAvailability::State::OpenNow);
    const int closed = int(ChannelAvailability::State::ClosedNow);
    const int unconfirmed = int(ChannelAvailability::State::HoursUnconfirmed);
    const int notStated = int(ChannelAvailability::State::HoursNotStated);

    QTest::newRow("confirmed, open")
        << weekday << false << false << false << ukTime(2025, 1, 15, 14) << open
        << QStringLiteral("Open now — until 9pm");
    QTest::newRow("confirmed, closed")
        << weekday << false << false << false << ukTime(2025, 1, 15, 22) << closed
        << QStringLiteral("Closed now — opens tomorrow at 9am");
    QTest::newRow("channel flag, in hours")
        << weekday << true << false << false << ukTime(2025, 1, 15, 14) << unconfirmed << neutral;
    QTest::newRow("channel flag, out of hours")
        << weekday << true << false << false << ukTime(2025, 1, 15, 22) << unconfirmed << neutral;
    QTest::newRow("service flag, out of hours")
        << weekday << false << true << false << ukTime(2025, 1, 18, 12) << unconfirmed << neutral;
    QTest::newRow("flagged 24 hours") << OpeningHours::alwaysOpen() << true << false << false
                                      << ukTime(2025, 1, 15, 3) << unconfirmed << neutral;
    QTest::newRow("flagged, hours not stated") << OpeningHours() << true << true << false
                                               << ukTime(2025, 1, 15, 14) << notStated << QString();
    QTest::newRow("bank holiday, in the stated hours")
        << weekday << false << false << true << ukTime(2025, 1, 20, 14) << unconfirmed << neutral;
    QTest::newRow("bank holiday, out of the stated hours")
        << weekday << false << false << true << ukTime(2025, 1, 20, 22) << unconfirmed << neutral;
    QTest::newRow("bank holiday the content says it closes on")
        << closedOnTheHoliday << false << false << true << ukTime(2025, 1, 20, 14) << closed
        << QStringLiteral("Closed now — opens tomorrow at 9am");
    QTest::newRow("24 hours on a bank holiday")
        << OpeningHours::alwaysOpen() << false << false << true << ukTime(2025, 1, 20, 14) << open
        << QStringLiteral("Open 24 hours");
    QTest::newRow("closed before a bank holiday: no promise for it")
        << weekday << false << false << true << ukTime(2025, 1, 17, 18) << closed
        << QStringLiteral("Closed now");
    QTest::newRow("the day after a bank holiday")
        << weekday << false << false << true << ukTime(2025, 1, 21, 14) << open
        << QStringLiteral("Open now — until 9pm");
}

void TestHoursClaim::visitorsSeeOnlyConfirmedHours()
{
    QFETCH(OpeningHours, hours);
    QFETCH(bool, channelFlag);
    QFETCH(bool, serviceFlag);
    QFETCH(bool, bankHoliday);
    QFETCH(QDateTime, at);
    QFETCH(int, state);
    QFETCH(QString, text);
    const Content content = contentWith(hours, channelFlag, serviceFlag, bankHoliday);
    const ChannelAvailability availability = ChannelAvailability::at(content, helpline, at);
    QCOMPARE(int(availability.state()), state);
    QCOMPARE(availability.statusText(), text);
    QCOMPARE(availability.hoursUnconfirmed(),
             state == int(ChannelAvailability::State::HoursUnconfirmed));
}

void TestHoursClaim::staffSeeTheStatedHours()
{
    const Content content = contentWith(TestContentFactory::weekdayHours(), true, false, false);
    const ChannelAvailability stated =
        ChannelAvailability::asStated(content, helpline, ukTime(2025, 1, 15, 14));
    QVERIFY(stated.isOpenNow());
    QVERIFY(stated.hoursUnconfirmed());
    QCOMPARE(stated.statusText(), QStringLiteral("Open now — until 9pm"));
}

void TestHoursClaim::unconfirmedPrimaryIsNeverDemoted()
{
    // Friday 6pm: by its stated hours the helpline is closed, and Samaritans (open) would lead.
    const Content content = contentWith(TestContentFactory::weekdayHours(), true, false, false);
    const OutcomeAvailability availability(content, *content.node(QStringLiteral("self-outcome")),
                                           ukTime(2025, 1, 17, 18));
    QVERIFY(!availability.primaryClosedNow());
    QCOMPARE(availability.promotedAlternative(), -1);
    QCOMPARE(availability.inShowingOrder().constFirst().ref(), helpline);
    QVERIFY(availability.closedNotice(QStringLiteral("en")).isEmpty());
}

void TestHoursClaim::unconfirmedAlternativeIsNeverPromoted()
{
    // The primary is closed (confirmed hours); the only open alternative's 24 hours need
    // confirming, so nothing is put above the primary.
    Content content = contentWith(TestContentFactory::weekdayHours(), false, false, false);
    content.services[2].needsConfirming = true; // Samaritans
    PathwayNode &node = content.nodes[3];
    QCOMPARE(node.id, QStringLiteral("self-outcome"));
    node.alternatives = {{QStringLiteral("police"), QStringLiteral("emergency")},
                         {QStringLiteral("samaritans"), QStringLiteral("phone")}};
    const OutcomeAvailability availability(content, node, ukTime(2025, 1, 17, 18));
    QVERIFY(availability.primaryClosedNow());
    QCOMPARE(availability.promotedAlternative(), -1);
    QCOMPARE(availability.alternatives().at(1).statusText(),
             QStringLiteral("Opening times: check when you call"));
}

void TestHoursClaim::neutralLineFitsTheChannel_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("text");
    const QString call = QStringLiteral("Opening times: check when you call");
    const QString touch = QStringLiteral("Opening times: check when you get in touch");
    QTest::newRow("phone") << int(ChannelType::Phone) << call;
    QTest::newRow("textphone") << int(ChannelType::Textphone) << call;
    QTest::newRow("video relay") << int(ChannelType::VideoRelay) << call;
    QTest::newRow("text") << int(ChannelType::Text) << touch;
    QTest::newRow("chat") << int(ChannelType::Chat) << touch;
    QTest::newRow("email") << int(ChannelType::Email) << touch;
    QTest::newRow("web") << int(ChannelType::Web) << touch;
}

void TestHoursClaim::neutralLineFitsTheChannel()
{
    QFETCH(int, type);
    QFETCH(QString, text);
    Channel channel;
    channel.type = static_cast<ChannelType>(type);
    QCOMPARE(HoursClaim::neutralText(channel), text);
}

QTEST_GUILESS_MAIN(TestHoursClaim)
#include "TestHoursClaim.moc"
