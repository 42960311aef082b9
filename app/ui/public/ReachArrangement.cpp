// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/public/ReachArrangement.h"

#include <QEvent>
#include <QVBoxLayout>
#include <QWidget>

ReachArrangement::ReachArrangement(QWidget *window, QWidget *header, QWidget *strip,
                                   QWidget *screens)
    : QObject(window)
    , m_window(window)
    , m_header(header)
    , m_strip(strip)
    , m_screens(screens)
    , m_above(new QWidget(window))
    , m_bands(new QVBoxLayout(window))
    , m_aboveBands(new QVBoxLayout(m_above))
{
    m_above->setObjectName(QStringLiteral("outOfReach"));
    m_above->hide();
    m_above->installEventFilter(this);
    m_aboveBands->setContentsMargins(0, 0, 0, 0);
    m_aboveBands->setSpacing(0);
    m_bands->setContentsMargins(0, 0, 0, 0);
    m_bands->setSpacing(0);
    // The window is the size of the screen; the screens scroll rather than make it grow.
    m_bands->setSizeConstraint(QLayout::SetNoConstraint);
    arrange();
}

void ReachArrangement::setLayout(ReachZone::Layout layout)
{
    if (layout == m_layout)
        return;
    m_layout = layout;
    arrange();
}

QRect ReachArrangement::zone() const
{
    return ReachZone::of(m_window->size(), m_layout);
}

void ReachArrangement::arrange()
{
    for (QWidget *band : {m_above, m_header, m_strip, m_screens}) {
        m_bands->removeWidget(band);
        m_aboveBands->removeWidget(band);
    }
    while (QLayoutItem *item = m_aboveBands->takeAt(0))
        delete item; // the stretch
    if (m_layout == ReachZone::Layout::LowReach) {
        // The strip at the foot of the band above, nearest a seated visitor's eyes.
        m_aboveBands->addStretch(1);
        m_aboveBands->addWidget(m_strip);
        m_bands->addWidget(m_above);
        m_bands->addWidget(m_header);
        m_bands->addWidget(m_screens, 1);
        m_above->show();
        m_strip->show();
    } else {
        m_above->hide();
        m_bands->addWidget(m_header);
        m_bands->addWidget(m_strip);
        m_bands->addWidget(m_screens, 1);
        m_strip->show();
    }
    fit();
}

void ReachArrangement::fit()
{
    // At least down to the zone's top edge; more only if the strip needs it (larger text on a
    // short screen), which moves the header further into the zone, never out of it.
    m_above->setMinimumHeight(m_layout == ReachZone::Layout::LowReach ? zone().top() : 0);
    m_bands->invalidate();
    m_bands->activate(); // now, so an overlay opened next is placed below the moved header
}

bool ReachArrangement::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_above && event->type() == QEvent::MouseButtonPress) {
        emit outOfReachTouched();
        return true;
    }
    return QObject::eventFilter(watched, event);
}
