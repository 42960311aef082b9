// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/StaffUnlockGesture.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace std::chrono_literals;

class TestStaffUnlockGesture : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void holdDefaultsToFiveSeconds();
    void holdingTheLogoTriggers();
    void touchAndHoldTriggers();
    void releasingEarlyCancels();
    void movingOffTheLogoCancels();
    void pressingElsewhereDoesNothing();
    void keyChord_data();
    void keyChord();

private:
    QWidget *m_window = nullptr;
    QLabel *m_logo = nullptr;
    QPushButton *m_button = nullptr;
    StaffUnlockGesture *m_gesture = nullptr;
};

void TestStaffUnlockGesture::init()
{
    m_window = new QWidget;
    auto *layout = new QVBoxLayout(m_window);
    m_logo = new QLabel(QStringLiteral("Signpost"), m_window);
    m_logo->setMinimumSize(200, 80);
    m_button = new QPushButton(QStringLiteral("Start"), m_window);
    layout->addWidget(m_logo);
    layout->addWidget(m_button);
    m_gesture = new StaffUnlockGesture(m_logo, m_window, m_window);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestStaffUnlockGesture::cleanup()
{
    delete m_window;
}

void TestStaffUnlockGesture::holdDefaultsToFiveSeconds()
{
    QCOMPARE(m_gesture->holdDuration(), 5000ms);
}

void TestStaffUnlockGesture::holdingTheLogoTriggers()
{
    m_gesture->setHoldDuration(50ms);
    QSignalSpy triggered(m_gesture, &StaffUnlockGesture::triggered);
    QTest::mousePress(m_logo, Qt::LeftButton, {}, m_logo->rect().center());
    QVERIFY(m_gesture->isHolding());
    QTRY_COMPARE(triggered.count(), 1);
    QTest::mouseRelease(m_logo, Qt::LeftButton, {}, m_logo->rect().center());
    QCOMPARE(triggered.count(), 1);
}

void TestStaffUnlockGesture::touchAndHoldTriggers()
{
    m_gesture->setHoldDuration(50ms);
    QSignalSpy triggered(m_gesture, &StaffUnlockGesture::triggered);
    const std::unique_ptr<QPointingDevice> screen(QTest::createTouchDevice());
    const QPoint onLogo = m_logo->mapTo(m_window, m_logo->rect().center());
    QTest::touchEvent(m_window, screen.get()).press(0, onLogo);
    QVERIFY(m_gesture->isHolding());
    QTRY_COMPARE(triggered.count(), 1);
    QTest::touchEvent(m_window, screen.get()).release(0, onLogo);

    // A touch lifted early cancels.
    m_gesture->setHoldDuration(5s);
    QTest::touchEvent(m_window, screen.get()).press(0, onLogo);
    QVERIFY(m_gesture->isHolding());
    QTest::touchEvent(m_window, screen.get()).release(0, onLogo);
    QVERIFY(!m_gesture->isHolding());
    QCOMPARE(triggered.count(), 1);
}

void TestStaffUnlockGesture::releasingEarlyCancels()
{
    m_gesture->setHoldDuration(300ms);
    QSignalSpy triggered(m_gesture, &StaffUnlockGesture::triggered);
    QTest::mousePress(m_logo, Qt::LeftButton, {}, m_logo->rect().center());
    QTest::mouseRelease(m_logo, Qt::LeftButton, {}, m_logo->rect().center());
    QVERIFY(!m_gesture->isHolding()); // its timer is the only way to trigger, and it is stopped
    QCOMPARE(triggered.count(), 0);
}

void TestStaffUnlockGesture::movingOffTheLogoCancels()
{
    m_gesture->setHoldDuration(300ms);
    QSignalSpy triggered(m_gesture, &StaffUnlockGesture::triggered);
    QTest::mousePress(m_logo, Qt::LeftButton, {}, m_logo->rect().center());
    QTest::mouseMove(m_logo, QPoint(m_logo->width() / 2 + 10, m_logo->height() / 2));
    QVERIFY(m_gesture->isHolding()); // moving about on the logo is fine
    QMouseEvent away(QEvent::MouseMove, QPointF(m_logo->width() + 40, m_logo->height() + 40),
                     m_logo->mapToGlobal(QPointF(m_logo->width() + 40, m_logo->height() + 40)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_logo, &away);
    QVERIFY(!m_gesture->isHolding());
    QCOMPARE(triggered.count(), 0);
}

void TestStaffUnlockGesture::pressingElsewhereDoesNothing()
{
    m_gesture->setHoldDuration(50ms);
    QTest::mousePress(m_button, Qt::LeftButton);
    QVERIFY(!m_gesture->isHolding());
    QTest::mouseRelease(m_button, Qt::LeftButton);
}

void TestStaffUnlockGesture::keyChord_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
    QTest::addColumn<bool>("triggers");
    const Qt::KeyboardModifiers chord = Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier;
    QTest::newRow("Ctrl+Alt+Shift+S") << int(Qt::Key_S) << chord << true;
    QTest::newRow("Ctrl+Alt+S") << int(Qt::Key_S) << (Qt::ControlModifier | Qt::AltModifier)
                                << false;
    QTest::newRow("Ctrl+Shift+S") << int(Qt::Key_S) << (Qt::ControlModifier | Qt::ShiftModifier)
                                  << false;
    QTest::newRow("S") << int(Qt::Key_S) << Qt::KeyboardModifiers() << false;
    QTest::newRow("Ctrl+Alt+Shift+Meta+S") << int(Qt::Key_S) << (chord | Qt::MetaModifier) << false;
    QTest::newRow("Ctrl+Alt+Shift+A") << int(Qt::Key_A) << chord << false;
}

void TestStaffUnlockGesture::keyChord()
{
    QFETCH(int, key);
    QFETCH(Qt::KeyboardModifiers, modifiers);
    QFETCH(bool, triggers);
    QSignalSpy triggered(m_gesture, &StaffUnlockGesture::triggered);
    // Sent to whatever has focus in the window, as a real key press would be.
    QTest::keyClick(m_button, Qt::Key(key), modifiers);
    QCOMPARE(triggered.count(), triggers ? 1 : 0);

    // Another window's key presses are not the kiosk's.
    QWidget other;
    other.show();
    QTest::keyClick(&other, Qt::Key(key), modifiers);
    QCOMPARE(triggered.count(), triggers ? 1 : 0);
}

QTEST_MAIN(TestStaffUnlockGesture)
#include "TestStaffUnlockGesture.moc"
