// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/staff/StaffPin.h"
#include "core/startup/Configuration.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Drives the built executable with no display, as a script or an IT officer would.
class TestSignpostExecutable : public QObject
{
    Q_OBJECT
private slots:
    void worksWithoutDisplay_data();
    void worksWithoutDisplay();
    void refusesBadCommandLine();
    void saysSoWhenThereIsNoDisplay();
    void validatesContent_data();
    void validatesContent();
    void hashesAStaffPin();
    void refusesAPinThatIsNotDigits_data();
    void refusesAPinThatIsNotDigits();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &arguments, const QByteArray &input = {});
};

TestSignpostExecutable::Run TestSignpostExecutable::run(const QStringList &arguments,
                                                        const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SIGNPOST_BINARY), arguments);
    process.write(input);
    process.closeWriteChannel();
    Run result;
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestSignpostExecutable::worksWithoutDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << QStringLiteral("--mode");
    QTest::newRow("version") << QStringList{QStringLiteral("--version")}
                             << QStringLiteral("Signpost " SIGNPOST_VERSION);
}

void TestSignpostExecutable::worksWithoutDisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(expected), qPrintable(result.out));
}

void TestSignpostExecutable::refusesBadCommandLine()
{
    const Run result = run({QStringLiteral("--mode"), QStringLiteral("shop")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(QLatin1String("shop")));
}

void TestSignpostExecutable::saysSoWhenThereIsNoDisplay()
{
    const Run result = run({QStringLiteral("--windowed")});
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(result.err.contains(QLatin1String("xvfb-run")), qPrintable(result.err));
}

void TestSignpostExecutable::hashesAStaffPin()
{
    const Run result = run({QStringLiteral("--hash-staff-pin")}, "24681357\n");
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(QLatin1String("staff_pin_hash=\"$argon2id$")),
             qPrintable(result.out));
    QCOMPARE(result.out.count(QLatin1Char('\n')), 1);
    QVERIFY(!result.out.contains(QLatin1String("24681357")));
    QVERIFY(!result.err.contains(QLatin1String("24681357")));

    // The printed line, pasted into a configuration file, unlocks with that PIN and no other.
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("signpost.conf")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[signpost]\n" + result.out.toLatin1());
    file.close();
    const Configuration config = Configuration::load(file.fileName(), true);
    QVERIFY2(config.warnings().isEmpty(), qPrintable(config.warnings().join(u'\n')));
    const StaffPin pin(config.staffPinHash());
    QVERIFY(pin.verify("24681357"));
    QVERIFY(!pin.verify("24681358"));
}

void TestSignpostExecutable::refusesAPinThatIsNotDigits_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("letters") << QByteArray("1234ab\n");
    QTest::newRow("too short") << QByteArray("12345\n");
    QTest::newRow("nothing") << QByteArray();
}

void TestSignpostExecutable::refusesAPinThatIsNotDigits()
{
    QFETCH(QByteArray, input);
    const Run result = run({QStringLiteral("--hash-staff-pin")}, input);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(QLatin1String("6 to 12 digits")), qPrintable(result.err));
}

void TestSignpostExecutable::validatesContent_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("built-in content")
        << QStringLiteral(SIGNPOST_SOURCE_DIR "/resources/content/uk.json") << 0
        << QStringLiteral("uk.json: valid (0 errors");
    QTest::newRow("short number in +44 form")
        << QStringLiteral(SIGNPOST_SOURCE_DIR
                          "/tests/core/fixtures/content/invalid/phone-short-number-plus-44.json")
        << 1 << QStringLiteral(".json:/services/0/channels/0/value: error: '+44116123'");
    QTest::newRow("no such file") << QStringLiteral("no-such-content.json") << 1
                                  << QStringLiteral(
                                         "no-such-content.json:: error: there is no such file");
}

void TestSignpostExecutable::validatesContent()
{
    QFETCH(QString, file);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const Run result = run({QStringLiteral("--validate"), file});
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.out.contains(expected), qPrintable(result.out));
}

QTEST_GUILESS_MAIN(TestSignpostExecutable)
#include "TestSignpostExecutable.moc"
