// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"
#include "core/loading/ContentIssue.h"
#include "core/packs/LocalPack.h"

#include <QHash>
#include <QPair>

#include <optional>

// Lays a local pack over the national content it will sit on, and refuses it, with the JSON
// pointer of what it tried, when it would change, hide or reorder a national service, number,
// pathway or emergency line. Local services are added after the national ones, attached
// alternatives after an outcome's national alternatives, and a "Help near here" answer just
// before an extendable question's last ("Something else, or not sure") answer. The merged
// content is then checked with the built-in content's rules (references, depth, eligibility,
// regions); each problem is named at its place in the local pack.
class LocalOverlay
{
public:
    struct Result
    {
        std::optional<Content> content; // the national content with the pack laid over it
        QList<ContentIssue> issues;     // pointers into the local pack's own file
    };

    static Result apply(const Content &national, const LocalPack &pack, const QString &fileName);

private:
    LocalOverlay(const Content &national, const LocalPack &pack, const QString &fileName);

    void checkServices();
    void attach();
    void addHelpNearHere();
    void checkRoom();
    // The merged content's own problems (those the national content alone does not have),
    // with pointers moved from the merged pathways into the pack.
    void checkMerged();
    QString packPointer(const QString &mergedPointer) const;

    const Content &m_national;
    const LocalPack &m_pack;
    QString m_fileName;
    Content m_merged;
    QList<ContentIssue> m_issues;
    // Merged outcome index and alternative index → the pack's attachment and its entry.
    QHash<QPair<qsizetype, qsizetype>, QPair<qsizetype, qsizetype>> m_attached;
    // Merged question index and answer index → the pack's helpNearHere entry.
    QHash<QPair<qsizetype, qsizetype>, qsizetype> m_addedAnswers;
};
