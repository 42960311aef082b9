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
// service's phones, url, email and schedules. A local overlay pack's services carry the
// attribute "local" (taxonomy "Signpost content scope"), the national ones "national".
class OrukExporter
{
public:
    static constexpr const char *channelIdentifierType = "signpost-channel";
    // The taxonomy of every service's one attribute: "national" (the national content) or
    // "local" (added by a local overlay pack, signed by the area's own publisher).
    static constexpr const char *scopeTaxonomy = "Signpost content scope";
    static constexpr const char *scopeLinkType = "signpost_scope";

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
    static QJsonObject scopeAttribute(const Service &service);
};
