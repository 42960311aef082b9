// SPDX-License-Identifier: GPL-3.0-or-later
#include "PublicScreenWalk.h"
#include "core/languages/LanguageCatalogue.h"
#include "core/visit/PathwayRoutes.h"
#include "ui/public/screens/ChannelCard.h"
#include "ui/public/screens/MoreBelowCue.h"
#include "ui/public/screens/OutcomeLayout.h"
#include "ui/public/screens/OutcomeScreen.h"

#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QTest>

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
    void everyOutcomeFits_data();
    void everyOutcomeFits();
    void largeTextSaysMoreBelow_data();
    void largeTextSaysMoreBelow();

private:
    void matrix();
    // Calls `check` on every outcome of the built-in content, shown in `window`.
    static void eachOutcome(KioskWindow &window,
                            const std::function<void(const QString &outcome)> &check);
};

namespace {

// Not yet one screen (issue 17 left open): with the denser outcome type these still need a
// little scrolling, mostly the longest Urdu and Arabic texts, the survivor outcome's four other
// ways and Report Remove's long how-to. They must show "More below"; any other outcome that
// stops fitting fails, and so does one of these once it fits (take it off the list).
const QSet<QString> &notYetOneScreen()
{
    static const QSet<QString> known{
        QStringLiteral("1920x1080 en young-nude"),
        QStringLiteral("1920x1080 en survivor"),
        QStringLiteral("1920x1080 cy myself-not-sure"),
        QStringLiteral("1920x1080 cy young-nude"),
        QStringLiteral("1920x1080 cy survivor"),
        QStringLiteral("1920x1080 pl survivor"),
        QStringLiteral("1920x1080 ro someone-arrested"),
        QStringLiteral("1920x1080 ro young-nude"),
        QStringLiteral("1920x1080 ro survivor"),
        QStringLiteral("1920x1080 ur myself-age-not-said"),
        QStringLiteral("1920x1080 ur someone-arrested"),
        QStringLiteral("1920x1080 ur child-abuse"),
        QStringLiteral("1920x1080 ur child-not-sure"),
        QStringLiteral("1920x1080 ur young-hurt"),
        QStringLiteral("1920x1080 ur young-nude"),
        QStringLiteral("1920x1080 ur young-other"),
        QStringLiteral("1920x1080 ur other-talk"),
        QStringLiteral("1920x1080 ur survivor"),
        QStringLiteral("1920x1080 pa survivor"),
        QStringLiteral("1920x1080 ar myself-age-not-said"),
        QStringLiteral("1920x1080 ar someone-arrested"),
        QStringLiteral("1920x1080 ar young-nude"),
        QStringLiteral("1920x1080 ar other-talk"),
        QStringLiteral("1920x1080 ar survivor"),
        QStringLiteral("1080x1920 ur myself-age-not-said"),
        QStringLiteral("1080x1920 ur someone-arrested"),
        QStringLiteral("1080x1920 ur other-talk"),
        QStringLiteral("1080x1920 ar myself-age-not-said"),
        QStringLiteral("1080x1920 ar someone-arrested"),
        QStringLiteral("1080x1920 ar other-talk"),
        QStringLiteral("1366x768 en young-nude"),
        QStringLiteral("1366x768 en survivor"),
        QStringLiteral("1366x768 cy myself-not-sure"),
        QStringLiteral("1366x768 cy young-nude"),
        QStringLiteral("1366x768 cy survivor"),
        QStringLiteral("1366x768 pl survivor"),
        QStringLiteral("1366x768 ro someone-arrested"),
        QStringLiteral("1366x768 ro survivor"),
        QStringLiteral("1366x768 ur myself-age-not-said"),
        QStringLiteral("1366x768 ur someone-arrested"),
        QStringLiteral("1366x768 ur child-abuse"),
        QStringLiteral("1366x768 ur child-behaviour"),
        QStringLiteral("1366x768 ur child-image"),
        QStringLiteral("1366x768 ur child-not-sure"),
        QStringLiteral("1366x768 ur young-nude"),
        QStringLiteral("1366x768 ur young-other"),
        QStringLiteral("1366x768 ur other-talk"),
        QStringLiteral("1366x768 ur survivor"),
        QStringLiteral("1366x768 pa survivor"),
        QStringLiteral("1366x768 ar myself-stop-it-now"),
        QStringLiteral("1366x768 ar myself-age-not-said"),
        QStringLiteral("1366x768 ar someone-arrested"),
        QStringLiteral("1366x768 ar child-abuse"),
        QStringLiteral("1366x768 ar young-nude"),
        QStringLiteral("1366x768 ar other-talk"),
        QStringLiteral("1366x768 ar survivor"),
    };
    return known;
}

} // namespace

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
    const auto route =
        PathwayRoutes::firstTo(window.visit()->content(), QStringLiteral("myself-stop-it-now"));
    QVERIFY(route);
    for (const int answer : route->answers)
        window.visit()->choose(answer);
    PublicScreenWalk::settle();
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
    const QString row =
        QStringLiteral("%1x%2 %3").arg(size.width()).arg(size.height()).arg(language);
    QStringList overflowing; // outcomes that need scrolling and are not known to
    QStringList nowFitting;  // known ones that fit now
    eachOutcome(window, [&](const QString &outcome) {
        OutcomeScreen *screen = window.outcomeScreen();
        const QScrollBar *bar = screen->scrollArea()->verticalScrollBar();
        const bool known = notYetOneScreen().contains(row + QLatin1Char(' ') + outcome);
        const bool scrolls = bar->maximum() > 0;
        if (scrolls && !known)
            overflowing << QStringLiteral("%1 (%2 px)").arg(outcome).arg(bar->maximum());
        if (!scrolls && known)
            nowFitting << outcome;
        // Whatever does not fit says so.
        QCOMPARE(screen->moreBelow()->isVisible(), scrolls);
    });
    QVERIFY2(overflowing.isEmpty(), qPrintable(QStringLiteral("need scrolling: ") +
                                               overflowing.join(QLatin1String(", "))));
    QVERIFY2(nowFitting.isEmpty(),
             qPrintable(QStringLiteral("fit now, take off notYetOneScreen(): ") +
                        nowFitting.join(QLatin1String(", "))));
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

QTEST_MAIN(TestOutcomeLayout)
#include "TestOutcomeLayout.moc"
