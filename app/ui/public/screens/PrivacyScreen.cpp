// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/public/screens/PrivacyScreen.h"

#include "ui/public/NavigationBar.h"
#include "ui/public/screens/ScreenParts.h"
#include "ui/widgets/CenteredColumn.h"

#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QScroller>
#include <QVBoxLayout>

namespace {

constexpr int doesLines = 4;
constexpr int knowLines = 3;

} // namespace

PrivacyScreen::PrivacyScreen(QWidget *parent)
    : PublicScreen(VisitModel::Screen::Privacy, parent)
    , m_scroll(ScreenParts::scrollArea(this))
    , m_body(new CenteredColumn)
    , m_navigation(new NavigationBar(false, this))
    , m_heading(ScreenParts::label(QStringLiteral("heading"), m_body))
    , m_doesHeading(ScreenParts::label(QStringLiteral("subheading"), m_body))
    , m_knowHeading(ScreenParts::label(QStringLiteral("subheading"), m_body))
{
    setObjectName(QStringLiteral("privacyScreen"));
    QVBoxLayout *column = m_body->column();
    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setFocusPolicy(Qt::ClickFocus); // a screen change moves focus here
    column->addWidget(m_heading);
    column->addWidget(m_doesHeading);
    for (int i = 0; i < doesLines; ++i) {
        m_does << ScreenParts::label(QString(), m_body);
        column->addWidget(m_does.constLast());
    }
    column->addWidget(m_knowHeading);
    for (int i = 0; i < knowLines; ++i) {
        m_know << ScreenParts::label(QString(), m_body);
        column->addWidget(m_know.constLast());
    }
    column->addStretch(1);

    m_scroll->setWidget(m_body);
    ScreenParts::layOutPage(this, m_scroll, m_navigation);
    connect(m_navigation, &NavigationBar::backRequested, this, &PrivacyScreen::backRequested);
    retranslate();
}

void PrivacyScreen::present(const VisitModel &, const QString &)
{
    clear();
}

void PrivacyScreen::forwardTo(VisitModel *visit)
{
    connect(this, &PrivacyScreen::backRequested, visit, &VisitModel::closePrivacy);
}

void PrivacyScreen::retranslate()
{
    ScreenParts::setText(m_heading, tr("How this screen protects your privacy"));
    ScreenParts::setText(m_doesHeading, tr("What this screen does"));
    const QStringList does{
        tr("It keeps no record of what you choose. Nothing is saved."),
        tr("It sends nothing anywhere."),
        tr("Everything is wiped when you press “Leave this screen”, or when nobody has "
           "touched it for a short time."),
        tr("You never have to type your name or anything about yourself.")};
    for (int i = 0; i < doesLines; ++i)
        ScreenParts::setText(m_does.at(i), tr("•  %1").arg(does.at(i)));
    ScreenParts::setText(m_knowHeading, tr("What you should know"));
    const QStringList know{
        tr("If you call a number, the call shows in your phone’s call history."),
        tr("If you scan a code, the address is kept in your phone’s browser history."),
        tr("People near you may be able to see this screen. You can leave it at any time: "
           "press “Leave this screen” at the top, or press Shift 3 times.")};
    for (int i = 0; i < knowLines; ++i)
        ScreenParts::setText(m_know.at(i), tr("•  %1").arg(know.at(i)));
    m_navigation->retranslate();
}

QList<QWidget *> PrivacyScreen::focusOrder() const
{
    return {m_heading, m_navigation->backButton()};
}

void PrivacyScreen::clear()
{
    QScroller::scroller(m_scroll->viewport())->stop();
    m_scroll->verticalScrollBar()->setValue(0);
}

void PrivacyScreen::applyScale(double scale)
{
    m_body->applyScale(scale);
    m_navigation->applyScale(scale);
}
