// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QVBoxLayout;

// A column of limited width centred in the available space, so lines stay readable on wide
// landscape screens and use the full width on portrait ones.
class CenteredColumn : public QWidget
{
    Q_OBJECT
public:
    explicit CenteredColumn(QWidget *parent = nullptr);

    QVBoxLayout *column() const { return m_column; }
    void applyScale(double scale);
    // The widest the column may be, in pixels at scale 1 (1280 unless set).
    void setMaximumBaseWidth(int basePixels);
    // The air above and below the column, in pixels at scale 1 (28 and 20 unless set).
    void setVerticalBaseMargins(int top, int bottom);

private:
    int m_maximumBaseWidth = 1280;
    int m_topBaseMargin = 28;
    int m_bottomBaseMargin = 20;
    double m_scale = 1.0;
    QWidget *m_inner;
    QVBoxLayout *m_column;
};
