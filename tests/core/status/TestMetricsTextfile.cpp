// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/status/MetricsTextfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

// The metrics_textfile as node_exporter's account finds it: written whole, readable by every
// account even under the kiosk service's UMask=0077, rewritten only when its bytes change, and
// nothing but PATH left behind.
class TestMetricsTextfile : public QObject
{
    Q_OBJECT
private slots:
    void readableByNodeExporterUnderTheKiosksUmask();
    void rewrittenOnlyWhenChanged();
    void unwritableDirectoryIsReported();
};

void TestMetricsTextfile::readableByNodeExporterUnderTheKiosksUmask()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("signpost.prom"));
    const mode_t previous = ::umask(0077); // signpost-kiosk.service's UMask=
    MetricsTextfile metrics(path, [] { return QByteArray("signpost_info 1\n"); });
    const QString error = metrics.start();
    ::umask(previous);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    struct stat status = {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &status), 0);
    QCOMPARE(status.st_mode & 0777, mode_t(0644));
    QVERIFY(!QFile::exists(MetricsTextfile::temporaryPath(path)));
}

void TestMetricsTextfile::rewrittenOnlyWhenChanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("signpost.prom"));
    QByteArray text("signpost_content_version 1\n");
    MetricsTextfile metrics(path, [&text] { return text; });
    QVERIFY(metrics.writeIfChanged());
    QVERIFY(metrics.writeIfChanged());
    QCOMPARE(metrics.writes(), 1);
    text = "signpost_content_version 2\n";
    QVERIFY(metrics.writeIfChanged());
    QCOMPARE(metrics.writes(), 2);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), text);
}

void TestMetricsTextfile::unwritableDirectoryIsReported()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/signpost.prom"));
    MetricsTextfile metrics(path, [] { return QByteArray("x 1\n"); });
    QString error;
    QVERIFY(!metrics.writeIfChanged(&error));
    QVERIFY2(error.startsWith(QStringLiteral("metrics_textfile: cannot write ") + path),
             qPrintable(error));
}

QTEST_GUILESS_MAIN(TestMetricsTextfile)
#include "TestMetricsTextfile.moc"
