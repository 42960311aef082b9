// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/PathwayChecker.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace {

// A field name from static text, with no allocation: it is asked for at every field of
// every service, so a converted copy each time was a measurable part of a large file's load.
template<qsizetype N>
QString key(const char16_t (&name)[N])
{
    return QString::fromRawData(reinterpret_cast<const QChar *>(name), N - 1);
}

} // namespace

PathwayChecker::PathwayChecker(const Content &content, JsonFieldReader &reader)
    : m_content(content)
    , m_reader(reader)
{
    m_index.reserve(content.nodes.size());
    for (qsizetype i = 0; i < content.nodes.size(); ++i) {
        if (!content.nodes.at(i).id.isEmpty() && !m_index.contains(content.nodes.at(i).id))
            m_index.insert(content.nodes.at(i).id, i);
    }
    m_targets.reserve(content.nodes.size());
    for (const PathwayNode &node : content.nodes) {
        QList<qsizetype> &targets = m_targets.emplace_back();
        targets.reserve(node.answers.size());
        for (const Answer &answer : node.answers)
            targets << m_index.value(answer.next, -1);
    }
    m_services.reserve(content.services.size());
    for (const Service &service : content.services) {
        if (!m_services.contains(service.id)) // the first wins, as Content::service() does
            m_services.insert(service.id, &service);
    }
}

void PathwayChecker::check()
{
    checkReferences();
    const QList<qsizetype> order = orderWithoutLoops();
    if (!order.isEmpty())
        checkDepth(order);
    checkReachable();
}

JsonPointer PathwayChecker::nodePointer(qsizetype node) const
{
    return JsonPointer() / key(u"pathways") / key(u"nodes") / node;
}

void PathwayChecker::checkReference(const ChannelRef &ref, const JsonPointer &at)
{
    if (ref.service.isEmpty() || ref.channel.isEmpty())
        return; // malformed, already reported
    const Service *service = m_services.value(ref.service);
    if (!service)
        m_reader.error(at / key(u"service"), tr("there is no service '%1'").arg(ref.service));
    else if (!service->channel(ref.channel))
        m_reader.error(at / key(u"channel"),
                       tr("service '%1' has no channel '%2'").arg(ref.service, ref.channel));
}

void PathwayChecker::checkReferences()
{
    const JsonPointer startAt = JsonPointer() / key(u"pathways") / key(u"start");
    if (!m_content.startNode.isEmpty()) {
        const PathwayNode *start = m_content.node(m_content.startNode);
        if (!start)
            m_reader.error(startAt,
                           tr("the start node '%1' does not exist").arg(m_content.startNode));
        else if (start->isOutcome())
            m_reader.error(startAt, tr("the start node '%1' must be a question (the welcome "
                                       "screen's \"Who are you worried about?\")")
                                        .arg(m_content.startNode));
    }
    for (qsizetype i = 0; i < m_content.nodes.size(); ++i) {
        const PathwayNode &node = m_content.nodes.at(i);
        const JsonPointer at = nodePointer(i);
        for (qsizetype a = 0; a < node.answers.size(); ++a) {
            const QString &next = node.answers.at(a).next;
            if (!next.isEmpty() && !m_index.contains(next))
                m_reader.error(at / key(u"answers") / a / key(u"next"),
                               tr("leads to node '%1', which does not exist").arg(next));
        }
        if (node.isOutcome()) {
            checkReference(node.primary, at / key(u"primary"));
            for (qsizetype k = 0; k < node.alternatives.size(); ++k)
                checkReference(node.alternatives.at(k), at / key(u"alternatives") / k);
        }
    }
    for (qsizetype k = 0; k < m_content.emergency.size(); ++k)
        checkReference(m_content.emergency.at(k), JsonPointer() / key(u"emergency") / k);
}

QList<qsizetype> PathwayChecker::orderWithoutLoops()
{
    // Iterative depth-first search: a hostile file may chain thousands of nodes, and recursion
    // that deep would overflow the stack.
    enum class Mark
    {
        New,
        Open,
        Done,
    };
    QList<Mark> marks(m_content.nodes.size(), Mark::New);
    QList<qsizetype> finished;
    bool loops = false;
    struct Frame
    {
        qsizetype node;
        qsizetype nextAnswer;
    };
    for (qsizetype root = 0; root < m_content.nodes.size(); ++root) {
        if (marks.at(root) != Mark::New)
            continue;
        QList<Frame> stack{{root, 0}};
        QList<qsizetype> path{root};
        marks[root] = Mark::Open;
        while (!stack.isEmpty()) {
            Frame &frame = stack.last();
            const QList<qsizetype> &next = targets(frame.node);
            if (frame.nextAnswer >= next.size()) {
                marks[frame.node] = Mark::Done;
                finished << frame.node;
                stack.removeLast();
                path.removeLast();
                continue;
            }
            const qsizetype answer = frame.nextAnswer++;
            const qsizetype target = next.at(answer);
            if (target < 0)
                continue;
            if (marks.at(target) == Mark::Open) {
                loops = true;
                QStringList names;
                for (qsizetype n = path.indexOf(target); n < path.size(); ++n)
                    names << m_content.nodes.at(path.at(n)).id;
                names << m_content.nodes.at(target).id;
                m_reader.error(
                    nodePointer(frame.node) / key(u"answers") / answer / key(u"next"),
                    tr("leads back to '%1', so the pathway loops (%2); every answer "
                       "must lead on towards an outcome")
                        .arg(m_content.nodes.at(target).id, names.join(QStringLiteral(" → "))));
            } else if (marks.at(target) == Mark::New) {
                marks[target] = Mark::Open;
                stack.append({target, 0});
                path.append(target);
            }
        }
    }
    if (loops)
        return {};
    std::reverse(finished.begin(), finished.end());
    return finished;
}

void PathwayChecker::checkDepth(const QList<qsizetype> &order)
{
    const qsizetype start = m_index.value(m_content.startNode, -1);
    if (start < 0)
        return;
    // Longest walk from the start in choices (the graph has no loops here): a visitor may take
    // any route, so the longest one must still be short.
    QList<int> choices(m_content.nodes.size(), -1);
    QList<qsizetype> from(m_content.nodes.size(), -1);
    choices[start] = 0;
    for (const qsizetype node : order) {
        if (choices.at(node) < 0)
            continue;
        for (const qsizetype target : targets(node)) {
            if (target >= 0 && choices.at(target) < choices.at(node) + 1) {
                choices[target] = choices.at(node) + 1;
                from[target] = node;
            }
        }
    }
    for (qsizetype i = 0; i < m_content.nodes.size(); ++i) {
        if (!m_content.nodes.at(i).isOutcome() || choices.at(i) <= maxChoices)
            continue;
        QStringList route;
        for (qsizetype n = i; n >= 0; n = from.at(n))
            route.prepend(m_content.nodes.at(n).id);
        m_reader.error(nodePointer(i),
                       tr("outcome '%1' is %2 choices from the start screen (%3); the most "
                          "allowed is %4")
                           .arg(m_content.nodes.at(i).id)
                           .arg(choices.at(i))
                           .arg(route.join(QStringLiteral(" → ")))
                           .arg(maxChoices));
    }
}

void PathwayChecker::checkReachable()
{
    const qsizetype start = m_index.value(m_content.startNode, -1);
    if (start < 0)
        return;
    QSet<qsizetype> reached{start};
    QList<qsizetype> queue{start};
    while (!queue.isEmpty()) {
        const qsizetype node = queue.takeFirst();
        for (const qsizetype target : targets(node)) {
            if (target >= 0 && !reached.contains(target)) {
                reached.insert(target);
                queue << target;
            }
        }
    }
    for (qsizetype i = 0; i < m_content.nodes.size(); ++i) {
        if (!reached.contains(i) && !m_content.nodes.at(i).id.isEmpty())
            m_reader.warning(nodePointer(i),
                             tr("node '%1' cannot be reached from the start node "
                                "'%2'; no visitor will see it")
                                 .arg(m_content.nodes.at(i).id, m_content.startNode));
    }
}
