// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/PathwayPrinter.h"

#include "core/content/ContentVocabulary.h"
#include "core/hours/ContentHoursText.h"

#include <QCoreApplication>

namespace {

// Deeper than any valid pathway: a guard, since the printer may be handed unchecked content.
constexpr int maxIndent = 12;

} // namespace

PathwayPrinter::PathwayPrinter(const Content &content, const QString &language, QTextStream &out)
    : m_content(content)
    , m_language(language)
    , m_out(out)
{}

void PathwayPrinter::line(int indent, const QString &text)
{
    m_out << QString(indent * 2, QLatin1Char(' ')) << text << '\n';
}

void PathwayPrinter::print()
{
    line(0, tr("Pathways of %1, version %2, in '%3' (start: %4)")
                .arg(m_content.metadata.id)
                .arg(m_content.metadata.version)
                .arg(m_language, m_content.startNode));
    printNode(m_content.startNode, 0, 0);
    line(0, tr("Emergency strip:"));
    for (const ChannelRef &ref : m_content.emergency)
        printChannel(tr("emergency"), ref, 1);
}

void PathwayPrinter::printChannel(const QString &role, const ChannelRef &ref, int indent)
{
    const Service *service = m_content.service(ref.service);
    const Channel *channel = m_content.channel(ref);
    if (!service || !channel) {
        line(indent, tr("%1: %2/%3 (missing)").arg(role, ref.service, ref.channel));
        return;
    }
    QString text = tr("%1: %2, %3 %4 (%5)")
                       .arg(role, service->name.text(m_language), channel->label.text(m_language),
                            channel->value, ContentHoursText::describe(channel->hours));
    if (service->local) // from the local overlay pack, for reviewers
        text = tr("%1 [local]").arg(text);
    if (service->servesWholeUk()) {
        line(indent, text);
        return;
    }
    // A nation's own line is shown only by kiosks there (the `region` configuration key).
    QStringList regions;
    for (const Region region : service->regions)
        regions << ContentVocabulary::regionName(region);
    line(indent, tr("%1 [only in %2]").arg(text, regions.join(QLatin1String(", "))));
}

void PathwayPrinter::printNode(const QString &id, int choices, int indent)
{
    const PathwayNode *node = m_content.node(id);
    if (!node || indent > maxIndent) {
        line(indent, tr("(missing node '%1')").arg(id));
        return;
    }
    if (node->isOutcome()) {
        line(indent, tr("OUTCOME %1 (%2 choices from the start): %3")
                         .arg(node->id)
                         .arg(choices)
                         .arg(node->text.text(m_language)));
        printChannel(tr("primary"), node->primary, indent + 1);
        for (const ChannelRef &ref : node->alternatives)
            printChannel(tr("alternative"), ref, indent + 1);
        line(indent + 1, tr("message: %1").arg(node->message.text(m_language)));
        return;
    }
    line(indent, tr("QUESTION %1: %2").arg(node->id, node->text.text(m_language)));
    for (const Answer &answer : node->answers) {
        line(indent + 1, tr("- %1").arg(answer.text.text(m_language)));
        printNode(answer.next, choices + 1, indent + 2);
    }
}
