// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/loading/JsonValue.h"

#include <QStringView>

// One object of a JsonTree, read as a QJsonObject is: its members in Qt's order (sorted by key,
// the last of duplicate keys kept), found by key without making a string. Empty when default made.
class JsonObject
{
public:
    class const_iterator
    {
    public:
        const_iterator(const JsonTree *tree, quint32 member)
            : m_tree(tree)
            , m_member(member)
        {}
        // The tree's own string: shared, never made again for each look.
        const QString &key() const { return m_tree->key(m_tree->member(m_member).key); }
        JsonValue value() const { return {m_tree, m_tree->member(m_member).value}; }
        const_iterator &operator++()
        {
            ++m_member;
            return *this;
        }
        bool operator==(const const_iterator &other) const { return m_member == other.m_member; }
        bool operator!=(const const_iterator &other) const { return m_member != other.m_member; }

    private:
        const JsonTree *m_tree;
        quint32 m_member;
    };

    JsonObject() = default;
    // `index` must be an object's node.
    JsonObject(const JsonTree *tree, quint32 index)
        : m_tree(tree)
        , m_first(tree->node(index).first)
        , m_size(tree->node(index).size)
    {}

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    const_iterator constBegin() const { return {m_tree, m_first}; }
    const_iterator constEnd() const { return {m_tree, m_first + m_size}; }
    const_iterator begin() const { return constBegin(); }
    const_iterator end() const { return constEnd(); }

    // The member with this key, or constEnd().
    const_iterator constFind(QStringView key) const;
    bool contains(QStringView key) const { return constFind(key) != constEnd(); }
    // Undefined when there is no such key.
    JsonValue value(QStringView key) const;

private:
    const JsonTree *m_tree = nullptr;
    quint32 m_first = 0;
    quint32 m_size = 0;
};
