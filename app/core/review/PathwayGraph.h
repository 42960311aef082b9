// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"

#include <QList>
#include <QString>
#include <QStringList>

// The pathways as a graph for the review pack's map: every question and outcome once, each
// answer an edge, with what a reviewer checks on the picture (depth from the start, each
// outcome's primary service and number, the danger-first routes). Pure: the ui lays it out.
class PathwayGraph
{
public:
    struct Node
    {
        QString id;
        bool outcome = false;
        QString text;             // the question, or the outcome's heading
        int depth = -1;           // fewest choices from the start; -1 when no route reaches it
        QString service;          // outcomes: the primary service's name ("… [local]": a pack's)
        QString channel;          // outcomes: the primary channel's label
        QString number;           // outcomes: the primary channel's number or address, as dialled
        bool emergency = false;   // outcomes whose primary is on the emergency strip (999)
        bool dangerCheck = false; // questions with an answer straight to an emergency outcome
    };
    struct Edge
    {
        QString from;
        QString to;
        QString answer;           // the answer's words
        bool dangerFirst = false; // the answer leading straight to an emergency outcome
    };

    // The graph of `content` in `language` (services' names and channel labels in it too).
    static PathwayGraph build(const Content &content, const QString &language);
    // Node ids breadth-first from the start in answer order, then any no route reaches.
    static QStringList visitOrder(const Content &content);

    // One graph per answer on the start screen (each audience's part), start node included;
    // a node two audiences share is in both.
    QList<PathwayGraph> byAudience() const;

    QString title; // empty for the whole map; the audience's answer for byAudience()
    QString start;
    QList<Node> nodes;
    QList<Edge> edges;

    const Node *node(const QString &id) const;
    int maxDepth() const;
};
