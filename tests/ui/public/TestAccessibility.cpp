// SPDX-License-Identifier: GPL-3.0-or-later
#include "PublicScreenWalk.h"
#include "core/languages/LanguageCatalogue.h"
#include "ui/public/KioskHeader.h"
#include "ui/public/LeaveButton.h"
#include "ui/public/NavigationBar.h"
#include "ui/public/Theme.h"
#include "ui/public/screens/AnswerButton.h"
#include "ui/public/screens/AnswerList.h"
#include "ui/public/screens/ChannelCard.h"
#include "ui/public/screens/OutcomeScreen.h"
#include "ui/public/screens/QuestionScreen.h"
#include "ui/public/screens/WelcomeScreen.h"
#include "ui/widgets/WrappingButton.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>

#include <cmath>
#include <memory>

Q_DECLARE_METATYPE(PublicScreenWalk::Setting)

namespace {

// WCAG 2.x relative luminance and contrast ratio, from the colours alone.
double linear(int channel)
{
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &colour)
{
    return 0.2126 * linear(colour.red()) + 0.7152 * linear(colour.green()) +
           0.0722 * linear(colour.blue());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

const QList<QSize> &screenSizes()
{
    static const QList<QSize> sizes{{1366, 768}, {1920, 1080}, {1080, 1920}};
    return sizes;
}

QString sizeName(const QSize &size)
{
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}

// What is on screen: the widgets a visitor can see now. With the idle notice or the language list
// over the screen, only that and the header (which stays usable) count.
QList<QWidget *> onScreen(KioskWindow &window)
{
    QWidget *overlay = nullptr;
    for (QWidget *candidate : {static_cast<QWidget *>(window.idleNotice()),
                               static_cast<QWidget *>(window.languagePicker())}) {
        if (candidate->isVisible())
            overlay = candidate;
    }
    QList<QWidget *> widgets;
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        if (overlay && !overlay->isAncestorOf(widget) && !window.header()->isAncestorOf(widget))
            continue;
        widgets << widget;
    }
    return widgets;
}

bool insideButton(const QWidget *widget)
{
    for (QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (qobject_cast<QAbstractButton *>(w))
            return true;
    }
    return false;
}

bool showsText(const QWidget *widget)
{
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        return !label->text().trimmed().isEmpty();
    return qobject_cast<const QAbstractButton *>(widget) != nullptr;
}

QString describe(const QWidget *widget)
{
    QString text;
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        text = label->text();
    else if (const auto *wrapping = qobject_cast<const WrappingButton *>(widget))
        text = wrapping->wrappedText();
    else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()), text.left(40));
}

// The words need more room than the widget has: cut off at the side or the bottom.
bool textIsCut(const QWidget *widget)
{
    constexpr int slack = 1;
    if (const auto *label = qobject_cast<const QLabel *>(widget)) {
        if (label->wordWrap()) {
            return label->heightForWidth(label->width()) > label->height() + slack ||
                   label->minimumSizeHint().width() > label->width() + slack;
        }
        const QSize need = label->sizeHint();
        return need.width() > label->width() + slack || need.height() > label->height() + slack;
    }
    if (const auto *wrapping = qobject_cast<const WrappingButton *>(widget))
        return wrapping->heightForWidth(wrapping->width()) > wrapping->height() + slack;
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
        const QSize need = button->sizeHint();
        return need.width() > button->width() + slack || need.height() > button->height() + slack;
    }
    return false;
}

// Cut off by a parent: outside it, or (in a scroll area, which may scroll up and down) wider
// than it.
bool cutByParent(const QWidget *widget, const QWidget *window)
{
    constexpr int slack = 1;
    QRect rect = widget->rect();
    const QWidget *child = widget;
    for (const QWidget *parent = widget->parentWidget(); parent && child != window;
         parent = parent->parentWidget()) {
        rect.translate(child->pos());
        const QRect room = parent->rect().adjusted(-slack, -slack, slack, slack);
        const bool scrolls = qobject_cast<const QAbstractScrollArea *>(parent->parentWidget()) &&
                             parent->objectName() == QLatin1String("qt_scrollarea_viewport");
        if (scrolls) {
            if (rect.left() < room.left() || rect.right() > room.right())
                return true;
            // Above or below the scrolled view is fine; what is in view must fit from here up.
            rect &= parent->rect();
            if (rect.isEmpty())
                return false;
        } else if (!room.contains(rect)) {
            return true;
        }
        child = parent;
    }
    return false;
}

// Where the widget can be seen in window coordinates: its rectangle cut to its parents'.
QRect visibleRect(const QWidget *widget, const QWidget *window)
{
    QRect rect(widget->mapTo(window, QPoint(0, 0)), widget->size());
    for (const QWidget *parent = widget->parentWidget(); parent && parent != window;
         parent = parent->parentWidget())
        rect &= QRect(parent->mapTo(window, QPoint(0, 0)), parent->size());
    return rect;
}

} // namespace

// The accessibility rules of ux.md, measured: text contrast from the theme's colours, a
// visible focus, touch targets, no clipped or overlapping words at three screen sizes, two text
// sizes and every language, an accessible name and role on every control, and what a screen
// reader hears on an outcome. The keyboard walk is TestKeyboardWalk.
class TestAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void textContrast_data();
    void textContrast();
    void focusIsClearlyVisible_data();
    void focusIsClearlyVisible();
    void touchTargetsAreLargeEnough_data();
    void touchTargetsAreLargeEnough();
    void clippingChecksCatchWhatTheyLookFor();
    void noTextClippedOrOverlapping_data();
    void noTextClippedOrOverlapping();
    void everyControlHasANameAndRole_data();
    void everyControlHasANameAndRole();
    void outcomeNumberAndStatusAreText();
    void screenChangeFocusesTheHeading();
    void largeTextAndContrastLastOneVisit_data();
    void largeTextAndContrastLastOneVisit();

private:
    std::unique_ptr<KioskWindow> makeWindow(const QSize &size = {1920, 1080});
    static void addSettings(const QStringList &languages, const QList<QSize> &sizes,
                            bool bothTextSizes);
    Content m_content;
};

void TestAccessibility::initTestCase()
{
    m_content = PublicScreenWalk::builtInContent();
    QVERIFY(!m_content.nodes.isEmpty());
}

std::unique_ptr<KioskWindow> TestAccessibility::makeWindow(const QSize &size)
{
    auto window = std::make_unique<KioskWindow>(m_content,
                                                Clock::fixed(PublicScreenWalk::weekdayAfternoon()));
    window->setIdleResetEnabled(false);
    window->resize(size);
    window->show();
    return window;
}

void TestAccessibility::addSettings(const QStringList &languages, const QList<QSize> &sizes,
                                    bool bothTextSizes)
{
    QTest::addColumn<PublicScreenWalk::Setting>("setting");
    for (const QString &language : languages) {
        for (const QSize &size : sizes) {
            for (const bool large : bothTextSizes ? QList<bool>{false, true} : QList<bool>{false}) {
                PublicScreenWalk::Setting setting{language, size, {}};
                setting.display.largeText = large;
                QTest::addRow("%s, %s, %s", qPrintable(language), qPrintable(sizeName(size)),
                              large ? "large text" : "normal text")
                    << setting;
            }
        }
    }
}

void TestAccessibility::textContrast_data()
{
    QTest::addColumn<QColor>("foreground");
    QTest::addColumn<QColor>("background");
    QTest::addColumn<double>("minimum");
    for (const bool highContrast : {false, true}) {
        for (const Theme::TextPair &pair : Theme::textPairs(highContrast)) {
            QTest::addRow("%s: %s", highContrast ? "high contrast" : "default",
                          qPrintable(pair.name))
                << pair.foreground << pair.background << Theme::minimumTextContrast(highContrast);
        }
    }
    // The staff desktop's notices and what is printed have one palette, at WCAG AA.
    for (const Theme::TextPair &pair : Theme::staffAndPrintTextPairs()) {
        QTest::addRow("staff and print: %s", qPrintable(pair.name))
            << pair.foreground << pair.background << Theme::minimumTextContrast(false);
    }
}

void TestAccessibility::textContrast()
{
    QFETCH(QColor, foreground);
    QFETCH(QColor, background);
    QFETCH(double, minimum);
    QVERIFY(minimum >= 4.5);
    const double ratio = contrast(foreground, background);
    QVERIFY2(ratio >= minimum, qPrintable(QStringLiteral("%1 on %2: %3:1, needs %4:1")
                                              .arg(foreground.name(), background.name())
                                              .arg(ratio, 0, 'f', 2)
                                              .arg(minimum)));
}

void TestAccessibility::focusIsClearlyVisible_data()
{
    QTest::addColumn<bool>("highContrast");
    QTest::addColumn<QString>("control");
    for (const bool highContrast : {false, true}) {
        for (const char *control : {"answer", "larger text", "privacy", "language", "leave"})
            QTest::addRow("%s, %s", highContrast ? "high contrast" : "default", control)
                << highContrast << QString::fromLatin1(control);
    }
}

void TestAccessibility::focusIsClearlyVisible()
{
    // A focused control turns yellow: measured on the drawn pixels just inside its edge, against
    // the same pixels unfocused (WCAG 2.4.13: a change of at least 3:1).
    QFETCH(bool, highContrast);
    QFETCH(QString, control);
    auto window = makeWindow();
    DisplayPreferences display;
    display.highContrast = highContrast;
    window->setStartDisplay(display);
    window->quickExit();
    PublicScreenWalk::settle();
    WelcomeScreen *welcome = window->welcomeScreen();
    QWidget *target = control == QLatin1String("answer")        ? welcome->answers()->buttons()[0]
                      : control == QLatin1String("larger text") ? welcome->largeTextButton()
                      : control == QLatin1String("privacy")     ? welcome->privacyButton()
                      : control == QLatin1String("language")
                          ? static_cast<QWidget *>(window->header()->languageButton())
                          : window->header()->leaveButton();
    // A line of pixels down from the middle of the top edge, through the edge into the fill.
    const int depth = 2 * std::max(3, Theme::pixels(4, 1.0)) * (highContrast ? 2 : 1) + 4;
    const auto sample = [&] {
        PublicScreenWalk::settle();
        const QImage image = target->grab().toImage();
        QList<QColor> line;
        for (int y = 0; y < depth; ++y)
            line << image.pixelColor(image.width() / 2, y);
        return line;
    };
    window->welcomeScreen()->heading()->setFocus();
    const QList<QColor> unfocused = sample();
    target->setFocus(Qt::TabFocusReason);
    QCOMPARE(window->focusWidget(), target);
    const QList<QColor> focused = sample();
    const QColor yellow = Theme::colours(highContrast).focus;
    int changed = 0;
    bool turnsYellow = false;
    for (int y = 0; y < depth; ++y) {
        if (contrast(unfocused.at(y), focused.at(y)) >= 3.0)
            ++changed;
        turnsYellow = turnsYellow || contrast(focused.at(y), yellow) < 1.1;
    }
    QVERIFY2(turnsYellow, "the focused control is not yellow");
    QVERIFY2(changed >= 2, qPrintable(QStringLiteral("only %1 px change by 3:1").arg(changed)));
}

void TestAccessibility::touchTargetsAreLargeEnough_data()
{
    addSettings({QStringLiteral("en"), QStringLiteral("ar")}, screenSizes(), true);
}

void TestAccessibility::touchTargetsAreLargeEnough()
{
    QFETCH(PublicScreenWalk::Setting, setting);
    auto window = makeWindow(setting.size);
    QStringList problems;
    PublicScreenWalk::walk(*window, setting, [&](const QString &place) {
        for (QWidget *widget : onScreen(*window)) {
            if (!qobject_cast<QAbstractButton *>(widget))
                continue;
            if (widget->width() < Theme::minimumTarget() ||
                widget->height() < Theme::minimumTarget())
                problems << QStringLiteral("%1: %2 is %3x%4")
                                .arg(place, describe(widget))
                                .arg(widget->width())
                                .arg(widget->height());
        }
        // Primary choices much bigger than the minimum.
        const VisitModel::Screen screen = window->visit()->screen();
        AnswerList *answers =
            screen == VisitModel::Screen::Welcome    ? window->welcomeScreen()->answers()
            : screen == VisitModel::Screen::Question ? window->questionScreen()->answers()
                                                     : nullptr;
        if (answers && !window->idleNotice()->isVisible() &&
            !window->languagePicker()->isVisible()) {
            for (const AnswerButton *answer : answers->buttons()) {
                if (answer->height() < 52)
                    problems << QStringLiteral("%1: answer %2 is %3 high")
                                    .arg(place, answer->answerText())
                                    .arg(answer->height());
            }
        }
    });
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))));
}

void TestAccessibility::clippingChecksCatchWhatTheyLookFor()
{
    // The checks below would pass on anything if they could not see a problem: show them some.
    QWidget page;
    page.resize(400, 300);
    auto *squeezed = new QPushButton(QStringLiteral("Leave this screen at once"), &page);
    squeezed->setGeometry(0, 0, 60, 50);
    auto *label = new QLabel(QStringLiteral("A long line of words that must wrap"), &page);
    label->setWordWrap(true);
    label->setGeometry(0, 60, 120, 12);
    auto *fits = new QLabel(QStringLiteral("Fits"), &page);
    fits->setGeometry(0, 200, 200, 40);
    auto *outside = new QLabel(QStringLiteral("Outside"), &page);
    outside->setGeometry(350, 250, 200, 40);
    page.show();
    PublicScreenWalk::settle();
    QVERIFY(textIsCut(squeezed));
    QVERIFY(textIsCut(label));
    QVERIFY(!textIsCut(fits));
    QVERIFY(cutByParent(outside, &page));
    QVERIFY(!cutByParent(fits, &page));
    QVERIFY(visibleRect(squeezed, &page).intersects(QRect(10, 10, 5, 5)));
}

void TestAccessibility::noTextClippedOrOverlapping_data()
{
    addSettings(LanguageCatalogue::translatedLanguages(), screenSizes(), true);
}

void TestAccessibility::noTextClippedOrOverlapping()
{
    QFETCH(PublicScreenWalk::Setting, setting);
    auto window = makeWindow(setting.size);
    QStringList problems;
    PublicScreenWalk::walk(*window, setting, [&](const QString &place) {
        QList<QPair<QWidget *, QRect>> shown;
        for (QWidget *widget : onScreen(*window)) {
            if (!showsText(widget))
                continue;
            if (textIsCut(widget))
                problems << QStringLiteral("%1: %2 is cut off").arg(place, describe(widget));
            if (cutByParent(widget, window.get()))
                problems << QStringLiteral("%1: %2 sticks out of its parent")
                                .arg(place, describe(widget));
            if (!insideButton(widget))
                shown << qMakePair(widget, visibleRect(widget, window.get()));
        }
        for (qsizetype i = 0; i < shown.size(); ++i) {
            for (qsizetype j = i + 1; j < shown.size(); ++j) {
                const auto &[a, ra] = shown.at(i);
                const auto &[b, rb] = shown.at(j);
                if (a->isAncestorOf(b) || b->isAncestorOf(a) || !ra.intersects(rb))
                    continue;
                problems
                    << QStringLiteral("%1: %2 overlaps %3").arg(place, describe(a), describe(b));
            }
        }
    });
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))));
}

void TestAccessibility::everyControlHasANameAndRole_data()
{
    addSettings(LanguageCatalogue::translatedLanguages(), {QSize(1920, 1080)}, false);
}

void TestAccessibility::everyControlHasANameAndRole()
{
    QFETCH(PublicScreenWalk::Setting, setting);
    auto window = makeWindow(setting.size);
    QStringList problems;
    int controls = 0;
    PublicScreenWalk::walk(*window, setting, [&](const QString &place) {
        for (QWidget *widget : onScreen(*window)) {
            const bool control =
                qobject_cast<QAbstractButton *>(widget) || (widget->focusPolicy() & Qt::TabFocus);
            if (!control)
                continue;
            ++controls;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            if (!accessible) {
                problems << QStringLiteral("%1: %2 has no accessible interface")
                                .arg(place, describe(widget));
                continue;
            }
            if (accessible->text(QAccessible::Name).trimmed().isEmpty())
                problems
                    << QStringLiteral("%1: %2 has no accessible name").arg(place, describe(widget));
            if (accessible->role() == QAccessible::NoRole)
                problems << QStringLiteral("%1: %2 has no role").arg(place, describe(widget));
            if (qobject_cast<QAbstractButton *>(widget) &&
                accessible->role() != QAccessible::Button &&
                accessible->role() != QAccessible::CheckBox)
                problems << QStringLiteral("%1: %2 is not a button to a screen reader")
                                .arg(place, describe(widget));
        }
    });
    QVERIFY(controls > 100);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))));
}

void TestAccessibility::outcomeNumberAndStatusAreText()
{
    // A screen reader hears the number and whether it is open, as words on the card itself.
    auto window = makeWindow();
    const PathwayNode *outcome = m_content.node(QStringLiteral("myself-stop-it-now"));
    QVERIFY(outcome);
    const auto route = PathwayRoutes::firstTo(m_content, outcome->id);
    QVERIFY(route);
    for (const int answer : route->answers)
        window->visit()->choose(answer);
    PublicScreenWalk::settle();
    const QList<ChannelCard *> cards = window->outcomeScreen()->cards();
    QVERIFY(!cards.isEmpty());
    ChannelCard *primary = cards.constFirst();
    QAccessibleInterface *card = QAccessible::queryAccessibleInterface(primary);
    QVERIFY(card);
    QVERIFY2(card->text(QAccessible::Name).contains(QStringLiteral("Stop It Now!")),
             qPrintable(card->text(QAccessible::Name)));
    const QString description = card->text(QAccessible::Description);
    QVERIFY2(description.contains(QStringLiteral("0808 1000 900")), qPrintable(description));
    // Its hours need confirming, so it says so in words instead of "Open now".
    const QString status = QStringLiteral("Opening times: check when you call");
    QVERIFY2(description.contains(status), qPrintable(description));
    auto *value = primary->findChild<QLabel *>(QStringLiteral("channelValue"));
    QCOMPARE(QAccessible::queryAccessibleInterface(value)->text(QAccessible::Name),
             QStringLiteral("0808 1000 900"));
    auto *statusLabel = primary->findChild<QLabel *>(QStringLiteral("channelStatus"));
    QCOMPARE(QAccessible::queryAccessibleInterface(statusLabel)->text(QAccessible::Name), status);
    QCOMPARE(QAccessible::queryAccessibleInterface(statusLabel)->role(), QAccessible::StaticText);
}

void TestAccessibility::screenChangeFocusesTheHeading()
{
    // Focus moves to the new screen's heading, so a screen reader announces the new screen.
    auto window = makeWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QCOMPARE(window->focusWidget(), window->welcomeScreen()->heading());
    for (const PathwayRoutes::Route &route : PathwayRoutes::all(m_content)) {
        window->quickExit();
        QCOMPARE(window->focusWidget(), window->welcomeScreen()->heading());
        for (qsizetype i = 0; i < route.answers.size(); ++i) {
            window->visit()->choose(route.answers.at(i));
            QWidget *heading = window->visit()->screen() == VisitModel::Screen::Outcome
                                   ? window->outcomeScreen()->heading()
                                   : window->questionScreen()->heading();
            QCOMPARE(window->focusWidget(), heading);
            QVERIFY(heading->hasFocus());
        }
    }
    window->visit()->showPrivacy();
    QCOMPARE(window->focusWidget(), window->privacyScreen()->heading());
    window->idleReset();
    QCOMPARE(window->focusWidget(), window->attractScreen());
}

void TestAccessibility::largeTextAndContrastLastOneVisit_data()
{
    QTest::addColumn<bool>("byIdleReset");
    QTest::newRow("quick exit") << false;
    QTest::newRow("idle reset") << true;
}

void TestAccessibility::largeTextAndContrastLastOneVisit()
{
    QFETCH(bool, byIdleReset);
    auto window = makeWindow();
    QLabel *heading = window->welcomeScreen()->heading();
    const int normalSize = heading->fontInfo().pixelSize();
    const QColor normalPage =
        window->grab().toImage().pixelColor(window->width() / 2, window->height() - 2);
    // click(): with large text the welcome screen scrolls, and a touch on a scrolling screen is
    // held back a moment by the kinetic scroller before it reaches the button.
    window->welcomeScreen()->largeTextButton()->click();
    PublicScreenWalk::settle();
    window->welcomeScreen()->highContrastButton()->click();
    PublicScreenWalk::settle();
    QVERIFY(window->visit()->display().largeText);
    QVERIFY(window->visit()->display().highContrast);
    QVERIFY(window->welcomeScreen()->largeTextButton()->isChecked());
    const double grown = double(heading->fontInfo().pixelSize()) / normalSize;
    QVERIFY2(grown > 1.4 && grown < 1.6, qPrintable(QString::number(grown)));
    const QColor darkPage =
        window->grab().toImage().pixelColor(window->width() / 2, window->height() - 2);
    QCOMPARE(darkPage, Theme::colours(true).background);
    // Kept along the pathway...
    window->visit()->choose(0);
    PublicScreenWalk::settle();
    QVERIFY(window->visit()->display().largeText);
    // ...and forgotten with the visit.
    if (byIdleReset) {
        window->idleReset();
        window->visit()->leaveAttract();
    } else {
        window->quickExit();
    }
    PublicScreenWalk::settle();
    QCOMPARE(window->visit()->display(), DisplayPreferences());
    QCOMPARE(heading->fontInfo().pixelSize(), normalSize);
    QVERIFY(!window->welcomeScreen()->largeTextButton()->isChecked());
    QVERIFY(!window->welcomeScreen()->highContrastButton()->isChecked());
    QCOMPARE(window->grab().toImage().pixelColor(window->width() / 2, window->height() - 2),
             normalPage);
}

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
