// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/visit/QuickExitDetector.h"

#include <QSignalSpy>
#include <QTest>

class TestQuickExitDetector : public QObject
{
    Q_OBJECT
private slots:
    void recognisesThreePressesAtMostFiveSecondsApart_data();
    void recognisesThreePressesAtMostFiveSecondsApart();
    void reportsProgress();
    void expiresFiveSecondsAfterTheLastPress();
    void clearingIsNotExpiry();
};

void TestQuickExitDetector::recognisesThreePressesAtMostFiveSecondsApart_data()
{
    QTest::addColumn<QList<qint64>>("presses");
    QTest::addColumn<int>("exits");
    QTest::newRow("three quick") << QList<qint64>{1000, 1200, 1400} << 1;
    // GOV.UK restarts its timer at every press: a visitor with a tremor still gets out.
    QTest::newRow("three over six seconds") << QList<qint64>{0, 3000, 6000} << 1;
    QTest::newRow("each at the edge") << QList<qint64>{0, 5000, 10000} << 1;
    QTest::newRow("two") << QList<qint64>{1000, 1200} << 0;
    QTest::newRow("second just too slow") << QList<qint64>{0, 5001, 5100} << 0;
    QTest::newRow("third just too slow") << QList<qint64>{0, 2500, 7501} << 0;
    QTest::newRow("slow first, then two quick") << QList<qint64>{0, 9000, 9100} << 0;
    QTest::newRow("stale first, then three") << QList<qint64>{0, 9000, 9100, 9200} << 1;
    QTest::newRow("too slow, then three spaced") << QList<qint64>{0, 6000, 10000, 14000} << 1;
    QTest::newRow("six quick") << QList<qint64>{0, 100, 200, 300, 400, 500} << 2;
}

void TestQuickExitDetector::recognisesThreePressesAtMostFiveSecondsApart()
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

void TestQuickExitDetector::expiresFiveSecondsAfterTheLastPress()
{
    QuickExitDetector detector;
    QSignalSpy expired(&detector, &QuickExitDetector::expired);
    detector.shiftPressed(0);
    detector.shiftPressed(4000);
    detector.expire(9000); // 5 s after the last press, 9 s after the first: still going
    QCOMPARE(detector.progress(), 2);
    QCOMPARE(expired.size(), 0);
    detector.expire(9001);
    QCOMPARE(detector.progress(), 0);
    QCOMPARE(expired.size(), 1);
    detector.expire(20000); // nothing under way: nothing to say
    QCOMPARE(expired.size(), 1);
}

void TestQuickExitDetector::clearingIsNotExpiry()
{
    QuickExitDetector detector;
    QSignalSpy expired(&detector, &QuickExitDetector::expired);
    detector.shiftPressed(0);
    detector.clear();
    QCOMPARE(detector.progress(), 0);
    detector.expire(10000);
    QCOMPARE(expired.size(), 0);
}

QTEST_GUILESS_MAIN(TestQuickExitDetector)
#include "TestQuickExitDetector.moc"
