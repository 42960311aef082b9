// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Turns Open Referral UK (HSDS 3.0) services into a draft for a local pack: an object whose
// "services" array has exactly the shape of the content file's services (resources/content),
// every service and channel flagged needsConfirming with a note saying what to check, so nothing
// imported reaches a visitor before a person has reviewed it. Offline: it reads what it is given.
class OrukImporter
{
public:
    struct Result
    {
        QJsonObject draft; // {"$comment": …, "services": […]}; empty when `error` is set
        QString error;     // a sentence: the file is not HSDS services
        QStringList notes; // per service, what could not be carried over
    };

    // `bytes` holds an HSDS API page ({"contents": […]}), an array of services or one service.
    static Result draftFromBytes(const QByteArray &bytes, const QString &fileName,
                                 const QDate &today);
    // One HSDS service as a content service; `usedIds` keeps service ids unique in the draft.
    static QJsonObject draftService(const QJsonObject &service, const QString &fileName,
                                    const QDate &today, QStringList &usedIds, QStringList &notes);

private:
    static QJsonArray serviceObjects(const QJsonValue &document);
};
