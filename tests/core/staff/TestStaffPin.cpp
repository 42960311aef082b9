// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/staff/StaffPin.h"

#include <QTest>

class TestStaffPin : public QObject
{
    Q_OBJECT
private slots:
    void acceptablePins_data();
    void acceptablePins();
    void hashThenVerify_data();
    void hashThenVerify();
    void noHashUnlocksNothing();
    void notAHashUnlocksNothing();
    void interactiveCostIsTheDefault();
    void configurationLineIsOneValue();
    void wipeZeroesBytes();
};

void TestStaffPin::acceptablePins_data()
{
    QTest::addColumn<QByteArray>("pin");
    QTest::addColumn<bool>("acceptable");
    QTest::newRow("six digits") << QByteArray("123456") << true;
    QTest::newRow("twelve digits") << QByteArray("123456789012") << true;
    QTest::newRow("five digits") << QByteArray("12345") << false;
    QTest::newRow("thirteen digits") << QByteArray("1234567890123") << false;
    QTest::newRow("letters") << QByteArray("12345a") << false;
    QTest::newRow("space") << QByteArray("123 456") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestStaffPin::acceptablePins()
{
    QFETCH(QByteArray, pin);
    QFETCH(bool, acceptable);
    QCOMPARE(StaffPin::isAcceptablePin(pin), acceptable);
    QCOMPARE(StaffPin::hash(pin, StaffPin::Cost::Minimum).isEmpty(), !acceptable);
}

void TestStaffPin::hashThenVerify_data()
{
    QTest::addColumn<QByteArray>("tried");
    QTest::addColumn<bool>("unlocks");
    QTest::newRow("right") << QByteArray("2468013579") << true;
    QTest::newRow("one digit wrong") << QByteArray("2468013578") << false;
    QTest::newRow("one digit short") << QByteArray("246801357") << false;
    QTest::newRow("one digit more") << QByteArray("24680135790") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestStaffPin::hashThenVerify()
{
    QFETCH(QByteArray, tried);
    QFETCH(bool, unlocks);
    const QString hash = StaffPin::hash("2468013579", StaffPin::Cost::Minimum);
    QVERIFY(hash.startsWith(QLatin1String("$argon2id$")));
    QVERIFY(!hash.contains(QLatin1String("2468013579")));
    const StaffPin pin(hash);
    QVERIFY(pin.isConfigured());
    QCOMPARE(pin.verify(tried), unlocks);
}

void TestStaffPin::noHashUnlocksNothing()
{
    const StaffPin pin;
    QVERIFY(!pin.isConfigured());
    QVERIFY(!pin.verify("123456"));
    QVERIFY(!StaffPin(QString()).verify("123456"));
}

void TestStaffPin::notAHashUnlocksNothing()
{
    // A PIN pasted in as if it were the hash must not become the PIN.
    const StaffPin pin(QStringLiteral("123456"));
    QVERIFY(!pin.isConfigured());
    QVERIFY(!pin.verify("123456"));
}

void TestStaffPin::interactiveCostIsTheDefault()
{
    // Installs get libsodium's interactive limits: 64 MiB and 2 passes, written into the hash.
    const QString hash = StaffPin::hash("135790");
    QVERIFY2(hash.startsWith(QLatin1String("$argon2id$v=19$m=65536,t=2,p=1$")), qPrintable(hash));
    QVERIFY(StaffPin(hash).verify("135790"));
}

void TestStaffPin::configurationLineIsOneValue()
{
    const QString hash = StaffPin::hash("135790", StaffPin::Cost::Minimum);
    const QString line = StaffPin::configurationLine(hash);
    QCOMPARE(line, QStringLiteral("staff_pin_hash=\"%1\"").arg(hash));
}

void TestStaffPin::wipeZeroesBytes()
{
    char digits[] = "987654";
    StaffPin::wipe(digits, 6);
    for (int i = 0; i < 6; ++i)
        QCOMPARE(digits[i], '\0');
}

QTEST_GUILESS_MAIN(TestStaffPin)
#include "TestStaffPin.moc"
