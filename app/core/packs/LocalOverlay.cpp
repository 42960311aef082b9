// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/packs/LocalOverlay.h"

#include "core/content/ContentVocabulary.h"
#include "core/content/RegionalContent.h"
#include "core/loading/EligibilityChecker.h"
#include "core/loading/JsonFieldReader.h"
#include "core/loading/PathwayChecker.h"
#include "core/loading/RegionChecker.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LocalOverlay", text);
}

QString key(const char *name)
{
    return QLatin1String(name);
}

qsizetype nodeIndex(const Content &content, const QString &id)
{
    for (qsizetype i = 0; i < content.nodes.size(); ++i) {
        if (content.nodes.at(i).id == id)
            return i;
    }
    return -1;
}

// The merged content's problems, checked with the built-in content's own checkers.
QList<ContentIssue> checkerIssues(const Content &content, const QString &fileName)
{
    JsonFieldReader reader(fileName);
    PathwayChecker(content, reader).check();
    EligibilityChecker(content, reader).check();
    RegionChecker(content, reader).check();
    return reader.issues();
}

} // namespace

LocalOverlay::LocalOverlay(const Content &national, const LocalPack &pack, const QString &fileName)
    : m_national(national)
    , m_pack(pack)
    , m_fileName(fileName)
    , m_merged(national)
{}

LocalOverlay::Result LocalOverlay::apply(const Content &national, const LocalPack &pack,
                                         const QString &fileName)
{
    LocalOverlay overlay(national, pack, fileName);
    overlay.checkServices();
    overlay.m_merged.services += pack.services;
    overlay.attach();
    overlay.addHelpNearHere();
    overlay.checkRoom();
    if (!hasErrors(overlay.m_issues))
        overlay.checkMerged();
    Result result;
    result.issues = overlay.m_issues;
    if (!hasErrors(result.issues))
        result.content = std::move(overlay.m_merged);
    return result;
}

// A local service with a national service's id would replace it (Content::service() finds the
// first); say exactly what it would have changed.
void LocalOverlay::checkServices()
{
    JsonFieldReader reader(m_fileName);
    for (qsizetype i = 0; i < m_pack.services.size(); ++i) {
        const Service &local = m_pack.services.at(i);
        const Service *national = m_national.service(local.id);
        if (!national)
            continue;
        const JsonPointer at = JsonPointer() / key("services") / i;
        bool named = false;
        for (qsizetype j = 0; j < local.channels.size(); ++j) {
            const Channel &channel = local.channels.at(j);
            const Channel *before = national->channel(channel.id);
            if (before && before->value != channel.value) {
                reader.error(at / key("channels") / j / key("value"),
                             tr("tries to change national service '%1' %2 '%3' from '%4' to "
                                "'%5'; a local pack may not change a national service or number: "
                                "give a local service its own id")
                                 .arg(local.id, ContentVocabulary::channelTypeName(channel.type),
                                      channel.id, before->value, channel.value));
                named = true;
            }
        }
        if (!named)
            reader.error(at / key("id"),
                         tr("'%1' is a national service; a local pack may not change, hide or "
                            "replace it: give a local service its own id")
                             .arg(local.id));
    }
    m_issues += reader.issues();
}

void LocalOverlay::attach()
{
    JsonFieldReader reader(m_fileName);
    QSet<QString> localIds;
    for (const Service &service : m_pack.services)
        localIds.insert(service.id);
    for (qsizetype i = 0; i < m_pack.attachments.size(); ++i) {
        const LocalPack::Attachment &attachment = m_pack.attachments.at(i);
        const JsonPointer at = JsonPointer() / key("attachments") / i;
        const qsizetype index = nodeIndex(m_merged, attachment.outcome);
        if (attachment.outcome.isEmpty())
            continue; // already reported
        if (index < 0 || index >= m_national.nodes.size()) {
            reader.error(at / key("outcome"),
                         tr("there is no national outcome '%1'").arg(attachment.outcome));
            continue;
        }
        PathwayNode &node = m_merged.nodes[index];
        if (!node.isOutcome()) {
            reader.error(at / key("outcome"),
                         tr("'%1' is a question; local services are attached to outcomes (a "
                            "question marked extendable takes a \"helpNearHere\" outcome)")
                             .arg(attachment.outcome));
            continue;
        }
        for (qsizetype k = 0; k < attachment.alternatives.size(); ++k) {
            const ChannelRef &ref = attachment.alternatives.at(k);
            const JsonPointer refAt = at / key("alternatives") / k;
            if (ref.service.isEmpty())
                continue; // malformed, already reported
            if (!localIds.contains(ref.service) && m_national.service(ref.service)) {
                reader.error(refAt / key("service"),
                             tr("'%1' is a national service; a local pack attaches only its own "
                                "services and may not add, repeat or move national ones")
                                 .arg(ref.service));
                continue;
            }
            if (node.alternatives.contains(ref)) {
                reader.error(refAt, tr("outcome '%1' already offers '%2' '%3'")
                                        .arg(node.id, ref.service, ref.channel));
                continue;
            }
            m_attached.insert({index, node.alternatives.size()}, {i, k});
            node.alternatives << ref;
        }
    }
    m_issues += reader.issues();
}

void LocalOverlay::addHelpNearHere()
{
    JsonFieldReader reader(m_fileName);
    QSet<QString> questions;
    for (qsizetype i = 0; i < m_pack.helpNearHere.size(); ++i) {
        const LocalPack::HelpNearHere &help = m_pack.helpNearHere.at(i);
        const JsonPointer at = JsonPointer() / key("helpNearHere") / i;
        const qsizetype index = nodeIndex(m_national, help.question);
        if (help.question.isEmpty() || help.outcome.id.isEmpty())
            continue; // already reported
        if (index < 0) {
            reader.error(at / key("question"),
                         tr("there is no national question '%1'").arg(help.question));
            continue;
        }
        if (!m_national.nodes.at(index).isExtendable()) {
            reader.error(at / key("question"),
                         tr("question '%1' is not marked extendable (it has no "
                            "localHelpAnswer), so a local pack may not add an answer to it")
                             .arg(help.question));
            continue;
        }
        if (questions.contains(help.question)) {
            reader.error(at / key("question"),
                         tr("question '%1' already has a \"Help near here\" answer from this "
                            "pack; offer more local services on that one outcome")
                             .arg(help.question));
            continue;
        }
        if (nodeIndex(m_merged, help.outcome.id) >= 0) {
            reader.error(at / key("outcome") / key("id"),
                         tr("'%1' is already a node id; a local outcome needs its own")
                             .arg(help.outcome.id));
            continue;
        }
        const Service *primary = m_merged.service(help.outcome.primary.service);
        if (primary && !primary->local) {
            reader.error(at / key("outcome") / key("primary") / key("service"),
                         tr("'%1' is a national service; a \"Help near here\" outcome leads with "
                            "one of the pack's own services (national ones may follow as "
                            "alternatives)")
                             .arg(primary->id));
            continue;
        }
        questions.insert(help.question);
        // The catch-all ("Something else, or not sure") stays where visitors expect it: last.
        PathwayNode &question = m_merged.nodes[index];
        const qsizetype answerIndex = std::max<qsizetype>(0, question.answers.size() - 1);
        Answer answer;
        answer.text = question.localHelpAnswer;
        answer.next = help.outcome.id;
        question.answers.insert(answerIndex, answer);
        m_addedAnswers.insert({index, answerIndex}, i);
        m_merged.nodes << help.outcome;
    }
    m_issues += reader.issues();
}

// An outcome shows at most three alternatives wherever the kiosk stands; a local alternative
// that would push a national one off the screen would hide it, so it is refused instead.
void LocalOverlay::checkRoom()
{
    JsonFieldReader reader(m_fileName);
    QSet<qsizetype> checked;
    for (auto it = m_attached.cbegin(); it != m_attached.cend(); ++it) {
        const qsizetype index = it.key().first;
        if (checked.contains(index))
            continue;
        checked.insert(index);
        const PathwayNode &node = m_merged.nodes.at(index);
        const PathwayNode &before = m_national.nodes.at(index);
        for (const std::optional<Region> place : RegionalContent::places()) {
            const qsizetype shown = RegionalContent::alternativesIn(m_merged, node, place).size();
            if (shown <= RegionChecker::maxAlternatives)
                continue;
            const qsizetype national =
                RegionalContent::alternativesIn(m_national, before, place).size();
            const QString where =
                place ? ContentVocabulary::regionName(*place) : tr("the whole UK");
            reader.error(JsonPointer() / key("attachments") / it.value().first /
                             key("alternatives"),
                         tr("outcome '%1' would show %2 alternatives on a kiosk for %3 (%4 "
                            "national); an outcome shows at most %5 and a local pack may not "
                            "push a national one off the screen: attach it to an outcome with "
                            "room, give the local service its regions, or offer it under a "
                            "question's \"Help near here\" answer")
                             .arg(node.id)
                             .arg(shown)
                             .arg(where)
                             .arg(national)
                             .arg(RegionChecker::maxAlternatives));
            break;
        }
    }
    m_issues += reader.issues();
}

void LocalOverlay::checkMerged()
{
    const QList<ContentIssue> before = checkerIssues(m_national, m_fileName);
    QSet<QString> known;
    for (const ContentIssue &issue : before)
        known.insert(issue.pointer + QLatin1Char('\n') + issue.message);
    for (ContentIssue issue : checkerIssues(m_merged, m_fileName)) {
        if (known.contains(issue.pointer + QLatin1Char('\n') + issue.message))
            continue;
        issue.pointer = packPointer(issue.pointer);
        m_issues << issue;
    }
}

QString LocalOverlay::packPointer(const QString &mergedPointer) const
{
    static const QRegularExpression nodePattern(
        QStringLiteral("^/pathways/nodes/(\\d+)(?:/(answers|alternatives)/(\\d+))?(.*)$"));
    const auto match = nodePattern.match(mergedPointer);
    if (!match.hasMatch())
        return mergedPointer;
    const qsizetype node = match.captured(1).toLongLong();
    const qsizetype nationalNodes = m_national.nodes.size();
    if (node >= nationalNodes) {
        // One of the pack's "Help near here" outcomes, in the order they were added.
        qsizetype added = node - nationalNodes;
        for (qsizetype i = 0; i < m_pack.helpNearHere.size(); ++i) {
            if (m_pack.helpNearHere.at(i).outcome.id == m_merged.nodes.at(node).id)
                added = i;
        }
        const QString rest = mergedPointer.mid(match.capturedEnd(1));
        return (JsonPointer() / key("helpNearHere") / added / key("outcome")).toString() + rest;
    }
    if (match.captured(2).isEmpty())
        return mergedPointer;
    const qsizetype entry = match.captured(3).toLongLong();
    if (match.captured(2) == QLatin1String("alternatives")) {
        const auto attached = m_attached.value({node, entry}, {-1, -1});
        if (attached.first >= 0)
            return (JsonPointer() / key("attachments") / attached.first / key("alternatives") /
                    attached.second)
                       .toString() +
                   match.captured(4);
    } else if (m_addedAnswers.contains({node, entry})) {
        return (JsonPointer() / key("helpNearHere") / m_addedAnswers.value({node, entry}))
            .toString();
    }
    return mergedPointer;
}
