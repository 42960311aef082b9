// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"
#include "core/hours/ChannelAvailability.h"

#include <QDateTime>
#include <QList>

// What an outcome can offer right now: its primary channel, its alternatives, and which
// alternative leads when the primary is closed, so a closed number is never the only way in.
class OutcomeAvailability
{
public:
    // `content` must outlive this object.
    OutcomeAvailability(const Content &content, const PathwayNode &outcome, const QDateTime &now);

    const ChannelAvailability &primary() const { return m_primary; }
    const QList<ChannelAvailability> &alternatives() const { return m_alternatives; }
    bool primaryClosedNow() const { return m_primary.isClosedNow(); }
    // Index into alternatives() of the one promoted above the closed primary; -1 for none.
    // The first alternative open now wins; failing that, the first web address with no stated
    // hours (a self-help site is there at any time). Emergency channels (999) are never
    // promoted: they stay for danger now, on the emergency strip.
    int promotedAlternative() const { return m_promoted; }
    // The order cards are shown in: the promoted alternative, then the primary, then the rest.
    QList<ChannelAvailability> inShowingOrder() const;
    // "Stop It Now! (Helpline) is closed now. It opens Monday at 9am."; empty when not closed.
    QString closedNotice(const QString &language) const;

private:
    ChannelAvailability m_primary;
    QList<ChannelAvailability> m_alternatives;
    int m_promoted = -1;
};
