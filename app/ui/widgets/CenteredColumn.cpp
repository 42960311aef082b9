// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/CenteredColumn.h"

#include "ui/public/Theme.h"

#include <QHBoxLayout>
#include <QVBoxLayout>

CenteredColumn::CenteredColumn(QWidget *parent)
    : QWidget(parent)
    , m_inner(new QWidget(this))
    , m_column(new QVBoxLayout(m_inner))
{
    auto *row = new QHBoxLayout(this);
    row->addStretch(1);
    row->addWidget(m_inner, 100);
    row->addStretch(1);
    m_column->setContentsMargins(0, 0, 0, 0);
    applyScale(1.0);
}

void CenteredColumn::setMaximumBaseWidth(int basePixels)
{
    m_maximumBaseWidth = basePixels;
    applyScale(m_scale);
}

void CenteredColumn::setVerticalBaseMargins(int top, int bottom)
{
    m_topBaseMargin = top;
    m_bottomBaseMargin = bottom;
    applyScale(m_scale);
}

void CenteredColumn::applyScale(double scale)
{
    m_scale = scale;
    m_inner->setMaximumWidth(Theme::pixels(m_maximumBaseWidth, scale));
    const int side = Theme::pixels(40, scale);
    layout()->setContentsMargins(side, Theme::pixels(m_topBaseMargin, scale), side,
                                 Theme::pixels(m_bottomBaseMargin, scale));
    m_column->setSpacing(Theme::pixels(20, scale));
}
