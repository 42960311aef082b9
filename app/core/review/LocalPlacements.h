// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"

#include <QList>
#include <QString>
#include <QStringList>

// Where a local overlay pack's services meet a visitor, read from the merged content: each
// outcome that leads with a local service (a "Help near here" answer's outcome) or offers one
// as an extra alternative. For the review pack, so the local publisher signs off exactly what
// its pack adds and where, apart from the national content its own owner signs off.
class LocalPlacements
{
public:
    struct Placement
    {
        QString outcomeId;
        QString outcome;      // the outcome's English heading
        QString serviceId;    // the local service
        QString service;      // its English name
        QString channel;      // the channel's English label
        bool primary = false; // leads the outcome ("Help near here"), else an extra alternative
    };

    // In pathway order, primary before alternatives within an outcome.
    static QList<Placement> of(const Content &content);
    // The outcomes that offer a local service, each once, in pathway order.
    static QStringList outcomes(const Content &content);
    // The content's local services, in content order.
    static QList<const Service *> services(const Content &content);
};
