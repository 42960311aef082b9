// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hours/OutcomeAvailability.h"

#include <QCoreApplication>

OutcomeAvailability::OutcomeAvailability(const Content &content, const PathwayNode &outcome,
                                         const QDateTime &now)
    : m_primary(ChannelAvailability::at(content, outcome.primary, now))
{
    for (const ChannelRef &ref : outcome.alternatives)
        m_alternatives.append(ChannelAvailability::at(content, ref, now));
    if (!m_primary.isClosedNow())
        return;
    for (int i = 0; i < m_alternatives.size() && m_promoted < 0; ++i) {
        const ChannelAvailability &a = m_alternatives.at(i);
        if (a.isOpenNow() && !a.isEmergency())
            m_promoted = i;
    }
    for (int i = 0; i < m_alternatives.size() && m_promoted < 0; ++i) {
        const ChannelAvailability &a = m_alternatives.at(i);
        if (a.state() == ChannelAvailability::State::HoursNotStated && a.isWebAddress() &&
            !a.isEmergency())
            m_promoted = i;
    }
}

QList<ChannelAvailability> OutcomeAvailability::inShowingOrder() const
{
    QList<ChannelAvailability> order;
    if (m_promoted >= 0)
        order.append(m_alternatives.at(m_promoted));
    order.append(m_primary);
    for (int i = 0; i < m_alternatives.size(); ++i) {
        if (i != m_promoted)
            order.append(m_alternatives.at(i));
    }
    return order;
}

QString OutcomeAvailability::closedNotice(const QString &language) const
{
    if (!primaryClosedNow())
        return {};
    QString name;
    if (m_primary.service() && m_primary.channel()) {
        name = QCoreApplication::translate("OutcomeAvailability", "%1 (%2)")
                   .arg(m_primary.service()->name.text(language),
                        m_primary.channel()->label.text(language));
    }
    const QString opens = m_primary.opensNextText();
    if (opens.isEmpty())
        return QCoreApplication::translate("OutcomeAvailability", "%1 is closed now.").arg(name);
    return QCoreApplication::translate("OutcomeAvailability", "%1 is closed now. It %2.")
        .arg(name, opens);
}
