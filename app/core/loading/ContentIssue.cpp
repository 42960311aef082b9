// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/ContentIssue.h"

#include <QCoreApplication>

#include <algorithm>

QString ContentIssue::toString() const
{
    const QString severityName = severity == Severity::Error
                                     ? QCoreApplication::translate("ContentIssue", "error")
                                     : QCoreApplication::translate("ContentIssue", "warning");
    return QStringLiteral("%1:%2: %3: %4").arg(file, pointer, severityName, message);
}

bool hasErrors(const QList<ContentIssue> &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const ContentIssue &issue) {
        return issue.severity == ContentIssue::Severity::Error;
    });
}
