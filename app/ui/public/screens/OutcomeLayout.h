// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBoxLayout>
#include <QList>

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
    // Closer together with the outcome's denser type (OutcomeScreen::isDense()).
    void setDense(bool dense);

    // The other ways in, in reading order, into the other column; `keepWithNext` holds a heading
    // or caption to what follows it, so a flow never leaves it at the foot of a column.
    void addOther(QWidget *widget, bool keepWithNext = false);
    void removeOthers(); // out of the layout (the caller deletes them)
    // Two columns flow like a page's when the other ways are too tall beside the primary: the
    // first `count` of them continue under the primary card, the rest stay beside it. The
    // counts allowed, 0 (none flows) first; only 0 in one column, where it would change nothing.
    QList<int> flowChoices() const;
    void setFlow(int count);
    int flow() const { return m_flow; }

private:
    struct Other
    {
        QWidget *widget;
        bool keepWithNext;
    };

    QVBoxLayout *m_primary;
    QVBoxLayout *m_others;
    QList<Other> m_otherWays;
    Shape m_shape = Shape::OneColumn;
    double m_scale = 1.0;
    bool m_dense = false;
    int m_flow = 0;
};
