// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/loading/JsonTree.h"

#include <QJsonValue>
#include <QString>

class JsonArray;
class JsonObject;

// One value of a JsonTree, read as a QJsonValue is (the same types, the same answers for a value
// of another type): a pointer into the tree and an index, cheap to copy. Undefined when default
// made or when an object has no such key.
class JsonValue
{
public:
    JsonValue() = default;
    JsonValue(const JsonTree *tree, quint32 index)
        : m_tree(tree)
        , m_index(index)
    {}

    QJsonValue::Type type() const
    {
        return m_tree ? m_tree->node(m_index).type : QJsonValue::Undefined;
    }
    bool isNull() const { return type() == QJsonValue::Null; }
    bool isBool() const { return type() == QJsonValue::Bool; }
    bool isDouble() const { return type() == QJsonValue::Double; }
    bool isString() const { return type() == QJsonValue::String; }
    bool isArray() const { return type() == QJsonValue::Array; }
    bool isObject() const { return type() == QJsonValue::Object; }
    bool isUndefined() const { return type() == QJsonValue::Undefined; }

    bool toBool() const { return isBool() && m_tree->node(m_index).boolean; }
    double toDouble() const { return isDouble() ? m_tree->node(m_index).number : 0.0; }
    // A shared copy of the text decoded at the parse; empty when the value is not text.
    QString toString() const
    {
        return isString() ? m_tree->string(m_tree->node(m_index).first) : QString();
    }
    // Empty when the value is not an object (or a list).
    JsonObject toObject() const;
    JsonArray toArray() const;

    const JsonTree *tree() const { return m_tree; }
    quint32 index() const { return m_index; }

private:
    const JsonTree *m_tree = nullptr;
    quint32 m_index = 0;
};
