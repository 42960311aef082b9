// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/QrCodeWidget.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Renders QR codes as a person would see them and reads them back with a real decoder (zbarimg).
class TestQrCodeWidget : public QObject
{
    Q_OBJECT
private slots:
    void decodesToTheExactAddress_data();
    void decodesToTheExactAddress();
    void hasAQuietZone();
};

void TestQrCodeWidget::decodesToTheExactAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("modulePixels");
    for (const char *address :
         {"https://www.stopitnow.org.uk/", "https://www.childline.org.uk/",
          "https://report.iwf.org.uk/", "https://www.ceop.police.uk/Safety-Centre/",
          "https://www.childline.org.uk/info-advice/bullying-abuse-safety/online-mobile-safety/"
          "remove-nude-image-shared-online/"}) {
        QTest::addRow("%s", address) << QString::fromLatin1(address) << 6;
    }
    QTest::newRow("small modules") << QStringLiteral("https://www.samaritans.org/") << 3;
}

void TestQrCodeWidget::decodesToTheExactAddress()
{
    QFETCH(QString, address);
    QFETCH(int, modulePixels);
    const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    QVERIFY2(!zbarimg.isEmpty(), "zbarimg (Debian zbar-tools) is needed to decode QR codes");

    QrCodeWidget widget(address);
    QVERIFY(widget.isValid());
    widget.setModulePixels(modulePixels);
    widget.resize(widget.sizeHint());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("qr.png"));
    QVERIFY(widget.grab().save(file, "PNG"));

    QProcess process;
    process.start(zbarimg, {QStringLiteral("--raw"), QStringLiteral("-q"), file});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()).trimmed(), address);
}

void TestQrCodeWidget::hasAQuietZone()
{
    QrCodeWidget widget(QStringLiteral("https://www.stopitnow.org.uk/"));
    widget.setModulePixels(5);
    widget.resize(widget.sizeHint());
    QCOMPARE(widget.width(), (widget.moduleCount() + 2 * QrCodeWidget::quietZoneModules) * 5);
    const QImage image = widget.grab().toImage();
    const int quiet = QrCodeWidget::quietZoneModules * 5;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const bool inQuietZone =
                x < quiet || y < quiet || x >= image.width() - quiet || y >= image.height() - quiet;
            if (inQuietZone)
                QCOMPARE(image.pixelColor(x, y), QColor(Qt::white));
        }
    }
    // The top-left finder pattern starts right after the quiet zone.
    QCOMPARE(image.pixelColor(quiet, quiet), QColor(Qt::black));
}

QTEST_MAIN(TestQrCodeWidget)
#include "TestQrCodeWidget.moc"
