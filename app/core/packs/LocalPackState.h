// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/loading/ContentIssue.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// What became of the installed local overlay pack on this run, for the staff menu, the staff
// desktop and the console: none installed, laid over the national content, or dropped on its
// own (the national content runs without it) and why.
struct LocalPackState
{
    enum class Status
    {
        None,    // no local pack is installed
        Applied, // its services are offered alongside the national ones
        Dropped, // it failed a check: the national content runs without it
    };

    Status status = Status::None;
    QString source; // the installed pack's content.json
    QString id;
    qint64 version = 0;
    QString keyId;
    std::optional<QDate> expires;
    QString reason;             // why it was dropped: one sentence
    QList<ContentIssue> issues; // its own problems, when it was read

    bool applied() const { return status == Status::Applied; }
    bool dropped() const { return status == Status::Dropped; }
};
