// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/startup/Configuration.h"
#include "core/startup/LaunchPlan.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestLaunchPlan : public QObject
{
    Q_OBJECT
private slots:
    void resolve_data();
    void resolve();
    void zapParameters_data();
    void zapParameters();
    void environmentOnlyChangesWithLockdown();
    void publicModesNeverAutolaunchASessionBus();

private:
    QTemporaryDir m_dir;
};

using Window = LaunchPlan::Window;

void TestLaunchPlan::resolve_data()
{
    QTest::addColumn<QString>("commandLine"); // --mode value, "" for none
    QTest::addColumn<bool>("windowed");
    QTest::addColumn<QString>("configured"); // mode= in the file, "" for none
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<Window>("window");
    QTest::addColumn<bool>("lockdown");
    QTest::addColumn<int>("idleSeconds");
    QTest::addColumn<bool>("confirmBeforeClose");

    const QString none;
    const QString kiosk = QStringLiteral("kiosk");
    const QString staff = QStringLiteral("staff");
    const QString event = QStringLiteral("event");
    // The file below sets idle 120 s for kiosk and 45 s for events.
    QTest::newRow("nothing: public in a window")
        << none << false << none << Mode::Kiosk << Window::Normal << false << 120 << false;
    QTest::newRow("nothing, windowed")
        << none << true << none << Mode::Kiosk << Window::Normal << false << 120 << false;
    QTest::newRow("config kiosk") << none << false << kiosk << Mode::Kiosk << Window::FullScreen
                                  << true << 120 << false;
    QTest::newRow("config kiosk, windowed")
        << none << true << kiosk << Mode::Kiosk << Window::Normal << false << 120 << false;
    QTest::newRow("config event") << none << false << event << Mode::Event << Window::FullScreen
                                  << false << 45 << true;
    QTest::newRow("config event, windowed")
        << none << true << event << Mode::Event << Window::Normal << false << 45 << true;
    QTest::newRow("config staff") << none << false << staff << Mode::Staff << Window::Normal
                                  << false << 0 << false;
    QTest::newRow("--mode kiosk") << kiosk << false << none << Mode::Kiosk << Window::FullScreen
                                  << true << 120 << false;
    QTest::newRow("--mode beats config")
        << staff << false << kiosk << Mode::Staff << Window::Normal << false << 0 << false;
    QTest::newRow("--mode kiosk beats config staff")
        << kiosk << false << staff << Mode::Kiosk << Window::FullScreen << true << 120 << false;
    QTest::newRow("--mode event --windowed")
        << event << true << kiosk << Mode::Event << Window::Normal << false << 45 << true;
    QTest::newRow("--mode kiosk --windowed")
        << kiosk << true << none << Mode::Kiosk << Window::Normal << false << 120 << false;
    QTest::newRow("staff ignores --windowed")
        << staff << true << none << Mode::Staff << Window::Normal << false << 0 << false;
}

void TestLaunchPlan::resolve()
{
    QFETCH(QString, commandLine);
    QFETCH(bool, windowed);
    QFETCH(QString, configured);
    QFETCH(Mode, mode);
    QFETCH(Window, window);
    QFETCH(bool, lockdown);
    QFETCH(int, idleSeconds);
    QFETCH(bool, confirmBeforeClose);

    QStringList arguments{QStringLiteral("signpost")};
    if (!commandLine.isEmpty())
        arguments << QStringLiteral("--mode") << commandLine;
    if (windowed)
        arguments << QStringLiteral("--windowed");
    const CommandLine::Result parsed = CommandLine::parse(arguments);
    QVERIFY(parsed.error.isEmpty());

    // One file per row: QSettings caches files by name, size and modification time.
    QFile file(
        m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + QLatin1String(".conf")));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("[signpost]\nidle_timeout_seconds=120\nevent_idle_timeout_seconds=45\n");
    if (!configured.isEmpty())
        file.write("mode=" + configured.toLatin1() + "\n");
    file.close();
    const Configuration config = Configuration::load(file.fileName(), true);
    QVERIFY(config.warnings().isEmpty());

    const LaunchPlan plan = LaunchPlan::resolve(parsed.options, config);
    QCOMPARE(plan.mode, mode);
    QCOMPARE(plan.window, window);
    QCOMPARE(plan.lockdown, lockdown);
    QCOMPARE(plan.idleTimeoutSeconds, idleSeconds);
    QCOMPARE(plan.confirmBeforeClose, confirmBeforeClose);
    QCOMPARE(plan.showsPublicScreens(), mode != Mode::Staff);
}

void TestLaunchPlan::zapParameters_data()
{
    QTest::addColumn<QString>("current");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unset") << QString() << QStringLiteral("disable-zap");
    QTest::newRow("keeps a keymap") << QStringLiteral("keymap=/etc/uk.qmap")
                                    << QStringLiteral("keymap=/etc/uk.qmap:disable-zap");
    QTest::newRow("keeps a device") << QStringLiteral("/dev/input/event2:grab=1")
                                    << QStringLiteral("/dev/input/event2:grab=1:disable-zap");
    QTest::newRow("already off") << QStringLiteral("disable-zap:grab=1")
                                 << QStringLiteral("disable-zap:grab=1");
}

void TestLaunchPlan::zapParameters()
{
    QFETCH(QString, current);
    QFETCH(QString, expected);
    QCOMPARE(LaunchPlan::evdevKeyboardParametersWithZapDisabled(current), expected);
}

void TestLaunchPlan::environmentOnlyChangesWithLockdown()
{
    const char *name = "QT_QPA_EVDEV_KEYBOARD_PARAMETERS";
    qunsetenv(name);
    LaunchPlan plan;
    plan.prepareProcessEnvironment();
    QVERIFY(!qEnvironmentVariableIsSet(name));
    plan.lockdown = true;
    plan.prepareProcessEnvironment();
    QCOMPARE(qEnvironmentVariable(name), QStringLiteral("disable-zap"));
    qunsetenv(name);
}

void TestLaunchPlan::publicModesNeverAutolaunchASessionBus()
{
    const char *name = "DBUS_SESSION_BUS_ADDRESS";
    const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_dir.path())); // no user bus there
    qunsetenv(name);
    LaunchPlan staff;
    staff.mode = Mode::Staff;
    staff.prepareProcessEnvironment();
    QVERIFY(!qEnvironmentVariableIsSet(name)); // the staff desktop may use (or start) one
    for (const Mode mode : {Mode::Kiosk, Mode::Event}) {
        qunsetenv(name);
        LaunchPlan plan;
        plan.mode = mode;
        plan.prepareProcessEnvironment();
        QCOMPARE(qEnvironmentVariable(name), QStringLiteral("disabled:"));
    }
    qunsetenv(name);
    qputenv("XDG_RUNTIME_DIR", runtime);
}

QTEST_GUILESS_MAIN(TestLaunchPlan)
#include "TestLaunchPlan.moc"
