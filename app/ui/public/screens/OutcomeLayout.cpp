// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/public/screens/OutcomeLayout.h"

#include "ui/public/Theme.h"

#include <QSize>
#include <QVBoxLayout>
#include <QWidget>

#include <algorithm>

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
    setFlow(0);
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
    const int gap = Theme::pixels(m_dense ? 10 : 14, scale);
    m_primary->setSpacing(gap);
    m_others->setSpacing(Theme::pixels(m_dense ? 6 : 10, scale));
    setSpacing(m_shape == Shape::TwoColumns ? Theme::pixels(40, scale) : gap);
}

void OutcomeLayout::setDense(bool dense)
{
    m_dense = dense;
    applyScale(m_scale);
}

void OutcomeLayout::addOther(QWidget *widget, bool keepWithNext)
{
    m_otherWays.append({widget, keepWithNext});
    addTo(m_flow >= m_otherWays.size() ? m_primary : m_others, widget);
}

void OutcomeLayout::removeOthers()
{
    for (const Other &other : std::as_const(m_otherWays)) {
        m_primary->removeWidget(other.widget);
        m_others->removeWidget(other.widget);
    }
    m_otherWays.clear();
    m_flow = 0;
}

QList<int> OutcomeLayout::flowChoices() const
{
    QList<int> choices{0};
    if (m_shape != Shape::TwoColumns)
        return choices;
    // At least one stays beside the primary, and a heading goes with what follows it.
    for (int count = 1; count < m_otherWays.size(); ++count) {
        if (!m_otherWays.at(count - 1).keepWithNext)
            choices << count;
    }
    return choices;
}

void OutcomeLayout::setFlow(int count)
{
    count = std::clamp(count, 0, int(m_otherWays.size()));
    if (count == m_flow)
        return;
    m_flow = count;
    for (const Other &other : std::as_const(m_otherWays)) {
        m_primary->removeWidget(other.widget);
        m_others->removeWidget(other.widget);
    }
    for (int i = 0; i < m_otherWays.size(); ++i)
        addTo(i < count ? m_primary : m_others, m_otherWays.at(i).widget);
}
