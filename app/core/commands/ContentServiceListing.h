// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

// Every service with its channels, hours and needs-confirming flags, for staff and content
// owners (--list-services): as text to read, or as JSON for scripts.
class ContentServiceListing
{
    Q_DECLARE_TR_FUNCTIONS(ContentServiceListing)

public:
    static void writeText(const Content &content, const QString &language, QTextStream &out);
    static QJsonArray toJson(const Content &content, const QString &language);
};
