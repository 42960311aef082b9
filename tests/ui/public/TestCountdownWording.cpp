// SPDX-License-Identifier: GPL-3.0-or-later
// The idle notice's countdown in every language reads right at every count the visitor sees,
// 1 second included (Punjabi once said "1 ਸਕਿੰਟਾਂ", a plural, because its singular form was missing).
#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

class TestCountdownWording : public QObject
{
    Q_OBJECT
private slots:
    void agreesWithTheCount_data();
    void agreesWithTheCount();
};

void TestCountdownWording::agreesWithTheCount_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("cy 1") << QStringLiteral("cy") << 1
                          << QStringLiteral("Bydd y sgrin hon yn dechrau eto ymhen 1 eiliad.");
    QTest::newRow("pl 1") << QStringLiteral("pl") << 1
                          << QStringLiteral("Ten ekran zacznie się od nowa za 1 sekundę.");
    QTest::newRow("pl 5") << QStringLiteral("pl") << 5
                          << QStringLiteral("Ten ekran zacznie się od nowa za 5 sekund.");
    QTest::newRow("ro 1") << QStringLiteral("ro") << 1
                          << QStringLiteral("Acest ecran va reporni în 1 secundă.");
    QTest::newRow("ur 1") << QStringLiteral("ur") << 1
                          << QStringLiteral("یہ اسکرین 1 سیکنڈ میں دوبارہ شروع ہو جائے گی۔");
    QTest::newRow("pa 1") << QStringLiteral("pa") << 1
                          << QStringLiteral("ਇਹ ਸਕ੍ਰੀਨ 1 ਸਕਿੰਟ ਵਿੱਚ ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਹੋਵੇਗੀ।");
    QTest::newRow("pa 15") << QStringLiteral("pa") << 15
                           << QStringLiteral("ਇਹ ਸਕ੍ਰੀਨ 15 ਸਕਿੰਟਾਂ ਵਿੱਚ ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਹੋਵੇਗੀ।");
    QTest::newRow("ar 1") << QStringLiteral("ar") << 1
                          << QStringLiteral("ستبدأ هذه الشاشة من جديد بعد ثانية واحدة.");
}

void TestCountdownWording::agreesWithTheCount()
{
    QFETCH(QString, language);
    QFETCH(int, seconds);
    QFETCH(QString, expected);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/signpost_%1.qm").arg(language)));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString text = QCoreApplication::translate(
        "IdleNotice", "This screen will start again in %n seconds.", nullptr, seconds);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(text, expected);
}

QTEST_GUILESS_MAIN(TestCountdownWording)
#include "TestCountdownWording.moc"
