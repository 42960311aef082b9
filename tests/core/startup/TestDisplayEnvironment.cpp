// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/startup/DisplayEnvironment.h"

#include <QTest>

class TestDisplayEnvironment : public QObject
{
    Q_OBJECT
private slots:
    void canShowWindow_data();
    void canShowWindow();
    void messageSaysWhatToDo();
};

void TestDisplayEnvironment::canShowWindow_data()
{
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<bool>("expected");
    QTest::newRow("nothing") << QStringList() << false;
    QTest::newRow("x11") << QStringList{QStringLiteral("DISPLAY=:0")} << true;
    QTest::newRow("wayland") << QStringList{QStringLiteral("WAYLAND_DISPLAY=wayland-0")} << true;
    QTest::newRow("offscreen") << QStringList{QStringLiteral("QT_QPA_PLATFORM=offscreen")} << true;
    QTest::newRow("empty display") << QStringList{QStringLiteral("DISPLAY=")} << false;
}

void TestDisplayEnvironment::canShowWindow()
{
    QFETCH(QStringList, variables);
    QFETCH(bool, expected);
    QProcessEnvironment environment;
    for (const QString &variable : variables)
        environment.insert(variable.section(QLatin1Char('='), 0, 0),
                           variable.section(QLatin1Char('='), 1));
    QCOMPARE(DisplayEnvironment(environment).canShowWindow(), expected);
}

void TestDisplayEnvironment::messageSaysWhatToDo()
{
    const QString message = DisplayEnvironment(QProcessEnvironment()).noDisplayMessage();
    QVERIFY(message.contains(QLatin1String("xvfb-run")));
    QVERIFY(!message.contains(QLatin1Char('\n')));
}

QTEST_GUILESS_MAIN(TestDisplayEnvironment)
#include "TestDisplayEnvironment.moc"
