// SPDX-License-Identifier: GPL-3.0-or-later
#include "KioskTestSupport.h"
#include "TestContentFactory.h"
#include "ui/public/KioskHeader.h"
#include "ui/public/LeaveButton.h"
#include "ui/public/NavigationBar.h"
#include "ui/public/screens/OutcomeScreen.h"

#include <QApplication>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTest>

#include <memory>

namespace {

enum class Exit
{
    LeaveButton,
    ShiftThreeTimes,
    IdleReset, // to the attract screen, then a touch starts the next visit
};

// What the last visitor leaves on the welcome's first answer as the visit ends.
enum class Left
{
    Nothing,
    Focus,      // reached with the keyboard
    KeyHeld,    // focused, Space down
    FingerHeld, // pressed, not yet lifted: built anew (Qt would go on tracking the press)
};

} // namespace

Q_DECLARE_METATYPE(Exit)
Q_DECLARE_METATYPE(Left)

// An answer list shown again with the same words in the same language keeps its buttons (the
// welcome after every quick exit, a question seen again), and they behave exactly as new ones:
// not pressed, not focused, and a tap chooses the answer it shows. Other words or another
// language build them anew.
class TestAnswerReuse : public QObject
{
    Q_OBJECT
private slots:
    void welcomeAnswersKeptForTheNextVisitor_data();
    void welcomeAnswersKeptForTheNextVisitor();
    void otherWordsOrLanguageBuildAnew_data();
    void otherWordsOrLanguageBuildAnew();

private:
    std::unique_ptr<KioskWindow> makeWindow();
    qint64 m_now = 100000; // injected quick-exit timestamps
};

std::unique_ptr<KioskWindow> TestAnswerReuse::makeWindow()
{
    auto window = std::make_unique<KioskWindow>(
        TestContentFactory::make(), Clock::fixed(QDateTime(QDate(2025, 1, 15), QTime(14, 0))));
    window->setQuickExitTimeSource([this] { return m_now; });
    window->resize(1280, 800);
    window->show();
    window->activateWindow(); // focus events, as on the kiosk
    if (!QTest::qWaitForWindowActive(window.get()))
        return nullptr;
    return window;
}

void TestAnswerReuse::welcomeAnswersKeptForTheNextVisitor_data()
{
    QTest::addColumn<QList<int>>("route"); // answers chosen before the exit
    QTest::addColumn<Exit>("exit");
    QTest::addColumn<Left>("left");
    QTest::addColumn<bool>("kept");
    QTest::addColumn<int>("chosen");       // tapped by the next visitor
    QTest::addColumn<QString>("language"); // of the visit before the exit (empty: English)
    QTest::newRow("welcome, Leave")
        << QList<int>{} << Exit::LeaveButton << Left::Nothing << true << 2 << QString();
    QTest::newRow("welcome, focus, Shift x3")
        << QList<int>{} << Exit::ShiftThreeTimes << Left::Focus << true << 0 << QString();
    QTest::newRow("welcome, Space held, Shift x3")
        << QList<int>{} << Exit::ShiftThreeTimes << Left::KeyHeld << true << 0 << QString();
    QTest::newRow("welcome, finger held, Shift x3")
        << QList<int>{} << Exit::ShiftThreeTimes << Left::FingerHeld << false << 1 << QString();
    QTest::newRow("question, Leave")
        << QList<int>{0} << Exit::LeaveButton << Left::Nothing << true << 1 << QString();
    QTest::newRow("outcome, Shift x3")
        << QList<int>{0, 1} << Exit::ShiftThreeTimes << Left::Nothing << true << 0 << QString();
    QTest::newRow("question, idle reset")
        << QList<int>{1} << Exit::IdleReset << Left::Nothing << true << 2 << QString();
    // Back to English at the exit: the Welsh buttons are deleted there and then, even one a
    // finger is still on (PublicScreenStack::dropWordsNotIn()).
    QTest::newRow("welcome in Welsh, finger held, Shift x3")
        << QList<int>{} << Exit::ShiftThreeTimes << Left::FingerHeld << false << 1
        << QStringLiteral("cy");
    QTest::newRow("welcome in Welsh, Leave")
        << QList<int>{} << Exit::LeaveButton << Left::Nothing << false << 2 << QStringLiteral("cy");
}

void TestAnswerReuse::welcomeAnswersKeptForTheNextVisitor()
{
    QFETCH(QList<int>, route);
    QFETCH(Exit, exit);
    QFETCH(Left, left);
    QFETCH(bool, kept);
    QFETCH(int, chosen);
    QFETCH(QString, language);
    auto window = makeWindow();
    QVERIFY(window);
    if (!language.isEmpty()) {
        window->visit()->setLanguage(language);
        KioskTestSupport::settle();
    }
    WelcomeScreen *welcome = window->welcomeScreen();
    const QList<AnswerButton *> before = welcome->answers()->buttons();
    const QList<QPointer<AnswerButton>> watched(before.cbegin(), before.cend());
    QVERIFY(KioskTestSupport::clickRoute(*window, route));
    AnswerButton *first = before.constFirst();
    if (left == Left::Focus || left == Left::KeyHeld) {
        first->setFocus(Qt::TabFocusReason);
        QVERIFY(first->hasFocus());
        QCOMPARE(first->textLabel()->property("buttonFocus").toString(), QStringLiteral("true"));
    }
    if (left == Left::KeyHeld) {
        QTest::keyPress(first, Qt::Key_Space);
        QVERIFY(first->isDown());
    }
    if (left == Left::FingerHeld) {
        QTest::mousePress(first, Qt::LeftButton);
        QVERIFY(first->isDown() && first->isHeld());
    }

    switch (exit) {
    case Exit::LeaveButton:
        QTest::mouseClick(window->header()->leaveButton(), Qt::LeftButton);
        break;
    case Exit::ShiftThreeTimes:
        for (int press = 0; press < 3; ++press) {
            m_now += 400;
            QTest::keyClick(window.get(), Qt::Key_Shift);
        }
        break;
    case Exit::IdleReset:
        window->idleReset();
        QCOMPARE(window->visit()->screen(), VisitModel::Screen::Attract);
        window->visit()->leaveAttract();
        break;
    }
    KioskTestSupport::settle();
    QCOMPARE(window->currentScreen(), welcome);

    const QList<AnswerButton *> after = welcome->answers()->buttons();
    QCOMPARE(after == before, kept);
    for (qsizetype i = 0; i < watched.size(); ++i)
        QCOMPARE(!watched.at(i).isNull(), kept); // those replaced are gone
    const Content &content = window->visit()->content();
    const PathwayNode *start = content.node(content.startNode);
    QCOMPARE(after.size(), start->answers.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        AnswerButton *button = after.at(i);
        QCOMPARE(button->answerText(), start->answers.at(i).text.text(QStringLiteral("en")));
        QCOMPARE(button->accessibleName(), button->answerText());
        QVERIFY(button->isVisible());
        QVERIFY(!button->isDown());
        QVERIFY(!button->isHeld());
        QVERIFY(!button->hasFocus());
        QVERIFY(button->textLabel()->property("buttonFocus").toString().isEmpty());
    }
    QCOMPARE(QApplication::focusWidget(), welcome->heading());

    // The finger slides a little and lifts after the exit: nothing is chosen for the next visitor.
    if (left == Left::FingerHeld) {
        QTest::mouseMove(after.constFirst(), after.constFirst()->rect().center() + QPoint(4, 2));
        QTest::mouseRelease(after.constFirst(), Qt::LeftButton);
    }
    if (left == Left::KeyHeld)
        QTest::keyRelease(QApplication::focusWidget(), Qt::Key_Space);
    KioskTestSupport::settle();
    QCOMPARE(window->visit()->screen(), VisitModel::Screen::Welcome);

    QTest::mouseClick(after.at(chosen), Qt::LeftButton);
    QCOMPARE(window->visit()->currentNodeId(), start->answers.at(chosen).next);
}

void TestAnswerReuse::otherWordsOrLanguageBuildAnew_data()
{
    QTest::addColumn<QList<int>>("first");  // to the list first seen
    QTest::addColumn<QList<int>>("second"); // after Back: to the list seen next
    QTest::addColumn<QString>("language");  // then switched to, if any
    QTest::addColumn<bool>("kept");
    QTest::newRow("the same question again") << QList<int>{0} << QList<int>{0} << QString() << true;
    // Two answers each, other words: built anew.
    QTest::newRow("another question") << QList<int>{0} << QList<int>{1} << QString() << false;
    // The test content has English only, so the words stay the same: the language alone counts
    // (the new language's fonts and direction are the buttons' from the start).
    QTest::newRow("welcome in another language")
        << QList<int>{} << QList<int>{} << QStringLiteral("cy") << false;
    QTest::newRow("question in another language")
        << QList<int>{0} << QList<int>{0} << QStringLiteral("ar") << false;
}

void TestAnswerReuse::otherWordsOrLanguageBuildAnew()
{
    QFETCH(QList<int>, first);
    QFETCH(QList<int>, second);
    QFETCH(QString, language);
    QFETCH(bool, kept);
    auto window = makeWindow();
    QVERIFY(window);
    const auto shownAnswers = [&window] {
        return window->visit()->screen() == VisitModel::Screen::Welcome
                   ? window->welcomeScreen()->answers()
                   : window->questionScreen()->answers();
    };
    QVERIFY(KioskTestSupport::clickRoute(*window, first));
    const QList<AnswerButton *> before = shownAnswers()->buttons();
    const QList<QPointer<AnswerButton>> watched(before.cbegin(), before.cend());
    if (!first.isEmpty()) {
        QTest::mouseClick(window->questionScreen()->navigation()->backButton(), Qt::LeftButton);
        QVERIFY(KioskTestSupport::clickRoute(*window, second));
    }
    if (!language.isEmpty())
        window->visit()->setLanguage(language);
    KioskTestSupport::settle();

    const QList<AnswerButton *> after = shownAnswers()->buttons();
    QCOMPARE(after == before, kept);
    for (const QPointer<AnswerButton> &button : watched)
        QCOMPARE(!button.isNull(), kept);
    const PathwayNode *node = window->visit()->currentNode();
    QCOMPARE(after.size(), node->answers.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        QCOMPARE(after.at(i)->answerText(), node->answers.at(i).text.text(language));
        QVERIFY(after.at(i)->isVisible());
        QVERIFY(!after.at(i)->isDown());
    }
    QTest::mouseClick(after.constLast(), Qt::LeftButton);
    QCOMPARE(window->visit()->currentNodeId(), node->answers.constLast().next);
}

QTEST_MAIN(TestAnswerReuse)
#include "TestAnswerReuse.moc"
