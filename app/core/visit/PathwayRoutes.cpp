// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/visit/PathwayRoutes.h"

namespace {

void walk(const Content &content, PathwayRoutes::Route route, QList<PathwayRoutes::Route> &out)
{
    const PathwayNode *node = content.node(route.nodes.constLast());
    if (!node)
        return;
    if (node->isOutcome()) {
        out.append(route);
        return;
    }
    for (int i = 0; i < node->answers.size(); ++i) {
        const QString &next = node->answers.at(i).next;
        if (route.nodes.contains(next))
            continue;
        PathwayRoutes::Route longer = route;
        longer.answers.append(i);
        longer.nodes.append(next);
        walk(content, longer, out);
    }
}

} // namespace

QList<PathwayRoutes::Route> PathwayRoutes::all(const Content &content)
{
    QList<Route> routes;
    if (content.node(content.startNode))
        walk(content, Route{{}, {content.startNode}}, routes);
    return routes;
}

std::optional<PathwayRoutes::Route> PathwayRoutes::firstTo(const Content &content,
                                                           const QString &nodeId)
{
    for (const Route &route : all(content)) {
        const qsizetype at = route.nodes.indexOf(nodeId);
        if (at < 0)
            continue;
        return Route{route.answers.mid(0, at), route.nodes.mid(0, at + 1)};
    }
    return std::nullopt;
}
