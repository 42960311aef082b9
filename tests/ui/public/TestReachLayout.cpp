// SPDX-License-Identifier: GPL-3.0-or-later
#include "PublicScreenWalk.h"
#include "core/visit/ReachZone.h"
#include "ui/public/EmergencyStrip.h"
#include "ui/public/KioskHeader.h"
#include "ui/public/LeaveButton.h"

#include <QAbstractButton>
#include <QScrollBar>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(PublicScreenWalk::Setting)

namespace {

// What a visitor can see and touch now: with the idle notice or the language list open, only
// that and the header (which stays usable) count, as in TestAccessibility.
QList<QWidget *> visitorControls(KioskWindow &window)
{
    QWidget *overlay = nullptr;
    for (QWidget *candidate : {static_cast<QWidget *>(window.idleNotice()),
                               static_cast<QWidget *>(window.languagePicker())}) {
        if (candidate->isVisible())
            overlay = candidate;
    }
    QList<QWidget *> controls;
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (!widget->isVisible() || !widget->isEnabled())
            continue;
        if (!qobject_cast<QAbstractButton *>(widget) && !qobject_cast<QScrollBar *>(widget))
            continue;
        if (overlay && !overlay->isAncestorOf(widget) && !window.header()->isAncestorOf(widget))
            continue;
        controls << widget;
    }
    return controls;
}

// Where the widget can be seen in window coordinates: its rectangle cut to its parents' (a
// button scrolled half out of view is only touched where it shows).
QRect visibleRect(const QWidget *widget, const QWidget *window)
{
    QRect rect(widget->mapTo(window, QPoint(0, 0)), widget->size());
    for (const QWidget *parent = widget->parentWidget(); parent && parent != window;
         parent = parent->parentWidget())
        rect &= QRect(parent->mapTo(window, QPoint(0, 0)), parent->size());
    return rect;
}

QString describe(const QWidget *widget)
{
    QString text = widget->objectName();
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        text += QStringLiteral(" \"%1\"").arg(button->text().trimmed().left(30));
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(widget->metaObject()->className()),
                                       text);
}

QString rectText(const QRect &rect)
{
    return QStringLiteral("(%1,%2 %3x%4)")
        .arg(rect.x())
        .arg(rect.y())
        .arg(rect.width())
        .arg(rect.height());
}

} // namespace

// The low-reach layout (`layout=low-reach`): on every public screen of a full walk, every control
// a visitor can see (Leave this screen, Language, Read aloud, answers, Back, Start again, the
// welcome screen's switches, the idle notice's and the language list's buttons, scroll bars)
// is inside ReachZone's rectangle, with the emergency strip above it; the standard layout keeps
// the header at the top.
class TestReachLayout : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyControlIsInReach_data();
    void everyControlIsInReach();
    void standardKeepsTheHeaderOnTop_data();
    void standardKeepsTheHeaderOnTop();
    void switchingBackRestoresTheStandardBands();
    void touchingTheBandAboveStartsFromAttract();

private:
    std::unique_ptr<KioskWindow> makeWindow(const QSize &size, ReachZone::Layout layout);
    Content m_content;
};

void TestReachLayout::initTestCase()
{
    m_content = PublicScreenWalk::builtInContent();
    QVERIFY(!m_content.nodes.isEmpty());
}

std::unique_ptr<KioskWindow> TestReachLayout::makeWindow(const QSize &size,
                                                         ReachZone::Layout layout)
{
    auto window = std::make_unique<KioskWindow>(m_content,
                                                Clock::fixed(PublicScreenWalk::weekdayAfternoon()));
    window->setIdleResetEnabled(false);
    window->header()->readAloudButton()->show(); // as with speech set up: one more control
    window->setReachLayout(layout);
    window->resize(size);
    window->show();
    return window;
}

void TestReachLayout::everyControlIsInReach_data()
{
    QTest::addColumn<PublicScreenWalk::Setting>("setting");
    for (const QSize size : {QSize(1080, 1920), QSize(1920, 1080)}) {
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ar")}) {
            for (const bool large : {false, true}) {
                PublicScreenWalk::Setting setting{language, size, {}};
                setting.display.largeText = large;
                QTest::addRow("%dx%d, %s, %s", size.width(), size.height(), qPrintable(language),
                              large ? "large text" : "normal text")
                    << setting;
            }
        }
    }
}

void TestReachLayout::everyControlIsInReach()
{
    QFETCH(PublicScreenWalk::Setting, setting);
    auto window = makeWindow(setting.size, ReachZone::Layout::LowReach);
    const QRect zone = ReachZone::of(setting.size, ReachZone::Layout::LowReach);
    QCOMPARE(window->reachZone(), zone);
    QStringList problems;
    int places = 0;
    int leaveChecked = 0;
    PublicScreenWalk::walk(*window, setting, [&](const QString &place) {
        ++places;
        // The strip (what to do in an emergency) stays in view, above the zone's controls.
        const QRect strip = visibleRect(window->emergencyStrip(), window.get());
        const QRect header = visibleRect(window->header(), window.get());
        if (strip.isEmpty() || strip.bottom() >= header.top())
            problems << QStringLiteral("%1: the emergency strip %2 is not above the header %3")
                            .arg(place, rectText(strip), rectText(header));
        for (QWidget *control : visitorControls(*window)) {
            const QRect shown = visibleRect(control, window.get());
            if (shown.isEmpty())
                continue; // scrolled out of view: it comes into the zone when scrolled to
            if (control == window->header()->leaveButton())
                ++leaveChecked;
            if (!zone.contains(shown))
                problems << QStringLiteral("%1: %2 at %3 is outside the reach zone %4")
                                .arg(place, describe(control), rectText(shown), rectText(zone));
        }
    });
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // The walk reached every screen, and the check saw Leave this screen on each of them.
    QVERIFY2(places > 10, qPrintable(QString::number(places)));
    QCOMPARE(leaveChecked, places);
}

void TestReachLayout::standardKeepsTheHeaderOnTop_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("portrait totem") << QSize(1080, 1920);
    QTest::newRow("landscape") << QSize(1920, 1080);
}

void TestReachLayout::standardKeepsTheHeaderOnTop()
{
    // The default: header first, then the strip, then the screen; the whole window in reach.
    QFETCH(QSize, size);
    auto window = makeWindow(size, ReachZone::Layout::Standard);
    window->quickExit();
    PublicScreenWalk::settle();
    QCOMPARE(window->reachLayout(), ReachZone::Layout::Standard);
    QCOMPARE(window->reachZone(), QRect(QPoint(0, 0), size));
    QCOMPARE(window->header()->geometry().top(), 0);
    QCOMPARE(window->emergencyStrip()->mapTo(window.get(), QPoint(0, 0)).y(),
             window->header()->geometry().bottom() + 1);
    // ...so on a totem Leave this screen is out of low-reach's zone: the check above can fail.
    const QRect lowZone = ReachZone::of(size, ReachZone::Layout::LowReach);
    QVERIFY(!lowZone.contains(visibleRect(window->header()->leaveButton(), window.get())));
}

void TestReachLayout::switchingBackRestoresTheStandardBands()
{
    auto window = makeWindow({1080, 1920}, ReachZone::Layout::LowReach);
    window->quickExit();
    PublicScreenWalk::settle();
    QVERIFY(window->header()->geometry().top() >= 768);
    window->setReachLayout(ReachZone::Layout::Standard);
    PublicScreenWalk::settle();
    QCOMPARE(window->header()->geometry().top(), 0);
    QCOMPARE(window->emergencyStrip()->mapTo(window.get(), QPoint(0, 0)).y(),
             window->header()->geometry().bottom() + 1);
    // The idle notice opens below the header in either layout.
    window->showIdleNotice();
    PublicScreenWalk::settle();
    QCOMPARE(window->idleNotice()->geometry().top(), window->header()->geometry().bottom() + 1);
}

void TestReachLayout::touchingTheBandAboveStartsFromAttract()
{
    // "Touch anywhere to start" still means anywhere: the empty band above the strip too.
    auto window = makeWindow({1080, 1920}, ReachZone::Layout::LowReach);
    window->idleReset();
    PublicScreenWalk::settle();
    QCOMPARE(window->visit()->screen(), VisitModel::Screen::Attract);
    QWidget *above = window->findChild<QWidget *>(QStringLiteral("outOfReach"));
    QVERIFY(above && above->isVisible());
    QVERIFY(above->height() >= 768 - window->emergencyStrip()->height());
    QTest::mouseClick(above, Qt::LeftButton, {}, QPoint(above->width() / 2, 100));
    PublicScreenWalk::settle();
    QCOMPARE(window->visit()->screen(), VisitModel::Screen::Welcome);
    // Elsewhere it does nothing: a touch there is not an answer.
    QTest::mouseClick(above, Qt::LeftButton, {}, QPoint(above->width() / 2, 100));
    PublicScreenWalk::settle();
    QCOMPARE(window->visit()->screen(), VisitModel::Screen::Welcome);
}

QTEST_MAIN(TestReachLayout)
#include "TestReachLayout.moc"
