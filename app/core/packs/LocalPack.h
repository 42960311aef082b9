// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// A local overlay pack's content: services a site adds on top of the national content, the
// outcomes they are offered on as extra alternatives, and "Help near here" outcomes under the
// questions the national content marks as extendable. It never holds national services,
// pathways or emergency lines (LocalOverlay refuses a pack that tries to change them).
struct LocalPack
{
    struct Metadata
    {
        QString id;
        qint64 version = 0; // grows with every release; the rollback floor is per key
        QString publisher;
        QString area; // where it applies, in words: "Cardiff and the Vale"
        QDate reviewedOn;
        QDate reviewDue;
        QStringList locales{QStringLiteral("en")};
    };

    // {"outcome": "report-grooming", "alternatives": [{"service": …, "channel": …}]}
    struct Attachment
    {
        QString outcome;
        QList<ChannelRef> alternatives;
    };

    // {"question": "child-worry", "outcome": {an outcome node}}
    struct HelpNearHere
    {
        QString question;
        PathwayNode outcome;
    };

    Metadata metadata;
    QList<Service> services; // exactly the national content's service shape; marked local
    QList<Attachment> attachments;
    QList<HelpNearHere> helpNearHere;

    // The value of the top-level "kind" field that makes a document a local pack.
    static QString kindName() { return QStringLiteral("local"); }
    // Whether `bytes` is a JSON object whose "kind" is "local" (a cheap look before verifying
    // which kind of key may sign it; the full reading is LocalPackReader's).
    static bool isLocalDocument(const QByteArray &bytes);
};
