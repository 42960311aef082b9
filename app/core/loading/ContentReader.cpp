// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/ContentReader.h"

#include "core/content/ContentVocabulary.h"
#include "core/loading/BankHolidaysReader.h"
#include "core/loading/ChannelRefReader.h"
#include "core/loading/ChannelValueRule.h"
#include "core/loading/OpeningHoursReader.h"
#include "core/loading/PathwayReader.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

using Need = JsonFieldReader::Need;

// A field name from static text, with no allocation: it is asked for at every field of
// every service, so a converted copy each time was a measurable part of a large file's load.
template<qsizetype N>
QString key(const char16_t (&name)[N])
{
    return QString::fromRawData(reinterpret_cast<const QChar *>(name), N - 1);
}

} // namespace

ContentReader::ContentReader(JsonFieldReader &reader)
    : m_reader(reader)
{}

Content ContentReader::read(const JsonObject &root, const QDate &today)
{
    Content content;
    const JsonPointer top;
    m_reader.warnUnknownFields(root, top,
                               {"$schema", "metadata", "services", "pathways", "emergency",
                                "campaignMessages", "bankHolidays"});
    content.metadata = readMetadata(root, today);
    m_reader.setLocales(content.metadata.locales);

    const JsonPointer servicesAt = top / key(u"services");
    if (const auto services = m_reader.array(root, key(u"services"), servicesAt, Need::Required)) {
        if (services->isEmpty())
            m_reader.error(servicesAt, tr("there must be at least one service"));
        // Sized once: growing them service by service copied and rehashed them again and again.
        content.services.reserve(services->size());
        m_serviceIds.reserve(services->size());
        for (qsizetype i = 0; i < services->size(); ++i)
            content.services << readService(services->at(i), servicesAt / i);
    }

    PathwayReader(m_reader).read(root, content);

    const JsonPointer emergencyAt = top / key(u"emergency");
    if (const auto emergency =
            m_reader.array(root, key(u"emergency"), emergencyAt, Need::Required)) {
        if (emergency->isEmpty())
            m_reader.error(emergencyAt, tr("the emergency strip needs at least one channel (999)"));
        for (qsizetype i = 0; i < emergency->size(); ++i)
            content.emergency << ChannelRefReader::read(m_reader, emergency->at(i), emergencyAt / i)
                                     .value_or(ChannelRef{});
    }

    const JsonPointer campaignAt = top / key(u"campaignMessages");
    if (const auto messages =
            m_reader.array(root, key(u"campaignMessages"), campaignAt, Need::Optional)) {
        for (qsizetype i = 0; i < messages->size(); ++i)
            content.campaignMessages << m_reader.textValue(messages->at(i), campaignAt / i);
    }
    content.bankHolidays = BankHolidaysReader(m_reader).read(root, content.metadata.reviewDue);
    return content;
}

ContentMetadata ContentReader::readMetadata(const JsonObject &root, const QDate &today)
{
    ContentMetadata metadata;
    metadata.locales = QStringList{key(u"en")};
    const JsonPointer at = JsonPointer() / key(u"metadata");
    const std::optional<JsonObject> object =
        m_reader.object(root, key(u"metadata"), at, Need::Required);
    if (!object)
        return metadata;
    m_reader.warnUnknownFields(*object, at,
                               {"id", "version", "publisher", "region", "reviewedOn", "reviewDue",
                                "locales", "localesNeedingReview"});
    metadata.id = m_reader.id(*object, key(u"id"), at / key(u"id")).value_or(QString());
    const JsonPointer versionAt = at / key(u"version");
    metadata.version =
        m_reader.integer(*object, key(u"version"), versionAt, Need::Required).value_or(0);
    if (object->contains(key(u"version")) && metadata.version < 1 &&
        object->value(key(u"version")).isDouble())
        m_reader.error(versionAt, tr("the version must be 1 or more, and grow with every release"));
    metadata.publisher =
        m_reader.string(*object, key(u"publisher"), at / key(u"publisher"), Need::Required)
            .value_or(QString());
    metadata.region = m_reader.string(*object, key(u"region"), at / key(u"region"), Need::Required)
                          .value_or(QString());
    metadata.reviewedOn =
        m_reader.date(*object, key(u"reviewedOn"), at / key(u"reviewedOn"), Need::Required)
            .value_or(QDate());
    const JsonPointer dueAt = at / key(u"reviewDue");
    metadata.reviewDue =
        m_reader.date(*object, key(u"reviewDue"), dueAt, Need::Required).value_or(QDate());
    if (metadata.reviewDue.isValid() && metadata.reviewedOn.isValid() &&
        metadata.reviewDue < metadata.reviewedOn) {
        m_reader.error(dueAt, tr("the review is due (%1) before the content was reviewed (%2)")
                                  .arg(metadata.reviewDue.toString(Qt::ISODate),
                                       metadata.reviewedOn.toString(Qt::ISODate)));
    } else if (metadata.reviewDue.isValid() && metadata.reviewDue < today) {
        m_reader.warning(dueAt, tr("the review was due on %1: check every fact against its "
                                   "source, then raise the version and the dates")
                                    .arg(metadata.reviewDue.toString(Qt::ISODate)));
    }
    const JsonPointer localesAt = at / key(u"locales");
    const QStringList locales =
        m_reader.strings(*object, key(u"locales"), localesAt, Need::Required);
    if (object->contains(key(u"locales")) && !locales.contains(key(u"en")))
        m_reader.error(localesAt, tr("the locales must include English (\"en\"), which every "
                                     "text falls back to"));
    else if (!locales.isEmpty())
        metadata.locales = locales;
    const JsonPointer reviewAt = at / key(u"localesNeedingReview");
    metadata.localesNeedingReview =
        m_reader.strings(*object, key(u"localesNeedingReview"), reviewAt, Need::Optional);
    for (qsizetype i = 0; i < metadata.localesNeedingReview.size(); ++i) {
        const QString &locale = metadata.localesNeedingReview.at(i);
        if (!metadata.locales.contains(locale))
            m_reader.error(reviewAt / i, tr("'%1' is not one of the locales").arg(locale));
        else
            m_reader.warning(reviewAt / i, tr("the '%1' text is a draft: a qualified translator "
                                              "must review it before a deployment relies on it")
                                               .arg(locale));
    }
    return metadata;
}

void ContentReader::readNeedsConfirming(const JsonFields &fields, bool &flag, QString &note)
{
    flag = m_reader.boolean(fields, key(u"needsConfirming"));
    note = m_reader.string(fields, key(u"needsConfirmingNote"), Need::Optional).value_or(QString());
    if (flag && note.isEmpty() && !fields.contains(key(u"needsConfirmingNote")))
        m_reader.error(fields.at() / key(u"needsConfirmingNote"),
                       tr("needsConfirming is true, so say here which fact to confirm and why"));
    else if (flag)
        m_reader.warning(fields.at() / key(u"needsConfirming"),
                         tr("needs confirming: %1").arg(note));
}

Service ContentReader::readService(const JsonValue &value, const JsonPointer &at)
{
    Service service;
    const std::optional<JsonFields> fields = m_reader.objectFields(
        value, at,
        {"id", "name", "organisation", "description", "audiences", "channels", "confidentiality",
         "confidentialityNote", "whatHappens", "languages", "source", "verifiedOn",
         "needsConfirming", "needsConfirmingNote", "minAge", "maxAge", "regions"});
    if (!fields)
        return service;
    service.id = m_reader.id(*fields, key(u"id")).value_or(QString());
    if (!service.id.isEmpty()) {
        // The service's pointer is kept, its id's spelt out only for a duplicate.
        if (const auto first = m_serviceIds.constFind(service.id); first != m_serviceIds.cend())
            m_reader.error(at / key(u"id"), tr("duplicate service id '%1' (already used at %2)")
                                                .arg(service.id, (*first / key(u"id")).toString()));
        else
            m_serviceIds.insert(service.id, at);
    }
    service.name = m_reader.text(*fields, key(u"name"), Need::Required);
    service.organisation =
        m_reader.string(*fields, key(u"organisation"), Need::Required).value_or(QString());
    service.description = m_reader.text(*fields, key(u"description"), Need::Required);
    service.audiences = m_reader.strings(*fields, key(u"audiences"), Need::Required);
    if (const auto name = m_reader.string(*fields, key(u"confidentiality"), Need::Optional)) {
        if (const auto confidentiality = ContentVocabulary::confidentialityFromName(*name))
            service.confidentiality = *confidentiality;
        else
            m_reader.error(at / key(u"confidentiality"),
                           tr("'%1' is not a confidentiality: use %2")
                               .arg(*name, ContentVocabulary::confidentialityNames().join(
                                               QLatin1String(", "))));
    }
    service.confidentialityNote =
        m_reader.text(*fields, key(u"confidentialityNote"), Need::Optional);
    service.whatHappens = m_reader.text(*fields, key(u"whatHappens"), Need::Optional);
    service.languages = m_reader.strings(*fields, key(u"languages"), Need::Optional);
    service.source = m_reader.string(*fields, key(u"source"), Need::Optional).value_or(QString());
    if (!service.source.isEmpty()) {
        if (const auto problem = ChannelValueRule::problem(ChannelType::Web, false, service.source))
            m_reader.error(at / key(u"source"), *problem);
    }
    service.verifiedOn =
        m_reader.date(*fields, key(u"verifiedOn"), Need::Required).value_or(QDate());
    readNeedsConfirming(*fields, service.needsConfirming, service.needsConfirmingNote);
    service.ages = readAges(*fields);
    const QStringList regions = m_reader.strings(*fields, key(u"regions"), Need::Optional);
    for (qsizetype i = 0; i < regions.size(); ++i) {
        if (const auto region = ContentVocabulary::regionFromName(regions.at(i)))
            service.regions << *region;
        else
            m_reader.error(at / key(u"regions") / i,
                           tr("'%1' is not a region: use %2")
                               .arg(regions.at(i),
                                    ContentVocabulary::regionNames().join(QLatin1String(", "))));
    }

    ChannelIds channelIds;
    if (const auto channels = m_reader.array(*fields, key(u"channels"), Need::Required)) {
        const JsonPointer channelsAt = at / key(u"channels");
        if (channels->isEmpty())
            m_reader.error(channelsAt, tr("a service needs at least one channel"));
        service.channels.reserve(channels->size());
        for (qsizetype i = 0; i < channels->size(); ++i)
            service.channels << readChannel(channels->at(i), channelsAt / i, channelIds);
    }
    return service;
}

Channel ContentReader::readChannel(const JsonValue &value, const JsonPointer &at,
                                   ChannelIds &channelIds)
{
    Channel channel;
    const std::optional<JsonFields> fields = m_reader.objectFields(
        value, at,
        {"id", "type", "value", "international", "label", "howTo", "cost", "hours",
         "needsConfirming", "needsConfirmingNote", "minAge", "maxAge"});
    if (!fields)
        return channel;
    channel.id = m_reader.id(*fields, key(u"id")).value_or(QString());
    if (!channel.id.isEmpty()) {
        const auto first =
            std::find_if(channelIds.cbegin(), channelIds.cend(),
                         [&channel](const auto &entry) { return entry.first == channel.id; });
        if (first != channelIds.cend())
            m_reader.error(at / key(u"id"),
                           tr("duplicate channel id '%1' in this service (already used at %2)")
                               .arg(channel.id, (first->second / key(u"id")).toString()));
        else
            channelIds.append({channel.id, at});
    }
    std::optional<ChannelType> type;
    if (const auto name = m_reader.string(*fields, key(u"type"), Need::Required)) {
        type = ContentVocabulary::channelTypeFromName(*name);
        if (!type)
            m_reader.error(
                at / key(u"type"),
                tr("'%1' is not a channel type: use %2")
                    .arg(*name, ContentVocabulary::channelTypeNames().join(QLatin1String(", "))));
    }
    channel.type = type.value_or(ChannelType::Phone);
    const bool international = m_reader.boolean(*fields, key(u"international"));
    channel.international = international;
    if (international && type && !ContentVocabulary::isNumber(*type))
        m_reader.error(at / key(u"international"), tr("only a number can be international"));
    channel.value = m_reader.string(*fields, key(u"value"), Need::Required).value_or(QString());
    if (type && !channel.value.isEmpty()) {
        if (const auto problem = ChannelValueRule::problem(*type, international, channel.value))
            m_reader.error(at / key(u"value"), *problem);
    }
    channel.label = m_reader.text(*fields, key(u"label"), Need::Required);
    channel.howTo = m_reader.text(*fields, key(u"howTo"), Need::Optional);
    channel.cost = m_reader.text(*fields, key(u"cost"), Need::Optional);
    if (const JsonValue *hours = fields->find(key(u"hours")))
        channel.hours = OpeningHoursReader(m_reader).read(*hours, at / key(u"hours"));
    readNeedsConfirming(*fields, channel.needsConfirming, channel.needsConfirmingNote);
    channel.ages = readAges(*fields);
    return channel;
}

AgeRange ContentReader::readAges(const JsonFields &fields)
{
    AgeRange ages;
    const auto readAge = [&](const QString &name) -> std::optional<int> {
        const auto age = m_reader.integer(fields, name, Need::Optional);
        if (!age)
            return std::nullopt;
        if (*age < 0 || *age > maxAge) {
            m_reader.error(
                fields.at() / name,
                tr("%1 is not an age: give whole years from 0 to %2").arg(*age).arg(maxAge));
            return std::nullopt;
        }
        return int(*age);
    };
    ages.minAge = readAge(key(u"minAge"));
    ages.maxAge = readAge(key(u"maxAge"));
    if (ages.minAge && ages.maxAge && *ages.maxAge < *ages.minAge)
        m_reader.error(fields.at() / key(u"maxAge"),
                       tr("maxAge %1 is below minAge %2: no one could use it")
                           .arg(*ages.maxAge)
                           .arg(*ages.minAge));
    return ages;
}
