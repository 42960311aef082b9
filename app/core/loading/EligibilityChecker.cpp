// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/EligibilityChecker.h"

#include <QCoreApplication>
#include <QSet>

namespace {

// A field name from static text, with no allocation: it is asked for at every field of
// every service, so a converted copy each time was a measurable part of a large file's load.
template<qsizetype N>
QString key(const char16_t (&name)[N])
{
    return QString::fromRawData(reinterpret_cast<const QChar *>(name), N - 1);
}

constexpr int adultAge = 18;

QString refName(const ChannelRef &ref)
{
    return QStringLiteral("'%1' '%2'").arg(ref.service, ref.channel);
}

QString agesText(const AgeRange &ages)
{
    if (ages.minAge && ages.maxAge)
        return EligibilityChecker::tr("ages %1 to %2").arg(*ages.minAge).arg(*ages.maxAge);
    if (ages.minAge)
        return EligibilityChecker::tr("ages %1 and over").arg(*ages.minAge);
    if (ages.maxAge)
        return EligibilityChecker::tr("ages up to %1").arg(*ages.maxAge);
    return EligibilityChecker::tr("all ages");
}

} // namespace

EligibilityChecker::EligibilityChecker(const Content &content, JsonFieldReader &reader)
    : m_content(content)
    , m_reader(reader)
{
    for (qsizetype i = 0; i < content.nodes.size(); ++i) {
        if (!content.nodes.at(i).id.isEmpty() && !m_index.contains(content.nodes.at(i).id))
            m_index.insert(content.nodes.at(i).id, i);
    }
}

JsonPointer EligibilityChecker::nodePointer(qsizetype node) const
{
    return JsonPointer() / key(u"pathways") / key(u"nodes") / node;
}

void EligibilityChecker::check()
{
    const qsizetype start = m_index.value(m_content.startNode, -1);
    if (start < 0)
        return;
    // Breadth-first over (node, age band): each pair is visited once, so a file with loops or
    // a great many routes is still checked in time proportional to its size.
    QSet<QPair<qsizetype, int>> seen{{start, int(AgeBand::NotAsked)}};
    QList<QPair<qsizetype, Reach>> queue{{start, Reach{}}};
    while (!queue.isEmpty()) {
        const auto [node, reach] = queue.takeFirst();
        const PathwayNode &current = m_content.nodes.at(node);
        if (current.isOutcome()) {
            checkOutcome(node, reach);
            continue;
        }
        for (qsizetype a = 0; a < current.answers.size(); ++a) {
            const Answer &answer = current.answers.at(a);
            const qsizetype target = m_index.value(answer.next, -1);
            if (target < 0)
                continue;
            Reach next = reach;
            if (answer.ageBand != AgeBand::NotAsked)
                next = Reach{answer.ageBand, nodePointer(node) / key(u"answers") / a,
                             answer.text.text(QStringLiteral("en"))};
            if (seen.contains({target, int(next.band)}))
                continue;
            seen.insert({target, int(next.band)});
            queue.append({target, next});
        }
    }
}

void EligibilityChecker::checkOutcome(qsizetype node, const Reach &reach)
{
    if (reach.band == AgeBand::Under18)
        checkUnder18(node, reach);
    else if (reach.band == AgeBand::Unknown)
        checkUnknownAge(node, reach);
}

QString EligibilityChecker::reachedBy(const PathwayNode &outcome, const Reach &reach) const
{
    return tr("outcome '%1' is reached through the answer \"%2\" (%3)")
        .arg(outcome.id, reach.answerText, reach.answerAt.toString());
}

void EligibilityChecker::checkUnder18(qsizetype node, const Reach &reach)
{
    const PathwayNode &outcome = m_content.nodes.at(node);
    if (!m_content.channel(outcome.primary))
        return; // an unknown reference, already reported
    const AgeRange primary = m_content.ages(outcome.primary);
    QList<int> leftOut;
    for (int age = 0; age < adultAge; ++age) {
        if (!primary.includes(age))
            leftOut << age;
    }
    if (leftOut.size() == adultAge) {
        m_reader.error(
            nodePointer(node) / key(u"primary"),
            tr("%1 by someone under 18, but its primary %2 is for %3; lead with a "
               "service for under-18s")
                .arg(reachedBy(outcome, reach), refName(outcome.primary), agesText(primary)));
        return;
    }
    if (leftOut.isEmpty())
        return;
    const JsonPointer alternativesAt = nodePointer(node) / key(u"alternatives");
    const bool hasFirst = !outcome.alternatives.isEmpty();
    const AgeRange first =
        hasFirst ? m_content.ages(outcome.alternatives.constFirst()) : AgeRange{};
    // A young people's service for those ages (Childline), not merely one open to all ages: a
    // 12-year-old sent past Shore needs somewhere to talk, not the police's 999.
    QList<int> stillLeftOut;
    for (const int age : std::as_const(leftOut)) {
        if (!hasFirst || !first.isForYoungPeople() || !first.includes(age))
            stillLeftOut << age;
    }
    if (stillLeftOut.isEmpty())
        return;
    m_reader.error(
        hasFirst ? alternativesAt / 0 : alternativesAt,
        tr("%1 by someone under 18, but its primary %2 is for %3 and leaves out ages "
           "%4 to %5; make the first alternative a service for young people of those ages "
           "(such as Childline) and say so in the message")
            .arg(reachedBy(outcome, reach), refName(outcome.primary), agesText(primary))
            .arg(stillLeftOut.constFirst())
            .arg(stillLeftOut.constLast()));
}

void EligibilityChecker::checkUnknownAge(qsizetype node, const Reach &reach)
{
    const PathwayNode &outcome = m_content.nodes.at(node);
    if (m_content.ages(outcome.primary).isForYoungPeople())
        return;
    if (!outcome.alternatives.isEmpty() &&
        m_content.ages(outcome.alternatives.constFirst()).isForYoungPeople())
        return;
    m_reader.error(nodePointer(node),
                   tr("%1 by someone who has not given their age, but neither its primary nor "
                      "its first alternative is a service for young people (one with a maxAge "
                      "that takes under-18s, such as Childline)")
                       .arg(reachedBy(outcome, reach)));
}
