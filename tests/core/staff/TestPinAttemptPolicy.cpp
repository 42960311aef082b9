// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/staff/PinAttemptPolicy.h"

#include <QTest>

using namespace std::chrono_literals;
using Instant = PinAttemptPolicy::Instant;

class TestPinAttemptPolicy : public QObject
{
    Q_OBJECT
private slots:
    void fourWrongTriesDoNotLock();
    void fifthWrongTryLocks();
    void locksGrowAndAreCapped_data();
    void locksGrowAndAreCapped();
    void triesWhileLockedAreNotCounted();
    void rightPinResets();
    void remainingLockRoundsUp();
};

namespace {
// Five wrong tries, one second apart, starting at `start`; returns the instant of the last.
Instant failFiveTimes(PinAttemptPolicy &policy, Instant start)
{
    Instant at = start;
    for (int i = 0; i < PinAttemptPolicy::triesBeforeLock; ++i) {
        at = start + std::chrono::seconds(i);
        policy.recordFailure(at);
    }
    return at;
}
} // namespace

void TestPinAttemptPolicy::fourWrongTriesDoNotLock()
{
    PinAttemptPolicy policy;
    QCOMPARE(policy.triesLeft(), 5);
    for (int i = 0; i < 4; ++i)
        policy.recordFailure(Instant(1000 * i));
    QVERIFY(!policy.isLocked(4000ms));
    QCOMPARE(policy.triesLeft(), 1);
    QCOMPARE(policy.remainingLock(4000ms), 0s);
}

void TestPinAttemptPolicy::fifthWrongTryLocks()
{
    PinAttemptPolicy policy;
    const Instant last = failFiveTimes(policy, 0ms);
    QVERIFY(policy.isLocked(last));
    QCOMPARE(policy.remainingLock(last), 30s);
    QVERIFY(policy.isLocked(last + 29s + 999ms));
    QVERIFY(!policy.isLocked(last + 30s));
    QCOMPARE(policy.triesLeft(), 5);
}

void TestPinAttemptPolicy::locksGrowAndAreCapped_data()
{
    QTest::addColumn<int>("lockNumber"); // 1 = the first lock
    QTest::addColumn<int>("seconds");
    QTest::newRow("first") << 1 << 30;
    QTest::newRow("second") << 2 << 60;
    QTest::newRow("third") << 3 << 120;
    QTest::newRow("fourth") << 4 << 240;
    QTest::newRow("fifth") << 5 << 480;
    QTest::newRow("sixth is capped") << 6 << 900;
    QTest::newRow("twentieth is capped") << 20 << 900;
}

void TestPinAttemptPolicy::locksGrowAndAreCapped()
{
    QFETCH(int, lockNumber);
    QFETCH(int, seconds);
    PinAttemptPolicy policy;
    Instant at = 0ms;
    for (int lock = 1; lock < lockNumber; ++lock) {
        at = failFiveTimes(policy, at);
        at += policy.remainingLock(at); // wait the lock out
    }
    const Instant last = failFiveTimes(policy, at);
    QCOMPARE(policy.remainingLock(last), std::chrono::seconds(seconds));
}

void TestPinAttemptPolicy::triesWhileLockedAreNotCounted()
{
    PinAttemptPolicy policy;
    const Instant last = failFiveTimes(policy, 0ms);
    for (int i = 1; i <= 10; ++i)
        policy.recordFailure(last + std::chrono::seconds(i));
    QCOMPARE(policy.remainingLock(last), 30s); // not extended
    QCOMPARE(policy.triesLeft(), 5);
    policy.recordFailure(last + 30s);
    QVERIFY(!policy.isLocked(last + 30s));
    QCOMPARE(policy.triesLeft(), 4);
}

void TestPinAttemptPolicy::rightPinResets()
{
    PinAttemptPolicy policy;
    Instant at = failFiveTimes(policy, 0ms);
    at += 30s;
    policy.recordFailure(at);
    policy.recordFailure(at + 1s);
    policy.recordSuccess();
    QCOMPARE(policy.triesLeft(), 5);
    // After a right PIN the next lock is back to the first, shortest one.
    const Instant last = failFiveTimes(policy, at + 2s);
    QCOMPARE(policy.remainingLock(last), 30s);
}

void TestPinAttemptPolicy::remainingLockRoundsUp()
{
    PinAttemptPolicy policy;
    const Instant last = failFiveTimes(policy, 0ms);
    QCOMPARE(policy.remainingLock(last + 500ms), 30s);
    QCOMPARE(policy.remainingLock(last + 29s + 1ms), 1s);
}

QTEST_GUILESS_MAIN(TestPinAttemptPolicy)
#include "TestPinAttemptPolicy.moc"
