// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/startup/ActiveContent.h"
#include "core/startup/Configuration.h"

#include <QDate>

#include <functional>
#include <optional>

// What a window is given each time it asks for content (at start, on "Reload content", after
// every reset): ActiveContent's rule, as a kiosk in the configuration's `region` shows it. The
// first ask is answered with what start-up loaded (and reported) rather than reading it twice.
class ContentFeed
{
public:
    using Today = std::function<QDate()>;

    ContentFeed(ActiveContent::Request request, Configuration config,
                Today today = &QDate::currentDate);

    // The content loaded at construction, until next() hands it over.
    const ActiveContent &first() const { return *m_first; }
    // Configured content's problems, one line each, for the console; nothing for the built-in
    // content's own review notes (those are --validate's); and why a local pack was dropped.
    QStringList consoleIssues() const;
    // first() the first time, then the rule again.
    ActiveContent next();

private:
    ActiveContent load() const;

    ActiveContent::Request m_request;
    Configuration m_config;
    Today m_today;
    std::optional<ActiveContent> m_first;
    bool m_handedOver = false;
};
