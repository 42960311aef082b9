// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/startup/CrashLoopGuard.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// The crash ledger: which starts count as a crash loop, and what is written and removed.
class TestCrashLoopGuard : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void countsRecentUncleanStarts_data();
    void countsRecentUncleanStarts();
    void aFourthStartAfterThreeCrashesFallsBack();
    void aCleanExitRemovesTheLedger();
    void recordStartKeepsOnlyTheWindow();
    void offWritesNothing();
    void unwritableLedgerIsReported();
    void crashLoopStartsAreCountedOnlyInALoop();
    void ledgerPathNeedsAUsableRuntimeDirectory();

private:
    QString ledger() const { return m_dir->filePath(QStringLiteral("signpost-starts")); }
    void writeLedger(const QByteArray &bytes) const;
    QByteArray readLedger() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC);
};

void TestCrashLoopGuard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCrashLoopGuard::writeLedger(const QByteArray &bytes) const
{
    QFile file(ledger());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray TestCrashLoopGuard::readLedger() const
{
    QFile file(ledger());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestCrashLoopGuard::countsRecentUncleanStarts_data()
{
    // Minutes before now of each start left in the ledger (negative: after now, a clock set back).
    QTest::addColumn<QList<int>>("minutesAgo");
    QTest::addColumn<int>("counted");
    QTest::addColumn<bool>("crashLoop");
    QTest::newRow("no ledger") << QList<int>{} << 0 << false;
    QTest::newRow("one crash") << QList<int>{1} << 1 << false;
    QTest::newRow("two crashes") << QList<int>{1, 2} << 2 << false;
    QTest::newRow("three crashes in ten minutes") << QList<int>{1, 5, 9} << 3 << true;
    QTest::newRow("five crashes") << QList<int>{0, 1, 2, 3, 4} << 5 << true;
    QTest::newRow("three, one outside the window") << QList<int>{1, 5, 11} << 2 << false;
    QTest::newRow("three long ago") << QList<int>{60, 120, 180} << 0 << false;
    QTest::newRow("clock set back a little") << QList<int>{-2, -1, 1} << 3 << true;
    QTest::newRow("clock set back an hour") << QList<int>{-60, -61, 1} << 1 << false;
}

void TestCrashLoopGuard::countsRecentUncleanStarts()
{
    QFETCH(QList<int>, minutesAgo);
    QFETCH(int, counted);
    QFETCH(bool, crashLoop);
    if (!minutesAgo.isEmpty()) {
        QByteArray bytes;
        for (int minutes : minutesAgo)
            bytes +=
                QByteArray::number(m_now.addSecs(-60 * minutes).toMSecsSinceEpoch()) + " 4242\n";
        writeLedger(bytes);
    }
    const CrashLoopGuard guard(ledger(), m_now, 100);
    QCOMPARE(guard.recentUncleanStarts(), counted);
    QCOMPARE(guard.inCrashLoop(), crashLoop);
}

void TestCrashLoopGuard::aFourthStartAfterThreeCrashesFallsBack()
{
    // Three starts that each record themselves and then die without a clean exit.
    for (int start = 0; start < 3; ++start) {
        CrashLoopGuard guard(ledger(), m_now.addSecs(60 * start), 100 + start);
        QVERIFY(!guard.inCrashLoop());
        QCOMPARE(guard.recentUncleanStarts(), start);
        QVERIFY(guard.recordStart());
    }
    CrashLoopGuard fourth(ledger(), m_now.addSecs(180), 103);
    QVERIFY(fourth.inCrashLoop());
    QCOMPARE(readLedger().count('\n'), 3);
}

void TestCrashLoopGuard::aCleanExitRemovesTheLedger()
{
    for (int start = 0; start < 3; ++start)
        QVERIFY(CrashLoopGuard(ledger(), m_now, 100 + start).recordStart());
    CrashLoopGuard fallback(ledger(), m_now, 200);
    QVERIFY(fallback.inCrashLoop());
    QVERIFY(fallback.recordStart());
    fallback.recordCleanExit();
    QVERIFY(!QFile::exists(ledger()));
    // A clean restart tries the configured content again.
    QVERIFY(!CrashLoopGuard(ledger(), m_now, 300).inCrashLoop());
}

void TestCrashLoopGuard::recordStartKeepsOnlyTheWindow()
{
    const QByteArray old = QByteArray::number(m_now.addSecs(-3600).toMSecsSinceEpoch());
    const QByteArray recent = QByteArray::number(m_now.addSecs(-60).toMSecsSinceEpoch());
    writeLedger(old + " 1\n" + recent + " 2\nnot a start\n\n" + recent + "\n");
    CrashLoopGuard guard(ledger(), m_now, 3);
    QCOMPARE(guard.recentUncleanStarts(), 1);
    QVERIFY(guard.recordStart());
    QCOMPARE(readLedger(),
             recent + " 2\n" + QByteArray::number(m_now.toMSecsSinceEpoch()) + " 3\n");
}

void TestCrashLoopGuard::offWritesNothing()
{
    CrashLoopGuard guard(QString(), m_now, 1);
    QVERIFY(!guard.isActive());
    QVERIFY(guard.recordStart());
    guard.recordCleanExit();
    QVERIFY(!guard.inCrashLoop());
    QVERIFY(QDir(m_dir->path()).isEmpty());
}

void TestCrashLoopGuard::unwritableLedgerIsReported()
{
    const QString missing = m_dir->filePath(QStringLiteral("gone/signpost-starts"));
    CrashLoopGuard guard(missing, m_now, 1);
    QString error;
    QVERIFY(!guard.recordStart(&error));
    QVERIFY2(error.contains(QStringLiteral("gone")), qPrintable(error));
}

void TestCrashLoopGuard::crashLoopStartsAreCountedOnlyInALoop()
{
    // What ActiveContent's rule is asked with: 0 below the threshold, the count at and above it.
    for (int start = 0; start < CrashLoopGuard::uncleanStartsForFallback - 1; ++start)
        QVERIFY(CrashLoopGuard(ledger(), m_now, 100 + start).recordStart());
    QCOMPARE(CrashLoopGuard(ledger(), m_now, 200).recentUncleanStarts(), 2);
    QCOMPARE(CrashLoopGuard(ledger(), m_now, 200).crashLoopStarts(), 0);
    QVERIFY(CrashLoopGuard(ledger(), m_now, 300).recordStart());
    QVERIFY(CrashLoopGuard(ledger(), m_now, 301).recordStart());
    QCOMPARE(CrashLoopGuard(ledger(), m_now, 400).crashLoopStarts(), 4);
    QCOMPARE(CrashLoopGuard(QString(), m_now, 500).crashLoopStarts(), 0);
}

void TestCrashLoopGuard::ledgerPathNeedsAUsableRuntimeDirectory()
{
    const QByteArray saved = qgetenv("XDG_RUNTIME_DIR");
    qputenv("XDG_RUNTIME_DIR", m_dir->path().toLocal8Bit());
    QCOMPARE(CrashLoopGuard::ledgerPathFromEnvironment(), ledger());
    qputenv("XDG_RUNTIME_DIR", m_dir->filePath(QStringLiteral("missing")).toLocal8Bit());
    QCOMPARE(CrashLoopGuard::ledgerPathFromEnvironment(), QString());
    qputenv("XDG_RUNTIME_DIR", "relative/dir");
    QCOMPARE(CrashLoopGuard::ledgerPathFromEnvironment(), QString());
    qunsetenv("XDG_RUNTIME_DIR");
    QCOMPARE(CrashLoopGuard::ledgerPathFromEnvironment(), QString());
    if (!saved.isEmpty())
        qputenv("XDG_RUNTIME_DIR", saved);
}

QTEST_GUILESS_MAIN(TestCrashLoopGuard)
#include "TestCrashLoopGuard.moc"
