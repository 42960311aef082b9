// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// signpost --export-handout as staff or a script run it: no display, a PDF out, clear errors.
class TestExportHandout : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run signpost(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // As from a terminal with no display: signpost must pick offscreen itself.
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(SIGNPOST_BINARY), arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
    static QString pdfText(const QString &pdf)
    {
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        process.waitForFinished(60000);
        return QString::fromUtf8(process.readAllStandardOutput()).simplified();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
    }

    void writesTheChosenCardsWithNoDisplay()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("cards.pdf"));
        const Run run = signpost({QStringLiteral("--export-handout"), pdf,
                                  QStringLiteral("--service"), QStringLiteral("stop-it-now"),
                                  QStringLiteral("--service"), QStringLiteral("childline")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFileInfo(pdf).size() > 0);
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("0808 1000 900")));
        QVERIFY(text.contains(QStringLiteral("0800 1111")));
        QVERIFY(!text.contains(QStringLiteral("116 123"))); // Samaritans was not asked for
    }

    void everyServiceWhenNoneIsNamed()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("all.pdf"));
        const Run run = signpost({QStringLiteral("--export-handout"), pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString text = pdfText(pdf);
        for (const QString &number : {QStringLiteral("0808 1000 900"), QStringLiteral("0800 1111"),
                                      QStringLiteral("0808 800 5000"), QStringLiteral("116 123")})
            QVERIFY2(text.contains(number), qPrintable(number));
    }

    void unknownServiceIsNamedWithExitTwo()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("none.pdf"));
        const Run run =
            signpost({QStringLiteral("--export-handout"), pdf, QStringLiteral("--service"),
                      QStringLiteral("helpline-that-is-not-there")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("'helpline-that-is-not-there'")),
                 qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(pdf));
    }

    void serviceNeedsExportHandout()
    {
        const Run run = signpost({QStringLiteral("--service"), QStringLiteral("childline")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("--export-handout")));
    }
};

QTEST_GUILESS_MAIN(TestExportHandout)
#include "TestExportHandout.moc"
