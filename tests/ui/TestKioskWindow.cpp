#include "KioskWindow.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>

class TestKioskWindow : public QObject
{
    Q_OBJECT
private slots:
    void showsEmergencyStripAndLeaveButton();
};

void TestKioskWindow::showsEmergencyStripAndLeaveButton()
{
    KioskWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *strip = window.findChild<QLabel *>(QStringLiteral("emergencyStrip"));
    QVERIFY(strip);
    QVERIFY(strip->text().contains(QLatin1String("999")));
    QVERIFY(strip->isVisible());
    auto *leave = window.findChild<QPushButton *>(QStringLiteral("leaveButton"));
    QVERIFY(leave);
    QVERIFY(leave->isVisible());
}

QTEST_MAIN(TestKioskWindow)
#include "TestKioskWindow.moc"
