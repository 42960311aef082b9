// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/PathwayReader.h"

#include "core/content/ContentVocabulary.h"
#include "core/loading/ChannelRefReader.h"

#include <QCoreApplication>
#include <QHash>

namespace {

using Need = JsonFieldReader::Need;

QString key(const char *name)
{
    return QLatin1String(name);
}

} // namespace

PathwayReader::PathwayReader(JsonFieldReader &reader)
    : m_reader(reader)
{}

void PathwayReader::read(const QJsonObject &root, Content &content)
{
    const JsonPointer at = JsonPointer() / key("pathways");
    const std::optional<QJsonObject> pathways =
        m_reader.object(root, key("pathways"), at, Need::Required);
    if (!pathways)
        return;
    m_reader.warnUnknownFields(*pathways, at, {"start", "nodes"});
    content.startNode = m_reader.id(*pathways, key("start"), at / key("start")).value_or(QString());
    const JsonPointer nodesAt = at / key("nodes");
    const std::optional<QJsonArray> nodes =
        m_reader.array(*pathways, key("nodes"), nodesAt, Need::Required);
    if (!nodes)
        return;
    QHash<QString, JsonPointer> ids;
    for (qsizetype i = 0; i < nodes->size(); ++i) {
        const JsonPointer nodeAt = nodesAt / i;
        const PathwayNode node = readNode(nodes->at(i), nodeAt);
        if (!node.id.isEmpty()) {
            if (ids.contains(node.id))
                m_reader.error(nodeAt / key("id"),
                               tr("duplicate node id '%1' (already used at %2)")
                                   .arg(node.id, ids.value(node.id).toString()));
            else
                ids.insert(node.id, nodeAt / key("id"));
        }
        content.nodes << node;
    }
}

PathwayNode PathwayReader::readNode(const QJsonValue &value, const JsonPointer &at)
{
    PathwayNode node;
    const std::optional<QJsonObject> object = m_reader.objectValue(value, at);
    if (!object)
        return node;
    node.id = m_reader.id(*object, key("id"), at / key("id")).value_or(QString());
    const JsonPointer kindAt = at / key("kind");
    const std::optional<QString> kind =
        m_reader.string(*object, key("kind"), kindAt, Need::Required);
    node.text = m_reader.text(*object, key("text"), at / key("text"), Need::Required);
    if (kind == QLatin1String("question")) {
        m_reader.warnUnknownFields(*object, at,
                                   {"id", "kind", "text", "answers", "localHelpAnswer"});
        readQuestion(*object, at, node);
        node.localHelpAnswer = m_reader.text(*object, key("localHelpAnswer"),
                                             at / key("localHelpAnswer"), Need::Optional);
    } else if (kind == QLatin1String("outcome")) {
        m_reader.warnUnknownFields(*object, at,
                                   {"id", "kind", "text", "primary", "alternatives", "message"});
        readOutcome(*object, at, node);
    } else if (kind) {
        m_reader.error(kindAt,
                       tr("'%1' is not a kind of node: use question or outcome").arg(*kind));
    }
    return node;
}

void PathwayReader::readQuestion(const QJsonObject &object, const JsonPointer &at,
                                 PathwayNode &node)
{
    node.kind = PathwayNode::Kind::Question;
    const JsonPointer answersAt = at / key("answers");
    const std::optional<QJsonArray> answers =
        m_reader.array(object, key("answers"), answersAt, Need::Required);
    if (!answers)
        return;
    if (answers->size() < 2)
        m_reader.error(answersAt, tr("a question needs at least two answers, one of them "
                                     "\"Not sure\" or \"Something else\"; found %1")
                                      .arg(answers->size()));
    for (qsizetype i = 0; i < answers->size(); ++i) {
        const JsonPointer answerAt = answersAt / i;
        Answer answer;
        if (const auto answerObject = m_reader.objectValue(answers->at(i), answerAt)) {
            m_reader.warnUnknownFields(*answerObject, answerAt, {"text", "next", "ageBand"});
            answer.text =
                m_reader.text(*answerObject, key("text"), answerAt / key("text"), Need::Required);
            answer.next =
                m_reader.id(*answerObject, key("next"), answerAt / key("next")).value_or(QString());
            answer.ageBand = readAgeBand(*answerObject, answerAt / key("ageBand"));
        }
        node.answers << answer;
    }
}

AgeBand PathwayReader::readAgeBand(const QJsonObject &answer, const JsonPointer &at)
{
    const auto name = m_reader.string(answer, key("ageBand"), at, Need::Optional);
    if (!name)
        return AgeBand::NotAsked;
    if (const auto band = ContentVocabulary::ageBandFromName(*name))
        return *band;
    m_reader.error(at,
                   tr("'%1' is not an age band: use %2")
                       .arg(*name, ContentVocabulary::ageBandNames().join(QLatin1String(", "))));
    return AgeBand::NotAsked;
}

void PathwayReader::readOutcome(const QJsonObject &object, const JsonPointer &at, PathwayNode &node)
{
    node.kind = PathwayNode::Kind::Outcome;
    const JsonPointer primaryAt = at / key("primary");
    if (!object.contains(key("primary")))
        m_reader.error(primaryAt, tr("required field 'primary' is missing"));
    else
        node.primary = ChannelRefReader::read(m_reader, object.value(key("primary")), primaryAt)
                           .value_or(ChannelRef{});
    const JsonPointer alternativesAt = at / key("alternatives");
    if (const auto alternatives =
            m_reader.array(object, key("alternatives"), alternativesAt, Need::Optional)) {
        for (qsizetype i = 0; i < alternatives->size(); ++i)
            node.alternatives << ChannelRefReader::read(m_reader, alternatives->at(i),
                                                        alternativesAt / i)
                                     .value_or(ChannelRef{});
    }
    node.message = m_reader.text(object, key("message"), at / key("message"), Need::Required);
}
