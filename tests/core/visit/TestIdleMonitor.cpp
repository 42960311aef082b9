// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/visit/IdleMonitor.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

class TestIdleMonitor : public QObject
{
    Q_OBJECT
private slots:
    void defaultsAreNinetyAndFifteenSeconds();
    void boundsConfiguredTimeouts_data();
    void boundsConfiguredTimeouts();
    void noticeThenReset();
    void activityPostponesTheNotice();
    void activityAnswersTheNotice();
    void stoppedMonitorNeverFires();
};

void TestIdleMonitor::defaultsAreNinetyAndFifteenSeconds()
{
    IdleMonitor monitor;
    QCOMPARE(monitor.idleTimeout(), 90s);
    QCOMPARE(monitor.noticeDuration(), 15s);
    QCOMPARE(monitor.state(), IdleMonitor::State::Stopped);
}

void TestIdleMonitor::boundsConfiguredTimeouts_data()
{
    QTest::addColumn<int>("requested");
    QTest::addColumn<int>("bounded");
    QTest::newRow("too short") << 5 << 30;
    QTest::newRow("lowest") << 30 << 30;
    QTest::newRow("usual") << 90 << 90;
    QTest::newRow("highest") << 600 << 600;
    QTest::newRow("too long") << 3600 << 600;
}

void TestIdleMonitor::boundsConfiguredTimeouts()
{
    QFETCH(int, requested);
    QFETCH(int, bounded);
    QCOMPARE(IdleMonitor::boundedIdleTimeout(std::chrono::seconds(requested)),
             std::chrono::seconds(bounded));
}

void TestIdleMonitor::noticeThenReset()
{
    IdleMonitor monitor;
    monitor.setIdleTimeout(20ms);
    monitor.setNoticeDuration(300ms);
    QSignalSpy notice(&monitor, &IdleMonitor::noticeDue);
    QSignalSpy reset(&monitor, &IdleMonitor::resetDue);
    monitor.start();
    QVERIFY(notice.wait(2000));
    QCOMPARE(monitor.state(), IdleMonitor::State::NoticeShown);
    QCOMPARE(reset.size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(reset.size(), 1, 2000);
    QCOMPARE(monitor.state(), IdleMonitor::State::Stopped);
}

void TestIdleMonitor::activityPostponesTheNotice()
{
    IdleMonitor monitor;
    monitor.setIdleTimeout(300ms);
    QSignalSpy notice(&monitor, &IdleMonitor::noticeDue);
    // A person touching the screen every 60 ms for ten touches: three timeouts' worth.
    int touches = 0;
    QTimer person;
    person.setInterval(60ms);
    connect(&person, &QTimer::timeout, this, [&] {
        monitor.recordActivity();
        if (++touches == 10)
            person.stop();
    });
    monitor.start();
    person.start();
    QTRY_COMPARE_WITH_TIMEOUT(notice.size(), 1, 3000);
    QCOMPARE(touches, 10); // the notice only came after the person stopped
}

void TestIdleMonitor::activityAnswersTheNotice()
{
    IdleMonitor monitor;
    monitor.setIdleTimeout(10ms);
    monitor.setNoticeDuration(150ms);
    QSignalSpy notice(&monitor, &IdleMonitor::noticeDue);
    QSignalSpy answered(&monitor, &IdleMonitor::noticeAnswered);
    QSignalSpy reset(&monitor, &IdleMonitor::resetDue);
    monitor.start();
    QTRY_COMPARE_WITH_TIMEOUT(notice.size(), 1, 2000);
    monitor.setIdleTimeout(400ms);
    monitor.recordActivity();
    QCOMPARE(answered.size(), 1);
    QCOMPARE(monitor.state(), IdleMonitor::State::Watching);
    // The next notice comes after the first notice's time ran out: it must not have reset.
    QTRY_COMPARE_WITH_TIMEOUT(notice.size(), 2, 3000);
    QCOMPARE(reset.size(), 0);
}

void TestIdleMonitor::stoppedMonitorNeverFires()
{
    IdleMonitor monitor;
    monitor.setIdleTimeout(10ms);
    QSignalSpy notice(&monitor, &IdleMonitor::noticeDue);
    monitor.start();
    monitor.stop();
    monitor.recordActivity();
    bool later = false;
    QTimer::singleShot(200ms, this, [&] { later = true; });
    QTRY_VERIFY_WITH_TIMEOUT(later, 2000);
    QCOMPARE(notice.size(), 0);
}

QTEST_GUILESS_MAIN(TestIdleMonitor)
#include "TestIdleMonitor.moc"
