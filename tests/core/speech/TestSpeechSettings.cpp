// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/speech/SpeechSettings.h"
#include "core/startup/Configuration.h"

#include <QTemporaryDir>
#include <QTest>

// The speech, speech_volume and speech_rate keys: defaults, allowed values, and a warning naming
// the key, the bad value and the default for anything else.
class TestSpeechSettings : public QObject
{
    Q_OBJECT
private slots:
    void values_data();
    void values();
    void readFromTheConfigurationFile();
};

void TestSpeechSettings::values_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("volume");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<int>("expectedMode");
    QTest::addColumn<int>("expectedVolume");
    QTest::addColumn<int>("expectedRate");
    QTest::addColumn<QString>("warning"); // part of the one warning expected; empty: none
    const int onRequest = int(SpeechSettings::Mode::OnRequest);
    QTest::newRow("defaults") << QStringLiteral("") << QStringLiteral("") << QStringLiteral("")
                              << onRequest << 70 << 160 << QStringLiteral("");
    QTest::newRow("off") << QStringLiteral("off") << QStringLiteral("") << QStringLiteral("")
                         << int(SpeechSettings::Mode::Off) << 70 << 160 << QStringLiteral("");
    QTest::newRow("always, any case")
        << QStringLiteral("Always") << QStringLiteral("100") << QStringLiteral("80")
        << int(SpeechSettings::Mode::Always) << 100 << 80 << QStringLiteral("");
    QTest::newRow("on-request") << QStringLiteral("on-request") << QStringLiteral("10")
                                << QStringLiteral("350") << onRequest << 10 << 350
                                << QStringLiteral("");
    QTest::newRow("unknown mode") << QStringLiteral("loud") << QStringLiteral("")
                                  << QStringLiteral("") << onRequest << 70 << 160
                                  << QStringLiteral(
                                         "speech 'loud' is not off, on-request or always");
    QTest::newRow("volume too high")
        << QStringLiteral("") << QStringLiteral("150") << QStringLiteral("") << onRequest << 70
        << 160 << QStringLiteral("speech_volume '150'");
    QTest::newRow("rate not a number")
        << QStringLiteral("") << QStringLiteral("") << QStringLiteral("fast") << onRequest << 70
        << 160 << QStringLiteral("speech_rate 'fast'");
}

void TestSpeechSettings::values()
{
    QFETCH(QString, mode);
    QFETCH(QString, volume);
    QFETCH(QString, rate);
    QFETCH(int, expectedMode);
    QFETCH(int, expectedVolume);
    QFETCH(int, expectedRate);
    QFETCH(QString, warning);
    QStringList warnings;
    const SpeechSettings settings = SpeechSettings::read(mode, volume, rate, QString(),
                                                         QStringLiteral("/etc/x.conf"), &warnings);
    QCOMPARE(int(settings.mode), expectedMode);
    QCOMPARE(settings.volume, expectedVolume);
    QCOMPARE(settings.rate, expectedRate);
    if (warning.isEmpty()) {
        QVERIFY(warnings.isEmpty());
    } else {
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.constFirst().contains(warning), qPrintable(warnings.constFirst()));
        QVERIFY(warnings.constFirst().startsWith(QLatin1String("/etc/x.conf: ")));
    }
}

void TestSpeechSettings::readFromTheConfigurationFile()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("signpost.conf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[signpost]\nspeech=always\nspeech_volume=40\nspeech_rate=900\n"
               "speech_device=plughw:CARD=Handset\n");
    file.close();
    const Configuration configuration = Configuration::load(path, true);
    QCOMPARE(configuration.speech().mode, SpeechSettings::Mode::Always);
    QCOMPARE(configuration.speech().volume, 40);
    QCOMPARE(configuration.speech().rate, SpeechSettings::defaultRate);
    QCOMPARE(configuration.speech().device, QStringLiteral("plughw:CARD=Handset"));
    QCOMPARE(configuration.warnings().size(), 1); // the rate; no key is unknown
    QVERIFY(configuration.warnings().constFirst().contains(QLatin1String("speech_rate '900'")));
}

QTEST_GUILESS_MAIN(TestSpeechSettings)
#include "TestSpeechSettings.moc"
