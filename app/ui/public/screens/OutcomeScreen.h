// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"
#include "core/hours/Clock.h"
#include "ui/public/screens/PublicScreen.h"

#include <QLabel>
#include <QTimer>

class CenteredColumn;
class ChannelCard;
class MoreBelowCue;
class NavigationBar;
class OutcomeLayout;
class QFrame;
class QScrollArea;

// The helpline: the primary card with the number in very large type, open now or when it opens,
// then the alternatives, side by side on a landscape screen (OutcomeLayout); when the primary is
// closed now it says so and an open alternative leads. Open/closed is recomputed at each minute
// boundary while the screen is shown. "More below" shows while anything is out of sight.
class OutcomeScreen : public PublicScreen
{
    Q_OBJECT
public:
    explicit OutcomeScreen(QWidget *parent = nullptr);

    void setClock(const Clock &clock);
    // `content` must outlive the screen or the next clear().
    void showOutcome(const Content &content, const PathwayNode &outcome, const QString &language);
    void present(const VisitModel &visit, const QString &language) override;
    // Another screen of the same visit is shown: stop the minute timer. The cards stay built
    // (hidden), so the same outcome shown again in this visit (Back, then the same answer) is
    // not built again.
    void otherShown(const VisitModel &visit, const QString &language) override;
    void forwardTo(VisitModel *visit) override;
    // The visit is forgotten: drop the outcome and its cards, stop the minute timer, scroll to the
    // top.
    void clear() override;
    // The visit's language is about to change: cards in another language would only be restyled
    // and measured in the new fonts before being replaced, so they go now.
    void dropCardsNotIn(const QString &language);
    QString outcomeId() const { return m_outcomeId; }
    QList<ChannelCard *> cards() const { return m_cards; } // in showing order
    QScrollArea *scrollArea() const { return m_scroll; }
    NavigationBar *navigation() const { return m_navigation; }
    QLabel *heading() const override { return m_heading; }
    OutcomeLayout *outcomeLayout() const { return m_layout; }
    MoreBelowCue *moreBelow() const { return m_moreBelow; }
    bool isDense() const { return m_dense; } // the denser type, so the outcome fits
    void applyScale(double scale) override;
    void retranslate() override;
    QList<QWidget *> focusOrder() const override;

public slots:
    void refreshAvailability();

signals:
    void backRequested();
    void startAgainRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void leave(); // hide the outcome, keep its cards for this visit
    void rebuildCards();
    void fitToScreen();
    void flowToFit();
    int bodyHeight() const; // what the outcome needs at the scroll area's whole width
    bool fitsWithoutScrolling() const;
    void setDense(bool dense);
    enum class Deletion
    {
        Later,
        Now
    };
    void removeCards(Deletion deletion = Deletion::Later);
    void armMinuteTimer();
    bool cardsBuiltFor(const Content &content, const QString &outcomeId,
                       const QString &language) const;
    void reuseCards();

    Clock m_clock;
    const Content *m_content = nullptr;
    PathwayNode m_outcome;
    QString m_outcomeId;
    QString m_language;
    double m_scale = 1.0;
    bool m_dense = false;
    bool m_fitted = false; // false after a restyle: the denser type may be wrong now
    // What the built cards (m_cards) are for, kept while they are hidden (leave()).
    struct BuiltFor
    {
        const Content *content = nullptr;
        QString outcomeId;
        QString language;
    } m_builtFor;

    QScrollArea *m_scroll;
    CenteredColumn *m_body;
    QLabel *m_heading;
    QLabel *m_message;
    QFrame *m_closedNotice;
    QLabel *m_closedText;
    OutcomeLayout *m_layout;
    QList<ChannelCard *> m_cards;
    QList<QWidget *> m_cardHeadings;
    NavigationBar *m_navigation;
    MoreBelowCue *m_moreBelow;
    QTimer *m_minuteTimer;
};
