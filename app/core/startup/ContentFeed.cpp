// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/startup/ContentFeed.h"

#include "core/content/RegionalContent.h"

ContentFeed::ContentFeed(ActiveContent::Request request, Configuration config, Today today)
    : m_request(std::move(request))
    , m_config(std::move(config))
    , m_today(std::move(today))
    , m_first(load())
{}

ActiveContent ContentFeed::load() const
{
    ActiveContent active = ActiveContent::choose(m_request, m_config, m_today());
    active.content = RegionalContent::forRegion(std::move(active.content), m_config.region());
    return active;
}

QStringList ContentFeed::consoleIssues() const
{
    QStringList lines;
    if (!m_first->builtIn || m_first->fellBack) {
        for (const ContentIssue &issue : std::as_const(m_first->issues))
            lines << issue.toString();
    }
    if (m_first->local.dropped()) // only the local pack was set aside; say why for IT
        lines << m_first->describe();
    return lines;
}

ActiveContent ContentFeed::next()
{
    if (m_handedOver)
        return load();
    m_handedOver = true;
    return std::move(*m_first);
}
