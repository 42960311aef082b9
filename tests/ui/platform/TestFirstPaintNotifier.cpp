// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/platform/FirstPaintNotifier.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

class TestFirstPaintNotifier : public QObject
{
    Q_OBJECT
private slots:
    void saysSoOnceAfterTheFirstPaint();
    void saysNothingBeforeTheWindowIsShown();
};

void TestFirstPaintNotifier::saysSoOnceAfterTheFirstPaint()
{
    QLabel window(QStringLiteral("Signpost"));
    FirstPaintNotifier notifier(&window);
    QSignalSpy painted(&notifier, &FirstPaintNotifier::firstPainted);
    window.show();
    QTRY_COMPARE(painted.count(), 1);
    QVERIFY(notifier.hasPainted());
    window.repaint();
    window.update();
    QTest::qWait(0);
    QCOMPARE(painted.count(), 1);
}

void TestFirstPaintNotifier::saysNothingBeforeTheWindowIsShown()
{
    QLabel window(QStringLiteral("Signpost"));
    FirstPaintNotifier notifier(&window);
    QSignalSpy painted(&notifier, &FirstPaintNotifier::firstPainted);
    QCoreApplication::processEvents();
    QCOMPARE(painted.count(), 0);
    QVERIFY(!notifier.hasPainted());
}

QTEST_MAIN(TestFirstPaintNotifier)
#include "TestFirstPaintNotifier.moc"
