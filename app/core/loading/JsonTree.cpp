// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/JsonTree.h"

#include "core/loading/JsonTreeParser.h"
#include "core/loading/JsonValue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

JsonTree JsonTree::fromJson(const QByteArray &json, QJsonParseError *error)
{
    if (std::optional<JsonTree> tree = parse(json)) {
        if (error) {
            error->offset = 0; // as Qt leaves it after a parse without error
            error->error = QJsonParseError::NoError;
        }
        return *std::move(tree);
    }
    // Whatever the quick parse was not sure of, Qt decides, and reports, exactly as before.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (error)
        *error = parseError;
    if (parseError.error != QJsonParseError::NoError)
        return {};
    return fromDocument(document);
}

std::optional<JsonTree> JsonTree::parse(QByteArrayView json)
{
    return JsonTreeParser(json).parse();
}

JsonTree JsonTree::fromDocument(const QJsonDocument &document)
{
    JsonTree tree;
    if (document.isObject())
        tree.add(document.object());
    else if (document.isArray())
        tree.add(document.array());
    return tree;
}

JsonValue JsonTree::root() const
{
    return m_nodes.empty() ? JsonValue() : JsonValue(this, 0);
}

quint32 JsonTree::add(const QJsonValue &value)
{
    const auto index = quint32(m_nodes.size());
    m_nodes.emplace_back();
    Node node;
    node.type = value.type();
    switch (value.type()) {
    case QJsonValue::Bool:
        node.boolean = value.toBool();
        break;
    case QJsonValue::Double:
        node.number = value.toDouble();
        break;
    case QJsonValue::String:
        node.first = quint32(m_strings.size());
        m_strings.push_back(value.toString());
        break;
    case QJsonValue::Array: {
        // The elements' nodes first, then their list in one piece (nested lists add theirs).
        const QJsonArray array = value.toArray();
        std::vector<quint32> elements;
        elements.reserve(size_t(array.size()));
        for (const QJsonValue element : array)
            elements.push_back(add(element));
        node.first = quint32(m_elements.size());
        node.size = quint32(elements.size());
        m_elements.insert(m_elements.end(), elements.begin(), elements.end());
        break;
    }
    case QJsonValue::Object: {
        // In Qt's order, which is what a reader of the document sees.
        const QJsonObject object = value.toObject();
        std::vector<Member> members;
        members.reserve(size_t(object.size()));
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const auto key = quint32(m_keys.size());
            m_keys.push_back(it.key());
            members.push_back({key, add(it.value())});
        }
        node.first = quint32(m_members.size());
        node.size = quint32(members.size());
        m_members.insert(m_members.end(), members.begin(), members.end());
        break;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        node.first = 0;
        break;
    }
    m_nodes[index] = node;
    return index;
}
