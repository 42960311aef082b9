// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/public/screens/OutcomeScreen.h"

#include "core/content/ChannelText.h"
#include "core/hours/OutcomeAvailability.h"
#include "ui/public/NavigationBar.h"
#include "ui/public/screens/ChannelCard.h"
#include "ui/public/screens/MoreBelowCue.h"
#include "ui/public/screens/OutcomeLayout.h"
#include "ui/public/screens/ScreenParts.h"
#include "ui/widgets/CenteredColumn.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QScroller>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

OutcomeScreen::OutcomeScreen(QWidget *parent)
    : PublicScreen(VisitModel::Screen::Outcome, parent)
    , m_scroll(ScreenParts::scrollArea(this))
    , m_body(new CenteredColumn)
    , m_heading(ScreenParts::label(QStringLiteral("heading"), m_body))
    , m_message(ScreenParts::label(QString(), m_body))
    , m_closedNotice(new QFrame(m_body))
    , m_closedText(ScreenParts::label(QString(), m_closedNotice))
    , m_layout(new OutcomeLayout)
    , m_navigation(new NavigationBar(true, this))
    , m_moreBelow(new MoreBelowCue(m_scroll, m_navigation))
    , m_minuteTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("outcomeScreen"));
    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setFocusPolicy(Qt::ClickFocus); // a screen change moves focus here
    m_message->setObjectName(QStringLiteral("message"));
    m_closedNotice->setObjectName(QStringLiteral("closedNotice"));
    m_closedNotice->setProperty("role", QStringLiteral("notice"));
    m_closedText->setObjectName(QStringLiteral("closedNoticeText"));
    auto *noticeLayout = new QVBoxLayout(m_closedNotice);
    noticeLayout->addWidget(m_closedText);
    m_closedNotice->hide();

    QVBoxLayout *column = m_body->column();
    column->addLayout(m_layout);
    column->addStretch(1);
    for (QWidget *part : {static_cast<QWidget *>(m_heading), static_cast<QWidget *>(m_message),
                          static_cast<QWidget *>(m_closedNotice)})
        OutcomeLayout::addTo(m_layout->primaryColumn(), part);
    m_navigation->setMiddle(m_moreBelow);

    // Less air above and below than other screens: the outcome is the one that must fit.
    m_body->setVerticalBaseMargins(12, 8);

    m_scroll->setObjectName(QStringLiteral("outcomeScroll"));
    // The scroll area styled its bar as it was made, before this screen had the name kiosk.qss
    // gives the outcome's wider, touch-sized bar: styled again now, so it is that wide from the
    // first outcome on, not only after the denser type or a restyle.
    QScrollBar *bar = m_scroll->verticalScrollBar();
    bar->style()->polish(bar);
    m_scroll->setWidget(m_body);
    ScreenParts::layOutPage(this, m_scroll, m_navigation);

    m_minuteTimer->setObjectName(QStringLiteral("minuteTimer"));
    m_minuteTimer->setSingleShot(true);
    connect(m_minuteTimer, &QTimer::timeout, this, &OutcomeScreen::refreshAvailability);
    connect(m_navigation, &NavigationBar::backRequested, this, &OutcomeScreen::backRequested);
    connect(m_navigation, &NavigationBar::startAgainRequested, this,
            &OutcomeScreen::startAgainRequested);
}

void OutcomeScreen::setClock(const Clock &clock)
{
    m_clock = clock;
}

void OutcomeScreen::showOutcome(const Content &content, const PathwayNode &outcome,
                                const QString &language)
{
    m_content = &content;
    m_outcome = outcome;
    m_outcomeId = outcome.id;
    m_language = language;
    ScreenParts::setText(m_heading, outcome.text.text(language));
    ScreenParts::setText(m_message, outcome.message.text(language));
    m_message->setVisible(!outcome.message.isEmpty());
    if (cardsBuiltFor(content, outcome.id, language)) {
        reuseCards();
    } else {
        rebuildCards();
        fitToScreen();
        m_builtFor = {&content, outcome.id, language};
    }
    m_scroll->verticalScrollBar()->setValue(0);
    armMinuteTimer();
}

void OutcomeScreen::present(const VisitModel &visit, const QString &language)
{
    showOutcome(visit.content(), *visit.currentNode(), language);
}

void OutcomeScreen::otherShown(const VisitModel &, const QString &)
{
    leave(); // its minute timer only runs while it is shown
}

void OutcomeScreen::forwardTo(VisitModel *visit)
{
    connect(this, &OutcomeScreen::backRequested, visit, &VisitModel::goBack);
    connect(this, &OutcomeScreen::startAgainRequested, visit, &VisitModel::startAgain);
}

bool OutcomeScreen::cardsBuiltFor(const Content &content, const QString &outcomeId,
                                  const QString &language) const
{
    return !m_cards.isEmpty() && m_builtFor.content == &content &&
           m_builtFor.outcomeId == outcomeId && m_builtFor.language == language;
}

void OutcomeScreen::reuseCards()
{
    // Only what the time changes; the order can change too (an alternative opened), and then
    // the cards are built again as the minute timer would.
    const OutcomeAvailability availability(*m_content, m_outcome, m_clock.now());
    const QList<ChannelAvailability> order = availability.inShowingOrder();
    const QString notice = availability.closedNotice(m_language);
    bool same = order.size() == m_cards.size() && notice == m_closedText->text();
    for (int i = 0; same && i < order.size(); ++i)
        same = order.at(i).ref() == m_cards.at(i)->ref();
    if (!same) {
        rebuildCards();
        fitToScreen();
        return;
    }
    for (int i = 0; i < order.size(); ++i)
        m_cards.at(i)->setAvailability(order.at(i));
    if (!m_fitted)
        fitToScreen();
}

void OutcomeScreen::leave()
{
    m_minuteTimer->stop();
    m_outcomeId.clear();
    QScroller::scroller(m_scroll->viewport())->stop();
    m_scroll->verticalScrollBar()->setValue(0);
}

void OutcomeScreen::clear()
{
    m_minuteTimer->stop();
    removeCards();
    m_builtFor = {};
    m_content = nullptr;
    m_outcome = PathwayNode();
    m_outcomeId.clear();
    m_heading->clear();
    m_message->clear();
    m_closedText->clear();
    m_closedNotice->hide();
    QScroller::scroller(m_scroll->viewport())->stop();
    m_scroll->verticalScrollBar()->setValue(0);
}

void OutcomeScreen::dropCardsNotIn(const QString &language)
{
    if (m_cards.isEmpty() || m_builtFor.language == language)
        return;
    // Deleted now: a card waiting for deletion would still be restyled with the window.
    removeCards(Deletion::Now);
    m_builtFor = {};
}

void OutcomeScreen::refreshAvailability()
{
    if (!m_content || m_outcomeId.isEmpty())
        return; // nothing shown (kept cards are brought up to date when shown again)
    const OutcomeAvailability availability(*m_content, m_outcome, m_clock.now());
    const QList<ChannelAvailability> order = availability.inShowingOrder();
    bool sameOrder = order.size() == m_cards.size();
    for (int i = 0; sameOrder && i < order.size(); ++i)
        sameOrder = order.at(i).ref() == m_cards.at(i)->ref();
    if (sameOrder) {
        for (int i = 0; i < order.size(); ++i)
            m_cards.at(i)->setAvailability(order.at(i));
    } else {
        const int scrolled = m_scroll->verticalScrollBar()->value();
        rebuildCards();
        fitToScreen();
        m_scroll->verticalScrollBar()->setValue(scrolled);
    }
    armMinuteTimer();
}

void OutcomeScreen::rebuildCards()
{
    removeCards();
    const OutcomeAvailability availability(*m_content, m_outcome, m_clock.now());
    const QString notice = availability.closedNotice(m_language);
    ScreenParts::setText(m_closedText, notice);
    m_closedNotice->setVisible(!notice.isEmpty());
    const QList<ChannelAvailability> order = availability.inShowingOrder();
    // Made inside the widget whose layout holds them: moved there later, each card and every
    // label in it would be styled again.
    QWidget *page = m_layout->parentWidget();
    // Side by side, the columns share the page equally unless one's words need more.
    const int cardWidth = m_layout->shape() == OutcomeLayout::Shape::TwoColumns
                              ? (page->width() - m_layout->spacing()) / 2
                              : page->width();
    for (int i = 0; i < order.size(); ++i) {
        if (i == 1) {
            auto *others = ScreenParts::label(QStringLiteral("subheading"), page,
                                              tr("Other ways to get help"));
            others->setObjectName(QStringLiteral("alternativesHeading"));
            m_layout->addOther(others, true);
            others->show();
            m_cardHeadings << others;
            // One caption for every code below, rather than one under each.
            const bool codes =
                std::any_of(order.cbegin() + 1, order.cend(), [](const ChannelAvailability &way) {
                    return way.channel() && ChannelText::isWebAddress(*way.channel());
                });
            if (codes) {
                auto *caption =
                    ScreenParts::label(QStringLiteral("small"), page, ChannelCard::scanCaption());
                caption->setObjectName(QStringLiteral("scanCaption"));
                m_layout->addOther(caption, true);
                caption->show();
                m_cardHeadings << caption;
            }
        }
        auto *card = new ChannelCard(
            order.at(i),
            i == 0 ? ChannelCard::Prominence::Primary : ChannelCard::Prominence::Alternative,
            m_language, order.at(i).ref().service == order.at(0).ref().service, page);
        card->applyScale(m_scale);
        // Showing lays the card out: at the width its column will most likely have, not at a
        // new widget's, which would only be laid out again (each label's words measured twice).
        if (cardWidth > 0)
            card->resize(cardWidth, card->height());
        if (i == 0)
            OutcomeLayout::addTo(m_layout->primaryColumn(), card);
        else
            m_layout->addOther(card);
        card->show(); // now, not from the event loop: the screen is complete at once
        m_cards << card;
    }
}

void OutcomeScreen::fitToScreen()
{
    // The outcome's own type with the primary beside the other ways first; then the denser
    // type; then, in two columns, the other ways flowing on under the primary card, as few as
    // need to. Large text may still scroll, as little as the flow allows, and then "More below"
    // says so.
    m_layout->setFlow(0);
    setDense(false);
    if (m_content && !fitsWithoutScrolling()) {
        setDense(true);
        if (!fitsWithoutScrolling())
            flowToFit();
    }
    // Qt measures the new outcome at the width the last one left: with its scroll bar, an
    // outcome that fits the whole width would scroll. Forget the bar, then let the area measure.
    m_scroll->verticalScrollBar()->setRange(0, 0);
    QCoreApplication::sendPostedEvents(m_scroll, QEvent::MetaCall); // the area hides its bar
    QEvent request(QEvent::LayoutRequest);
    QCoreApplication::sendEvent(m_scroll, &request);
    m_fitted = true;
}

void OutcomeScreen::flowToFit()
{
    // In the denser type only: restyling every widget costs more than measuring, and what fits
    // flowed in the outcome's own type fits flowed in the denser one too.
    int lowest = bodyHeight();
    int shortest = 0;
    for (const int count : m_layout->flowChoices()) {
        if (count == 0)
            continue;
        m_layout->setFlow(count);
        const int height = bodyHeight();
        if (height <= m_scroll->height())
            return;
        // The primary's column only grows as more flow into it, the other only shrinks: once
        // the outcome grows again, more would only make it taller.
        if (height >= lowest)
            break;
        lowest = height;
        shortest = count;
    }
    m_layout->setFlow(shortest); // scrolling least
}

int OutcomeScreen::bodyHeight() const
{
    m_body->ensurePolished();
    // Each card, and the column inside m_body, tells its parent of a new height only when its own
    // layout runs, which Qt posts for later: run them now, innermost first (findChildren lists a
    // widget before its children), or the height measured is the last outcome's.
    const QList<QWidget *> widgets = m_body->findChildren<QWidget *>();
    for (auto it = widgets.crbegin(); it != widgets.crend(); ++it) {
        if (QLayout *layout = (*it)->layout())
            layout->activate();
    }
    if (QLayout *layout = m_body->layout())
        layout->activate();
    // The whole width, as the scroll bar is not there when everything fits.
    return m_body->heightForWidth(m_scroll->width());
}

bool OutcomeScreen::fitsWithoutScrolling() const
{
    return bodyHeight() <= m_scroll->height();
}

void OutcomeScreen::setDense(bool dense)
{
    if (dense == m_dense)
        return;
    m_dense = dense;
    m_layout->setDense(dense);
    setProperty("dense", dense);
    // The rules name this screen as an ancestor: every widget under it is styled again. (Only
    // its labels' sizes change, but polishing the labels alone made painting the outcome dearer
    // than the polish saved: measured, +1.2 G instructions of painting against -0.3 G.)
    QStyle *style = this->style();
    const QList<QWidget *> widgets = findChildren<QWidget *>();
    for (QWidget *widget : QList<QWidget *>{this} + widgets) {
        style->unpolish(widget);
        style->polish(widget);
    }
}

void OutcomeScreen::removeCards(Deletion deletion)
{
    m_layout->removeOthers();
    for (QWidget *widget : m_cardHeadings + QList<QWidget *>(m_cards.begin(), m_cards.end())) {
        widget->hide();
        m_layout->primaryColumn()->removeWidget(widget);
        if (deletion == Deletion::Now)
            delete widget;
        else
            widget->deleteLater();
    }
    m_cards.clear();
    m_cardHeadings.clear();
}

void OutcomeScreen::armMinuteTimer()
{
    // Aim just past the next minute boundary of the injected clock.
    const QTime now = m_clock.now().time();
    const int intoMinute = now.second() * 1000 + now.msec();
    m_minuteTimer->start(60000 - intoMinute + 20);
}

void OutcomeScreen::resizeEvent(QResizeEvent *event)
{
    // The window's shape, not this screen's (the header and strip take some of its height).
    const OutcomeLayout::Shape shape = OutcomeLayout::shapeFor(window()->size());
    m_layout->setShape(shape);
    // Two columns use the width a landscape screen has; one column stays a readable measure.
    m_body->setMaximumBaseWidth(shape == OutcomeLayout::Shape::TwoColumns ? 1840 : 1280);
    QWidget::resizeEvent(event);
    fitToScreen();
}

void OutcomeScreen::changeEvent(QEvent *event)
{
    // The window's style sheet changed (text size, contrast, language's fonts): kept cards
    // are fitted again when next shown. setDense() polishes without this event.
    if (event->type() == QEvent::StyleChange)
        m_fitted = false;
    QWidget::changeEvent(event);
}

void OutcomeScreen::applyScale(double scale)
{
    m_scale = scale;
    m_body->applyScale(scale);
    m_layout->applyScale(scale);
    m_navigation->applyScale(scale);
    for (ChannelCard *card : std::as_const(m_cards))
        card->applyScale(scale);
}

void OutcomeScreen::retranslate()
{
    m_navigation->retranslate();
    m_moreBelow->retranslate();
}

QList<QWidget *> OutcomeScreen::focusOrder() const
{
    QList<QWidget *> order{m_heading};
    for (ChannelCard *card : m_cards)
        order << card;
    order << m_navigation->backButton() << m_navigation->startAgainButton();
    return order;
}
