// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"
#include "core/loading/JsonFieldReader.h"

#include <QCoreApplication>
#include <QHash>

// Checks outcomes against the nations their services serve: the primary serves the whole UK
// (a kiosk anywhere leads with it), and wherever a kiosk stands an outcome shows at most three
// alternatives (a list may name more when some serve only some nations).
class RegionChecker
{
    Q_DECLARE_TR_FUNCTIONS(RegionChecker)

public:
    static constexpr int maxAlternatives = 3;

    RegionChecker(const Content &content, JsonFieldReader &reader);

    void check();

private:
    const Content &m_content;
    JsonFieldReader &m_reader;
    // Service id → the first service with it (as Content::service), so checking every outcome
    // in every nation stays linear in the size of the content.
    QHash<QString, const Service *> m_services;
};
