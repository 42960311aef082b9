// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/oruk/OrukImporter.h"

#include "core/content/ContentVocabulary.h"
#include "core/oruk/OrukChannelReader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OrukImporter", text);
}

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QJsonObject english(const QString &text)
{
    return {{key("en"), text}};
}

// A whole number of years 0–120 from an HSDS age, or nothing.
std::optional<int> age(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double years = value.toDouble();
    if (years < 0 || years > 120)
        return std::nullopt;
    return static_cast<int>(years);
}

} // namespace

QJsonArray OrukImporter::serviceObjects(const QJsonValue &document)
{
    if (document.isArray())
        return document.toArray();
    const QJsonObject object = document.toObject();
    for (const char *listKey : {"contents", "services"}) {
        if (object.value(QLatin1String(listKey)).isArray())
            return object.value(QLatin1String(listKey)).toArray();
    }
    if (object.contains(key("name")) && object.contains(key("id")))
        return QJsonArray{object};
    return {};
}

OrukImporter::Result OrukImporter::draftFromBytes(const QByteArray &bytes, const QString &fileName,
                                                  const QDate &today)
{
    Result result;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = tr("%1 is not JSON (%2 at byte %3)")
                           .arg(fileName, parseError.errorString())
                           .arg(parseError.offset);
        return result;
    }
    const QJsonArray hsds = serviceObjects(document.isArray() ? QJsonValue(document.array())
                                                              : QJsonValue(document.object()));
    if (hsds.isEmpty()) {
        result.error = tr("%1 holds no HSDS services (an API page with \"contents\", an array of "
                          "services or one service)")
                           .arg(fileName);
        return result;
    }
    QJsonArray services;
    QStringList usedIds;
    for (const QJsonValue &value : hsds)
        services.append(draftService(value.toObject(), fileName, today, usedIds, result.notes));
    result.draft = QJsonObject{
        {key("$comment"),
         tr("A local pack draft imported from Open Referral UK data (%1) on %2. Every service is "
            "flagged needsConfirming: check each fact with the service, choose its audiences, "
            "then remove the flags and sign the pack.")
             .arg(fileName, today.toString(Qt::ISODate))},
        {key("services"), services}};
    return result;
}

QJsonObject OrukImporter::draftService(const QJsonObject &service, const QString &fileName,
                                       const QDate &today, QStringList &usedIds, QStringList &notes)
{
    QStringList problems;
    OrukChannelReader channelReader(service, problems);
    const QJsonArray channels = channelReader.channels();

    const QString name = service.value(key("name")).toString().trimmed();
    QString id = channelReader.exportedServiceId();
    if (id.isEmpty())
        id = OrukChannelReader::slug(name, QStringLiteral("service"));
    for (int n = 2; usedIds.contains(id); ++n)
        id = OrukChannelReader::slug(name, QStringLiteral("service")) + QLatin1Char('-') +
             QString::number(n);
    usedIds << id;

    QJsonObject out{{key("id"), id}, {key("name"), english(name)}};
    QString organisation =
        service.value(key("organization")).toObject().value(key("name")).toString().trimmed();
    if (organisation.isEmpty()) {
        problems << tr("no organization is named, so the service's own name stands in for it");
        organisation = name;
    }
    out[key("organisation")] = organisation;
    const QString description = service.value(key("description")).toString().trimmed();
    out[key("description")] = english(description.isEmpty() ? name : description);
    // HSDS has no audience: a person chooses them.
    out[key("audiences")] = QJsonArray{};

    QJsonArray languages;
    for (const QJsonValue &language : service.value(key("languages")).toArray()) {
        const QString code = language.toObject().value(key("code")).toString().trimmed();
        if (!code.isEmpty() && !languages.contains(code))
            languages.append(code);
    }
    if (!languages.isEmpty())
        out[key("languages")] = languages;
    const QString url = service.value(key("url")).toString();
    if (url.startsWith(QLatin1String("https://")))
        out[key("source")] = url;

    QDate verified = QDate::fromString(service.value(key("assured_date")).toString(), Qt::ISODate);
    if (!verified.isValid()) {
        problems << tr("it has no assured_date, so verifiedOn is the day of the import");
        verified = today;
    }
    out[key("verifiedOn")] = verified.toString(Qt::ISODate);
    if (const std::optional<int> minimum = age(service.value(key("minimum_age"))))
        out[key("minAge")] = *minimum;
    if (const std::optional<int> maximum = age(service.value(key("maximum_age"))))
        out[key("maxAge")] = *maximum;

    QJsonArray regions;
    for (const QJsonValue &area : service.value(key("service_areas")).toArray()) {
        const QString nation = area.toObject().value(key("uri")).toString();
        if (ContentVocabulary::regionFromName(nation) && !regions.contains(nation))
            regions.append(nation);
    }
    if (!regions.isEmpty())
        out[key("regions")] = regions;
    out[key("channels")] = channels;

    QString note =
        tr("Imported from Open Referral UK data (%1, service %2) on %3: check every "
           "fact with the service, choose its audiences and whether to state its "
           "confidentiality, then remove needsConfirming.")
            .arg(fileName, service.value(key("id")).toString(), today.toString(Qt::ISODate));
    if (!problems.isEmpty())
        note +=
            QLatin1Char(' ') + tr("Not carried over: %1.").arg(problems.join(QStringLiteral("; ")));
    out[key("needsConfirming")] = true;
    out[key("needsConfirmingNote")] = note;
    for (const QString &problem : std::as_const(problems))
        notes << QStringLiteral("%1: %2").arg(id, problem);
    return out;
}
