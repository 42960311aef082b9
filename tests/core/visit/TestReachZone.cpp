// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/visit/ReachZone.h"

#include <QTest>

using Layout = ReachZone::Layout;

// The reach zone the low-reach layout puts every visitor control in, decided without a screen.
class TestReachZone : public QObject
{
    Q_OBJECT
private slots:
    void zone_data();
    void zone();
    void zoneSitsOnTheBottomEdge_data();
    void zoneSitsOnTheBottomEdge();
    void names_data();
    void names();
};

void TestReachZone::zone_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::addColumn<Layout>("layout");
    QTest::addColumn<QRect>("expected");
    QTest::newRow("standard portrait: all of it")
        << QSize(1080, 1920) << Layout::Standard << QRect(0, 0, 1080, 1920);
    QTest::newRow("standard landscape: all of it")
        << QSize(1920, 1080) << Layout::Standard << QRect(0, 0, 1920, 1080);
    QTest::newRow("low-reach portrait totem: the bottom 60%")
        << QSize(1080, 1920) << Layout::LowReach << QRect(0, 768, 1080, 1152);
    QTest::newRow("low-reach landscape: the bottom 75%")
        << QSize(1920, 1080) << Layout::LowReach << QRect(0, 270, 1920, 810);
    QTest::newRow("low-reach old library PC")
        << QSize(1366, 768) << Layout::LowReach << QRect(0, 192, 1366, 576);
    QTest::newRow("low-reach square counts as landscape")
        << QSize(1000, 1000) << Layout::LowReach << QRect(0, 250, 1000, 750);
    QTest::newRow("no window yet") << QSize(0, 0) << Layout::LowReach << QRect();
}

void TestReachZone::zone()
{
    QFETCH(QSize, screen);
    QFETCH(Layout, layout);
    QFETCH(QRect, expected);
    QCOMPARE(ReachZone::of(screen, layout), expected);
}

void TestReachZone::zoneSitsOnTheBottomEdge_data()
{
    QTest::addColumn<QSize>("screen");
    for (const QSize size : {QSize(1080, 1920), QSize(1920, 1080), QSize(1366, 768),
                             QSize(1280, 800), QSize(3840, 2160), QSize(1081, 1921)})
        QTest::addRow("%dx%d", size.width(), size.height()) << size;
}

void TestReachZone::zoneSitsOnTheBottomEdge()
{
    // Whatever the size: full width, down to the bottom edge, never taller than the screen.
    QFETCH(QSize, screen);
    const QRect zone = ReachZone::of(screen, Layout::LowReach);
    QCOMPARE(zone.left(), 0);
    QCOMPARE(zone.width(), screen.width());
    QCOMPARE(zone.bottom(), screen.height() - 1);
    QVERIFY(zone.top() > 0);
    QVERIFY(QRect(QPoint(0, 0), screen).contains(zone));
}

void TestReachZone::names_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("known");
    QTest::addColumn<Layout>("layout");
    QTest::newRow("standard") << QStringLiteral("standard") << true << Layout::Standard;
    QTest::newRow("low-reach") << QStringLiteral("low-reach") << true << Layout::LowReach;
    QTest::newRow("case and spaces") << QStringLiteral(" Low-Reach ") << true << Layout::LowReach;
    QTest::newRow("underscore is not the name")
        << QStringLiteral("low_reach") << false << Layout::Standard;
    QTest::newRow("empty") << QString() << false << Layout::Standard;
}

void TestReachZone::names()
{
    QFETCH(QString, text);
    QFETCH(bool, known);
    QFETCH(Layout, layout);
    const std::optional<Layout> parsed = ReachZone::fromName(text);
    QCOMPARE(parsed.has_value(), known);
    if (known) {
        QCOMPARE(*parsed, layout);
        QCOMPARE(ReachZone::fromName(ReachZone::name(layout)), layout);
    }
    QCOMPARE(ReachZone::names(),
             QStringList({QStringLiteral("standard"), QStringLiteral("low-reach")}));
}

QTEST_GUILESS_MAIN(TestReachZone)
#include "TestReachZone.moc"
