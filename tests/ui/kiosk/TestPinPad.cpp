// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/PinPad.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

class TestPinPad : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rightPinIsAccepted();
    void wrongPinSaysHowManyTriesAreLeft();
    void fiveWrongTriesLockThePad();
    void okNeedsEnoughDigits();
    void clearAndCancel();
    void digitKeysWorkToo();
    void typedDigitsStopAtTheMaximum();
    void noHashMeansNoUnlock();
    void touchTargetsAreLarge();
    void hidingForgetsTheDigits();

private:
    struct Pad
    {
        explicit Pad(const StaffPin &pin)
            : pad(pin, &policy)
        {
            pad.setClock([this] { return now; });
            pad.resize(400, 600);
            pad.show();
        }
        PinAttemptPolicy policy;
        PinAttemptPolicy::Instant now{1000s};
        PinPad pad;
    };

    static void click(PinPad &pad, const QString &objectName);
    static void type(PinPad &pad, const QByteArray &digits);
    static QString status(PinPad &pad);

    StaffPin m_pin;
};

void TestPinPad::initTestCase()
{
    // libsodium's minimum cost keeps the test fast; the hash records its own cost.
    m_pin = StaffPin(StaffPin::hash("246810", StaffPin::Cost::Minimum));
    QVERIFY(m_pin.isConfigured());
}

void TestPinPad::click(PinPad &pad, const QString &objectName)
{
    auto *button = pad.findChild<QPushButton *>(objectName);
    QVERIFY2(button, qPrintable(objectName));
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestPinPad::type(PinPad &pad, const QByteArray &digits)
{
    for (const char digit : digits)
        click(pad, QStringLiteral("digit%1").arg(QLatin1Char(digit)));
}

QString TestPinPad::status(PinPad &pad)
{
    return pad.findChild<QLabel *>(QStringLiteral("pinStatus"))->text();
}

void TestPinPad::rightPinIsAccepted()
{
    Pad p(m_pin);
    QSignalSpy accepted(&p.pad, &PinPad::accepted);
    QSignalSpy cancelled(&p.pad, &PinPad::cancelled);
    type(p.pad, "246810");
    auto *dots = p.pad.findChild<QLabel *>(QStringLiteral("pinDots"));
    QCOMPARE(dots->text(), QString(6, QChar(0x25CF)));
    QVERIFY(!dots->text().contains(QLatin1Char('2')));
    click(p.pad, QStringLiteral("okButton"));
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(cancelled.count(), 0);
    QCOMPARE(p.pad.typedDigitCount(), 0);
    QVERIFY(dots->text().isEmpty());
}

void TestPinPad::wrongPinSaysHowManyTriesAreLeft()
{
    Pad p(m_pin);
    QSignalSpy accepted(&p.pad, &PinPad::accepted);
    type(p.pad, "246811");
    click(p.pad, QStringLiteral("okButton"));
    QCOMPARE(accepted.count(), 0);
    QCOMPARE(p.pad.typedDigitCount(), 0);
    QVERIFY2(status(p.pad).contains(QLatin1String("not right")), qPrintable(status(p.pad)));
    QVERIFY2(status(p.pad).contains(QLatin1String("4")), qPrintable(status(p.pad)));
    QCOMPARE(p.policy.triesLeft(), 4);
}

void TestPinPad::fiveWrongTriesLockThePad()
{
    Pad p(m_pin);
    QSignalSpy accepted(&p.pad, &PinPad::accepted);
    for (int i = 0; i < 5; ++i) {
        type(p.pad, "111111");
        click(p.pad, QStringLiteral("okButton"));
    }
    auto *digit = p.pad.findChild<QPushButton *>(QStringLiteral("digit2"));
    QVERIFY(!digit->isEnabled());
    QCOMPARE(status(p.pad), QStringLiteral("Locked — try again in 30 seconds."));

    // Even the right PIN does nothing while locked.
    p.pad.setFocus();
    QTest::keyClicks(&p.pad, QStringLiteral("246810"));
    QTest::keyClick(&p.pad, Qt::Key_Return);
    QCOMPARE(accepted.count(), 0);

    p.now += 10s;
    QTRY_COMPARE(status(p.pad), QStringLiteral("Locked — try again in 20 seconds."));
    p.now += 20s;
    QTRY_VERIFY(digit->isEnabled());
    QVERIFY(status(p.pad).isEmpty());

    type(p.pad, "246810");
    click(p.pad, QStringLiteral("okButton"));
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(p.policy.triesLeft(), 5);
}

void TestPinPad::okNeedsEnoughDigits()
{
    Pad p(m_pin);
    auto *ok = p.pad.findChild<QPushButton *>(QStringLiteral("okButton"));
    type(p.pad, "24681");
    QVERIFY(!ok->isEnabled());
    type(p.pad, "0");
    QVERIFY(ok->isEnabled());
}

void TestPinPad::clearAndCancel()
{
    Pad p(m_pin);
    QSignalSpy cancelled(&p.pad, &PinPad::cancelled);
    type(p.pad, "1234");
    click(p.pad, QStringLiteral("clearButton"));
    QCOMPARE(p.pad.typedDigitCount(), 0);
    QCOMPARE(cancelled.count(), 0);
    type(p.pad, "12");
    click(p.pad, QStringLiteral("cancelButton"));
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(p.pad.typedDigitCount(), 0);
}

void TestPinPad::digitKeysWorkToo()
{
    Pad p(m_pin);
    QSignalSpy accepted(&p.pad, &PinPad::accepted);
    QSignalSpy cancelled(&p.pad, &PinPad::cancelled);
    p.pad.setFocus();
    QTest::keyClicks(&p.pad, QStringLiteral("2468100"));
    QTest::keyClick(&p.pad, Qt::Key_Backspace);
    QCOMPARE(p.pad.typedDigitCount(), 6);
    QTest::keyClick(&p.pad, Qt::Key_Enter);
    QCOMPARE(accepted.count(), 1);
    QTest::keyClick(&p.pad, Qt::Key_Escape);
    QCOMPARE(cancelled.count(), 1);
}

void TestPinPad::typedDigitsStopAtTheMaximum()
{
    Pad p(m_pin);
    type(p.pad, "123456789012");
    QCOMPARE(p.pad.typedDigitCount(), StaffPin::maximumDigits);
    QVERIFY(!p.pad.findChild<QPushButton *>(QStringLiteral("digit3"))->isEnabled());
}

void TestPinPad::noHashMeansNoUnlock()
{
    Pad p{StaffPin()};
    QSignalSpy accepted(&p.pad, &PinPad::accepted);
    for (int digit = 0; digit <= 9; ++digit)
        QVERIFY(!p.pad.findChild<QPushButton *>(QStringLiteral("digit%1").arg(digit))->isEnabled());
    p.pad.setFocus();
    QTest::keyClicks(&p.pad, QStringLiteral("246810"));
    QTest::keyClick(&p.pad, Qt::Key_Return);
    QCOMPARE(accepted.count(), 0);
    QVERIFY(status(p.pad).contains(QLatin1String("No staff PIN is set")));
    QVERIFY(p.pad.findChild<QPushButton *>(QStringLiteral("cancelButton"))->isEnabled());
}

void TestPinPad::touchTargetsAreLarge()
{
    Pad p(m_pin);
    QVERIFY(QTest::qWaitForWindowExposed(&p.pad));
    const auto buttons = p.pad.findChildren<QPushButton *>();
    QCOMPARE(buttons.size(), 13); // ten digits, Clear, OK, Cancel
    for (const QPushButton *button : buttons) {
        QVERIFY2(button->width() >= 80 && button->height() >= 80, qPrintable(button->objectName()));
        QVERIFY(!button->accessibleName().isEmpty() || !button->text().isEmpty());
    }
}

void TestPinPad::hidingForgetsTheDigits()
{
    Pad p(m_pin);
    type(p.pad, "2468");
    p.pad.hide();
    QCOMPARE(p.pad.typedDigitCount(), 0);
}

QTEST_MAIN(TestPinPad)
#include "TestPinPad.moc"
