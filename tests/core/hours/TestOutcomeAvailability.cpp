// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestContentFactory.h"
#include "core/hours/OutcomeAvailability.h"

#include <QTest>

Q_DECLARE_METATYPE(OpeningHours)

namespace {

QDateTime ukTime(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), OpeningHours::ukTimeZone());
}

// 15 January 2025 is a Wednesday; 17 January a Friday.
QDateTime wednesdayAt(int hour, int minute = 0)
{
    return ukTime(2025, 1, 15, hour, minute);
}

} // namespace

class TestOutcomeAvailability : public QObject
{
    Q_OBJECT
private slots:
    void saysWhetherOpen_data();
    void saysWhetherOpen();
    void primaryOpenPromotesNothing();
    void closedPrimaryPromotesFirstOpenAlternativeButNever999();
    void closedPrimaryFallsBackToAWebAddress();
    void closedPrimaryWithNothingOpenPromotesNothing();
};

void TestOutcomeAvailability::saysWhetherOpen_data()
{
    QTest::addColumn<OpeningHours>("hours");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QString>("expected");
    const OpeningHours weekday = TestContentFactory::weekdayHours();
    QTest::newRow("open, closes today")
        << weekday << wednesdayAt(14) << QStringLiteral("Open now — until 9pm");
    QTest::newRow("last minute") << weekday << wednesdayAt(20, 59)
                                 << QStringLiteral("Open now — until 9pm");
    QTest::newRow("just closed") << weekday << wednesdayAt(21)
                                 << QStringLiteral("Closed now — opens tomorrow at 9am");
    QTest::newRow("early morning")
        << weekday << ukTime(2025, 1, 16, 7, 30) << QStringLiteral("Closed now — opens at 9am");
    QTest::newRow("friday closes early")
        << weekday << ukTime(2025, 1, 17, 10, 0) << QStringLiteral("Open now — until 5pm");
    QTest::newRow("weekend") << weekday << ukTime(2025, 1, 17, 18, 0)
                             << QStringLiteral("Closed now — opens Monday at 9am");
    QTest::newRow("summer time, given in UTC")
        << weekday << QDateTime(QDate(2025, 7, 16), QTime(19, 30), QTimeZone::utc())
        << QStringLiteral("Open now — until 9pm");
    QTest::newRow("24 hours") << OpeningHours::alwaysOpen() << wednesdayAt(3)
                              << QStringLiteral("Open 24 hours");
    QTest::newRow("not stated") << OpeningHours() << wednesdayAt(14) << QString();
    QTest::newRow("until midnight")
        << OpeningHours::weekly({{Qt::Wednesday, 18 * 60 + 30, 24 * 60}}) << wednesdayAt(19)
        << QStringLiteral("Open now — until midnight");
    QTest::newRow("half past") << OpeningHours::weekly(
                                      {{Qt::Wednesday, 18 * 60 + 30, 22 * 60 + 15}})
                               << wednesdayAt(17) << QStringLiteral("Closed now — opens at 6:30pm");
    QTest::newRow("midday") << OpeningHours::weekly({{Qt::Wednesday, 8 * 60, 12 * 60}})
                            << wednesdayAt(9) << QStringLiteral("Open now — until midday");
    QTest::newRow("more than a week away")
        << OpeningHours::weekly({{Qt::Wednesday, 9 * 60, 17 * 60}}, {QDate(2025, 1, 22)})
        << wednesdayAt(18) << QStringLiteral("Closed now — opens on 29 January at 9am");
}

void TestOutcomeAvailability::saysWhetherOpen()
{
    QFETCH(OpeningHours, hours);
    QFETCH(QDateTime, at);
    QFETCH(QString, expected);
    Content content = TestContentFactory::make();
    content.services[0].channels[0].hours = hours;
    const ChannelAvailability availability = ChannelAvailability::at(
        content, {QStringLiteral("stop-it-now"), QStringLiteral("helpline")}, at);
    QCOMPARE(availability.statusText(), expected);
}

void TestOutcomeAvailability::primaryOpenPromotesNothing()
{
    const Content content = TestContentFactory::make();
    const OutcomeAvailability availability(content, *content.node(QStringLiteral("self-outcome")),
                                           wednesdayAt(14));
    QVERIFY(availability.primary().isOpenNow());
    QCOMPARE(availability.promotedAlternative(), -1);
    QCOMPARE(availability.inShowingOrder().constFirst().ref(), availability.primary().ref());
    QVERIFY(availability.closedNotice(QStringLiteral("en")).isEmpty());
}

void TestOutcomeAvailability::closedPrimaryPromotesFirstOpenAlternativeButNever999()
{
    const Content content = TestContentFactory::make();
    const OutcomeAvailability availability(content, *content.node(QStringLiteral("self-outcome")),
                                           ukTime(2025, 1, 17, 18, 0));
    QVERIFY(availability.primaryClosedNow());
    QVERIFY(availability.alternatives().at(0).isEmergency()); // 999 is open but stays for danger
    QCOMPARE(availability.promotedAlternative(), 2);
    const QList<ChannelAvailability> order = availability.inShowingOrder();
    QCOMPARE(order.size(), 4);
    QCOMPARE(order.at(0).ref().service, QStringLiteral("samaritans"));
    QCOMPARE(order.at(1).ref().service, QStringLiteral("stop-it-now"));
    QCOMPARE(order.at(2).ref().service, QStringLiteral("police"));
    QCOMPARE(availability.closedNotice(QStringLiteral("en")),
             QStringLiteral("Stop It Now! (Helpline) is closed now. It opens Monday at 9am."));
}

void TestOutcomeAvailability::closedPrimaryFallsBackToAWebAddress()
{
    Content content = TestContentFactory::make();
    PathwayNode &node = content.nodes[3];
    QCOMPARE(node.id, QStringLiteral("self-outcome"));
    node.alternatives.removeLast(); // no Samaritans: only 999 and the self-help site
    const OutcomeAvailability availability(content, node, ukTime(2025, 1, 17, 18, 0));
    QCOMPARE(availability.promotedAlternative(), 1);
    QVERIFY(availability.alternatives().at(1).isWebAddress());
}

void TestOutcomeAvailability::closedPrimaryWithNothingOpenPromotesNothing()
{
    Content content = TestContentFactory::make();
    PathwayNode &node = content.nodes[3];
    node.alternatives = {{QStringLiteral("police"), QStringLiteral("emergency")}};
    const OutcomeAvailability availability(content, node, ukTime(2025, 1, 17, 18, 0));
    QVERIFY(availability.primaryClosedNow());
    QCOMPARE(availability.promotedAlternative(), -1);
    QCOMPARE(availability.inShowingOrder().constFirst().ref(), node.primary);
}

QTEST_GUILESS_MAIN(TestOutcomeAvailability)
#include "TestOutcomeAvailability.moc"
