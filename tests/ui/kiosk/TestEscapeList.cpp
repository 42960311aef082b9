// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChildProcesses.h"
#include "KioskTestSupport.h"
#include "TestContentFactory.h"
#include "core/visit/VisitModel.h"
#include "ui/kiosk/KioskLockdown.h"
#include "ui/kiosk/KioskSession.h"
#include "ui/public/KioskWindow.h"
#include "ui/public/screens/OutcomeScreen.h"
#include "ui/public/screens/QuestionScreen.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QProcess>
#include <QTest>

#include <sys/wait.h>

#include <csignal>

// The key combinations and events people use to escape kiosks. Sent to a locked-down kiosk in the
// middle of a visit, none may close it, shrink it, open another window, leave the pathway, or
// leave a process running (a helper, a dbus-daemon, anything).
class TestEscapeList : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void aProcessLeftRunningIsSeen();
    void init();
    void cleanup();
    void keysDoNotEscape_data();
    void keysDoNotEscape();
    void eventsDoNotEscape_data();
    void eventsDoNotEscape();

private:
    void verifyStillLockedOnTheVisit();
    std::unique_ptr<KioskSession> m_session;
    QString m_node;
    QList<qint64> m_processesBefore;
};

namespace {

using KioskTestSupport::kioskPlan;

ActiveContent testContent()
{
    ActiveContent active;
    active.content = TestContentFactory::make();
    active.source = QStringLiteral("test.json");
    return active;
}

QList<QWidget *> visibleTopLevels()
{
    QList<QWidget *> result;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->isVisible())
            result << widget;
    }
    return result;
}

} // namespace

void TestEscapeList::initTestCase()
{
    QVERIFY(ChildProcesses::adoptOrphans());
    QCOMPARE(ChildProcesses::running(), QList<qint64>());
}

void TestEscapeList::aProcessLeftRunningIsSeen()
{
    // The proof that the process count can fail: a detached process, as D-Bus autolaunch leaves
    // one, is seen (it becomes this process's child once its own parent has gone).
    qint64 pid = 0;
    QVERIFY(QProcess::startDetached(QStringLiteral("sleep"), {QStringLiteral("30")}, {}, &pid));
    QTRY_COMPARE(ChildProcesses::running(), QList<qint64>{pid});
    ::kill(static_cast<pid_t>(pid), SIGKILL);
    ::waitpid(static_cast<pid_t>(pid), nullptr, 0); // adopted: this process reaps it
    QCOMPARE(ChildProcesses::running(), QList<qint64>());
}

void TestEscapeList::init()
{
    m_processesBefore = ChildProcesses::running();
    m_session = std::make_unique<KioskSession>(kioskPlan(), QString(), testContent);
    m_session->start();
    KioskWindow *window = m_session->window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(KioskTestSupport::clickRoute(*window, {0})); // mid-visit: a question on screen
    m_node = window->visit()->currentNodeId();
    QCOMPARE(window->visit()->screen(), VisitModel::Screen::Question);
}

void TestEscapeList::cleanup()
{
    m_session.reset();
}

void TestEscapeList::verifyStillLockedOnTheVisit()
{
    KioskWindow *window = m_session->window();
    QTRY_VERIFY(window->isFullScreen());
    QVERIFY(window->isVisible());
    QCOMPARE(visibleTopLevels(), QList<QWidget *>{window});
    // Still on the visitor's pathway: a key such as Alt+Space may press the focused answer (Qt's
    // buttons take Space with any modifier), which is the visit going on, not an escape.
    const QString node = window->visit()->currentNodeId();
    QVERIFY2(node == m_node || window->visit()->wayBack().contains(m_node), qPrintable(node));
    QVERIFY(window->currentScreen() == window->questionScreen() ||
            window->currentScreen() == window->outcomeScreen());
    QVERIFY(!m_session->pinPad());
    QVERIFY(!m_session->staffMenu());
    QCOMPARE(ChildProcesses::running(), m_processesBefore);
}

void TestEscapeList::keysDoNotEscape_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
    const Qt::KeyboardModifiers none = Qt::NoModifier;
    const Qt::KeyboardModifiers ctrl = Qt::ControlModifier;
    const Qt::KeyboardModifiers alt = Qt::AltModifier;
    const Qt::KeyboardModifiers ctrlAlt = ctrl | alt;
    const Qt::KeyboardModifiers ctrlShift = ctrl | Qt::ShiftModifier;
    const Qt::KeyboardModifiers super = Qt::MetaModifier;
    const struct
    {
        const char *name;
        int key;
        Qt::KeyboardModifiers modifiers;
    } keys[] = {
        {"Alt+F4", Qt::Key_F4, alt},
        {"Alt+Tab", Qt::Key_Tab, alt},
        {"Alt+Shift+Tab", Qt::Key_Backtab, alt | Qt::ShiftModifier},
        {"Alt+Esc", Qt::Key_Escape, alt},
        {"Alt+Space", Qt::Key_Space, alt},
        {"Alt+F2", Qt::Key_F2, alt},
        {"Alt+Enter", Qt::Key_Return, alt},
        {"Alt+Left", Qt::Key_Left, alt},
        {"Alt+Home", Qt::Key_Home, alt},
        {"Ctrl+W", Qt::Key_W, ctrl},
        {"Ctrl+Q", Qt::Key_Q, ctrl},
        {"Ctrl+N", Qt::Key_N, ctrl},
        {"Ctrl+T", Qt::Key_T, ctrl},
        {"Ctrl+Shift+T", Qt::Key_T, ctrlShift},
        {"Ctrl+O", Qt::Key_O, ctrl},
        {"Ctrl+S", Qt::Key_S, ctrl},
        {"Ctrl+P", Qt::Key_P, ctrl},
        {"Ctrl+F", Qt::Key_F, ctrl},
        {"Ctrl+L", Qt::Key_L, ctrl},
        {"Ctrl+H", Qt::Key_H, ctrl},
        {"Ctrl+J", Qt::Key_J, ctrl},
        {"Ctrl+R", Qt::Key_R, ctrl},
        {"Ctrl+C", Qt::Key_C, ctrl},
        {"Ctrl+V", Qt::Key_V, ctrl},
        {"Ctrl+X", Qt::Key_X, ctrl},
        {"Ctrl+A", Qt::Key_A, ctrl},
        {"Ctrl+Z", Qt::Key_Z, ctrl},
        {"Ctrl+Tab", Qt::Key_Tab, ctrl},
        {"Ctrl+F4", Qt::Key_F4, ctrl},
        {"Ctrl+Esc", Qt::Key_Escape, ctrl},
        {"Ctrl+Plus", Qt::Key_Plus, ctrl},
        {"Ctrl+Minus", Qt::Key_Minus, ctrl},
        {"Ctrl+Shift+Esc", Qt::Key_Escape, ctrlShift},
        {"Ctrl+Shift+Q", Qt::Key_Q, ctrlShift},
        {"Ctrl+Alt+Backspace", Qt::Key_Backspace, ctrlAlt},
        {"Ctrl+Alt+Delete", Qt::Key_Delete, ctrlAlt},
        {"Ctrl+Alt+T", Qt::Key_T, ctrlAlt},
        {"Ctrl+Alt+F1", Qt::Key_F1, ctrlAlt},
        {"Ctrl+Alt+F2", Qt::Key_F2, ctrlAlt},
        {"Ctrl+Alt+F7", Qt::Key_F7, ctrlAlt},
        {"Esc", Qt::Key_Escape, none},
        {"Backspace", Qt::Key_Backspace, none},
        {"Shift+F10", Qt::Key_F10, Qt::ShiftModifier},
        {"Menu", Qt::Key_Menu, none},
        {"Super", Qt::Key_Meta, none},
        {"Super+D", Qt::Key_D, super},
        {"Super+L", Qt::Key_L, super},
        {"Super+E", Qt::Key_E, super},
        {"Super+R", Qt::Key_R, super},
        {"Print", Qt::Key_Print, none},
        {"Pause", Qt::Key_Pause, none},
    };
    for (const auto &entry : keys)
        QTest::newRow(entry.name) << entry.key << entry.modifiers;
    for (int f = 1; f <= 12; ++f)
        QTest::newRow(qPrintable(QStringLiteral("F%1").arg(f))) << int(Qt::Key_F1 + f - 1) << none;
}

void TestEscapeList::keysDoNotEscape()
{
    QFETCH(int, key);
    QFETCH(Qt::KeyboardModifiers, modifiers);
    QWidget *target =
        QApplication::focusWidget() ? QApplication::focusWidget() : m_session->window();
    QTest::keyClick(target, Qt::Key(key), modifiers);
    verifyStillLockedOnTheVisit();
}

void TestEscapeList::eventsDoNotEscape_data()
{
    QTest::addColumn<QString>("event");
    for (const char *name : {"right click", "long press", "keyboard context menu", "close",
                             "minimise", "restore to a normal window", "hide and show"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestEscapeList::eventsDoNotEscape()
{
    QFETCH(QString, event);
    KioskWindow *window = m_session->window();
    QWidget *answer = KioskTestSupport::answerButton(*window, 0);
    QVERIFY(answer);
    const QPoint centre = answer->rect().center();
    if (event == QLatin1String("right click")) {
        QTest::mouseClick(answer, Qt::RightButton, {}, centre);
        QContextMenuEvent menu(QContextMenuEvent::Mouse, centre, answer->mapToGlobal(centre));
        QCoreApplication::sendEvent(answer, &menu);
    } else if (event == QLatin1String("long press")) {
        // A press held on a touch screen arrives as a context menu request of its own.
        QContextMenuEvent menu(QContextMenuEvent::Other, centre, answer->mapToGlobal(centre));
        QCoreApplication::sendEvent(answer, &menu);
    } else if (event == QLatin1String("keyboard context menu")) {
        QContextMenuEvent menu(QContextMenuEvent::Keyboard, centre, answer->mapToGlobal(centre));
        QCoreApplication::sendEvent(answer, &menu);
    } else if (event == QLatin1String("close")) {
        QVERIFY(!window->close());
    } else if (event == QLatin1String("minimise")) {
        window->setWindowState(Qt::WindowMinimized);
    } else if (event == QLatin1String("restore to a normal window")) {
        window->showNormal();
    } else if (event == QLatin1String("hide and show")) {
        window->hide();
        window->show();
    }
    verifyStillLockedOnTheVisit();
}

QTEST_MAIN(TestEscapeList)
#include "TestEscapeList.moc"
