// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/startup/PublicMessageGate.h"

#include <QLoggingCategory>
#include <QTest>

namespace {
QStringList g_printed;

// Stands for Qt's own handler (what would reach standard error or the journal).
void recordMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_printed << message;
}
} // namespace

Q_LOGGING_CATEGORY(lcTestFonts, "signpost.test.fonts")

class TestPublicMessageGate : public QObject
{
    Q_OBJECT
private slots:
    void lets_data();
    void lets();
    void nothingIsPrintedAfterTheFirstPaint();
};

using Stage = PublicMessageGate::Stage;

void TestPublicMessageGate::lets_data()
{
    QTest::addColumn<QtMsgType>("type");
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<bool>("printed");

    QTest::newRow("start-up warning, for IT") << QtWarningMsg << Stage::StartingUp << true;
    QTest::newRow("start-up critical") << QtCriticalMsg << Stage::StartingUp << true;
    QTest::newRow("start-up fatal") << QtFatalMsg << Stage::StartingUp << true;
    QTest::newRow("start-up debug") << QtDebugMsg << Stage::StartingUp << false;
    QTest::newRow("start-up info") << QtInfoMsg << Stage::StartingUp << false;
    QTest::newRow("warning on screen") << QtWarningMsg << Stage::OnScreen << false;
    QTest::newRow("critical on screen") << QtCriticalMsg << Stage::OnScreen << false;
    QTest::newRow("fatal on screen") << QtFatalMsg << Stage::OnScreen << false;
    QTest::newRow("debug on screen") << QtDebugMsg << Stage::OnScreen << false;
}

void TestPublicMessageGate::lets()
{
    QFETCH(QtMsgType, type);
    QFETCH(Stage, stage);
    QFETCH(bool, printed);
    QCOMPARE(PublicMessageGate::lets(type, stage), printed);
}

void TestPublicMessageGate::nothingIsPrintedAfterTheFirstPaint()
{
    // QT_LOGGING_RULES may switch debug on; the gate keeps it off all the same.
    QLoggingCategory::setFilterRules(QStringLiteral("signpost.test.fonts.debug=true"));
    const QtMessageHandler testHandler = qInstallMessageHandler(recordMessage);
    g_printed.clear();
    PublicMessageGate::install();
    QVERIFY(!lcTestFonts().isDebugEnabled());
    qCWarning(lcTestFonts, "the configuration file could not be read");
    qCDebug(lcTestFonts, "font fallback for Gurmukhi");
    QCOMPARE(PublicMessageGate::stage(), Stage::StartingUp);
    PublicMessageGate::closeAfterFirstPaint();
    QCOMPARE(PublicMessageGate::stage(), Stage::OnScreen);
    qCWarning(lcTestFonts, "OpenType support missing for \"Noto Sans\", script 13");
    qCritical("a visitor-time critical");
    qInstallMessageHandler(testHandler);
    QLoggingCategory::installFilter(nullptr);
    QCOMPARE(g_printed, QStringList{QStringLiteral("the configuration file could not be read")});
}

QTEST_GUILESS_MAIN(TestPublicMessageGate)
#include "TestPublicMessageGate.moc"
