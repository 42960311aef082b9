// SPDX-License-Identifier: GPL-3.0-or-later
#include "PublicScreenWalk.h"
#include "core/languages/LanguageCatalogue.h"
#include "core/visit/PathwayRoutes.h"
#include "ui/public/Theme.h"
#include "ui/public/screens/ChannelCard.h"
#include "ui/public/screens/MoreBelowCue.h"
#include "ui/public/screens/OutcomeLayout.h"
#include "ui/public/screens/OutcomeScreen.h"

#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QVBoxLayout>

#include <functional>

Q_DECLARE_METATYPE(OutcomeLayout::Shape)

// The answer on one screen (issue 17): on the kiosk sizes, with normal text, every outcome of the
// built-in content in every language is whole without scrolling; with large text it may scroll,
// and then "More below" shows and the scroll bar is a touch target. One window per size and
// language, walking every outcome, so the whole matrix stays quick.
class TestOutcomeLayout : public QObject
{
    Q_OBJECT
private slots:
    void shapeFollowsTheScreen_data();
    void shapeFollowsTheScreen();
    void flowKeepsHeadingsWithWhatFollows();
    void everyOutcomeFits_data();
    void everyOutcomeFits();
    void fitsAgainAfterScrolling();
    void largeTextSaysMoreBelow_data();
    void largeTextSaysMoreBelow();
    void theScrollBarIsATouchTargetFromTheFirstOutcome_data();
    void theScrollBarIsATouchTargetFromTheFirstOutcome();

private:
    void matrix();
    // Walks the visit in `window` to `outcome` by its first route.
    static void showOutcome(KioskWindow &window, const QString &outcome);
    // Calls `check` on every outcome of the built-in content, shown in `window`.
    static void eachOutcome(KioskWindow &window,
                            const std::function<void(const QString &outcome)> &check);
};

void TestOutcomeLayout::matrix()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("language");
    for (const QSize &size : {QSize(1920, 1080), QSize(1080, 1920), QSize(1366, 768)}) {
        for (const QString &language : LanguageCatalogue::translatedLanguages())
            QTest::addRow("%dx%d %s", size.width(), size.height(), qPrintable(language))
                << size << language;
    }
}

// The visit walks to `outcome` by its first route, as a visitor's taps would.
void TestOutcomeLayout::showOutcome(KioskWindow &window, const QString &outcome)
{
    const auto route = PathwayRoutes::firstTo(window.visit()->content(), outcome);
    QVERIFY(route);
    for (const int answer : route->answers)
        window.visit()->choose(answer);
    PublicScreenWalk::settle();
    QCOMPARE(window.outcomeScreen()->outcomeId(), outcome);
}

void TestOutcomeLayout::eachOutcome(KioskWindow &window,
                                    const std::function<void(const QString &outcome)> &check)
{
    const Content &content = window.visit()->content();
    int outcomes = 0;
    for (const PathwayNode &node : content.nodes) {
        if (!node.isOutcome())
            continue;
        const std::optional<PathwayRoutes::Route> route = PathwayRoutes::firstTo(content, node.id);
        if (!route)
            continue;
        window.quickExit();
        for (const int answer : route->answers)
            window.visit()->choose(answer);
        PublicScreenWalk::settle();
        QCOMPARE(window.outcomeScreen()->outcomeId(), node.id);
        check(node.id);
        if (QTest::currentTestFailed())
            return;
        ++outcomes;
    }
    QVERIFY(outcomes > 20);
}

void TestOutcomeLayout::shapeFollowsTheScreen_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<OutcomeLayout::Shape>("shape");
    QTest::newRow("1920x1080") << QSize(1920, 1080) << OutcomeLayout::Shape::TwoColumns;
    QTest::newRow("1366x768") << QSize(1366, 768) << OutcomeLayout::Shape::TwoColumns;
    QTest::newRow("1280x800") << QSize(1280, 800) << OutcomeLayout::Shape::TwoColumns;
    QTest::newRow("4:3 1024x768") << QSize(1024, 768) << OutcomeLayout::Shape::OneColumn;
    QTest::newRow("1080x1920") << QSize(1080, 1920) << OutcomeLayout::Shape::OneColumn;
}

void TestOutcomeLayout::shapeFollowsTheScreen()
{
    QFETCH(QSize, size);
    QFETCH(OutcomeLayout::Shape, shape);
    QCOMPARE(OutcomeLayout::shapeFor(size), shape);
    KioskWindow window(PublicScreenWalk::builtInContent(),
                       Clock::fixed(PublicScreenWalk::weekdayAfternoon()));
    window.resize(size);
    window.show();
    showOutcome(window, QStringLiteral("myself-stop-it-now"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(window.outcomeScreen()->outcomeLayout()->shape(), shape);
    // The primary first: left (right in Arabic) in two columns, on top in one.
    const QList<ChannelCard *> cards = window.outcomeScreen()->cards();
    QVERIFY(cards.size() > 1);
    const QPoint primary = cards.constFirst()->mapTo(&window, QPoint());
    const QPoint other = cards.at(1)->mapTo(&window, QPoint());
    if (shape == OutcomeLayout::Shape::TwoColumns)
        QVERIFY(primary.x() < other.x());
    else
        QVERIFY(primary.y() < other.y());
}

void TestOutcomeLayout::flowKeepsHeadingsWithWhatFollows()
{
    QWidget page;
    auto *layout = new OutcomeLayout;
    page.setLayout(layout);
    QWidget heading, caption, first, second, third;
    layout->addOther(&heading, true);
    layout->addOther(&caption, true);
    for (QWidget *card : {&first, &second, &third})
        layout->addOther(card);
    const auto column = [](QVBoxLayout *box) {
        QList<QWidget *> widgets;
        for (int i = 0; i < box->count(); ++i) {
            if (QWidget *widget = box->itemAt(i)->widget())
                widgets << widget;
        }
        return widgets;
    };
    // One column: flowing would change nothing.
    QCOMPARE(layout->flowChoices(), QList<int>{0});
    layout->setShape(OutcomeLayout::Shape::TwoColumns);
    // Never the heading or the caption alone at the foot of the primary's column, never all.
    QCOMPARE(layout->flowChoices(), (QList<int>{0, 3, 4}));
    QCOMPARE(column(layout->otherColumn()).size(), 5);
    layout->setFlow(3);
    QCOMPARE(column(layout->primaryColumn()), (QList<QWidget *>{&heading, &caption, &first}));
    QCOMPARE(column(layout->otherColumn()), (QList<QWidget *>{&second, &third}));
    // A new shape starts again with the primary beside every other way.
    layout->setShape(OutcomeLayout::Shape::OneColumn);
    QCOMPARE(layout->flow(), 0);
    QCOMPARE(column(layout->primaryColumn()), QList<QWidget *>{});
    QCOMPARE(column(layout->otherColumn()).size(), 5);
    layout->removeOthers();
    QCOMPARE(column(layout->otherColumn()), QList<QWidget *>{});
}

void TestOutcomeLayout::everyOutcomeFits_data()
{
    matrix();
}

void TestOutcomeLayout::everyOutcomeFits()
{
    QFETCH(QSize, size);
    QFETCH(QString, language);
    KioskWindow window(PublicScreenWalk::builtInContent(),
                       Clock::fixed(PublicScreenWalk::weekdayAfternoon()));
    window.setStartLanguage(language);
    window.resize(size);
    window.show();
    QStringList overflowing; // outcomes that need scrolling, with by how much
    eachOutcome(window, [&](const QString &outcome) {
        OutcomeScreen *screen = window.outcomeScreen();
        const QScrollBar *bar = screen->scrollArea()->verticalScrollBar();
        if (bar->maximum() > 0)
            overflowing << QStringLiteral("%1 (%2 px)").arg(outcome).arg(bar->maximum());
        // Whatever did not fit would say so.
        QCOMPARE(screen->moreBelow()->isVisible(), bar->maximum() > 0);
    });
    QVERIFY2(overflowing.isEmpty(), qPrintable(QStringLiteral("need scrolling: ") +
                                               overflowing.join(QLatin1String(", "))));
}

// An outcome laid out where it had to scroll (a small window) is laid out again when the window
// grows: the primary beside every other way again, whole, no scroll bar and no cue left over.
void TestOutcomeLayout::fitsAgainAfterScrolling()
{
    KioskWindow window(PublicScreenWalk::builtInContent(),
                       Clock::fixed(PublicScreenWalk::weekdayAfternoon()));
    window.resize(900, 500);
    window.show();
    showOutcome(window, QStringLiteral("survivor"));
    if (QTest::currentTestFailed())
        return;
    QScrollBar *bar = window.outcomeScreen()->scrollArea()->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    QVERIFY(window.outcomeScreen()->moreBelow()->isVisible());
    // Too little room: the other ways flow on under the primary card.
    QVERIFY(window.outcomeScreen()->outcomeLayout()->flow() > 0);
    window.resize(1920, 1080);
    PublicScreenWalk::settle();
    QCOMPARE(window.outcomeScreen()->outcomeLayout()->flow(), 0);
    QCOMPARE(bar->maximum(), 0);
    QVERIFY(!bar->isVisible());
    QVERIFY(!window.outcomeScreen()->moreBelow()->isVisible());
}

void TestOutcomeLayout::largeTextSaysMoreBelow_data()
{
    matrix();
}

void TestOutcomeLayout::largeTextSaysMoreBelow()
{
    QFETCH(QSize, size);
    QFETCH(QString, language);
    KioskWindow window(PublicScreenWalk::builtInContent(),
                       Clock::fixed(PublicScreenWalk::weekdayAfternoon()));
    window.setStartLanguage(language);
    DisplayPreferences large;
    large.largeText = true;
    window.setStartDisplay(large);
    window.resize(size);
    window.show();
    eachOutcome(window, [&window](const QString &outcome) {
        OutcomeScreen *screen = window.outcomeScreen();
        QScrollBar *bar = screen->scrollArea()->verticalScrollBar();
        MoreBelowCue *cue = screen->moreBelow();
        if (bar->maximum() == 0) {
            QVERIFY2(!cue->isVisible(), qPrintable(outcome));
            return;
        }
        QVERIFY2(cue->isVisible(), qPrintable(outcome));
        QVERIFY2(!cue->text().isEmpty(), qPrintable(outcome));
        QVERIFY2(bar->isVisible() && bar->width() >= 44,
                 qPrintable(QStringLiteral("%1: scroll bar %2 px").arg(outcome).arg(bar->width())));
        bar->setValue(bar->maximum()); // the end in view: nothing more below
        QVERIFY2(!cue->isVisible(), qPrintable(outcome));
    });
}

void TestOutcomeLayout::theScrollBarIsATouchTargetFromTheFirstOutcome_data()
{
    QTest::addColumn<bool>("largeText");
    QTest::newRow("normal text") << false;
    QTest::newRow("large text") << true;
}

// The outcome's bar is wider than other screens' (a visitor who must scroll can grab it) in a
// window that has shown nothing else: not only once the denser type restyled the outcome.
void TestOutcomeLayout::theScrollBarIsATouchTargetFromTheFirstOutcome()
{
    QFETCH(bool, largeText);
    KioskWindow window(PublicScreenWalk::builtInContent(),
                       Clock::fixed(PublicScreenWalk::weekdayAfternoon()));
    DisplayPreferences display;
    display.largeText = largeText;
    window.setStartDisplay(display);
    window.resize(1920, 1080);
    window.show();
    showOutcome(window, QStringLiteral("myself-stop-it-now"));
    if (QTest::currentTestFailed())
        return;
    QScrollBar *bar = window.outcomeScreen()->scrollArea()->verticalScrollBar();
    QCOMPARE(bar->sizeHint().width(), std::max(Theme::minimumTarget(), Theme::pixels(48, 1.0)));
}

QTEST_MAIN(TestOutcomeLayout)
#include "TestOutcomeLayout.moc"
