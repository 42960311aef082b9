// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBoxLayout>

class QVBoxLayout;

// How the outcome screen arranges the answer for the screen's shape. Landscape, wider than 4:3:
// two columns, the primary service (heading, message, its card with the number) beside the
// other ways in, so a kiosk visitor sees every way and every QR code without scrolling.
// Portrait or squarer: one column, primary first. Mirrors in right-to-left languages like any
// Qt layout.
class OutcomeLayout : public QBoxLayout
{
    Q_OBJECT
public:
    enum class Shape
    {
        OneColumn,
        TwoColumns,
    };

    OutcomeLayout();

    static Shape shapeFor(const QSize &screen); // TwoColumns when wider than 4:3
    Shape shape() const { return m_shape; }
    void setShape(Shape shape);
    // Each ends in a stretch: add before it with addTo().
    QVBoxLayout *primaryColumn() const { return m_primary; }
    QVBoxLayout *otherColumn() const { return m_others; }
    static void addTo(QVBoxLayout *column, QWidget *widget);
    void applyScale(double scale);

private:
    QVBoxLayout *m_primary;
    QVBoxLayout *m_others;
    Shape m_shape = Shape::OneColumn;
    double m_scale = 1.0;
};
