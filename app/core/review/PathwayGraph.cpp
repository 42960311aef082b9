// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/review/PathwayGraph.h"

#include <QHash>
#include <QQueue>
#include <QSet>

#include <algorithm>

namespace {

// Breadth-first from `start` over `edges`: fewest choices to each node reached.
QHash<QString, int> depths(const QString &start, const QList<PathwayGraph::Edge> &edges)
{
    QHash<QString, int> depth{{start, 0}};
    QQueue<QString> queue;
    queue.enqueue(start);
    while (!queue.isEmpty()) {
        const QString id = queue.dequeue();
        for (const PathwayGraph::Edge &edge : edges) {
            if (edge.from != id || depth.contains(edge.to))
                continue;
            depth.insert(edge.to, depth.value(id) + 1);
            queue.enqueue(edge.to);
        }
    }
    return depth;
}

} // namespace

QStringList PathwayGraph::visitOrder(const Content &content)
{
    QStringList order;
    QSet<QString> seen;
    QQueue<QString> queue;
    if (content.node(content.startNode)) {
        queue.enqueue(content.startNode);
        seen.insert(content.startNode);
    }
    while (!queue.isEmpty()) {
        const QString id = queue.dequeue();
        order << id;
        for (const Answer &answer : content.node(id)->answers) {
            if (seen.contains(answer.next) || !content.node(answer.next))
                continue;
            seen.insert(answer.next);
            queue.enqueue(answer.next);
        }
    }
    for (const PathwayNode &node : content.nodes) {
        if (!seen.contains(node.id))
            order << node.id;
    }
    return order;
}

PathwayGraph PathwayGraph::build(const Content &content, const QString &language)
{
    PathwayGraph graph;
    graph.start = content.startNode;
    const auto isEmergency = [&content](const QString &id) {
        const PathwayNode *node = content.node(id);
        return node && node->isOutcome() && content.emergency.contains(node->primary);
    };
    for (const QString &id : visitOrder(content)) {
        const PathwayNode *source = content.node(id);
        Node node;
        node.id = id;
        node.outcome = source->isOutcome();
        node.text = source->text.text(language);
        if (node.outcome) {
            node.emergency = isEmergency(id);
            if (const Service *service = content.service(source->primary.service))
                node.service = service->local
                                   ? QStringLiteral("%1 [local]").arg(service->name.text(language))
                                   : service->name.text(language);
            if (const Channel *channel = content.channel(source->primary)) {
                node.channel = channel->label.text(language);
                node.number = channel->value;
            }
        }
        for (const Answer &answer : source->answers) {
            if (!content.node(answer.next))
                continue;
            const bool danger = isEmergency(answer.next);
            node.dangerCheck = node.dangerCheck || danger;
            // Several answers to the same screen are one arrow carrying all their words.
            const auto same = std::find_if(graph.edges.begin(), graph.edges.end(),
                                           [&id, &answer](const Edge &edge) {
                                               return edge.from == id && edge.to == answer.next;
                                           });
            if (same != graph.edges.end())
                same->answer += QLatin1Char('\n') + answer.text.text(language);
            else
                graph.edges << Edge{id, answer.next, answer.text.text(language), danger};
        }
        graph.nodes << node;
    }
    const QHash<QString, int> depth = depths(graph.start, graph.edges);
    for (Node &node : graph.nodes)
        node.depth = depth.value(node.id, -1);
    return graph;
}

QList<PathwayGraph> PathwayGraph::byAudience() const
{
    QList<PathwayGraph> parts;
    for (const Edge &first : edges) {
        if (first.from != start)
            continue;
        PathwayGraph part;
        part.title = first.answer;
        part.start = start;
        // What this answer leads to, without the start screen's other answers.
        QList<Edge> reachable{first};
        QSet<QString> inPart{start, first.to};
        QQueue<QString> queue;
        queue.enqueue(first.to);
        while (!queue.isEmpty()) {
            const QString id = queue.dequeue();
            for (const Edge &edge : edges) {
                if (edge.from != id || edge.from == start)
                    continue;
                reachable << edge;
                if (!inPart.contains(edge.to)) {
                    inPart.insert(edge.to);
                    queue.enqueue(edge.to);
                }
            }
        }
        for (const Node &node : nodes) {
            if (inPart.contains(node.id))
                part.nodes << node; // depths stay those of the whole map
        }
        part.edges = reachable;
        parts << part;
    }
    return parts;
}

const PathwayGraph::Node *PathwayGraph::node(const QString &id) const
{
    for (const Node &each : nodes) {
        if (each.id == id)
            return &each;
    }
    return nullptr;
}

int PathwayGraph::maxDepth() const
{
    int deepest = 0;
    for (const Node &node : nodes)
        deepest = std::max(deepest, node.depth);
    return deepest;
}
