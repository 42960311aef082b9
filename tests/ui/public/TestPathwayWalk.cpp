// SPDX-License-Identifier: GPL-3.0-or-later
#include "KioskTestSupport.h"
#include "TestContentFactory.h"
#include "core/content/ChannelText.h"
#include "ui/public/screens/ChannelCard.h"
#include "ui/public/screens/OutcomeScreen.h"

#include <QTest>

Q_DECLARE_METATYPE(PathwayRoutes::Route)

// Walks every pathway in the content by clicking its answers, as a visitor would, and checks
// the outcome shows the content's primary number.
class TestPathwayWalk : public QObject
{
    Q_OBJECT
private slots:
    void reachesTheHelpline_data();
    void reachesTheHelpline();

private:
    static Content content(const QString &source);
};

Content TestPathwayWalk::content(const QString &source)
{
    Q_UNUSED(source);
    return TestContentFactory::make();
}

void TestPathwayWalk::reachesTheHelpline_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<PathwayRoutes::Route>("route");
    for (const QString &source : {QStringLiteral("test")}) {
        const QList<PathwayRoutes::Route> routes = PathwayRoutes::all(content(source));
        QVERIFY(!routes.isEmpty());
        for (const PathwayRoutes::Route &route : routes) {
            QTest::addRow("%s: %s", qPrintable(source),
                          qPrintable(route.nodes.join(QStringLiteral(" > "))))
                << source << route;
        }
    }
}

void TestPathwayWalk::reachesTheHelpline()
{
    QFETCH(QString, source);
    QFETCH(PathwayRoutes::Route, route);
    const Content walked = content(source);
    const QDateTime afternoon(QDate(2025, 1, 15), QTime(14, 0), OpeningHours::ukTimeZone());
    KioskWindow window(walked, Clock::fixed(afternoon));
    window.resize(1080, 1920);
    window.show();
    QVERIFY(KioskTestSupport::clickRoute(window, route.answers));
    QCOMPARE(window.currentScreen(), window.outcomeScreen());
    QCOMPARE(window.outcomeScreen()->outcomeId(), route.nodes.constLast());

    const PathwayNode *outcome = walked.node(route.nodes.constLast());
    const Channel *primary = walked.channel(outcome->primary);
    QVERIFY(primary);
    const QList<ChannelCard *> cards = window.outcomeScreen()->cards();
    QCOMPARE(cards.size(), 1 + outcome->alternatives.size());
    const auto shown = std::find_if(cards.cbegin(), cards.cend(), [&](const ChannelCard *card) {
        return card->ref() == outcome->primary;
    });
    QVERIFY(shown != cards.cend());
    QVERIFY((*shown)->isVisible());
    QCOMPARE((*shown)->valueText(), ChannelText::displayValue(*primary));
    // Open at this time, the primary leads.
    if (!(*shown)->statusText().startsWith(QLatin1String("Closed")))
        QCOMPARE(cards.constFirst(), *shown);
}

QTEST_MAIN(TestPathwayWalk)
#include "TestPathwayWalk.moc"
