// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/PathwayReader.h"

#include "core/content/ContentVocabulary.h"
#include "core/loading/ChannelRefReader.h"

#include <QCoreApplication>
#include <QHash>

namespace {

using Need = JsonFieldReader::Need;

// A field name from static text, with no allocation: it is asked for at every field of
// every service, so a converted copy each time was a measurable part of a large file's load.
template<qsizetype N>
QString key(const char16_t (&name)[N])
{
    return QString::fromRawData(reinterpret_cast<const QChar *>(name), N - 1);
}

} // namespace

PathwayReader::PathwayReader(JsonFieldReader &reader)
    : m_reader(reader)
{}

void PathwayReader::read(const JsonObject &root, Content &content)
{
    const JsonPointer at = JsonPointer() / key(u"pathways");
    const std::optional<JsonObject> pathways =
        m_reader.object(root, key(u"pathways"), at, Need::Required);
    if (!pathways)
        return;
    m_reader.warnUnknownFields(*pathways, at, {"start", "nodes"});
    content.startNode =
        m_reader.id(*pathways, key(u"start"), at / key(u"start")).value_or(QString());
    const JsonPointer nodesAt = at / key(u"nodes");
    const std::optional<JsonArray> nodes =
        m_reader.array(*pathways, key(u"nodes"), nodesAt, Need::Required);
    if (!nodes)
        return;
    QHash<QString, JsonPointer> ids;
    for (qsizetype i = 0; i < nodes->size(); ++i) {
        const JsonPointer nodeAt = nodesAt / i;
        const PathwayNode node = readNode(nodes->at(i), nodeAt);
        if (!node.id.isEmpty()) {
            if (ids.contains(node.id))
                m_reader.error(nodeAt / key(u"id"),
                               tr("duplicate node id '%1' (already used at %2)")
                                   .arg(node.id, ids.value(node.id).toString()));
            else
                ids.insert(node.id, nodeAt / key(u"id"));
        }
        content.nodes << node;
    }
}

PathwayNode PathwayReader::readNode(const JsonValue &value, const JsonPointer &at)
{
    PathwayNode node;
    const std::optional<JsonObject> object = m_reader.objectValue(value, at);
    if (!object)
        return node;
    node.id = m_reader.id(*object, key(u"id"), at / key(u"id")).value_or(QString());
    const JsonPointer kindAt = at / key(u"kind");
    const std::optional<QString> kind =
        m_reader.string(*object, key(u"kind"), kindAt, Need::Required);
    node.text = m_reader.text(*object, key(u"text"), at / key(u"text"), Need::Required);
    // The fields a kind has are known only now: gathered here, so unknown ones are warned about
    // after the id, kind and text, as before.
    if (kind == QLatin1String("question")) {
        const JsonFields fields =
            m_reader.fields(*object, at, {"id", "kind", "text", "answers", "localHelpAnswer"});
        readQuestion(fields, node);
        node.localHelpAnswer = m_reader.text(fields, key(u"localHelpAnswer"), Need::Optional);
    } else if (kind == QLatin1String("outcome")) {
        const JsonFields fields = m_reader.fields(
            *object, at, {"id", "kind", "text", "primary", "alternatives", "message"});
        readOutcome(fields, node);
    } else if (kind) {
        m_reader.error(kindAt,
                       tr("'%1' is not a kind of node: use question or outcome").arg(*kind));
    }
    return node;
}

void PathwayReader::readQuestion(const JsonFields &fields, PathwayNode &node)
{
    node.kind = PathwayNode::Kind::Question;
    const std::optional<JsonArray> answers =
        m_reader.array(fields, key(u"answers"), Need::Required);
    if (!answers)
        return;
    const JsonPointer answersAt = fields.at() / key(u"answers");
    if (answers->size() < 2)
        m_reader.error(answersAt, tr("a question needs at least two answers, one of them "
                                     "\"Not sure\" or \"Something else\"; found %1")
                                      .arg(answers->size()));
    for (qsizetype i = 0; i < answers->size(); ++i) {
        const JsonPointer answerAt = answersAt / i;
        Answer answer;
        if (const auto answerFields =
                m_reader.objectFields(answers->at(i), answerAt, {"text", "next", "ageBand"})) {
            answer.text = m_reader.text(*answerFields, key(u"text"), Need::Required);
            answer.next = m_reader.id(*answerFields, key(u"next")).value_or(QString());
            answer.ageBand = readAgeBand(*answerFields);
        }
        node.answers << answer;
    }
}

AgeBand PathwayReader::readAgeBand(const JsonFields &answer)
{
    const auto name = m_reader.string(answer, key(u"ageBand"), Need::Optional);
    if (!name)
        return AgeBand::NotAsked;
    if (const auto band = ContentVocabulary::ageBandFromName(*name))
        return *band;
    m_reader.error(answer.at() / key(u"ageBand"),
                   tr("'%1' is not an age band: use %2")
                       .arg(*name, ContentVocabulary::ageBandNames().join(QLatin1String(", "))));
    return AgeBand::NotAsked;
}

void PathwayReader::readOutcome(const JsonFields &fields, PathwayNode &node)
{
    node.kind = PathwayNode::Kind::Outcome;
    const JsonPointer primaryAt = fields.at() / key(u"primary");
    if (const JsonValue *primary = fields.find(key(u"primary")))
        node.primary = ChannelRefReader::read(m_reader, *primary, primaryAt).value_or(ChannelRef{});
    else
        m_reader.error(primaryAt, tr("required field 'primary' is missing"));
    if (const auto alternatives = m_reader.array(fields, key(u"alternatives"), Need::Optional)) {
        const JsonPointer alternativesAt = fields.at() / key(u"alternatives");
        for (qsizetype i = 0; i < alternatives->size(); ++i)
            node.alternatives << ChannelRefReader::read(m_reader, alternatives->at(i),
                                                        alternativesAt / i)
                                     .value_or(ChannelRef{});
    }
    node.message = m_reader.text(fields, key(u"message"), Need::Required);
}
