// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/public/screens/OutcomeLayout.h"

#include "ui/public/Theme.h"

#include <QSize>
#include <QVBoxLayout>

OutcomeLayout::OutcomeLayout()
    : QBoxLayout(QBoxLayout::TopToBottom)
    , m_primary(new QVBoxLayout)
    , m_others(new QVBoxLayout)
{
    setContentsMargins(0, 0, 0, 0);
    for (QVBoxLayout *column : {m_primary, m_others}) {
        column->setContentsMargins(0, 0, 0, 0);
        column->addStretch(1);
    }
    addLayout(m_primary, 1);
    addLayout(m_others, 1);
    applyScale(1.0);
}

OutcomeLayout::Shape OutcomeLayout::shapeFor(const QSize &screen)
{
    return qint64(screen.width()) * 3 > qint64(screen.height()) * 4 ? Shape::TwoColumns
                                                                    : Shape::OneColumn;
}

void OutcomeLayout::setShape(Shape shape)
{
    if (shape == m_shape)
        return;
    m_shape = shape;
    // LeftToRight is mirrored by Qt in a right-to-left language: the primary stays first.
    setDirection(shape == Shape::TwoColumns ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    applyScale(m_scale);
}

void OutcomeLayout::addTo(QVBoxLayout *column, QWidget *widget)
{
    column->insertWidget(column->count() - 1, widget);
}

void OutcomeLayout::applyScale(double scale)
{
    m_scale = scale;
    const int gap = Theme::pixels(14, scale);
    m_primary->setSpacing(gap);
    m_others->setSpacing(Theme::pixels(10, scale));
    setSpacing(m_shape == Shape::TwoColumns ? Theme::pixels(40, scale) : gap);
}
