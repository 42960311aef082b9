// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestContentFactory.h"
#include "core/visit/PathwayRoutes.h"
#include "core/visit/VisitModel.h"

#include <QSignalSpy>
#include <QTest>

class TestVisitModel : public QObject
{
    Q_OBJECT
private slots:
    void startsOnWelcome();
    void choosingFollowsTheAnswer_data();
    void choosingFollowsTheAnswer();
    void refusesAnswersThatDoNotExist();
    void backRetracesTheWay();
    void startAgainForgetsTheWay();
    void privacyReturnsToWhereItWasOpened();
    void resetForgetsEverything();
    void resetToAttractThenTouchGoesToWelcome();
    void resetReturnsToTheStartLanguage();
    void displayPreferencesBelongToTheVisit_data();
    void displayPreferencesBelongToTheVisit();
    void resetReturnsToTheStartDisplay();
    void replacingContentForgetsTheVisit_data();
    void replacingContentForgetsTheVisit();
    void signalsEveryChange();
    void everyRouteEndsAtAnOutcome();
    void firstRouteToANode();
};

void TestVisitModel::startsOnWelcome()
{
    VisitModel visit(TestContentFactory::make());
    QCOMPARE(visit.screen(), VisitModel::Screen::Welcome);
    QCOMPARE(visit.currentNodeId(), QStringLiteral("welcome"));
    QVERIFY(!visit.canGoBack());
    QCOMPARE(visit.language(), QStringLiteral("en"));
}

void TestVisitModel::choosingFollowsTheAnswer_data()
{
    QTest::addColumn<QList<int>>("answers");
    QTest::addColumn<QString>("node");
    QTest::addColumn<VisitModel::Screen>("screen");
    QTest::newRow("myself") << QList<int>{0} << QStringLiteral("self-age")
                            << VisitModel::Screen::Question;
    QTest::newRow("myself, adult")
        << QList<int>{0, 1} << QStringLiteral("self-outcome") << VisitModel::Screen::Outcome;
    QTest::newRow("child, danger")
        << QList<int>{1, 0} << QStringLiteral("danger-outcome") << VisitModel::Screen::Outcome;
    QTest::newRow("report") << QList<int>{2} << QStringLiteral("report-outcome")
                            << VisitModel::Screen::Outcome;
}

void TestVisitModel::choosingFollowsTheAnswer()
{
    QFETCH(QList<int>, answers);
    QFETCH(QString, node);
    QFETCH(VisitModel::Screen, screen);
    VisitModel visit(TestContentFactory::make());
    for (const int answer : answers)
        QVERIFY(visit.choose(answer));
    QCOMPARE(visit.currentNodeId(), node);
    QCOMPARE(visit.screen(), screen);
    QCOMPARE(visit.wayBack().size(), answers.size());
}

void TestVisitModel::refusesAnswersThatDoNotExist()
{
    VisitModel visit(TestContentFactory::make());
    QVERIFY(!visit.choose(-1));
    QVERIFY(!visit.choose(3));
    QVERIFY(visit.choose(2));
    QVERIFY(!visit.choose(0)); // an outcome has no answers
    QCOMPARE(visit.currentNodeId(), QStringLiteral("report-outcome"));
}

void TestVisitModel::backRetracesTheWay()
{
    VisitModel visit(TestContentFactory::make());
    visit.choose(0);
    visit.choose(1);
    visit.goBack();
    QCOMPARE(visit.currentNodeId(), QStringLiteral("self-age"));
    visit.goBack();
    QCOMPARE(visit.screen(), VisitModel::Screen::Welcome);
    QVERIFY(!visit.canGoBack());
    visit.goBack(); // nothing further back: stays
    QCOMPARE(visit.screen(), VisitModel::Screen::Welcome);
}

void TestVisitModel::startAgainForgetsTheWay()
{
    VisitModel visit(TestContentFactory::make());
    visit.choose(0);
    visit.choose(1);
    visit.startAgain();
    QCOMPARE(visit.screen(), VisitModel::Screen::Welcome);
    QVERIFY(visit.wayBack().isEmpty());
}

void TestVisitModel::privacyReturnsToWhereItWasOpened()
{
    VisitModel visit(TestContentFactory::make());
    visit.showPrivacy();
    QCOMPARE(visit.screen(), VisitModel::Screen::Privacy);
    QVERIFY(!visit.choose(0)); // answers are not on screen
    visit.goBack();
    QCOMPARE(visit.screen(), VisitModel::Screen::Welcome);
}

void TestVisitModel::resetForgetsEverything()
{
    VisitModel visit(TestContentFactory::make());
    visit.setLanguage(QStringLiteral("cy"));
    visit.choose(1);
    visit.showPrivacy();
    visit.reset();
    QCOMPARE(visit.screen(), VisitModel::Screen::Welcome);
    QCOMPARE(visit.currentNodeId(), QStringLiteral("welcome"));
    QVERIFY(visit.wayBack().isEmpty());
    QCOMPARE(visit.language(), VisitModel::defaultLanguage());
}

void TestVisitModel::resetToAttractThenTouchGoesToWelcome()
{
    VisitModel visit(TestContentFactory::make());
    visit.choose(0);
    visit.resetToAttract();
    QCOMPARE(visit.screen(), VisitModel::Screen::Attract);
    QVERIFY(!visit.currentNode());
    QVERIFY(!visit.canGoBack());
    QVERIFY(!visit.choose(0));
    visit.leaveAttract();
    QCOMPARE(visit.screen(), VisitModel::Screen::Welcome);
    QVERIFY(visit.wayBack().isEmpty());
}

void TestVisitModel::resetReturnsToTheStartLanguage()
{
    VisitModel visit(TestContentFactory::make());
    visit.setStartLanguage(QStringLiteral("cy"));
    QCOMPARE(visit.language(), VisitModel::defaultLanguage()); // nothing changes mid-visit
    visit.setLanguage(QStringLiteral("pl"));
    visit.reset();
    QCOMPARE(visit.language(), QStringLiteral("cy"));
    visit.setStartLanguage({});
    visit.resetToAttract();
    QCOMPARE(visit.language(), VisitModel::defaultLanguage());
}

void TestVisitModel::displayPreferencesBelongToTheVisit_data()
{
    QTest::addColumn<bool>("toAttract");
    QTest::newRow("quick exit") << false;
    QTest::newRow("idle reset") << true;
}

void TestVisitModel::displayPreferencesBelongToTheVisit()
{
    QFETCH(bool, toAttract);
    VisitModel visit(TestContentFactory::make());
    QCOMPARE(visit.display(), DisplayPreferences());
    QSignalSpy changed(&visit, &VisitModel::screenChanged);
    visit.setLargeText(true);
    visit.setHighContrast(true);
    QCOMPARE(changed.size(), 2); // the window restyles at once
    visit.setLargeText(true);
    QCOMPARE(changed.size(), 2); // no change, no signal
    QVERIFY(visit.display().largeText);
    QVERIFY(visit.display().highContrast);
    QCOMPARE(visit.display().textFactor(), DisplayPreferences::largeTextFactor);
    visit.choose(0);
    QVERIFY(visit.display().largeText); // kept through the pathway
    if (toAttract)
        visit.resetToAttract();
    else
        visit.reset();
    QCOMPARE(visit.display(), DisplayPreferences());
    QCOMPARE(visit.display().textFactor(), 1.0);
}

void TestVisitModel::resetReturnsToTheStartDisplay()
{
    VisitModel visit(TestContentFactory::make());
    DisplayPreferences start;
    start.highContrast = true;
    visit.setStartDisplay(start);
    QCOMPARE(visit.display(), DisplayPreferences()); // nothing changes mid-visit
    visit.setLargeText(true);
    visit.setHighContrast(false);
    visit.reset();
    QCOMPARE(visit.display(), start);
    QCOMPARE(visit.startDisplay(), start);
}

void TestVisitModel::replacingContentForgetsTheVisit_data()
{
    QTest::addColumn<bool>("onAttract");
    QTest::newRow("mid-visit") << false;
    QTest::newRow("on the attract screen") << true;
}

void TestVisitModel::replacingContentForgetsTheVisit()
{
    QFETCH(bool, onAttract);
    VisitModel visit(TestContentFactory::make());
    visit.choose(0);
    if (onAttract)
        visit.resetToAttract();
    Content newer = TestContentFactory::make();
    newer.metadata.version = 2;
    QSignalSpy changed(&visit, &VisitModel::screenChanged);
    visit.replaceContent(newer);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(visit.content().metadata.version, 2);
    QVERIFY(visit.wayBack().isEmpty());
    QCOMPARE(visit.screen(), onAttract ? VisitModel::Screen::Attract : VisitModel::Screen::Welcome);
}

void TestVisitModel::signalsEveryChange()
{
    VisitModel visit(TestContentFactory::make());
    QSignalSpy spy(&visit, &VisitModel::screenChanged);
    visit.choose(1);
    visit.choose(1);
    visit.goBack();
    visit.reset();
    QCOMPARE(spy.size(), 4);
    QCOMPARE(spy.at(0).at(0).value<VisitModel::Screen>(), VisitModel::Screen::Question);
    QCOMPARE(spy.at(1).at(0).value<VisitModel::Screen>(), VisitModel::Screen::Outcome);
    QCOMPARE(spy.at(3).at(0).value<VisitModel::Screen>(), VisitModel::Screen::Welcome);
}

void TestVisitModel::everyRouteEndsAtAnOutcome()
{
    const Content content = TestContentFactory::make();
    const QList<PathwayRoutes::Route> routes = PathwayRoutes::all(content);
    QCOMPARE(routes.size(), 5);
    for (const PathwayRoutes::Route &route : routes) {
        VisitModel visit(content);
        for (const int answer : route.answers)
            QVERIFY(visit.choose(answer));
        QCOMPARE(visit.screen(), VisitModel::Screen::Outcome);
        QCOMPARE(visit.currentNodeId(), route.nodes.constLast());
    }
}

void TestVisitModel::firstRouteToANode()
{
    const Content content = TestContentFactory::make();
    const auto route = PathwayRoutes::firstTo(content, QStringLiteral("child-danger"));
    QVERIFY(route);
    QCOMPARE(route->answers, QList<int>{1});
    QCOMPARE(route->nodes.constLast(), QStringLiteral("child-danger"));
    QVERIFY(!PathwayRoutes::firstTo(content, QStringLiteral("nowhere")));
}

QTEST_GUILESS_MAIN(TestVisitModel)
#include "TestVisitModel.moc"
