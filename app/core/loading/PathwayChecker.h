// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"
#include "core/loading/JsonFieldReader.h"

#include <QCoreApplication>
#include <QHash>

// Checks the pathway graph as a whole: every reference leads somewhere, no answer loops back,
// every outcome is at most three choices from the start, every node can be reached.
class PathwayChecker
{
    Q_DECLARE_TR_FUNCTIONS(PathwayChecker)

public:
    static constexpr int maxChoices = 3;

    PathwayChecker(const Content &content, JsonFieldReader &reader);

    void check();

private:
    void checkReferences();
    void checkReference(const ChannelRef &ref, const JsonPointer &at);
    // Returns the nodes in an order where every answer leads later (empty when there is a loop).
    QList<qsizetype> orderWithoutLoops();
    void checkDepth(const QList<qsizetype> &order);
    void checkReachable();
    // The nodes a node's answers lead to, one per answer (-1: no such node).
    const QList<qsizetype> &targets(qsizetype node) const { return m_targets.at(node); }
    JsonPointer nodePointer(qsizetype node) const;

    const Content &m_content;
    JsonFieldReader &m_reader;
    QHash<QString, qsizetype> m_index; // node id → first index
    // Each node's targets, found once: the walks below ask for them at every step.
    QList<QList<qsizetype>> m_targets;
    // service id → first service with it; a linear search per reference made large content
    // cost more per service as it grew
    QHash<QString, const Service *> m_services;
};
