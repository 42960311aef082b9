// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/speech/SpokenNumber.h"

#include <QTest>

class TestSpokenNumber : public QObject
{
    Q_OBJECT
private slots:
    void digits_data();
    void digits();
    void inText_data();
    void inText();
};

void TestSpokenNumber::digits_data()
{
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("spoken");
    QTest::newRow("helpline") << QStringLiteral("0808 1000 900")
                              << QStringLiteral("0 8 0 8, 1 0 0 0, 9 0 0");
    QTest::newRow("999") << QStringLiteral("999") << QStringLiteral("9 9 9");
    QTest::newRow("textphone") << QStringLiteral("18001 101") << QStringLiteral("1 8 0 0 1, 1 0 1");
    QTest::newRow("international")
        << QStringLiteral("+44 20 7946 0000") << QStringLiteral("+ 4 4, 2 0, 7 9 4 6, 0 0 0 0");
    QTest::newRow("extra spaces") << QStringLiteral(" 0800  1111 ")
                                  << QStringLiteral("0 8 0 0, 1 1 1 1");
}

void TestSpokenNumber::digits()
{
    QFETCH(QString, shown);
    QFETCH(QString, spoken);
    QCOMPARE(SpokenNumber::digits(shown), spoken);
}

void TestSpokenNumber::inText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("spoken");
    QTest::newRow("number in a sentence")
        << QStringLiteral("Text SHOUT to 85258") << QStringLiteral("Text SHOUT to 8 5 2 5 8");
    QTest::newRow("grouped number") << QStringLiteral("Call 0808 1000 900 now")
                                    << QStringLiteral("Call 0 8 0 8, 1 0 0 0, 9 0 0 now");
    QTest::newRow("time stays") << QStringLiteral("Open now — until 9pm")
                                << QStringLiteral("Open now — until 9pm");
    QTest::newRow("24-hour time stays")
        << QStringLiteral("opens at 21:00") << QStringLiteral("opens at 21:00");
    QTest::newRow("short count stays")
        << QStringLiteral("Open 24 hours") << QStringLiteral("Open 24 hours");
    QTest::newRow("date stays") << QStringLiteral("opens on 9 February at 9am")
                                << QStringLiteral("opens on 9 February at 9am");
    QTest::newRow("two numbers") << QStringLiteral("Call 999 or 101")
                                 << QStringLiteral("Call 9 9 9 or 1 0 1");
    QTest::newRow("no digits") << QStringLiteral("Myself") << QStringLiteral("Myself");
}

void TestSpokenNumber::inText()
{
    QFETCH(QString, text);
    QFETCH(QString, spoken);
    QCOMPARE(SpokenNumber::inText(text), spoken);
}

QTEST_GUILESS_MAIN(TestSpokenNumber)
#include "TestSpokenNumber.moc"
