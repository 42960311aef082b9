// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/review/PathwayGraph.h"

#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <functional>

// Where the review pack's pathway map puts each box and arrow: laid out by Graphviz's dot in
// process (libgvc), read back as positions and curves; nothing is drawn by Graphviz, so every
// script is drawn by Qt's fonts (PathwayMapPainter). Units are points, y downwards.
class PathwayMapLayout
{
public:
    struct Arrow
    {
        QString from;
        QString to;
        QPainterPath path; // the curve from box to box, ending where the head starts
        QPointF tip;       // where the arrow head points
        QPointF labelAt;   // the centre of its label (the answer numbers)
        QString label;
        bool dangerFirst = false;
    };

    // `boxSize` gives each node's box in points.
    static PathwayMapLayout
    layOut(const PathwayGraph &graph,
           const std::function<QSizeF(const PathwayGraph::Node &)> &boxSize);
    // The label an arrow carries: the numbers of the answers it stands for ("1", "2, 3").
    static QString arrowLabel(const PathwayGraph &graph, const PathwayGraph::Edge &edge);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QSizeF size() const { return m_size; }
    QRectF box(const QString &id) const { return m_boxes.value(id); }
    const QList<Arrow> &arrows() const { return m_arrows; }

private:
    QString m_error;
    QSizeF m_size;
    QHash<QString, QRectF> m_boxes;
    QList<Arrow> m_arrows;
};
