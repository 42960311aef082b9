// SPDX-License-Identifier: GPL-3.0-or-later
#include "PublicScreenWalk.h"
#include "core/visit/QuickExitDetector.h"
#include "ui/public/KioskHeader.h"
#include "ui/public/KioskWindow.h"
#include "ui/public/QuickExitAnnouncer.h"
#include "ui/public/QuickExitCue.h"

#include <QAccessible>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <QtGui/private/qguiapplication_p.h>
#include <QtGui/qpa/qplatformaccessibility.h>
#include <QtGui/qpa/qplatformintegration.h>

#include <memory>

namespace {

// What a screen reader is told: every NameChanged event from the cue, with the name it reads.
QPointer<QObject> g_status;
QStringList g_heard;

void listen(QAccessibleEvent *event)
{
    if (event->type() != QAccessible::NameChanged || !g_status || event->object() != g_status)
        return;
    QAccessibleInterface *iface = event->accessibleInterface();
    g_heard << (iface ? iface->text(QAccessible::Name) : QString());
}

const QString twoMore = QStringLiteral("Leave this screen: press Shift 2 more times.");
const QString oneMore = QStringLiteral("Leave this screen: press Shift 1 more time.");
const QString timedOut = QStringLiteral("Quick exit timed out.");
const QString loading = QStringLiteral("Loading.");

} // namespace

class TestQuickExitAnnouncer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void announcesProgress_data();
    void announcesProgress();
    void neverNamesTheTopic();
    void translated();
    void throughTheWindow();

private:
    QAccessible::UpdateHandler m_previous = nullptr;
};

void TestQuickExitAnnouncer::initTestCase()
{
    // As with a screen reader running (Qt's own accessibility tests do the same).
    m_previous = QAccessible::installUpdateHandler(listen);
    QPlatformAccessibility *platform =
        QGuiApplicationPrivate::platformIntegration()->accessibility();
    QVERIFY(platform);
    platform->setActive(true);
    QVERIFY(QAccessible::isActive());
}

void TestQuickExitAnnouncer::init()
{
    g_heard.clear();
}

void TestQuickExitAnnouncer::cleanupTestCase()
{
    QAccessible::installUpdateHandler(m_previous);
}

void TestQuickExitAnnouncer::announcesProgress_data()
{
    QTest::addColumn<QList<qint64>>("presses"); // ms; a negative value -t: the expiry timer at t
    QTest::addColumn<QStringList>("heard");
    QTest::newRow("one press") << QList<qint64>{0} << QStringList{twoMore};
    QTest::newRow("two presses") << QList<qint64>{0, 1000} << QStringList{twoMore, oneMore};
    QTest::newRow("three presses")
        << QList<qint64>{0, 1000, 2000} << QStringList{twoMore, oneMore, loading};
    QTest::newRow("two, then 5 s pass")
        << QList<qint64>{0, 1000, -6001} << QStringList{twoMore, oneMore, timedOut};
    QTest::newRow("not yet 5 s") << QList<qint64>{0, 1000, -6000} << QStringList{twoMore, oneMore};
    QTest::newRow("a late press starts again")
        << QList<qint64>{0, 5001} << QStringList{twoMore, timedOut, twoMore};
    QTest::newRow("0, 3 and 6 s") << QList<qint64>{0, 3000, 6000}
                                  << QStringList{twoMore, oneMore, loading};
}

void TestQuickExitAnnouncer::announcesProgress()
{
    QFETCH(QList<qint64>, presses);
    QFETCH(QStringList, heard);
    QuickExitDetector detector;
    QuickExitCue cue;
    g_status = &cue;
    QuickExitAnnouncer announcer(&detector, &cue);
    QSignalSpy spoken(&announcer, &QuickExitAnnouncer::announced);
    for (const qint64 at : presses) {
        if (at < 0)
            detector.expire(-at);
        else
            detector.shiftPressed(at);
    }
    QCOMPARE(g_heard, heard);
    QStringList said; // the same words for built-in speech
    for (const QList<QVariant> &arguments : spoken)
        said << arguments.constFirst().toString();
    QCOMPARE(said, heard);
    QCOMPARE(cue.accessibleName(), heard.constLast());
}

void TestQuickExitAnnouncer::neverNamesTheTopic()
{
    // A passer-by may hear it: nothing about abuse, children, helplines or Signpost itself.
    const QStringList words{twoMore, oneMore, timedOut, loading};
    for (const QString &text :
         {QuickExitAnnouncer::progressText(1), QuickExitAnnouncer::progressText(2),
          QuickExitAnnouncer::expiredText(), QuickExitAnnouncer::leavingText()}) {
        QVERIFY2(words.contains(text), qPrintable(text));
        for (const char *topic : {"abuse", "child", "sex", "help", "worr", "police", "signpost"})
            QVERIFY2(!text.contains(QLatin1String(topic), Qt::CaseInsensitive), qPrintable(text));
    }
    QVERIFY(QuickExitAnnouncer::progressText(0).isEmpty());
}

void TestQuickExitAnnouncer::translated()
{
    QTranslator welsh;
    QVERIFY(welsh.load(QStringLiteral(":/i18n/signpost_cy.qm")));
    QCoreApplication::installTranslator(&welsh);
    const QString text = QuickExitAnnouncer::progressText(1);
    QCoreApplication::removeTranslator(&welsh);
    QCOMPARE(text, QStringLiteral("Gadael y sgrin hon: pwyswch Shift 2 waith eto."));
}

void TestQuickExitAnnouncer::throughTheWindow()
{
    qint64 now = 100000;
    KioskWindow window(PublicScreenWalk::builtInContent(),
                       Clock::fixed(PublicScreenWalk::weekdayAfternoon()));
    window.setQuickExitTimeSource([&now] { return now; });
    window.resize(1280, 800);
    window.show();
    window.visit()->choose(0);
    g_status = window.header()->cue();
    g_heard.clear();
    for (int i = 0; i < 3; ++i) {
        now += 3000; // a slow hand: 3 s between presses
        QTest::keyClick(&window, Qt::Key_Shift);
    }
    // "Loading." as the screen clears, then the cue's plain name again: nothing left to show
    // that someone left in a hurry.
    QCOMPARE(g_heard,
             (QStringList{twoMore, oneMore, loading, QStringLiteral("Quick exit progress")}));
    QCOMPARE(window.currentScreen(), window.welcomeScreen());
    QCOMPARE(window.header()->cue()->accessibleName(), QStringLiteral("Quick exit progress"));
}

QTEST_MAIN(TestQuickExitAnnouncer)
#include "TestQuickExitAnnouncer.moc"
