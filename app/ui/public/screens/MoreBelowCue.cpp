// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/public/screens/MoreBelowCue.h"

#include "ui/public/screens/ScreenParts.h"

#include <QScrollArea>
#include <QScrollBar>

MoreBelowCue::MoreBelowCue(QScrollArea *area, QWidget *parent)
    : QLabel(parent)
    , m_area(area)
{
    setObjectName(QStringLiteral("moreBelow"));
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::NoTextInteraction);
    setAlignment(Qt::AlignCenter);
    setProperty("role", QStringLiteral("sectionHeading"));
    // Keeps its place in the row when hidden, so Back and Start again never move.
    QSizePolicy policy = sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    setSizePolicy(policy);
    QScrollBar *bar = area->verticalScrollBar();
    connect(bar, &QScrollBar::rangeChanged, this, &MoreBelowCue::follow);
    connect(bar, &QScrollBar::valueChanged, this, &MoreBelowCue::follow);
    retranslate();
    hide();
}

bool MoreBelowCue::isDue() const
{
    return m_due;
}

void MoreBelowCue::retranslate()
{
    ScreenParts::setText(this, tr("More below"));
    setAccessibleName(tr("More below"));
}

void MoreBelowCue::follow()
{
    const QScrollBar *bar = m_area->verticalScrollBar();
    const bool due = bar->maximum() > 0 && bar->value() < bar->maximum();
    setVisible(due);
    if (due != m_due) {
        m_due = due;
        emit dueChanged(due);
    }
}
