// SPDX-License-Identifier: GPL-3.0-or-later
#include "KioskTestSupport.h"
#include "TestContentFactory.h"
#include "core/startup/ActiveContent.h"
#include "core/visit/VisitModel.h"
#include "ui/kiosk/KioskLockdown.h"
#include "ui/kiosk/KioskSession.h"
#include "ui/kiosk/PinPad.h"
#include "ui/kiosk/StaffMenu.h"
#include "ui/public/CloseConfirmation.h"
#include "ui/public/IdleNotice.h"
#include "ui/public/KioskWindow.h"
#include "ui/public/Theme.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

// The public screens as main() runs them: lockdown, staff unlock, content reloads, event mode.
class TestKioskSession : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void kioskModeIsFullScreenAndRefusesCloses();
    void eventModeAsksBeforeClosing();
    void closeConfirmationDimsAsTheDisplayDoes_data();
    void closeConfirmationDimsAsTheDisplayDoes();
    void staffUnlockOpensPinPadThenMenu();
    void withoutAPinThePadSaysSoAndNeverOpensTheMenu();
    void wrongPinKeepsTheMenuClosed();
    void reloadShowsTheNewContentAndItsStatus();
    void newContentWaitsForTheEndOfTheVisit();
    void idleResetClosesTheStaffMenu();
    void quitFromTheMenuGetsPastLockdown();
    void printingIsOfferedAtEventsOnly_data();
    void printingIsOfferedAtEventsOnly();
    void startLanguageAppliesToTheFirstVisit();

private:
    static LaunchPlan plan(Mode mode);
    static void typePin(PinPad *pad, const char *digits);
    static void pressUnlockChord(KioskWindow *window);
    QString m_pinHash;
};

namespace {

Content contentVersion(qint64 version)
{
    Content content = TestContentFactory::make();
    content.metadata.version = version;
    return content;
}

ActiveContent active(qint64 version)
{
    ActiveContent result;
    result.content = contentVersion(version);
    result.source = QStringLiteral("test-%1.json").arg(version);
    result.builtIn = false;
    return result;
}

} // namespace

void TestKioskSession::initTestCase()
{
    // libsodium's minimum cost keeps the test fast; the hash records its own cost.
    m_pinHash = StaffPin::hash("246810", StaffPin::Cost::Minimum);
    QVERIFY(!m_pinHash.isEmpty());
}

LaunchPlan TestKioskSession::plan(Mode mode)
{
    LaunchPlan result;
    result.mode = mode;
    result.idleTimeoutSeconds = mode == Mode::Event ? 60 : 90;
    result.window =
        mode == Mode::Staff ? LaunchPlan::Window::Normal : LaunchPlan::Window::FullScreen;
    result.lockdown = mode == Mode::Kiosk;
    result.confirmBeforeClose = mode == Mode::Event;
    return result;
}

void TestKioskSession::typePin(PinPad *pad, const char *digits)
{
    for (const char *digit = digits; *digit; ++digit) {
        auto *button =
            pad->findChild<QPushButton *>(QStringLiteral("digit%1").arg(QChar::fromLatin1(*digit)));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
    }
    QTest::mouseClick(pad->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
}

void TestKioskSession::pressUnlockChord(KioskWindow *window)
{
    QTest::keyClick(window, Qt::Key_S, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
}

void TestKioskSession::kioskModeIsFullScreenAndRefusesCloses()
{
    KioskSession session(plan(Mode::Kiosk), m_pinHash, [] { return active(1); });
    session.start();
    KioskWindow *window = session.window();
    QVERIFY(session.lockdown());
    QVERIFY(session.lockdown()->isApplied());
    QTRY_VERIFY(window->isVisible());
    QVERIFY(window->isFullScreen());
    QVERIFY(window->windowFlags().testFlag(Qt::FramelessWindowHint));
    QVERIFY(!window->close());
    QVERIFY(window->isVisible());
    QCOMPARE(session.lockdown()->refusedCloseCount(), 1);
}

void TestKioskSession::eventModeAsksBeforeClosing()
{
    KioskSession session(plan(Mode::Event), m_pinHash, [] { return active(1); });
    QSignalSpy finished(&session, &KioskSession::finished);
    session.start();
    KioskWindow *window = session.window();
    QVERIFY(!session.lockdown());
    QTRY_VERIFY(window->isVisible());
    QVERIFY(window->isFullScreen());

    QVERIFY(!window->close()); // Alt+F4 or the window manager: asked first
    QVERIFY(session.closeConfirmation());
    QVERIFY(session.closeConfirmation()->isVisible());
    QTest::mouseClick(session.closeConfirmation()->keepOpenButton(), Qt::LeftButton);
    QTRY_VERIFY(!session.closeConfirmation());
    QVERIFY(window->isVisible());
    QCOMPARE(finished.count(), 0);

    QVERIFY(!window->close());
    QTest::mouseClick(session.closeConfirmation()->closeButton(), Qt::LeftButton);
    QVERIFY(!window->isVisible());
    QCOMPARE(finished.count(), 1);
}

void TestKioskSession::closeConfirmationDimsAsTheDisplayDoes_data()
{
    QTest::addColumn<bool>("highContrast");
    QTest::newRow("calm") << false;
    QTest::newRow("high contrast") << true;
}

// "Close Signpost?" once dimmed the screen in the calm palette's ink whatever the visitor chose;
// it is a ScrimOverlay now, dimmed like the idle notice and the language list.
void TestKioskSession::closeConfirmationDimsAsTheDisplayDoes()
{
    QFETCH(bool, highContrast);
    KioskSession session(plan(Mode::Event), m_pinHash, [] { return active(1); });
    session.start();
    KioskWindow *window = session.window();
    QTRY_VERIFY(window->isVisible());
    window->visit()->setHighContrast(highContrast);
    QVERIFY(!window->close());
    QVERIFY(session.closeConfirmation());
    const QColor expected = Theme::colours(highContrast).scrim;
    QCOMPARE(session.closeConfirmation()->scrim(), expected);
    QCOMPARE(session.closeConfirmation()->scrim(), window->idleNotice()->scrim());
}

void TestKioskSession::staffUnlockOpensPinPadThenMenu()
{
    KioskSession session(plan(Mode::Kiosk), m_pinHash, [] { return active(3); });
    session.setStatusText([] { return QStringLiteral("Signpost 0.1.0\nFallback: no\n"); });
    session.start();
    QVERIFY(session.staffUnlockPossible());
    QVERIFY(!session.pinPad());
    pressUnlockChord(session.window());
    QVERIFY(session.pinPad());
    QVERIFY(session.pinPad()->isVisible());
    QCOMPARE(session.pinPad()->parentWidget(), session.window()); // an overlay, not a window
    typePin(session.pinPad(), "246810");
    QTRY_VERIFY(!session.pinPad());
    QVERIFY(session.staffMenu());
    QVERIFY(session.staffMenu()->isVisible());
    QCOMPARE(session.staffMenu()->findChild<QLabel *>(QStringLiteral("contentVersion"))->text(),
             QStringLiteral("3"));
    // IT's status, as KioskHealth gives it, with its QR code.
    QVERIFY(session.staffMenu()
                ->findChild<QLabel *>(QStringLiteral("kioskStatus"))
                ->text()
                .endsWith(QStringLiteral("\nSignpost 0.1.0\nFallback: no")));
}

void TestKioskSession::withoutAPinThePadSaysSoAndNeverOpensTheMenu()
{
    KioskSession session(plan(Mode::Kiosk), QString(), [] { return active(1); });
    session.start();
    QVERIFY(!session.staffUnlockPossible());
    pressUnlockChord(session.window());
    QVERIFY(session.pinPad());
    QVERIFY(session.pinPad()
                ->findChild<QLabel *>(QStringLiteral("pinStatus"))
                ->text()
                .contains(QStringLiteral("No staff PIN")));
    typePin(session.pinPad(), "246810");
    QVERIFY(!session.staffMenu());
}

void TestKioskSession::wrongPinKeepsTheMenuClosed()
{
    KioskSession session(plan(Mode::Kiosk), m_pinHash, [] { return active(1); });
    session.start();
    session.openPinPad();
    QVERIFY(session.pinPad());
    typePin(session.pinPad(), "135790");
    QVERIFY(session.pinPad());
    QVERIFY(!session.staffMenu());
}

void TestKioskSession::reloadShowsTheNewContentAndItsStatus()
{
    qint64 version = 1;
    KioskSession session(plan(Mode::Kiosk), m_pinHash, [&version] { return active(version); });
    session.start();
    session.openStaffMenu();
    version = 2;
    QTest::mouseClick(session.staffMenu()->findChild<QPushButton *>(QStringLiteral("reloadButton")),
                      Qt::LeftButton);
    QCOMPARE(session.window()->visit()->content().metadata.version, 2);
    QCOMPARE(session.activeContent().content.metadata.version, 2);
    QTRY_VERIFY(session.staffMenu() && session.staffMenu()->isVisible());
    QTRY_COMPARE(session.staffMenu()->findChild<QLabel *>(QStringLiteral("contentVersion"))->text(),
                 QStringLiteral("2"));
}

void TestKioskSession::newContentWaitsForTheEndOfTheVisit()
{
    qint64 version = 1;
    KioskSession session(plan(Mode::Kiosk), m_pinHash, [&version] { return active(version); });
    session.start();
    KioskWindow *window = session.window();
    QVERIFY(KioskTestSupport::clickRoute(*window, {0}));
    const QString midVisitNode = window->visit()->currentNodeId();
    version = 2; // a pack is installed while someone is reading
    QCoreApplication::processEvents();
    QCOMPARE(window->visit()->content().metadata.version, 1);
    QCOMPARE(window->visit()->currentNodeId(), midVisitNode);

    QSignalSpy replaced(&session, &KioskSession::contentReplaced);
    window->quickExit();
    QTRY_COMPARE(replaced.count(), 1);
    QCOMPARE(window->visit()->content().metadata.version, 2);
    QCOMPARE(window->visit()->screen(), VisitModel::Screen::Welcome);

    window->quickExit(); // nothing new: nothing replaced
    QCoreApplication::processEvents();
    QCOMPARE(replaced.count(), 1);
}

void TestKioskSession::idleResetClosesTheStaffMenu()
{
    KioskSession session(plan(Mode::Kiosk), m_pinHash, [] { return active(1); });
    session.start();
    session.openStaffMenu();
    QVERIFY(session.staffMenu());
    session.window()->idleReset(); // staff walked away: a passer-by must not inherit the menu
    QTRY_VERIFY(!session.staffMenu());
    session.openPinPad();
    QVERIFY(session.pinPad());
    session.window()->quickExit();
    QTRY_VERIFY(!session.pinPad());
}

void TestKioskSession::quitFromTheMenuGetsPastLockdown()
{
    KioskSession session(plan(Mode::Kiosk), m_pinHash, [] { return active(1); });
    QSignalSpy finished(&session, &KioskSession::finished);
    session.start();
    QTRY_VERIFY(session.window()->isVisible());
    session.openStaffMenu();
    QTest::mouseClick(session.staffMenu()->findChild<QPushButton *>(QStringLiteral("quitButton")),
                      Qt::LeftButton);
    QVERIFY(session.lockdown()->isCloseAllowed());
    QVERIFY(!session.window()->isVisible());
    QCOMPARE(finished.count(), 1);
}

void TestKioskSession::printingIsOfferedAtEventsOnly_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<bool>("offered");
    QTest::newRow("kiosk") << Mode::Kiosk << false;
    QTest::newRow("event") << Mode::Event << true;
}

void TestKioskSession::printingIsOfferedAtEventsOnly()
{
    QFETCH(Mode, mode);
    QFETCH(bool, offered);
    KioskSession session(plan(mode), m_pinHash, [] { return active(1); });
    session.start();
    session.openStaffMenu();
    auto *print = session.staffMenu()->findChild<QPushButton *>(QStringLiteral("printButton"));
    QVERIFY(print);
    QCOMPARE(print->isVisible(), offered);
}

void TestKioskSession::startLanguageAppliesToTheFirstVisit()
{
    KioskSession session(plan(Mode::Kiosk), m_pinHash, [] { return active(1); });
    session.setStartLanguage(QStringLiteral("cy"));
    QCOMPARE(session.window()->visit()->language(), QStringLiteral("cy"));
    session.window()->visit()->setLanguage(QStringLiteral("en"));
    session.window()->quickExit();
    QCOMPARE(session.window()->visit()->language(), QStringLiteral("cy"));
}

QTEST_MAIN(TestKioskSession)
#include "TestKioskSession.moc"
