// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/KioskLockdown.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QFileDialog>
#include <QHelpEvent>
#include <QLabel>
#include <QScreen>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QWindow>

namespace {

// A widget that notes which events reach it.
class EventProbe : public QLabel
{
public:
    using QLabel::QLabel;
    QList<QEvent::Type> seen;

protected:
    bool event(QEvent *event) override
    {
        seen << event->type();
        return QLabel::event(event);
    }
};

} // namespace

class TestKioskLockdown : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void coversThePrimaryScreenWithoutAFrame();
    void refusesCloseFromTheWindowSystem();
    void refusesProgrammaticCloseUntilStaffQuit();
    void eatsContextMenusTooltipsAndWhatsThis_data();
    void eatsContextMenusTooltipsAndWhatsThis();
    void swallowsEveryUrl_data();
    void swallowsEveryUrl();
    void closesFileDialogs();
    void closesFileDialogsOpenedWithExec();
    void followsThePrimaryScreen();

private:
    QWidget *m_window = nullptr;
    EventProbe *m_probe = nullptr;
    KioskLockdown *m_lockdown = nullptr;
};

void TestKioskLockdown::init()
{
    m_window = new QWidget;
    auto *layout = new QVBoxLayout(m_window);
    m_probe = new EventProbe(QStringLiteral("Who are you worried about?"), m_window);
    m_probe->setToolTip(QStringLiteral("a tooltip no visitor should see"));
    layout->addWidget(m_probe);
    m_window->resize(300, 200);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_lockdown = new KioskLockdown(m_window);
}

void TestKioskLockdown::cleanup()
{
    delete m_lockdown;
    if (m_lockdown)
        m_lockdown = nullptr;
    delete m_window;
}

void TestKioskLockdown::coversThePrimaryScreenWithoutAFrame()
{
    m_lockdown->apply();
    QVERIFY(m_lockdown->isApplied());
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    const QRect screen = QGuiApplication::primaryScreen()->geometry();
    QVERIFY(!screen.isEmpty());
    QTRY_COMPARE(m_window->geometry(), screen);
    QVERIFY(m_window->isFullScreen());
    QVERIFY(m_window->windowFlags().testFlag(Qt::FramelessWindowHint));
    QVERIFY(m_window->windowFlags().testFlag(Qt::WindowStaysOnTopHint));
    QCOMPARE(m_window->contextMenuPolicy(), Qt::NoContextMenu);
}

void TestKioskLockdown::refusesCloseFromTheWindowSystem()
{
    m_lockdown->apply();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    // QWindow::close() goes through the platform window, exactly like Alt+F4 or a window
    // manager's close button: a spontaneous QCloseEvent.
    QWindow *handle = m_window->windowHandle();
    QVERIFY(handle);
    QVERIFY(!handle->close());
    QVERIFY(m_window->isVisible());
    QCOMPARE(m_lockdown->refusedCloseCount(), 1);
}

void TestKioskLockdown::refusesProgrammaticCloseUntilStaffQuit()
{
    m_lockdown->apply();
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    QVERIFY(!m_lockdown->isCloseAllowed());
    m_lockdown->allowClose();
    QVERIFY(m_window->close());
    QVERIFY(!m_window->isVisible());
}

void TestKioskLockdown::eatsContextMenusTooltipsAndWhatsThis_data()
{
    QTest::addColumn<int>("type");
    QTest::newRow("context menu") << int(QEvent::ContextMenu);
    QTest::newRow("tooltip") << int(QEvent::ToolTip);
    QTest::newRow("what's this") << int(QEvent::WhatsThis);
}

void TestKioskLockdown::eatsContextMenusTooltipsAndWhatsThis()
{
    QFETCH(int, type);
    const auto eventType = static_cast<QEvent::Type>(type);
    const QPoint at(5, 5);
    auto send = [&] {
        if (eventType == QEvent::ContextMenu) {
            QContextMenuEvent event(QContextMenuEvent::Mouse, at, m_probe->mapToGlobal(at));
            QApplication::sendEvent(m_probe, &event);
        } else {
            QHelpEvent event(eventType, at, m_probe->mapToGlobal(at));
            QApplication::sendEvent(m_probe, &event);
        }
    };
    send(); // without lockdown the widget gets it: the probe works
    QVERIFY(m_probe->seen.contains(eventType));
    m_probe->seen.clear();

    m_lockdown->apply();
    send();
    QVERIFY(!m_probe->seen.contains(eventType));
}

void TestKioskLockdown::swallowsEveryUrl_data()
{
    QTest::addColumn<QString>("url");
    for (const char *url :
         {"https://www.stopitnow.org.uk/", "http://example.org/", "mailto:help@nspcc.org.uk",
          "tel:08081000900", "sms:85258", "file:///etc/passwd", "ftp://example.org/x"})
        QTest::newRow(url) << QString::fromLatin1(url);
}

void TestKioskLockdown::swallowsEveryUrl()
{
    QFETCH(QString, url);
    const QUrl address(url);
    QVERIFY(KioskLockdown::refusedUrlSchemes().contains(address.scheme()));
    m_lockdown->apply();
    QDesktopServices::openUrl(address);
    QCOMPARE(m_lockdown->refusedUrlCount(), 1);
}

void TestKioskLockdown::closesFileDialogs()
{
    m_lockdown->apply();
    QVERIFY(QCoreApplication::testAttribute(Qt::AA_DontUseNativeDialogs));
    QFileDialog dialog(m_window);
    dialog.open();
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(m_lockdown->closedDialogCount(), 1);
}

void TestKioskLockdown::closesFileDialogsOpenedWithExec()
{
    m_lockdown->apply();
    QFileDialog dialog(m_window);
    // Only a safety net so a broken lockdown fails instead of hanging the test run.
    QTimer::singleShot(10000, &dialog, &QDialog::accept);
    QCOMPARE(dialog.exec(), int(QDialog::Rejected));
    QCOMPARE(m_lockdown->closedDialogCount(), 1);
}

void TestKioskLockdown::followsThePrimaryScreen()
{
    m_lockdown->apply();
    QScreen *screen = QGuiApplication::primaryScreen();
    m_window->showNormal();
    m_window->setGeometry(20, 20, 300, 200);
    QTRY_COMPARE(m_window->geometry(), QRect(20, 20, 300, 200));

    emit screen->geometryChanged(screen->geometry()); // e.g. the display was resized
    QTRY_COMPARE(m_window->geometry(), screen->geometry());
    QVERIFY(m_window->isFullScreen());

    m_window->showNormal();
    m_window->setGeometry(20, 20, 300, 200);
    QTRY_COMPARE(m_window->geometry(), QRect(20, 20, 300, 200));
    emit qApp->primaryScreenChanged(screen); // e.g. a screen was plugged in
    QTRY_COMPARE(m_window->geometry(), screen->geometry());
}

QTEST_MAIN(TestKioskLockdown)
#include "TestKioskLockdown.moc"
