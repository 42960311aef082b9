#include "PrivacyScreen.h"

#include "CenteredColumn.h"
#include "NavigationBar.h"
#include "ScreenParts.h"

#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QScroller>
#include <QVBoxLayout>

PrivacyScreen::PrivacyScreen(QWidget *parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea(this))
    , m_body(new CenteredColumn)
    , m_navigation(new NavigationBar(false, this))
{
    setObjectName(QStringLiteral("privacyScreen"));
    QVBoxLayout *column = m_body->column();
    auto *heading = ScreenParts::label(QStringLiteral("heading"), m_body,
                                       tr("How this screen protects your privacy"));
    heading->setObjectName(QStringLiteral("heading"));
    column->addWidget(heading);

    column->addWidget(
        ScreenParts::label(QStringLiteral("subheading"), m_body, tr("What this screen does")));
    for (const QString &line :
         {tr("It keeps no record of what you choose. Nothing is saved."),
          tr("It sends nothing anywhere."),
          tr("Everything is wiped when you press “Leave this screen”, or when nobody has "
             "touched it for a short time."),
          tr("You never have to type your name or anything about yourself.")}) {
        column->addWidget(ScreenParts::label(QString(), m_body, tr("•  %1").arg(line)));
    }

    column->addWidget(
        ScreenParts::label(QStringLiteral("subheading"), m_body, tr("What you should know")));
    for (const QString &line :
         {tr("If you call a number, the call shows in your phone’s call history."),
          tr("If you scan a code, the address is kept in your phone’s browser history."),
          tr("People near you may be able to see this screen. You can leave it at any time: "
             "press “Leave this screen” at the top, or press Shift 3 times.")}) {
        column->addWidget(ScreenParts::label(QString(), m_body, tr("•  %1").arg(line)));
    }
    column->addStretch(1);

    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_body);
    QScroller::grabGesture(m_scroll->viewport(), QScroller::LeftMouseButtonGesture);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_navigation);
    connect(m_navigation, &NavigationBar::backRequested, this, &PrivacyScreen::backRequested);
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
