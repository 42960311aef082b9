// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/public/NavigationBar.h"

#include "ui/public/Theme.h"
#include "ui/public/screens/ScreenParts.h"

#include <QHBoxLayout>

NavigationBar::NavigationBar(bool withStartAgain, QWidget *parent)
    : QWidget(parent)
    , m_back(ScreenParts::secondaryButton(tr("Back"), QStringLiteral("backButton"), this))
{
    setObjectName(QStringLiteral("navigationBar"));
    auto *row = new QHBoxLayout(this);
    row->addWidget(m_back);
    row->addStretch(1);
    connect(m_back, &QPushButton::clicked, this, &NavigationBar::backRequested);
    if (withStartAgain) {
        m_startAgain = ScreenParts::secondaryButton(tr("Start again"),
                                                    QStringLiteral("startAgainButton"), this);
        row->addWidget(m_startAgain);
        connect(m_startAgain, &QPushButton::clicked, this, &NavigationBar::startAgainRequested);
    }
    applyScale(1.0);
}

void NavigationBar::retranslate()
{
    ScreenParts::setButtonText(m_back, tr("Back"));
    if (m_startAgain)
        ScreenParts::setButtonText(m_startAgain, tr("Start again"));
}

void NavigationBar::setMiddle(QWidget *widget)
{
    auto *row = static_cast<QHBoxLayout *>(layout());
    row->insertWidget(2, widget);
    row->insertStretch(3, 1);
}

void NavigationBar::applyScale(double scale)
{
    const int side = Theme::pixels(40, scale);
    layout()->setContentsMargins(side, Theme::pixels(12, scale), side, Theme::pixels(20, scale));
    for (QPushButton *button : {m_back, m_startAgain}) {
        if (button)
            button->setMinimumWidth(Theme::pixels(220, scale));
    }
}
