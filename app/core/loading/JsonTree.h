// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <optional>
#include <vector>

class JsonValue;
class QJsonDocument;
struct QJsonParseError;

// A parsed JSON document that Signpost owns: every value a node in one vector, every string
// decoded to a QString once (reading a text out is a shared copy), every object's members sorted
// by key as Qt sorts them. Content is read through JsonValue, JsonObject and JsonArray handles,
// which point into the tree and must not outlive it. It replaces QJsonDocument for content
// because building and reading Qt's document was half of a large file's load.
class JsonTree
{
public:
    // One value. A string's `first` is its index in strings(); an array's the index of its first
    // element in elements(), an object's of its first member in members(); `size` counts them.
    struct Node
    {
        QJsonValue::Type type = QJsonValue::Null;
        quint32 size = 0;
        union {
            double number = 0;
            quint32 first;
            bool boolean;
        };
    };
    // An object's member: the key's index in keys(), the value's in nodes().
    struct Member
    {
        quint32 key;
        quint32 value;
    };

    // What QJsonDocument::fromJson(json, error) would give, as a tree: JsonTreeParser's strict
    // quick parse, or when it declines, Qt's parse converted. On a parse error the tree is empty
    // and `error` says what Qt says, so a broken file is reported exactly as before.
    static JsonTree fromJson(const QByteArray &json, QJsonParseError *error);
    // The quick parse alone: nullopt when JsonTreeParser is not sure it reads `json` as Qt does.
    static std::optional<JsonTree> parse(QByteArrayView json);
    // The tree of a document Qt has parsed (null when the document is empty).
    static JsonTree fromDocument(const QJsonDocument &document);

    // The top object or array; undefined when the tree is empty.
    JsonValue root() const;

    const Node &node(quint32 index) const { return m_nodes[index]; }
    const QString &string(quint32 index) const { return m_strings[index]; }
    const QString &key(quint32 index) const { return m_keys[index]; }
    const Member &member(quint32 index) const { return m_members[index]; }
    quint32 element(quint32 index) const { return m_elements[index]; }

private:
    friend class JsonTreeParser;

    // fromDocument's walk; the value's node index.
    quint32 add(const QJsonValue &value);

    std::vector<Node> m_nodes; // the root first
    std::vector<QString> m_strings;
    std::vector<QString> m_keys; // each distinct key once when parsed here
    std::vector<Member> m_members;
    std::vector<quint32> m_elements;
};
