// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// One problem found in a content file, placed exactly so an author can fix it.
struct ContentIssue
{
    enum class Severity
    {
        Error,   // the file cannot be used
        Warning, // reported, not fatal
    };

    Severity severity = Severity::Error;
    QString file; // as the author named it
    QString
        pointer; // JSON pointer (RFC 6901), e.g. "/services/3/channels/0/value"; "" = whole file
    QString message;

    // "PATH:/json/pointer: error: message", the form --validate prints.
    QString toString() const;
};

bool hasErrors(const QList<ContentIssue> &issues);
