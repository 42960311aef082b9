// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestContentFactory.h"
#include "ui/export/ScreenshotRenderer.h"

#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

class TestScreenshotRenderer : public QObject
{
    Q_OBJECT
private slots:
    void writesOnePngPerScreen_data();
    void writesOnePngPerScreen();
};

void TestScreenshotRenderer::writesOnePngPerScreen_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("landscape") << QSize(1920, 1080);
    QTest::newRow("portrait") << QSize(1080, 1920);
}

void TestScreenshotRenderer::writesOnePngPerScreen()
{
    QFETCH(QSize, size);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ScreenshotRenderer renderer(TestContentFactory::make(), size, QStringLiteral("en"));
    const ScreenshotRenderer::Result result = renderer.renderAll(dir.path());
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QStringList names;
    for (const QString &path : result.written)
        names << QFileInfo(path).fileName();
    QCOMPARE(names, (QStringList{
                        QStringLiteral("welcome.png"), QStringLiteral("question-self-age.png"),
                        QStringLiteral("question-child-danger.png"),
                        QStringLiteral("outcome-self-outcome.png"),
                        QStringLiteral("outcome-childline-outcome.png"),
                        QStringLiteral("outcome-danger-outcome.png"),
                        QStringLiteral("outcome-report-outcome.png"), QStringLiteral("privacy.png"),
                        QStringLiteral("idle-notice.png"), QStringLiteral("attract.png"),
                        QStringLiteral("pin-pad.png"), QStringLiteral("staff-menu.png")}));
    for (const QString &path : result.written) {
        const QImage image(path);
        QCOMPARE(image.size(), size);
    }
}

QTEST_MAIN(TestScreenshotRenderer)
#include "TestScreenshotRenderer.moc"
