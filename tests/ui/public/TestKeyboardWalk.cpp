// SPDX-License-Identifier: GPL-3.0-or-later
#include "PublicScreenWalk.h"
#include "ui/public/KioskHeader.h"
#include "ui/public/LanguagePicker.h"
#include "ui/public/NavigationBar.h"
#include "ui/public/screens/AnswerButton.h"
#include "ui/public/screens/AnswerList.h"
#include "ui/public/screens/AttractScreen.h"
#include "ui/public/screens/ChannelCard.h"
#include "ui/public/screens/OutcomeScreen.h"
#include "ui/public/screens/PrivacyScreen.h"
#include "ui/public/screens/QuestionScreen.h"
#include "ui/public/screens/WelcomeScreen.h"

#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(PathwayRoutes::Route)

namespace {

enum class Keys
{
    TabAndEnter,     // Tab forwards, Enter presses
    ArrowsAndSpace,  // Down forwards (scrolling a long screen on the way), Space presses
    BackTabAndEnter, // Shift+Tab backwards (round the end of the screen), Enter presses
};

} // namespace

Q_DECLARE_METATYPE(Keys)

// A visitor without a mouse: every pathway from the welcome screen to its outcome with Tab,
// Shift+Tab, the arrows, Enter and Space alone, in reading order (mirrored in Arabic), and the
// language list, larger text and high contrast the same way.
class TestKeyboardWalk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyPathwayWithoutAMouse_data();
    void everyPathwayWithoutAMouse();
    void tabFollowsReadingOrder_data();
    void tabFollowsReadingOrder();
    void backStartAgainAndPrivacy();
    void languageListByKeyboard();
    void largeTextAndContrastByKeyboard();
    void leftAndRightFollowTheReadingDirection_data();
    void leftAndRightFollowTheReadingDirection();
    void anyKeyLeavesTheAttractScreen();
    void shiftTabNeverAddsUpToAQuickExit();

private:
    std::unique_ptr<KioskWindow> makeWindow(const QString &language = QStringLiteral("en"));
    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    // Moves focus with `keys` until it is on `target`; false after a whole round without it.
    static bool focusByKeyboard(KioskWindow &window, QWidget *target, Keys keys);
    static void activate(Keys keys);
    Content m_content;
};

void TestKeyboardWalk::initTestCase()
{
    m_content = PublicScreenWalk::builtInContent();
}

std::unique_ptr<KioskWindow> TestKeyboardWalk::makeWindow(const QString &language)
{
    auto window = std::make_unique<KioskWindow>(m_content,
                                                Clock::fixed(PublicScreenWalk::weekdayAfternoon()));
    window->setIdleResetEnabled(false);
    window->setStartLanguage(language);
    window->resize(1920, 1080);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("the window did not become active");
    window->quickExit();
    return window;
}

void TestKeyboardWalk::press(int key, Qt::KeyboardModifiers modifiers)
{
    // To whatever has focus, as a keyboard would (no widget named).
    QTest::keyClick(static_cast<QWidget *>(nullptr), Qt::Key(key), modifiers);
    PublicScreenWalk::settle();
}

bool TestKeyboardWalk::focusByKeyboard(KioskWindow &window, QWidget *target, Keys keys)
{
    for (int step = 0; step < 80; ++step) {
        if (window.focusWidget() == target)
            return true;
        switch (keys) {
        case Keys::TabAndEnter:
            press(Qt::Key_Tab);
            break;
        case Keys::ArrowsAndSpace:
            press(Qt::Key_Down);
            break;
        case Keys::BackTabAndEnter:
            press(Qt::Key_Backtab, Qt::ShiftModifier);
            break;
        }
    }
    return window.focusWidget() == target;
}

void TestKeyboardWalk::activate(Keys keys)
{
    press(keys == Keys::ArrowsAndSpace ? Qt::Key_Space : Qt::Key_Return);
}

void TestKeyboardWalk::everyPathwayWithoutAMouse_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<Keys>("keys");
    QTest::addColumn<PathwayRoutes::Route>("route");
    const QList<QPair<const char *, Keys>> ways{{"Tab, Enter", Keys::TabAndEnter},
                                                {"arrows, Space", Keys::ArrowsAndSpace},
                                                {"Shift+Tab, Enter", Keys::BackTabAndEnter}};
    const QList<PathwayRoutes::Route> routes =
        PathwayRoutes::all(PublicScreenWalk::builtInContent());
    for (const char *language : {"en", "ar"}) {
        for (const auto &[name, keys] : ways) {
            for (const PathwayRoutes::Route &route : routes) {
                QTest::addRow("%s, %s: %s", language, name, qPrintable(route.nodes.constLast()))
                    << QString::fromLatin1(language) << keys << route;
            }
        }
    }
}

void TestKeyboardWalk::everyPathwayWithoutAMouse()
{
    QFETCH(QString, language);
    QFETCH(Keys, keys);
    QFETCH(PathwayRoutes::Route, route);
    auto window = makeWindow(language);
    for (const int answer : route.answers) {
        const bool welcome = window->visit()->screen() == VisitModel::Screen::Welcome;
        AnswerList *answers =
            welcome ? window->welcomeScreen()->answers() : window->questionScreen()->answers();
        QVERIFY(answer < answers->buttons().size());
        QVERIFY2(focusByKeyboard(*window, answers->buttons().at(answer), keys),
                 qPrintable(QStringLiteral("answer %1 cannot be reached").arg(answer)));
        activate(keys);
    }
    QCOMPARE(window->currentScreen(), window->outcomeScreen());
    QCOMPARE(window->outcomeScreen()->outcomeId(), route.nodes.constLast());
    QCOMPARE(window->focusWidget(), window->outcomeScreen()->heading());
    // Every way in can be read by moving through the cards.
    for (ChannelCard *card : window->outcomeScreen()->cards())
        QVERIFY2(focusByKeyboard(*window, card, keys), qPrintable(card->valueText()));
}

void TestKeyboardWalk::tabFollowsReadingOrder_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("place");
    for (const char *language : {"en", "cy", "ar", "ur"}) {
        for (const char *place : {"welcome", "question", "outcome"})
            QTest::addRow("%s, %s", language, place)
                << QString::fromLatin1(language) << QString::fromLatin1(place);
    }
}

void TestKeyboardWalk::tabFollowsReadingOrder()
{
    // Top to bottom, and along a row in the language's own direction: left to right, or right
    // to left in Arabic and Urdu. The header comes first, as it is read first.
    QFETCH(QString, language);
    QFETCH(QString, place);
    auto window = makeWindow(language);
    if (place != QLatin1String("welcome"))
        window->visit()->choose(0);
    if (place == QLatin1String("outcome")) {
        while (window->visit()->screen() == VisitModel::Screen::Question)
            window->visit()->choose(0);
    }
    PublicScreenWalk::settle();
    const bool rightToLeft = window->layoutDirection() == Qt::RightToLeft;
    QCOMPARE(rightToLeft, language == QLatin1String("ar") || language == QLatin1String("ur"));
    window->header()->languageButton()->setFocus(Qt::TabFocusReason);
    QList<QWidget *> visited{window->focusWidget()};
    for (int i = 0; i < 60; ++i) {
        press(Qt::Key_Tab);
        if (window->focusWidget() == visited.constFirst())
            break;
        visited << window->focusWidget();
    }
    QCOMPARE(visited.constFirst(), static_cast<QWidget *>(window->header()->languageButton()));
    QCOMPARE(visited.at(1), static_cast<QWidget *>(window->header()->leaveButton()));
    // Every stop on the screen, once, in the window's focus order.
    QList<QWidget *> expected = window->focusOrder();
    expected.removeIf([](const QWidget *w) { return !(w->focusPolicy() & Qt::TabFocus); });
    const auto names = [](const QList<QWidget *> &widgets) {
        QStringList result;
        for (const QWidget *w : widgets)
            result << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('#') +
                          w->objectName();
        return result;
    };
    QCOMPARE(names(visited).join(QLatin1Char(' ')), names(expected).join(QLatin1Char(' ')));
    QCOMPARE(visited, expected);
    // Reading order: down the page; across a row in the reading direction.
    for (qsizetype i = 3; i < visited.size(); ++i) {
        const QRect before(visited.at(i - 1)->mapTo(window.get(), QPoint(0, 0)),
                           visited.at(i - 1)->size());
        const QRect now(visited.at(i)->mapTo(window.get(), QPoint(0, 0)), visited.at(i)->size());
        const bool sameRow = now.top() < before.bottom() && before.top() < now.bottom();
        const bool inOrder =
            sameRow ? (rightToLeft ? now.right() <= before.left() : now.left() >= before.right())
                    : now.top() >= before.bottom() - 1;
        QVERIFY2(
            inOrder,
            qPrintable(QStringLiteral("stop %1 (%2) comes before stop %3 (%4)")
                           .arg(i - 1)
                           .arg(QString::fromLatin1(visited.at(i - 1)->metaObject()->className()))
                           .arg(i)
                           .arg(QString::fromLatin1(visited.at(i)->metaObject()->className()))));
    }
    // The header mirrors too: "Leave this screen" at the end of the row (top left in Arabic).
    const int leave = window->header()->leaveButton()->mapTo(window.get(), QPoint(0, 0)).x();
    const int languageX = window->header()->languageButton()->mapTo(window.get(), QPoint(0, 0)).x();
    QCOMPARE(leave < languageX, rightToLeft);
}

void TestKeyboardWalk::backStartAgainAndPrivacy()
{
    auto window = makeWindow();
    const Keys keys = Keys::TabAndEnter;
    QVERIFY(focusByKeyboard(*window, window->welcomeScreen()->privacyButton(), keys));
    activate(keys);
    QCOMPARE(window->currentScreen(), window->privacyScreen());
    QCOMPARE(window->focusWidget(), window->privacyScreen()->heading());
    QVERIFY(focusByKeyboard(*window, window->privacyScreen()->navigation()->backButton(), keys));
    activate(keys);
    QCOMPARE(window->currentScreen(), window->welcomeScreen());
    QVERIFY(focusByKeyboard(*window, window->welcomeScreen()->answers()->buttons().at(0), keys));
    activate(keys);
    QCOMPARE(window->currentScreen(), window->questionScreen());
    QVERIFY(focusByKeyboard(*window, window->questionScreen()->navigation()->backButton(), keys));
    activate(keys);
    QCOMPARE(window->currentScreen(), window->welcomeScreen());
    QVERIFY(focusByKeyboard(*window, window->welcomeScreen()->answers()->buttons().at(0), keys));
    activate(keys);
    QVERIFY(
        focusByKeyboard(*window, window->questionScreen()->navigation()->startAgainButton(), keys));
    activate(keys);
    QCOMPARE(window->currentScreen(), window->welcomeScreen());
    QVERIFY(window->visit()->wayBack().isEmpty());
    // And the quick exit, from the keyboard's first stop on every screen.
    QVERIFY(focusByKeyboard(*window, window->header()->leaveButton(), keys));
    activate(keys);
    QCOMPARE(window->currentScreen(), window->welcomeScreen());
}

void TestKeyboardWalk::languageListByKeyboard()
{
    auto window = makeWindow();
    const Keys keys = Keys::ArrowsAndSpace;
    window->visit()->choose(0);
    PublicScreenWalk::settle();
    QVERIFY(focusByKeyboard(*window, window->header()->languageButton(), keys));
    activate(keys);
    LanguagePicker *picker = window->languagePicker();
    QVERIFY(picker->isVisible());
    QCOMPARE(window->focusWidget(),
             picker->findChild<QWidget *>(QStringLiteral("languageHeading")));
    QPushButton *welsh = picker->findChild<QPushButton *>(QStringLiteral("language-cy"));
    QVERIFY(welsh);
    QVERIFY(focusByKeyboard(*window, welsh, keys));
    // The screen behind is out of the way while the list is open.
    QVERIFY(!window->questionScreen()->isEnabled());
    activate(keys);
    QVERIFY(!picker->isVisible());
    QCOMPARE(window->visit()->language(), QStringLiteral("cy"));
    QCOMPARE(window->currentScreen(),
             window->questionScreen()); // the visitor stays where they were
    QCOMPARE(window->focusWidget(), window->questionScreen()->heading());
    // Escape closes the list without a change.
    QVERIFY(focusByKeyboard(*window, window->header()->languageButton(), Keys::TabAndEnter));
    activate(Keys::TabAndEnter);
    QVERIFY(picker->isVisible());
    press(Qt::Key_Escape);
    QVERIFY(!picker->isVisible());
    QCOMPARE(window->visit()->language(), QStringLiteral("cy"));
    QCOMPARE(window->focusWidget(), static_cast<QWidget *>(window->header()->languageButton()));
}

void TestKeyboardWalk::largeTextAndContrastByKeyboard()
{
    auto window = makeWindow();
    QVERIFY(
        focusByKeyboard(*window, window->welcomeScreen()->largeTextButton(), Keys::TabAndEnter));
    press(Qt::Key_Space);
    QVERIFY(window->visit()->display().largeText);
    // Focus stays on the switch just pressed, so the next one is one Tab away.
    QCOMPARE(window->focusWidget(),
             static_cast<QWidget *>(window->welcomeScreen()->largeTextButton()));
    press(Qt::Key_Tab);
    QCOMPARE(window->focusWidget(),
             static_cast<QWidget *>(window->welcomeScreen()->highContrastButton()));
    press(Qt::Key_Return);
    QVERIFY(window->visit()->display().highContrast);
    press(Qt::Key_Return);
    QVERIFY(!window->visit()->display().highContrast);
}

void TestKeyboardWalk::leftAndRightFollowTheReadingDirection_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("forward");
    QTest::newRow("English: right is on") << QStringLiteral("en") << int(Qt::Key_Right);
    QTest::newRow("Arabic: left is on") << QStringLiteral("ar") << int(Qt::Key_Left);
    QTest::newRow("Urdu: left is on") << QStringLiteral("ur") << int(Qt::Key_Left);
}

void TestKeyboardWalk::leftAndRightFollowTheReadingDirection()
{
    QFETCH(QString, language);
    QFETCH(int, forward);
    const int backward = forward == Qt::Key_Right ? Qt::Key_Left : Qt::Key_Right;
    auto window = makeWindow(language);
    WelcomeScreen *welcome = window->welcomeScreen();
    welcome->largeTextButton()->setFocus(Qt::TabFocusReason);
    press(forward);
    QCOMPARE(window->focusWidget(), static_cast<QWidget *>(welcome->highContrastButton()));
    press(backward);
    QCOMPARE(window->focusWidget(), static_cast<QWidget *>(welcome->largeTextButton()));
    press(Qt::Key_Up);
    QCOMPARE(window->focusWidget(), static_cast<QWidget *>(welcome->answers()->buttons().last()));
}

void TestKeyboardWalk::anyKeyLeavesTheAttractScreen()
{
    auto window = makeWindow();
    window->idleReset();
    QCOMPARE(window->focusWidget(), static_cast<QWidget *>(window->attractScreen()));
    press(Qt::Key_Return);
    QCOMPARE(window->currentScreen(), window->welcomeScreen());
    QCOMPARE(window->focusWidget(), window->welcomeScreen()->heading());
}

void TestKeyboardWalk::shiftTabNeverAddsUpToAQuickExit()
{
    // Shift+Tab is how a keyboard goes back; only Shift pressed on its own counts towards the
    // quick exit (as in GOV.UK "Exit this page", any other key breaks the run).
    auto window = makeWindow();
    QSignalSpy forgotten(window.get(), &KioskWindow::visitForgotten);
    window->visit()->choose(0);
    PublicScreenWalk::settle();
    for (int i = 0; i < 6; ++i)
        press(Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(forgotten.size(), 0);
    QCOMPARE(window->currentScreen(), window->questionScreen());
    for (int i = 0; i < 3; ++i)
        press(Qt::Key_Shift);
    QCOMPARE(forgotten.size(), 1);
    QCOMPARE(window->currentScreen(), window->welcomeScreen());
}

QTEST_MAIN(TestKeyboardWalk)
#include "TestKeyboardWalk.moc"
