// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"

#include <QList>
#include <QStringList>

#include <optional>

// Every way through the content's pathways from the start node to an outcome, as the answers a
// visitor would tap. Used to walk every pathway in tests and to render every screen.
class PathwayRoutes
{
public:
    struct Route
    {
        QList<int> answers; // answer index chosen at each question, start node first
        QStringList nodes;  // the nodes visited, start node first, the outcome last
    };

    // Depth-first in answer order; a node already on the route is not followed again, so
    // content with a loop still gives a finite list.
    static QList<Route> all(const Content &content);
    // The first route that passes through (or ends at) `nodeId`, cut there; nullopt if none.
    static std::optional<Route> firstTo(const Content &content, const QString &nodeId);
};
