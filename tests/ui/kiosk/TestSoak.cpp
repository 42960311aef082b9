// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/ContentLoader.h"
#include "core/startup/ActiveContent.h"
#include "core/visit/VisitModel.h"
#include "ui/kiosk/KioskSession.h"
#include "ui/public/KioskWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

// Random visitor actions on the real public UI from a fixed seed: touches on whatever buttons are
// on screen, quick exits by button and Shift ×3, idle resets, the idle notice, language changes
// and the staff unlock gesture. A short run in every test run; a long one on demand:
//   SIGNPOST_SOAK_ACTIONS=100000 ctest -R TestSoak -V
// Once warm, nothing may grow: the same widgets, objects and file descriptors after a reset as
// after the warm-up, and resident memory within a stated bound.
class TestSoak : public QObject
{
    Q_OBJECT
private slots:
    void randomVisitsLeaveNothingBehind();
};

namespace {

constexpr quint32 seed = 20261129;
constexpr int defaultActions = 2000;
constexpr qint64 rssBoundKiB = 4 * 1024; // allocator caches settle; a leak per visit does not
#if defined(__SANITIZE_ADDRESS__)
// AddressSanitizer keeps freed memory resident in its quarantine (up to 256 MB), so resident
// memory says nothing there; its LeakSanitizer checks every allocation at exit instead.
constexpr bool rssIsMeaningful = false;
#else
constexpr bool rssIsMeaningful = true;
#endif

struct Footprint
{
    qint64 rssKiB = 0;
    qsizetype fileDescriptors = 0;
    qsizetype widgets = 0;
    qsizetype objects = 0;
};

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return 0;
}

Footprint measure(const KioskSession &session)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    Footprint footprint;
    footprint.rssKiB = residentKiB();
    footprint.fileDescriptors =
        QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System).size();
    footprint.widgets = QApplication::allWidgets().size();
    footprint.objects = session.window()->findChildren<QObject *>().size() +
                        session.findChildren<QObject *>().size();
    return footprint;
}

QString describe(const Footprint &f)
{
    return QStringLiteral("RSS %1 KiB, %2 fds, %3 widgets, %4 objects")
        .arg(f.rssKiB)
        .arg(f.fileDescriptors)
        .arg(f.widgets)
        .arg(f.objects);
}

int actionCount()
{
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("SIGNPOST_SOAK_ACTIONS", &ok);
    return ok && fromEnvironment > 0 ? fromEnvironment : defaultActions;
}

} // namespace

void TestSoak::randomVisitsLeaveNothingBehind()
{
    LaunchPlan plan;
    plan.mode = Mode::Kiosk;
    plan.idleTimeoutSeconds = 90;
    KioskSession session(plan, QString(),
                         [] { return ActiveContent::builtInContent(QDate(2026, 11, 25)); });
    KioskWindow *window = session.window();
    qint64 fakeMilliseconds = 0;
    window->setQuickExitTimeSource([&fakeMilliseconds] { return fakeMilliseconds; });
    session.start();
    window->resize(1920, 1080);
    QVERIFY(QTest::qWaitForWindowExposed(window));

    QRandomGenerator random(seed);
    const int actions = actionCount();
    const int warmUp = qMax(500, actions / 10);
    int resets = 0;
    Footprint warm;
    for (int step = 0; step < actions; ++step) {
        fakeMilliseconds += 700;
        const int roll = int(random.bounded(100));
        if (roll < 2) {
            window->idleReset();
            ++resets;
        } else if (roll < 4) {
            for (int press = 0; press < 3; ++press) {
                QTest::keyClick(window, Qt::Key_Shift, Qt::ShiftModifier);
                fakeMilliseconds += 300;
            }
            ++resets;
        } else if (roll < 5) {
            window->showIdleNotice();
        } else if (roll < 7) {
            window->visit()->setLanguage(random.bounded(2) ? QStringLiteral("cy")
                                                           : QStringLiteral("en"));
        } else if (roll < 8) {
            QTest::keyClick(window, Qt::Key_S,
                            Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
        } else if (roll < 10) {
            QGuiApplication::clipboard()->setText(QStringLiteral("0808 1000 900"));
        } else {
            // A touch on one of the buttons a visitor can see, else on the screen itself.
            QList<QAbstractButton *> visible;
            for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
                if (button->isVisible() && button->isEnabled())
                    visible << button;
            }
            if (visible.isEmpty())
                QTest::mouseClick(window->currentScreen(), Qt::LeftButton);
            else
                QTest::mouseClick(visible.at(int(random.bounded(int(visible.size())))),
                                  Qt::LeftButton);
        }
        // What the event loop does between touches: paint, run queued calls, and delete what
        // the screens replaced. (Skipping it piles up posted events and looks like a leak.)
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (step + 1 == warmUp) {
            window->quickExit();
            warm = measure(session);
        }
    }
    window->quickExit();
    const Footprint end = measure(session);
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    qInfo().noquote() << QStringLiteral("soak: %1 actions (seed %2), %3 resets")
                             .arg(actions)
                             .arg(seed)
                             .arg(resets);
    qInfo().noquote()
        << QStringLiteral("soak: after warm-up (%1 actions): %2").arg(warmUp).arg(describe(warm));
    qInfo().noquote() << QStringLiteral("soak: at the end: %1").arg(describe(end));
    qInfo().noquote() << QStringLiteral("soak: RSS growth once warm %1 KiB (bound %2 KiB)")
                             .arg(end.rssKiB - warm.rssKiB)
                             .arg(rssBoundKiB);
    QCOMPARE(end.widgets, warm.widgets);
    QCOMPARE(end.objects, warm.objects);
    QCOMPARE(end.fileDescriptors, warm.fileDescriptors);
    if (rssIsMeaningful)
        QVERIFY2(end.rssKiB - warm.rssKiB <= rssBoundKiB, qPrintable(describe(end)));
}

QTEST_MAIN(TestSoak)
#include "TestSoak.moc"
