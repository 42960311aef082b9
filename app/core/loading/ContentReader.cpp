// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/ContentReader.h"

#include "core/content/ContentVocabulary.h"
#include "core/loading/BankHolidaysReader.h"
#include "core/loading/ChannelRefReader.h"
#include "core/loading/ChannelValueRule.h"
#include "core/loading/OpeningHoursReader.h"
#include "core/loading/PathwayReader.h"

#include <QCoreApplication>

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

Content ContentReader::read(const QJsonObject &root, const QDate &today)
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

ContentMetadata ContentReader::readMetadata(const QJsonObject &root, const QDate &today)
{
    ContentMetadata metadata;
    metadata.locales = QStringList{key(u"en")};
    const JsonPointer at = JsonPointer() / key(u"metadata");
    const std::optional<QJsonObject> object =
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

void ContentReader::readNeedsConfirming(const QJsonObject &object, const JsonPointer &at,
                                        bool &flag, QString &note)
{
    flag = m_reader.boolean(object, key(u"needsConfirming"), at / key(u"needsConfirming"));
    const JsonPointer noteAt = at / key(u"needsConfirmingNote");
    note = m_reader.string(object, key(u"needsConfirmingNote"), noteAt, Need::Optional)
               .value_or(QString());
    if (flag && note.isEmpty() && !object.contains(key(u"needsConfirmingNote")))
        m_reader.error(noteAt, tr("needsConfirming is true, so say here which fact to confirm "
                                  "and why"));
    else if (flag)
        m_reader.warning(at / key(u"needsConfirming"), tr("needs confirming: %1").arg(note));
}

Service ContentReader::readService(const QJsonValue &value, const JsonPointer &at)
{
    Service service;
    const std::optional<QJsonObject> object = m_reader.objectValue(value, at);
    if (!object)
        return service;
    m_reader.warnUnknownFields(*object, at,
                               {"id", "name", "organisation", "description", "audiences",
                                "channels", "confidentiality", "confidentialityNote", "whatHappens",
                                "languages", "source", "verifiedOn", "needsConfirming",
                                "needsConfirmingNote", "minAge", "maxAge", "regions"});
    const JsonPointer idAt = at / key(u"id");
    service.id = m_reader.id(*object, key(u"id"), idAt).value_or(QString());
    if (!service.id.isEmpty()) {
        if (m_serviceIds.contains(service.id))
            m_reader.error(idAt, tr("duplicate service id '%1' (already used at %2)")
                                     .arg(service.id, m_serviceIds.value(service.id).toString()));
        else
            m_serviceIds.insert(service.id, idAt);
    }
    service.name = m_reader.text(*object, key(u"name"), at / key(u"name"), Need::Required);
    service.organisation =
        m_reader.string(*object, key(u"organisation"), at / key(u"organisation"), Need::Required)
            .value_or(QString());
    service.description =
        m_reader.text(*object, key(u"description"), at / key(u"description"), Need::Required);
    service.audiences =
        m_reader.strings(*object, key(u"audiences"), at / key(u"audiences"), Need::Required);
    const JsonPointer confidentialityAt = at / key(u"confidentiality");
    if (const auto name =
            m_reader.string(*object, key(u"confidentiality"), confidentialityAt, Need::Optional)) {
        if (const auto confidentiality = ContentVocabulary::confidentialityFromName(*name))
            service.confidentiality = *confidentiality;
        else
            m_reader.error(confidentialityAt,
                           tr("'%1' is not a confidentiality: use %2")
                               .arg(*name, ContentVocabulary::confidentialityNames().join(
                                               QLatin1String(", "))));
    }
    service.confidentialityNote = m_reader.text(*object, key(u"confidentialityNote"),
                                                at / key(u"confidentialityNote"), Need::Optional);
    service.whatHappens =
        m_reader.text(*object, key(u"whatHappens"), at / key(u"whatHappens"), Need::Optional);
    service.languages =
        m_reader.strings(*object, key(u"languages"), at / key(u"languages"), Need::Optional);
    const JsonPointer sourceAt = at / key(u"source");
    service.source =
        m_reader.string(*object, key(u"source"), sourceAt, Need::Optional).value_or(QString());
    if (!service.source.isEmpty()) {
        if (const auto problem = ChannelValueRule::problem(ChannelType::Web, false, service.source))
            m_reader.error(sourceAt, *problem);
    }
    service.verifiedOn =
        m_reader.date(*object, key(u"verifiedOn"), at / key(u"verifiedOn"), Need::Required)
            .value_or(QDate());
    readNeedsConfirming(*object, at, service.needsConfirming, service.needsConfirmingNote);
    service.ages = readAges(*object, at);
    const JsonPointer regionsAt = at / key(u"regions");
    const QStringList regions =
        m_reader.strings(*object, key(u"regions"), regionsAt, Need::Optional);
    for (qsizetype i = 0; i < regions.size(); ++i) {
        if (const auto region = ContentVocabulary::regionFromName(regions.at(i)))
            service.regions << *region;
        else
            m_reader.error(regionsAt / i,
                           tr("'%1' is not a region: use %2")
                               .arg(regions.at(i),
                                    ContentVocabulary::regionNames().join(QLatin1String(", "))));
    }

    const JsonPointer channelsAt = at / key(u"channels");
    QHash<QString, JsonPointer> channelIds;
    if (const auto channels =
            m_reader.array(*object, key(u"channels"), channelsAt, Need::Required)) {
        if (channels->isEmpty())
            m_reader.error(channelsAt, tr("a service needs at least one channel"));
        for (qsizetype i = 0; i < channels->size(); ++i)
            service.channels << readChannel(channels->at(i), channelsAt / i, channelIds);
    }
    return service;
}

Channel ContentReader::readChannel(const QJsonValue &value, const JsonPointer &at,
                                   QHash<QString, JsonPointer> &channelIds)
{
    Channel channel;
    const std::optional<QJsonObject> object = m_reader.objectValue(value, at);
    if (!object)
        return channel;
    m_reader.warnUnknownFields(*object, at,
                               {"id", "type", "value", "international", "label", "howTo", "cost",
                                "hours", "needsConfirming", "needsConfirmingNote", "minAge",
                                "maxAge"});
    const JsonPointer idAt = at / key(u"id");
    channel.id = m_reader.id(*object, key(u"id"), idAt).value_or(QString());
    if (!channel.id.isEmpty()) {
        if (channelIds.contains(channel.id))
            m_reader.error(idAt,
                           tr("duplicate channel id '%1' in this service (already used at %2)")
                               .arg(channel.id, channelIds.value(channel.id).toString()));
        else
            channelIds.insert(channel.id, idAt);
    }
    const JsonPointer typeAt = at / key(u"type");
    std::optional<ChannelType> type;
    if (const auto name = m_reader.string(*object, key(u"type"), typeAt, Need::Required)) {
        type = ContentVocabulary::channelTypeFromName(*name);
        if (!type)
            m_reader.error(typeAt, tr("'%1' is not a channel type: use %2")
                                       .arg(*name, ContentVocabulary::channelTypeNames().join(
                                                       QLatin1String(", "))));
    }
    channel.type = type.value_or(ChannelType::Phone);
    const JsonPointer internationalAt = at / key(u"international");
    const bool international = m_reader.boolean(*object, key(u"international"), internationalAt);
    channel.international = international;
    if (international && type && !ContentVocabulary::isNumber(*type))
        m_reader.error(internationalAt, tr("only a number can be international"));
    const JsonPointer valueAt = at / key(u"value");
    channel.value =
        m_reader.string(*object, key(u"value"), valueAt, Need::Required).value_or(QString());
    if (type && !channel.value.isEmpty()) {
        if (const auto problem = ChannelValueRule::problem(*type, international, channel.value))
            m_reader.error(valueAt, *problem);
    }
    channel.label = m_reader.text(*object, key(u"label"), at / key(u"label"), Need::Required);
    channel.howTo = m_reader.text(*object, key(u"howTo"), at / key(u"howTo"), Need::Optional);
    channel.cost = m_reader.text(*object, key(u"cost"), at / key(u"cost"), Need::Optional);
    if (object->contains(key(u"hours")))
        channel.hours =
            OpeningHoursReader(m_reader).read(object->value(key(u"hours")), at / key(u"hours"));
    readNeedsConfirming(*object, at, channel.needsConfirming, channel.needsConfirmingNote);
    channel.ages = readAges(*object, at);
    return channel;
}

AgeRange ContentReader::readAges(const QJsonObject &object, const JsonPointer &at)
{
    AgeRange ages;
    const auto readAge = [&](const QString &name) -> std::optional<int> {
        const JsonPointer ageAt = at / name;
        const auto age = m_reader.integer(object, name, ageAt, Need::Optional);
        if (!age)
            return std::nullopt;
        if (*age < 0 || *age > maxAge) {
            m_reader.error(
                ageAt, tr("%1 is not an age: give whole years from 0 to %2").arg(*age).arg(maxAge));
            return std::nullopt;
        }
        return int(*age);
    };
    ages.minAge = readAge(key(u"minAge"));
    ages.maxAge = readAge(key(u"maxAge"));
    if (ages.minAge && ages.maxAge && *ages.maxAge < *ages.minAge)
        m_reader.error(at / key(u"maxAge"), tr("maxAge %1 is below minAge %2: no one could use it")
                                                .arg(*ages.maxAge)
                                                .arg(*ages.minAge));
    return ages;
}
