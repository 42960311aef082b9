// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/visit/QuickExitDetector.h"

#include <QSignalSpy>
#include <QTest>

class TestQuickExitDetector : public QObject
{
    Q_OBJECT
private slots:
    void recognisesThreePressesWithinFiveSeconds_data();
    void recognisesThreePressesWithinFiveSeconds();
    void reportsProgress();
    void expiredPressesLeaveTheCue();
};

void TestQuickExitDetector::recognisesThreePressesWithinFiveSeconds_data()
{
    QTest::addColumn<QList<qint64>>("presses");
    QTest::addColumn<int>("exits");
    QTest::newRow("three quick") << QList<qint64>{1000, 1200, 1400} << 1;
    QTest::newRow("three at the edge") << QList<qint64>{0, 2500, 5000} << 1;
    QTest::newRow("two") << QList<qint64>{1000, 1200} << 0;
    QTest::newRow("three over six seconds") << QList<qint64>{0, 3000, 6000} << 0;
    QTest::newRow("three just too slow") << QList<qint64>{0, 2500, 5001} << 0;
    QTest::newRow("slow first, then two quick") << QList<qint64>{0, 9000, 9100} << 0;
    QTest::newRow("stale first, then three") << QList<qint64>{0, 9000, 9100, 9200} << 1;
    QTest::newRow("six quick") << QList<qint64>{0, 100, 200, 300, 400, 500} << 2;
}

void TestQuickExitDetector::recognisesThreePressesWithinFiveSeconds()
{
    QFETCH(QList<qint64>, presses);
    QFETCH(int, exits);
    QuickExitDetector detector;
    QSignalSpy spy(&detector, &QuickExitDetector::triggered);
    for (const qint64 at : presses)
        detector.shiftPressed(at);
    QCOMPARE(spy.size(), exits);
}

void TestQuickExitDetector::reportsProgress()
{
    QuickExitDetector detector;
    QSignalSpy spy(&detector, &QuickExitDetector::progressChanged);
    detector.shiftPressed(100);
    QCOMPARE(detector.progress(), 1);
    detector.shiftPressed(200);
    QCOMPARE(detector.progress(), 2);
    detector.shiftPressed(300);
    QCOMPARE(detector.progress(), 0); // triggered, ready for the next visitor
    QCOMPARE(spy.size(), 3);
    QCOMPARE(spy.at(2).at(0).toInt(), 0);
}

void TestQuickExitDetector::expiredPressesLeaveTheCue()
{
    QuickExitDetector detector;
    detector.shiftPressed(0);
    detector.shiftPressed(1000);
    detector.expire(5500);
    QCOMPARE(detector.progress(), 1);
    detector.expire(6001);
    QCOMPARE(detector.progress(), 0);
}

QTEST_GUILESS_MAIN(TestQuickExitDetector)
#include "TestQuickExitDetector.moc"
