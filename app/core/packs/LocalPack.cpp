// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/packs/LocalPack.h"

#include <QJsonDocument>
#include <QJsonObject>

bool LocalPack::isLocalDocument(const QByteArray &bytes)
{
    QByteArray json = bytes;
    if (json.startsWith("\xEF\xBB\xBF"))
        json.remove(0, 3);
    const QJsonDocument document = QJsonDocument::fromJson(json);
    return document.isObject() &&
           document.object().value(QLatin1String("kind")).toString() == kindName();
}
