// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The real kiosk, crashed and stopped the way systemd would see it: three unclean deaths in a
// row make the next start run on the built-in content, and "systemctl stop" (SIGTERM) is a clean
// exit that clears the record.
class TestCrashRecovery : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void threeCrashesFallBackToBuiltInContent();
    void terminationIsACleanExit();
    void windowedRunsLeaveTheLedgerAlone();

private:
    QString ledger() const { return m_runtime->filePath(QStringLiteral("signpost-starts")); }
    int ledgerEntries() const;
    std::unique_ptr<QProcess> startSignpost(const QStringList &extraArguments) const;
    // Runs to the first frame and back (--quit-after-first-paint); the standard error.
    QString runToFirstPaint(const QStringList &extraArguments = {}) const;
    void crashOnce();

    std::unique_ptr<QTemporaryDir> m_runtime;
    QString m_config;
    const QString m_content =
        QStringLiteral(SIGNPOST_SOURCE_DIR "/tests/core/fixtures/content/valid/base.json");
};

void TestCrashRecovery::init()
{
    m_runtime = std::make_unique<QTemporaryDir>();
    QVERIFY(m_runtime->isValid());
    // A configuration of its own, so whatever is in /etc/signpost on this machine is not read.
    m_config = m_runtime->filePath(QStringLiteral("signpost.conf"));
    QFile config(m_config);
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[signpost]\nstaff_pin_hash=\ncontent_directory=no-content-store\n");
}

int TestCrashRecovery::ledgerEntries() const
{
    QFile file(ledger());
    return file.open(QIODevice::ReadOnly) ? static_cast<int>(file.readAll().count('\n')) : 0;
}

std::unique_ptr<QProcess> TestCrashRecovery::startSignpost(const QStringList &extraArguments) const
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime->path());
    environment.remove(QStringLiteral("NOTIFY_SOCKET"));
    process->setProcessEnvironment(environment);
    process->start(
        QStringLiteral(SIGNPOST_BINARY),
        QStringList{QStringLiteral("--config"), m_config, QStringLiteral("--content"), m_content} +
            extraArguments);
    return process;
}

QString TestCrashRecovery::runToFirstPaint(const QStringList &extraArguments) const
{
    const auto process =
        startSignpost(QStringList{QStringLiteral("--mode"), QStringLiteral("kiosk"),
                                  QStringLiteral("--quit-after-first-paint")} +
                      extraArguments);
    if (!process->waitForFinished(60000) || process->exitStatus() != QProcess::NormalExit ||
        process->exitCode() != 0)
        return QStringLiteral("did not run cleanly: ") +
               QString::fromLocal8Bit(process->readAllStandardError());
    return QString::fromLocal8Bit(process->readAllStandardError());
}

void TestCrashRecovery::crashOnce()
{
    const int before = ledgerEntries();
    const auto process = startSignpost({QStringLiteral("--mode"), QStringLiteral("kiosk")});
    // On record means the start is under way; SIGKILL then is a crash whatever it was doing.
    QTRY_COMPARE_WITH_TIMEOUT(ledgerEntries(), before + 1, 60000);
    process->kill();
    QVERIFY(process->waitForFinished(30000));
    QCOMPARE(process->exitStatus(), QProcess::CrashExit);
}

void TestCrashRecovery::threeCrashesFallBackToBuiltInContent()
{
    QVERIFY(!runToFirstPaint().contains(QStringLiteral("built-in content")));
    QVERIFY2(!QFile::exists(ledger()), "a clean exit leaves no ledger");

    for (int crash = 0; crash < 3; ++crash)
        crashOnce();
    const QString fallback = runToFirstPaint();
    QVERIFY2(fallback.contains(QStringLiteral("stopped unexpectedly 3 times")),
             qPrintable(fallback));
    QVERIFY2(fallback.contains(m_content), qPrintable(fallback));
    QVERIFY2(!QFile::exists(ledger()), "the fallback run exited cleanly");

    // Clean again: the configured content is tried again.
    const QString recovered = runToFirstPaint();
    QVERIFY2(!recovered.contains(QStringLiteral("unexpectedly")), qPrintable(recovered));
}

void TestCrashRecovery::terminationIsACleanExit()
{
    crashOnce();
    crashOnce();
    const auto process = startSignpost({QStringLiteral("--mode"), QStringLiteral("kiosk")});
    QTRY_COMPARE_WITH_TIMEOUT(ledgerEntries(), 3, 60000);
    process->terminate();
    QVERIFY(process->waitForFinished(30000));
    QCOMPARE(process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(process->exitCode(), 0);
    QVERIFY2(!QFile::exists(ledger()), "SIGTERM is a quit on purpose");
}

void TestCrashRecovery::windowedRunsLeaveTheLedgerAlone()
{
    for (int crash = 0; crash < 3; ++crash)
        crashOnce();
    QFile file(ledger());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    // A window on a desk is not a kiosk: it neither falls back nor touches the ledger.
    const QString output = runToFirstPaint({QStringLiteral("--windowed")});
    QVERIFY2(!output.startsWith(QStringLiteral("did not")), qPrintable(output));
    QVERIFY2(!output.contains(QStringLiteral("unexpectedly")), qPrintable(output));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "TestCrashRecovery.moc"
