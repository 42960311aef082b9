// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUuid>

// Writes a Content's services as Open Referral UK (HSDS 3.0) service objects, for a council's
// service directory. Ids are name-based UUIDs (version 5), so exporting the same content twice
// gives the same file. Each channel is also a virtual location whose external identifier
// ("service/channel/type") lets OrukImporter rebuild it exactly; plain HSDS readers use the
// service's phones, url, email and schedules.
class OrukExporter
{
public:
    static constexpr const char *channelIdentifierType = "signpost-channel";

    // An HSDS 3.0 API page ({"contents": [service, …], "total_items": n, …}) of every service.
    static QJsonObject page(const Content &content);
    static QJsonArray services(const Content &content);
    static QJsonObject service(const Service &service);

    // The same UUID for the same kind and key, every time ("service", "stop-it-now").
    static QUuid uuidFor(const QString &kind, const QString &key);
    // HSDS phone types (RFC 6350): voice, text, textphone, video; empty for other channels.
    static QString phoneType(ChannelType type);

private:
    static QJsonArray schedules(const Service &service, const Channel &channel,
                                const QString &serviceAtLocationId);
    static QJsonObject serviceAtLocation(const Service &service, const Channel &channel);
};
