// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/oruk/OrukExporter.h"

#include "core/content/ContentVocabulary.h"
#include "core/oruk/OrukSchedule.h"

#include <QLocale>

namespace {

const QString english = QStringLiteral("en");

QString idText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

QString channelKey(const Service &service, const Channel &channel)
{
    return service.id + QLatin1Char('/') + channel.id;
}

bool isAddress(ChannelType type)
{
    return type == ChannelType::Web || type == ChannelType::Chat;
}

QJsonObject phone(const Service &service, const Channel &channel)
{
    return {{QStringLiteral("id"),
             idText(OrukExporter::uuidFor(QStringLiteral("phone"), channelKey(service, channel)))},
            {QStringLiteral("service_id"),
             idText(OrukExporter::uuidFor(QStringLiteral("service"), service.id))},
            {QStringLiteral("number"), channel.value},
            {QStringLiteral("type"), OrukExporter::phoneType(channel.type)},
            {QStringLiteral("description"), channel.label.text(english)}};
}

// A nation's name as a service area ("Wales", "Northern Ireland").
QString regionTitle(Region region)
{
    switch (region) {
    case Region::England:
        return QStringLiteral("England");
    case Region::Wales:
        return QStringLiteral("Wales");
    case Region::Scotland:
        return QStringLiteral("Scotland");
    case Region::NorthernIreland:
        return QStringLiteral("Northern Ireland");
    }
    return {};
}

} // namespace

QUuid OrukExporter::uuidFor(const QString &kind, const QString &key)
{
    // A fixed namespace for Signpost's ids: the version 5 UUID of "signpost" in the URL namespace.
    static const QUuid signpostNamespace =
        QUuid::createUuidV5(QUuid(QStringLiteral("6ba7b811-9dad-11d1-80b4-00c04fd430c8")),
                            QStringLiteral("https://signpost.invalid/oruk"));
    return QUuid::createUuidV5(signpostNamespace, kind + QLatin1Char(':') + key);
}

QString OrukExporter::phoneType(ChannelType type)
{
    switch (type) {
    case ChannelType::Phone:
        return QStringLiteral("voice");
    case ChannelType::Text:
        return QStringLiteral("text");
    case ChannelType::Textphone:
        return QStringLiteral("textphone");
    case ChannelType::VideoRelay:
        return QStringLiteral("video");
    default:
        return {};
    }
}

QJsonObject OrukExporter::page(const Content &content)
{
    const QJsonArray all = services(content);
    return {{QStringLiteral("total_items"), all.size()}, {QStringLiteral("total_pages"), 1},
            {QStringLiteral("page_number"), 1},          {QStringLiteral("size"), all.size()},
            {QStringLiteral("first_page"), true},        {QStringLiteral("last_page"), true},
            {QStringLiteral("empty"), all.isEmpty()},    {QStringLiteral("contents"), all}};
}

QJsonArray OrukExporter::services(const Content &content)
{
    QJsonArray all;
    for (const Service &s : content.services)
        all.append(service(s));
    return all;
}

QJsonObject OrukExporter::service(const Service &service)
{
    const QString serviceId = idText(uuidFor(QStringLiteral("service"), service.id));
    QJsonObject out{
        {QStringLiteral("id"), serviceId},
        {QStringLiteral("name"), service.name.text(english)},
        {QStringLiteral("description"), service.description.text(english)},
        {QStringLiteral("status"), QStringLiteral("active")},
    };
    const QString organizationId =
        idText(uuidFor(QStringLiteral("organization"), service.organisation));
    out[QStringLiteral("organization_id")] = organizationId;
    // HSDS requires a description; the content states only who runs the service.
    out[QStringLiteral("organization")] = QJsonObject{
        {QStringLiteral("id"), organizationId},
        {QStringLiteral("name"), service.organisation},
        {QStringLiteral("description"), service.organisation},
    };
    if (service.verifiedOn.isValid())
        out[QStringLiteral("assured_date")] = service.verifiedOn.toString(Qt::ISODate);
    if (service.ages.minAge)
        out[QStringLiteral("minimum_age")] = *service.ages.minAge;
    if (service.ages.maxAge)
        out[QStringLiteral("maximum_age")] = *service.ages.maxAge;

    QJsonArray phones;
    QJsonArray allSchedules;
    QJsonArray locations;
    for (const Channel &channel : service.channels) {
        if (ContentVocabulary::isNumber(channel.type))
            phones.append(phone(service, channel));
        if (isAddress(channel.type) && !out.contains(QStringLiteral("url")))
            out[QStringLiteral("url")] = channel.value;
        if (channel.type == ChannelType::Email && !out.contains(QStringLiteral("email")))
            out[QStringLiteral("email")] = channel.value;
        const QJsonObject location = serviceAtLocation(service, channel);
        for (const QJsonValue &schedule : location.value(QStringLiteral("schedules")).toArray())
            allSchedules.append(schedule);
        locations.append(location);
    }
    out[QStringLiteral("phones")] = phones;
    out[QStringLiteral("schedules")] = allSchedules;
    out[QStringLiteral("service_at_locations")] = locations;

    QJsonArray languages;
    for (const QString &code : service.languages) {
        const QLocale locale(code);
        languages.append(QJsonObject{
            {QStringLiteral("id"),
             idText(uuidFor(QStringLiteral("language"), service.id + QLatin1Char('/') + code))},
            {QStringLiteral("service_id"), serviceId},
            {QStringLiteral("code"), code},
            {QStringLiteral("name"), QLocale::languageToString(locale.language())}});
    }
    out[QStringLiteral("languages")] = languages;

    QJsonArray areas;
    for (const Region region : service.regions) {
        const QString name = ContentVocabulary::regionName(region);
        areas.append(QJsonObject{
            {QStringLiteral("id"),
             idText(uuidFor(QStringLiteral("service_area"), service.id + QLatin1Char('/') + name))},
            {QStringLiteral("service_id"), serviceId},
            {QStringLiteral("name"), regionTitle(region)},
            {QStringLiteral("extent_type"), QStringLiteral("nation")},
            {QStringLiteral("uri"), name}});
    }
    if (!areas.isEmpty())
        out[QStringLiteral("service_areas")] = areas;
    out[QStringLiteral("attributes")] = QJsonArray{scopeAttribute(service)};
    return out;
}

QJsonObject OrukExporter::scopeAttribute(const Service &service)
{
    const QString scope = service.local ? QStringLiteral("local") : QStringLiteral("national");
    const QString description =
        service.local ? QStringLiteral("Added for this area by a local overlay pack, signed by "
                                       "the area's own publisher; not part of the national "
                                       "content.")
                      : QStringLiteral("Part of the national content, signed by its owner.");
    const QString termId = idText(uuidFor(QStringLiteral("taxonomy_term"), scope));
    return {
        {QStringLiteral("id"), idText(uuidFor(QStringLiteral("attribute"), service.id))},
        {QStringLiteral("link_id"), idText(uuidFor(QStringLiteral("service"), service.id))},
        {QStringLiteral("link_type"), QLatin1String(scopeLinkType)},
        {QStringLiteral("link_entity"), QStringLiteral("service")},
        {QStringLiteral("value"), scope},
        {QStringLiteral("taxonomy_term_id"), termId},
        {QStringLiteral("taxonomy_term"),
         QJsonObject{{QStringLiteral("id"), termId},
                     {QStringLiteral("code"), scope},
                     {QStringLiteral("name"), service.local ? QStringLiteral("Local service")
                                                            : QStringLiteral("National service")},
                     {QStringLiteral("description"), description},
                     {QStringLiteral("taxonomy"), QLatin1String(scopeTaxonomy)}}},
    };
}

QJsonArray OrukExporter::schedules(const Service &service, const Channel &channel,
                                   const QString &serviceAtLocationId)
{
    QJsonArray out;
    const QList<OrukSchedule::Row> rows = OrukSchedule::rows(channel.hours);
    for (int i = 0; i < rows.size(); ++i) {
        const OrukSchedule::Row &row = rows.at(i);
        out.append(QJsonObject{
            {QStringLiteral("id"),
             idText(uuidFor(QStringLiteral("schedule"),
                            channelKey(service, channel) + QLatin1Char('/') + QString::number(i)))},
            {QStringLiteral("service_id"), idText(uuidFor(QStringLiteral("service"), service.id))},
            {QStringLiteral("service_at_location_id"), serviceAtLocationId},
            {QStringLiteral("freq"), QStringLiteral("WEEKLY")},
            {QStringLiteral("wkst"), QStringLiteral("MO")},
            {QStringLiteral("byday"), row.byday},
            {QStringLiteral("opens_at"), row.opensAt},
            {QStringLiteral("closes_at"), row.closesAt},
            {QStringLiteral("description"),
             QStringLiteral("%1 (%2)").arg(channel.label.text(english), channel.value)},
            {QStringLiteral("notes"), OrukSchedule::timeZoneNote()}});
    }
    return out;
}

QJsonObject OrukExporter::serviceAtLocation(const Service &service, const Channel &channel)
{
    const QString key = channelKey(service, channel);
    const QString id = idText(uuidFor(QStringLiteral("service_at_location"), key));
    const QString locationId = idText(uuidFor(QStringLiteral("location"), key));
    QJsonObject location{
        {QStringLiteral("id"), locationId},
        {QStringLiteral("location_type"), QStringLiteral("virtual")},
        {QStringLiteral("name"), channel.label.text(english)},
        {QStringLiteral("external_identifier"),
         key + QLatin1Char('/') + ContentVocabulary::channelTypeName(channel.type)},
        {QStringLiteral("external_identifier_type"), QLatin1String(channelIdentifierType)},
    };
    if (!channel.howTo.isEmpty())
        location[QStringLiteral("description")] = channel.howTo.text(english);
    if (isAddress(channel.type))
        location[QStringLiteral("url")] = channel.value;

    QJsonObject out{
        {QStringLiteral("id"), id},
        {QStringLiteral("service_id"), idText(uuidFor(QStringLiteral("service"), service.id))},
        {QStringLiteral("location_id"), locationId},
        {QStringLiteral("description"), channel.label.text(english)},
        {QStringLiteral("location"), location},
        {QStringLiteral("schedules"), schedules(service, channel, id)},
    };
    if (ContentVocabulary::isNumber(channel.type))
        out[QStringLiteral("phones")] = QJsonArray{phone(service, channel)};
    if (channel.type == ChannelType::Email)
        out[QStringLiteral("contacts")] = QJsonArray{QJsonObject{
            {QStringLiteral("id"), idText(uuidFor(QStringLiteral("contact"), key))},
            {QStringLiteral("service_id"), idText(uuidFor(QStringLiteral("service"), service.id))},
            {QStringLiteral("name"), channel.label.text(english)},
            {QStringLiteral("email"), channel.value}}};
    return out;
}
