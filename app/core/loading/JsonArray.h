// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/loading/JsonValue.h"

// One list of a JsonTree, read as a QJsonArray is. Empty when default made.
class JsonArray
{
public:
    JsonArray() = default;
    // `index` must be an array's node.
    JsonArray(const JsonTree *tree, quint32 index)
        : m_tree(tree)
        , m_first(tree->node(index).first)
        , m_size(tree->node(index).size)
    {}

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    // `i` must be within the list.
    JsonValue at(qsizetype i) const { return {m_tree, m_tree->element(m_first + quint32(i))}; }

private:
    const JsonTree *m_tree = nullptr;
    quint32 m_first = 0;
    quint32 m_size = 0;
};
