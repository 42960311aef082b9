// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestContentFactory.h"
#include "core/visit/VisitModel.h"
#include "ui/public/PublicScreenStack.h"
#include "ui/public/screens/OutcomeScreen.h"
#include "ui/public/screens/QuestionScreen.h"

#include <QMetaEnum>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

// The stack drives its screens only through PublicScreen: every screen of the visit has exactly
// one, the visit's screen is the one on show, and its heading leads its reading order. Each
// screen is built the first time it is needed, and is told then what the stack was told before.
class TestPublicScreenStack : public QObject
{
    Q_OBJECT

private slots:
    void everyVisitScreenHasOneScreen();
    void showsTheVisitsScreen_data();
    void showsTheVisitsScreen();
    void anotherScreenLeavesTheOutcome();
    void screensAreBuiltOnFirstUse();
};

void TestPublicScreenStack::everyVisitScreenHasOneScreen()
{
    PublicScreenStack stack;
    const QMetaEnum screens = QMetaEnum::fromType<VisitModel::Screen>();
    for (int i = 0; i < screens.keyCount(); ++i) {
        const auto which = VisitModel::Screen(screens.value(i));
        PublicScreen *screen = stack.screen(which);
        QVERIFY2(screen, screens.key(i));
        QCOMPARE(screen->which(), which);
        QVERIFY(stack.indexOf(screen) >= 0);
        QCOMPARE(stack.screen(which), screen); // built once
    }
    QCOMPARE(stack.builtScreens().size(), screens.keyCount());
    QCOMPARE(stack.count(), screens.keyCount());
}

void TestPublicScreenStack::showsTheVisitsScreen_data()
{
    QTest::addColumn<QList<int>>("answers");
    QTest::addColumn<bool>("privacy");
    QTest::addColumn<bool>("attract");
    QTest::addColumn<VisitModel::Screen>("expected");
    QTest::newRow("welcome") << QList<int>{} << false << false << VisitModel::Screen::Welcome;
    QTest::newRow("question") << QList<int>{0} << false << false << VisitModel::Screen::Question;
    QTest::newRow("outcome") << QList<int>{0, 1} << false << false << VisitModel::Screen::Outcome;
    QTest::newRow("privacy") << QList<int>{} << true << false << VisitModel::Screen::Privacy;
    QTest::newRow("attract") << QList<int>{} << false << true << VisitModel::Screen::Attract;
}

void TestPublicScreenStack::showsTheVisitsScreen()
{
    QFETCH(QList<int>, answers);
    QFETCH(bool, privacy);
    QFETCH(bool, attract);
    QFETCH(VisitModel::Screen, expected);

    VisitModel visit(TestContentFactory::make());
    PublicScreenStack stack;
    stack.forwardTo(&visit);
    for (const int answer : answers)
        QVERIFY(visit.choose(answer));
    if (privacy)
        visit.showPrivacy();
    if (attract)
        visit.resetToAttract();
    QCOMPARE(visit.screen(), expected);

    stack.showScreen(visit, QStringLiteral("en"));
    PublicScreen *shown = stack.screen(expected);
    QCOMPARE(stack.currentWidget(), shown);
    QWidget *heading = stack.heading(expected);
    QVERIFY(heading);
    QVERIFY(heading == shown || shown->isAncestorOf(heading));
    const QList<QWidget *> order = stack.focusOrder(expected);
    QVERIFY(!order.isEmpty());
    QCOMPARE(order.first(), heading);
}

void TestPublicScreenStack::anotherScreenLeavesTheOutcome()
{
    VisitModel visit(TestContentFactory::make());
    PublicScreenStack stack;
    QVERIFY(visit.choose(0));
    QVERIFY(visit.choose(1));
    stack.showScreen(visit, QStringLiteral("en"));
    QCOMPARE(stack.outcome()->outcomeId(), QStringLiteral("self-outcome"));
    auto *timer = stack.outcome()->findChild<QTimer *>(QStringLiteral("minuteTimer"));
    QVERIFY(timer && timer->isActive());
    const QList<ChannelCard *> cards = stack.outcome()->cards();
    QVERIFY(!cards.isEmpty());
    // Back: the outcome is no longer shown and its minute timer stops, but its cards stay built
    // for this visit (the same answer again shows them without building them again).
    visit.goBack();
    stack.showScreen(visit, QStringLiteral("en"));
    QVERIFY(stack.outcome()->outcomeId().isEmpty());
    QVERIFY(!timer->isActive());
    QVERIFY(visit.choose(1));
    stack.showScreen(visit, QStringLiteral("en"));
    QCOMPARE(stack.outcome()->cards(), cards);
    // A forgotten visit drops them.
    stack.outcome()->clear();
    QVERIFY(stack.outcome()->cards().isEmpty());
}

void TestPublicScreenStack::screensAreBuiltOnFirstUse()
{
    VisitModel visit(TestContentFactory::make());
    PublicScreenStack stack;
    QSignalSpy built(&stack, &PublicScreenStack::built);
    stack.forwardTo(&visit);
    stack.setClock(Clock::fixed(QDateTime(QDate(2026, 12, 2), QTime(14, 0))));
    stack.applyScale(1.5);
    QVERIFY(stack.builtScreens().isEmpty());
    QCOMPARE(stack.count(), 0);

    // The first screen alone, before the kiosk's first frame.
    stack.showScreen(visit, QStringLiteral("en"));
    QCOMPARE(stack.builtScreens(),
             QList<PublicScreen *>{stack.screen(VisitModel::Screen::Welcome)});
    QCOMPARE(built.count(), 1);
    for (const auto which : {VisitModel::Screen::Question, VisitModel::Screen::Outcome,
                             VisitModel::Screen::Privacy, VisitModel::Screen::Attract})
        QVERIFY(!stack.isBuilt(which));

    // The question screen on the first answer, told of the visit before it existed: its Back
    // reaches the visit.
    QVERIFY(visit.choose(0));
    stack.showScreen(visit, QStringLiteral("en"));
    QVERIFY(stack.isBuilt(VisitModel::Screen::Question));
    QCOMPARE(built.count(), 2);
    QCOMPARE(built.last().constFirst().value<PublicScreen *>(), stack.question());
    QCOMPARE(stack.currentWidget(), stack.question());
    QVERIFY(!stack.isBuilt(VisitModel::Screen::Outcome));
    emit stack.question()->backRequested();
    QCOMPARE(visit.screen(), VisitModel::Screen::Welcome);

    // A forgotten visit does not build what was never shown.
    stack.clear();
    stack.retranslate();
    QCOMPARE(stack.builtScreens().size(), 2);
}

QTEST_MAIN(TestPublicScreenStack)
#include "TestPublicScreenStack.moc"
