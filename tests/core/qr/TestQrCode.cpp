// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/qr/QrCode.h"

#include <QTest>

// The shared QR encoder: a square module matrix with the finder patterns a camera looks for.
class TestQrCode : public QObject
{
    Q_OBJECT

private slots:
    void encodesAWebAddress_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("short") << QStringLiteral("https://www.childline.org.uk");
        QTest::newRow("path") << QStringLiteral("https://www.ceop.police.uk/Safety-Centre");
    }

    void encodesAWebAddress()
    {
        QFETCH(QString, text);
        const QrCode code = QrCode::encode(text);
        QVERIFY(code.isValid());
        QCOMPARE(code.text(), text);
        QVERIFY(code.size() >= 21);
        QCOMPARE((code.size() - 17) % 4, 0); // versions are 21, 25, 29, … modules
        // Finder pattern corners: dark outer ring, light ring, dark centre.
        for (const auto &[x, y] : {std::pair{0, 0}, {code.size() - 7, 0}, {0, code.size() - 7}}) {
            QVERIFY(code.isDark(x, y));
            QVERIFY(code.isDark(x + 6, y + 6));
            QVERIFY(!code.isDark(x + 1, y + 1));
            QVERIFY(code.isDark(x + 3, y + 3));
        }
        QVERIFY(!code.isDark(-1, 0));
        QVERIFY(!code.isDark(code.size(), 0));
    }

    void emptyTextGivesNoCode()
    {
        const QrCode code = QrCode::encode({});
        QVERIFY(!code.isValid());
        QCOMPARE(code.size(), 0);
        QVERIFY(!code.isDark(0, 0));
    }
};

QTEST_GUILESS_MAIN(TestQrCode)
#include "TestQrCode.moc"
