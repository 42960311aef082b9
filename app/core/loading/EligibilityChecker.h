// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"
#include "core/loading/JsonFieldReader.h"

#include <QCoreApplication>
#include <QHash>

// Checks that every outcome offers services a visitor of the age their answers gave may use:
// - a visitor under 18 never leads with an adults-only service;
// - when the primary leaves out part of under 18 (Shore is 13 to 18), the first alternative
//   serves those ages (Childline);
// - a visitor who did not give their age has a service for young people among the first two.
// The age band a route carries is the last `ageBand` among the answers chosen on it.
class EligibilityChecker
{
    Q_DECLARE_TR_FUNCTIONS(EligibilityChecker)

public:
    EligibilityChecker(const Content &content, JsonFieldReader &reader);

    void check();

private:
    struct Reach
    {
        AgeBand band = AgeBand::NotAsked;
        JsonPointer answerAt; // the answer that gave the band
        QString answerText;
    };

    void checkOutcome(qsizetype node, const Reach &reach);
    void checkUnder18(qsizetype node, const Reach &reach);
    void checkUnknownAge(qsizetype node, const Reach &reach);
    QString reachedBy(const PathwayNode &outcome, const Reach &reach) const;
    JsonPointer nodePointer(qsizetype node) const;

    const Content &m_content;
    JsonFieldReader &m_reader;
    QHash<QString, qsizetype> m_index; // node id → first index
};
