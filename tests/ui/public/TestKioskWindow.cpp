// SPDX-License-Identifier: GPL-3.0-or-later
#include "KioskTestSupport.h"
#include "TestContentFactory.h"
#include "core/content/ChannelText.h"
#include "core/visit/IdleMonitor.h"
#include "ui/public/EmergencyStrip.h"
#include "ui/public/IdleNotice.h"
#include "ui/public/KioskHeader.h"
#include "ui/public/LeaveButton.h"
#include "ui/public/NavigationBar.h"
#include "ui/public/QuickExitCue.h"
#include "ui/public/screens/AttractScreen.h"
#include "ui/public/screens/ChannelCard.h"
#include "ui/public/screens/OutcomeScreen.h"
#include "ui/public/screens/PrivacyScreen.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QTextEdit>
#include <QWheelEvent>

#include <memory>

using namespace std::chrono_literals;

namespace {

QDateTime ukTime(int year, int month, int day, int hour, int minute, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms),
                     OpeningHours::ukTimeZone());
}

// Wednesday 15 January 2025, 2pm: every line in the test content is open.
QDateTime weekdayAfternoon()
{
    return ukTime(2025, 1, 15, 14, 0);
}

enum class Where
{
    Welcome,
    Question,
    Outcome,
    Privacy,
    Attract,
    IdleNotice,
};

} // namespace

Q_DECLARE_METATYPE(Where)

class TestKioskWindow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void startsOnWelcomeWithStripAndLeaveButton();
    void backAndStartAgain();
    void privacyScreenAndBack();
    void quickExitFromEveryScreen_data();
    void quickExitFromEveryScreen();
    void shiftTooFewOrTooSlowDoesNothing_data();
    void shiftTooFewOrTooSlowDoesNothing();
    void shiftWithPausesUpToFiveSecondsLeaves_data();
    void shiftWithPausesUpToFiveSecondsLeaves();
    void escapeIsNotAQuickExit();
    void quickExitCueShowsProgress();
    void idleResetShowsNoticeThenAttract();
    void activityPostponesIdleReset_data();
    void activityPostponesIdleReset();
    void stillHereCancelsIdleReset();
    void attractRotatesAndTouchStarts();
    void showOverlayIsClosedByQuickExit();
    void openNowTextAtFixedTimes_data();
    void openNowTextAtFixedTimes();
    void closedPrimaryPromotesOpenAlternative();
    void recomputesAtTheMinuteBoundary();
    void outcomeSeenAgainKeepsItsCards_data();
    void outcomeSeenAgainKeepsItsCards();
    void noTextEntryAnywhere();
    void touchTargetsAreLargeEnough_data();
    void touchTargetsAreLargeEnough();

private:
    std::unique_ptr<KioskWindow> makeWindow(const QDateTime &at = weekdayAfternoon());
    void goTo(KioskWindow &window, Where where);
    void pressShiftThreeTimes(KioskWindow &window);
    qint64 m_now = 0; // injected quick-exit timestamps
};

void TestKioskWindow::init()
{
    m_now = 100000;
    QGuiApplication::clipboard()->setText(QStringLiteral("left behind by a visitor"));
}

std::unique_ptr<KioskWindow> TestKioskWindow::makeWindow(const QDateTime &at)
{
    auto window = std::make_unique<KioskWindow>(TestContentFactory::make(), Clock::fixed(at));
    window->setQuickExitTimeSource([this] { return m_now; });
    window->resize(1280, 800);
    window->show();
    return window;
}

void TestKioskWindow::goTo(KioskWindow &window, Where where)
{
    switch (where) {
    case Where::Welcome:
        break;
    case Where::Question:
        QVERIFY(KioskTestSupport::clickRoute(window, {0}));
        break;
    case Where::Outcome: {
        // Small enough that the outcome scrolls (it fits one screen at kiosk sizes).
        window.resize(800, 600);
        QVERIFY(KioskTestSupport::clickRoute(window, {0, 1}));
        // Scroll down, so the exit must also put the scroll position back.
        QScrollBar *bar = window.outcomeScreen()->scrollArea()->verticalScrollBar();
        QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > 0, 1000);
        bar->setValue(bar->maximum());
        break;
    }
    case Where::Privacy:
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("privacyButton")),
                          Qt::LeftButton);
        break;
    case Where::Attract:
        window.idleReset();
        break;
    case Where::IdleNotice:
        QVERIFY(KioskTestSupport::clickRoute(window, {1}));
        window.showIdleNotice();
        QVERIFY(window.idleNotice()->isVisible());
        break;
    }
}

void TestKioskWindow::pressShiftThreeTimes(KioskWindow &window)
{
    for (int i = 0; i < 3; ++i) {
        m_now += 400;
        QTest::keyClick(&window, Qt::Key_Shift);
    }
}

void TestKioskWindow::startsOnWelcomeWithStripAndLeaveButton()
{
    auto window = makeWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QCOMPARE(window->currentScreen(), window->welcomeScreen());
    auto *heading = window->welcomeScreen()->findChild<QLabel *>(QStringLiteral("heading"));
    QCOMPARE(heading->text(), QStringLiteral("Who are you worried about?"));
    auto *promise = window->welcomeScreen()->findChild<QLabel *>(QStringLiteral("promise"));
    QCOMPARE(
        promise->text(),
        QStringLiteral("Free, confidential help. This screen keeps no record of what you choose."));
    QCOMPARE(window->welcomeScreen()->answers()->buttons().size(), 3);
    QVERIFY(window->emergencyStrip()->isVisible());
    QCOMPARE(window->emergencyStrip()->text(),
             QStringLiteral(
                 "Is someone in danger now?  ·  Call 999  ·  Textphone or Relay UK app: 18000  ·  "
                 "BSL video relay: 999 BSL"));
    auto *leave = window->findChild<LeaveButton *>(QStringLiteral("leaveButton"));
    QVERIFY(leave && leave->isVisible());
    QCOMPARE(leave->text(), QStringLiteral("Leave this screen"));
    // Top right, above the screens.
    const QPoint corner = leave->mapTo(window.get(), QPoint(leave->width(), 0));
    QVERIFY(corner.x() > window->width() - 60);
    QVERIFY(corner.y() < 40);
}

void TestKioskWindow::backAndStartAgain()
{
    auto window = makeWindow();
    QVERIFY(KioskTestSupport::clickRoute(*window, {0, 1}));
    QCOMPARE(window->currentScreen(), window->outcomeScreen());
    QTest::mouseClick(window->outcomeScreen()->navigation()->backButton(), Qt::LeftButton);
    QCOMPARE(window->currentScreen(), window->questionScreen());
    QCOMPARE(window->questionScreen()->questionId(), QStringLiteral("self-age"));
    QTest::mouseClick(window->questionScreen()->navigation()->startAgainButton(), Qt::LeftButton);
    QCOMPARE(window->currentScreen(), window->welcomeScreen());
    QVERIFY(window->visit()->wayBack().isEmpty());
}

void TestKioskWindow::privacyScreenAndBack()
{
    auto window = makeWindow();
    goTo(*window, Where::Privacy);
    QCOMPARE(window->currentScreen(), window->privacyScreen());
    const QList<QLabel *> labels = window->privacyScreen()->findChildren<QLabel *>();
    const auto says = [&](const QString &words) {
        return std::any_of(labels.cbegin(), labels.cend(),
                           [&](const QLabel *l) { return l->text().contains(words); });
    };
    QVERIFY(says(QStringLiteral("keeps no record")));
    QVERIFY(says(QStringLiteral("sends nothing anywhere")));
    QVERIFY(says(QStringLiteral("call history")));
    QTest::mouseClick(window->privacyScreen()->navigation()->backButton(), Qt::LeftButton);
    QCOMPARE(window->currentScreen(), window->welcomeScreen());
}

void TestKioskWindow::quickExitFromEveryScreen_data()
{
    QTest::addColumn<Where>("where");
    QTest::addColumn<bool>("byKeyboard");
    const QList<QPair<const char *, Where>> places{
        {"welcome", Where::Welcome}, {"question", Where::Question},
        {"outcome", Where::Outcome}, {"privacy", Where::Privacy},
        {"attract", Where::Attract}, {"idle notice", Where::IdleNotice}};
    for (const auto &[name, where] : places) {
        QTest::addRow("%s, button", name) << where << false;
        QTest::addRow("%s, Shift x3", name) << where << true;
    }
}

void TestKioskWindow::quickExitFromEveryScreen()
{
    QFETCH(Where, where);
    QFETCH(bool, byKeyboard);
    auto window = makeWindow();
    goTo(*window, where);
    QSignalSpy forgotten(window.get(), &KioskWindow::visitForgotten);
    if (byKeyboard)
        pressShiftThreeTimes(*window);
    else
        QTest::mouseClick(window->header()->leaveButton(), Qt::LeftButton);

    QCOMPARE(forgotten.size(), 1);
    QCOMPARE(window->visit()->screen(), VisitModel::Screen::Welcome);
    QCOMPARE(window->currentScreen(), window->welcomeScreen());
    QVERIFY(window->visit()->wayBack().isEmpty());
    QCOMPARE(window->visit()->language(), VisitModel::defaultLanguage());
    QVERIFY(!window->idleNotice()->isVisible());
    QVERIFY(window->outcomeScreen()->outcomeId().isEmpty());
    QCOMPARE(window->outcomeScreen()->scrollArea()->verticalScrollBar()->value(), 0);
    QVERIFY(window->questionScreen()->questionId().isEmpty());
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    QCOMPARE(window->header()->cue()->progress(), 0);
    QCOMPARE(window->idleMonitor()->state(), IdleMonitor::State::Watching);
}

void TestKioskWindow::shiftTooFewOrTooSlowDoesNothing_data()
{
    QTest::addColumn<QList<qint64>>("gaps");
    QTest::newRow("twice") << QList<qint64>{0, 300};
    QTest::newRow("second press 5.1 s after the first") << QList<qint64>{0, 5100, 300};
    QTest::newRow("third press 5.1 s after the second") << QList<qint64>{0, 300, 5100};
    QTest::newRow("twice, pause, once") << QList<qint64>{0, 200, 6000};
}

void TestKioskWindow::shiftTooFewOrTooSlowDoesNothing()
{
    QFETCH(QList<qint64>, gaps);
    auto window = makeWindow();
    QVERIFY(KioskTestSupport::clickRoute(*window, {0, 1}));
    QSignalSpy forgotten(window.get(), &KioskWindow::visitForgotten);
    for (const qint64 gap : gaps) {
        m_now += gap;
        QTest::keyClick(window.get(), Qt::Key_Shift);
    }
    QCOMPARE(forgotten.size(), 0);
    QCOMPARE(window->currentScreen(), window->outcomeScreen());
    QCOMPARE(window->visit()->currentNodeId(), QStringLiteral("self-outcome"));
}

void TestKioskWindow::shiftWithPausesUpToFiveSecondsLeaves_data()
{
    // GOV.UK restarts the timer at every press: a visitor with a tremor still gets out.
    QTest::addColumn<QList<qint64>>("gaps");
    QTest::newRow("0, 3 and 6 s") << QList<qint64>{0, 3000, 3000};
    QTest::newRow("5 s between each") << QList<qint64>{0, 5000, 5000};
    QTest::newRow("a stale press, then three") << QList<qint64>{0, 5100, 4000, 4000};
}

void TestKioskWindow::shiftWithPausesUpToFiveSecondsLeaves()
{
    QFETCH(QList<qint64>, gaps);
    auto window = makeWindow();
    QVERIFY(KioskTestSupport::clickRoute(*window, {0, 1}));
    QSignalSpy forgotten(window.get(), &KioskWindow::visitForgotten);
    for (const qint64 gap : gaps) {
        m_now += gap;
        QTest::keyClick(window.get(), Qt::Key_Shift);
    }
    QCOMPARE(forgotten.size(), 1);
    QCOMPARE(window->currentScreen(), window->welcomeScreen());
}

void TestKioskWindow::escapeIsNotAQuickExit()
{
    auto window = makeWindow();
    QVERIFY(KioskTestSupport::clickRoute(*window, {0}));
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(window.get(), Qt::Key_Escape);
    QCOMPARE(window->currentScreen(), window->questionScreen());
}

void TestKioskWindow::quickExitCueShowsProgress()
{
    auto window = makeWindow();
    QuickExitCue *cue = window->header()->cue();
    QCOMPARE(cue->progress(), 0);
    QTest::keyClick(window.get(), Qt::Key_Shift);
    QCOMPARE(cue->progress(), 1);
    m_now += 100;
    // A key press travelling up through parent widgets is still one press.
    QTest::keyClick(window->welcomeScreen()->answers()->buttons().constFirst(), Qt::Key_Shift);
    QCOMPARE(cue->progress(), 2);
}

void TestKioskWindow::idleResetShowsNoticeThenAttract()
{
    auto window = makeWindow();
    QVERIFY(KioskTestSupport::clickRoute(*window, {0, 1}));
    window->setIdleNoticeDuration(300ms);
    window->setIdleTimeout(30ms);
    QSignalSpy forgotten(window.get(), &KioskWindow::visitForgotten);
    QTRY_VERIFY_WITH_TIMEOUT(window->idleNotice()->isVisible(), 2000);
    auto *text = window->idleNotice()->findChild<QLabel *>(QStringLiteral("idleNoticeText"));
    QVERIFY(text->text().contains(QLatin1String("start again")));
    QTRY_COMPARE_WITH_TIMEOUT(window->currentScreen(), window->attractScreen(), 3000);
    QCOMPARE(forgotten.size(), 1);
    QVERIFY(!window->idleNotice()->isVisible());
    QVERIFY(window->visit()->wayBack().isEmpty());
    QVERIFY(window->outcomeScreen()->outcomeId().isEmpty());
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    QCOMPARE(window->idleMonitor()->state(), IdleMonitor::State::Stopped);
}

void TestKioskWindow::activityPostponesIdleReset_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind : {"key", "mouse press", "mouse move", "wheel", "touch"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void TestKioskWindow::activityPostponesIdleReset()
{
    QFETCH(QString, kind);
    auto window = makeWindow();
    QVERIFY(KioskTestSupport::clickRoute(*window, {0}));
    window->setIdleTimeout(300ms);
    QWidget *target = window->questionScreen();
    const QPoint at(10, 10);
    const std::unique_ptr<QPointingDevice> screenTouch(QTest::createTouchDevice());
    int touches = 0;
    QTimer person;
    person.setInterval(60ms);
    connect(&person, &QTimer::timeout, this, [&] {
        if (kind == QLatin1String("key")) {
            QTest::keyClick(target, Qt::Key_Control);
        } else if (kind == QLatin1String("mouse press")) {
            QTest::mousePress(target, Qt::LeftButton, {}, at);
            QTest::mouseRelease(target, Qt::LeftButton, {}, at);
        } else if (kind == QLatin1String("mouse move")) {
            QMouseEvent move(QEvent::MouseMove, at, target->mapToGlobal(at), Qt::NoButton,
                             Qt::NoButton, Qt::NoModifier);
            QApplication::sendEvent(target, &move);
        } else if (kind == QLatin1String("wheel")) {
            QWheelEvent wheel(at, target->mapToGlobal(at), {}, {0, -120}, Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(target, &wheel);
        } else {
            // A real touch: Qt turns it into mouse events for widgets that do not take touch.
            const QPoint inWindow = target->mapTo(window.get(), at);
            QTest::touchEvent(window.get(), screenTouch.get()).press(0, inWindow);
            QTest::touchEvent(window.get(), screenTouch.get()).release(0, inWindow);
        }
        if (++touches == 10)
            person.stop();
    });
    person.start();
    QTRY_VERIFY_WITH_TIMEOUT(window->idleNotice()->isVisible(), 3000);
    QCOMPARE(touches, 10); // no notice while the person was using the screen
    QCOMPARE(window->currentScreen(), window->questionScreen());
}

void TestKioskWindow::stillHereCancelsIdleReset()
{
    auto window = makeWindow();
    QVERIFY(KioskTestSupport::clickRoute(*window, {0}));
    window->setIdleNoticeDuration(400ms);
    window->setIdleTimeout(30ms);
    QTRY_VERIFY_WITH_TIMEOUT(window->idleNotice()->isVisible(), 2000);
    window->setIdleTimeout(700ms);
    QTest::mouseClick(window->idleNotice()->stillHereButton(), Qt::LeftButton);
    QVERIFY(!window->idleNotice()->isVisible());
    // The next notice comes after the first one's time ran out: the visit was kept.
    QTRY_VERIFY_WITH_TIMEOUT(window->idleNotice()->isVisible(), 3000);
    QCOMPARE(window->currentScreen(), window->questionScreen());
    QCOMPARE(window->visit()->currentNodeId(), QStringLiteral("self-age"));
}

void TestKioskWindow::attractRotatesAndTouchStarts()
{
    auto window = makeWindow();
    window->attractScreen()->setRotationInterval(30);
    window->idleReset();
    QCOMPARE(window->currentScreen(), window->attractScreen());
    QCOMPARE(window->attractScreen()->currentMessage(), QStringLiteral("No blame. No judgement."));
    QTRY_COMPARE_WITH_TIMEOUT(window->attractScreen()->currentMessage(),
                              QStringLiteral("Help is free and confidential."), 2000);
    auto *prompt = window->attractScreen()->findChild<QLabel *>(QStringLiteral("attractPrompt"));
    QCOMPARE(prompt->text(), QStringLiteral("Touch anywhere to start"));
    QTest::mouseClick(prompt, Qt::LeftButton);
    QCOMPARE(window->currentScreen(), window->welcomeScreen());
    QCOMPARE(window->idleMonitor()->state(), IdleMonitor::State::Watching);
}

void TestKioskWindow::showOverlayIsClosedByQuickExit()
{
    auto window = makeWindow();
    QPointer<QWidget> overlay = new QWidget;
    window->showOverlay(overlay);
    QVERIFY(overlay->isVisible());
    QCOMPARE(overlay->geometry(), window->rect());
    window->quickExit();
    QVERIFY(overlay && !overlay->isVisible());
}

void TestKioskWindow::openNowTextAtFixedTimes_data()
{
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QString>("status");
    QTest::newRow("wednesday afternoon")
        << weekdayAfternoon() << QStringLiteral("Open now — until 9pm");
    QTest::newRow("friday morning")
        << ukTime(2025, 1, 17, 9, 30) << QStringLiteral("Open now — until 5pm");
}

void TestKioskWindow::openNowTextAtFixedTimes()
{
    QFETCH(QDateTime, at);
    QFETCH(QString, status);
    auto window = makeWindow(at);
    QVERIFY(KioskTestSupport::clickRoute(*window, {0, 1}));
    const QList<ChannelCard *> cards = window->outcomeScreen()->cards();
    QCOMPARE(cards.constFirst()->valueText(), QStringLiteral("0808 1000 900"));
    QCOMPARE(cards.constFirst()->prominence(), ChannelCard::Prominence::Primary);
    QCOMPARE(cards.constFirst()->statusText(), status);
    QVERIFY(!window->outcomeScreen()
                 ->findChild<QWidget *>(QStringLiteral("closedNotice"))
                 ->isVisible());
    auto *cost = cards.constFirst()->findChild<QLabel *>(QStringLiteral("channelCost"));
    QVERIFY(cost && cost->text().contains(QLatin1String("Free")));
    // Alternatives show no cost line where the content gives none.
    QVERIFY(!cards.at(1)->findChild<QLabel *>(QStringLiteral("channelCost")));
}

void TestKioskWindow::closedPrimaryPromotesOpenAlternative()
{
    auto window = makeWindow(ukTime(2025, 1, 17, 18, 0)); // Friday evening
    QVERIFY(KioskTestSupport::clickRoute(*window, {0, 1}));
    const QList<ChannelCard *> cards = window->outcomeScreen()->cards();
    QCOMPARE(cards.size(), 4);
    QCOMPARE(cards.at(0)->valueText(), QStringLiteral("116 123"));
    QCOMPARE(cards.at(0)->prominence(), ChannelCard::Prominence::Primary);
    QCOMPARE(cards.at(1)->valueText(), QStringLiteral("0808 1000 900"));
    QCOMPARE(cards.at(1)->statusText(), QStringLiteral("Closed now — opens Monday at 9am"));
    auto *notice = window->outcomeScreen()->findChild<QLabel *>(QStringLiteral("closedNoticeText"));
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->text(),
             QStringLiteral("Stop It Now! (Helpline) is closed now. It opens Monday at 9am."));
}

void TestKioskWindow::recomputesAtTheMinuteBoundary()
{
    QDateTime now = ukTime(2025, 1, 15, 20, 59, 59, 900);
    auto window = makeWindow();
    window->setClock(Clock([&now] { return now; }));
    QVERIFY(KioskTestSupport::clickRoute(*window, {0, 1}));
    OutcomeScreen *outcome = window->outcomeScreen();
    QCOMPARE(outcome->cards().constFirst()->statusText(), QStringLiteral("Open now — until 9pm"));
    auto *timer = outcome->findChild<QTimer *>(QStringLiteral("minuteTimer"));
    QVERIFY(timer && timer->isActive());
    QVERIFY(timer->remainingTime() <= 200);
    now = ukTime(2025, 1, 15, 21, 0, 0, 50);
    QTRY_COMPARE_WITH_TIMEOUT(outcome->cards().constFirst()->valueText(), QStringLiteral("116 123"),
                              2000);
    QCOMPARE(outcome->cards().at(1)->statusText(),
             QStringLiteral("Closed now — opens tomorrow at 9am"));
    QVERIFY(timer->isActive());
    QVERIFY(timer->remainingTime() > 50000); // next boundary: about a minute away
}

void TestKioskWindow::outcomeSeenAgainKeepsItsCards_data()
{
    QTest::addColumn<QDateTime>("backAt");
    QTest::addColumn<bool>("kept");
    QTest::addColumn<QString>("firstValue");
    QTest::addColumn<QString>("firstStatus");
    // Back, then the same answer: the cards are still right, so they are not built again.
    QTest::newRow("a minute later")
        << ukTime(2025, 1, 15, 20, 58) << true << QStringLiteral("0808 1000 900")
        << QStringLiteral("Open now — until 9pm");
    // The primary closed meanwhile, so an open alternative leads: built again in the new order.
    QTest::newRow("after the primary closed")
        << ukTime(2025, 1, 15, 21, 0, 0, 50) << false << QStringLiteral("116 123")
        << QStringLiteral("Open 24 hours");
}

void TestKioskWindow::outcomeSeenAgainKeepsItsCards()
{
    QFETCH(QDateTime, backAt);
    QFETCH(bool, kept);
    QFETCH(QString, firstValue);
    QFETCH(QString, firstStatus);
    QDateTime now = ukTime(2025, 1, 15, 20, 57);
    auto window = makeWindow();
    window->setClock(Clock([&now] { return now; }));
    QVERIFY(KioskTestSupport::clickRoute(*window, {0, 1}));
    OutcomeScreen *outcome = window->outcomeScreen();
    const QString outcomeId = outcome->outcomeId();
    QCOMPARE(outcome->cards().constFirst()->valueText(), QStringLiteral("0808 1000 900"));
    const QList<ChannelCard *> firstCards = outcome->cards();
    QList<QPointer<ChannelCard>> built(firstCards.cbegin(), firstCards.cend());
    auto *timer = outcome->findChild<QTimer *>(QStringLiteral("minuteTimer"));

    QTest::mouseClick(outcome->navigation()->backButton(), Qt::LeftButton);
    QCOMPARE(window->currentScreen(), window->questionScreen());
    QVERIFY(outcome->outcomeId().isEmpty());
    QVERIFY(!timer->isActive()); // nothing runs for a screen not shown
    now = backAt;
    QVERIFY(KioskTestSupport::clickRoute(*window, {1}));
    QCOMPARE(window->currentScreen(), outcome);
    QCOMPARE(outcome->outcomeId(), outcomeId);
    QVERIFY(timer->isActive());
    QCOMPARE(outcome->cards().constFirst()->valueText(), firstValue);
    QCOMPARE(outcome->cards().constFirst()->statusText(), firstStatus);
    for (const QPointer<ChannelCard> &card : std::as_const(built))
        QCOMPARE(!card.isNull(), kept); // the cards built again were deleted
    QCOMPARE(outcome->cards() == firstCards, kept);
    for (ChannelCard *card : outcome->cards())
        QVERIFY(card->isVisible());

    // A quick exit forgets them: nothing of the visit waits, hidden, for the next person.
    window->quickExit();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(outcome->cards().isEmpty());
    QVERIFY(outcome->findChildren<ChannelCard *>().isEmpty());
    for (const QPointer<ChannelCard> &card : std::as_const(built))
        QVERIFY(card.isNull());
}

void TestKioskWindow::noTextEntryAnywhere()
{
    auto window = makeWindow();
    const auto check = [&window](const char *where) {
        const bool none = window->findChildren<QLineEdit *>().isEmpty() &&
                          window->findChildren<QTextEdit *>().isEmpty() &&
                          window->findChildren<QPlainTextEdit *>().isEmpty() &&
                          window->findChildren<QAbstractSpinBox *>().isEmpty();
        if (!none)
            qWarning("text entry on %s", where);
        for (const QLabel *label : window->findChildren<QLabel *>()) {
            if (label->openExternalLinks() ||
                (label->textInteractionFlags() & Qt::LinksAccessibleByMouse))
                return false;
        }
        return none;
    };
    for (const PathwayRoutes::Route &route : PathwayRoutes::all(window->visit()->content())) {
        window->quickExit();
        QVERIFY(check("welcome"));
        QVERIFY(KioskTestSupport::clickRoute(*window, route.answers));
        QVERIFY(check(qPrintable(route.nodes.constLast())));
    }
    goTo(*window, Where::Privacy);
    QVERIFY(check("privacy"));
    window->quickExit();
    goTo(*window, Where::IdleNotice);
    QVERIFY(check("idle notice"));
    goTo(*window, Where::Attract);
    QVERIFY(check("attract"));
}

void TestKioskWindow::touchTargetsAreLargeEnough_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1920x1080") << QSize(1920, 1080);
    QTest::newRow("1080x1920") << QSize(1080, 1920);
    QTest::newRow("1366x768") << QSize(1366, 768);
    QTest::newRow("1280x800") << QSize(1280, 800);
}

void TestKioskWindow::touchTargetsAreLargeEnough()
{
    QFETCH(QSize, size);
    auto window = makeWindow();
    window->resize(size);
    const auto check = [&window] {
        for (const QPushButton *button : window->findChildren<QPushButton *>()) {
            if (!button->isVisible())
                continue;
            if (button->width() < 44 || button->height() < 44) {
                qWarning() << button->objectName() << button->size();
                return false;
            }
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(check(), 1000);
    for (const AnswerButton *answer : window->welcomeScreen()->answers()->buttons())
        QVERIFY(answer->height() >= 60); // primary choices much bigger
    QVERIFY(KioskTestSupport::clickRoute(*window, {0, 1}));
    QTRY_VERIFY_WITH_TIMEOUT(check(), 1000);
}

QTEST_MAIN(TestKioskWindow)
#include "TestKioskWindow.moc"
