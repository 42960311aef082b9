// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/review/PathwayGraph.h"
#include "ui/export/PathwayMapLayout.h"

#include <QList>
#include <QRectF>

class QPaintDevice;
class QPainter;

// Draws the review pack's pathway map: each question with its numbered answers, each outcome
// with its primary service and number, the depth of each from the start, and the danger-first
// routes in red; boxes and arrows where PathwayMapLayout (Graphviz) put them, text by Qt.
class PathwayMapPainter
{
public:
    explicit PathwayMapPainter(QPaintDevice *device);

    // The map's pages for `area` (device units): the whole map, every node once; when its words
    // are too small to read at that size, then also one page per audience (each answer on the
    // start screen), larger.
    QList<PathwayGraph> pages(const PathwayGraph &whole, const QSizeF &area) const;
    // Lays `graph` out and draws it inside `area`, scaled down to fit; false (and `error`) if
    // Graphviz could not lay it out.
    bool paint(QPainter &painter, const QRectF &area, const PathwayGraph &graph,
               QString *error = nullptr) const;

private:
    PathwayMapLayout layOut(const PathwayGraph &graph) const;
    QSizeF boxSize(const PathwayGraph &graph, const PathwayGraph::Node &node) const;
    QStringList boxLines(const PathwayGraph &graph, const PathwayGraph::Node &node) const;
    double scaleFor(const PathwayMapLayout &layout, const QSizeF &area) const;
    void paintBox(QPainter &painter, const QRectF &box, const PathwayGraph &graph,
                  const PathwayGraph::Node &node, double scale) const;

    QPaintDevice *m_device;
    double m_unit; // device units per point
};
