// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/packs/LocalPackReader.h"

#include "core/loading/ChannelRefReader.h"
#include "core/loading/ContentFileGuard.h"
#include "core/loading/ContentReader.h"
#include "core/loading/JsonFieldReader.h"
#include "core/loading/JsonTree.h"
#include "core/loading/PathwayReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonParseError>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LocalPackReader", text);
}

using Need = JsonFieldReader::Need;

QString key(const char *name)
{
    return QLatin1String(name);
}

LocalPackReader::Result fileProblem(const QString &fileName, const QString &message)
{
    LocalPackReader::Result result;
    result.issues.append({ContentIssue::Severity::Error, fileName, QString(), message});
    return result;
}

// The parts of national content a local pack may never carry: naming them is an attempt to
// change the national pathways, emergency strip or campaign, refused rather than ignored.
void refuseNationalParts(JsonFieldReader &reader, const JsonObject &root)
{
    const JsonPointer top;
    if (root.contains(key("pathways")))
        reader.error(top / key("pathways"),
                     tr("a local pack may not change the national pathways; it adds outcomes only "
                        "through \"attachments\" and \"helpNearHere\""));
    if (root.contains(key("emergency")))
        reader.error(top / key("emergency"),
                     tr("a local pack may not change the emergency strip (999, 18000, 999 BSL)"));
    if (root.contains(key("campaignMessages")))
        reader.error(top / key("campaignMessages"),
                     tr("a local pack may not change the national campaign messages"));
    if (root.contains(key("bankHolidays")))
        reader.error(top / key("bankHolidays"),
                     tr("a local pack may not change the bank holidays; give a local service's "
                        "closed days in its channels' closedDates"));
}

LocalPack::Metadata readMetadata(JsonFieldReader &reader, const JsonObject &root,
                                 const QDate &today)
{
    LocalPack::Metadata metadata;
    const JsonPointer at = JsonPointer() / key("metadata");
    const auto object = reader.object(root, key("metadata"), at, Need::Required);
    if (!object)
        return metadata;
    reader.warnUnknownFields(
        *object, at, {"id", "version", "publisher", "area", "reviewedOn", "reviewDue", "locales"});
    metadata.id = reader.id(*object, key("id"), at / key("id")).value_or(QString());
    const JsonPointer versionAt = at / key("version");
    metadata.version =
        reader.integer(*object, key("version"), versionAt, Need::Required).value_or(0);
    if (object->contains(key("version")) && metadata.version < 1 &&
        object->value(key("version")).isDouble())
        reader.error(versionAt, tr("the version must be 1 or more, and grow with every release"));
    metadata.publisher =
        reader.string(*object, key("publisher"), at / key("publisher"), Need::Required)
            .value_or(QString());
    metadata.area =
        reader.string(*object, key("area"), at / key("area"), Need::Required).value_or(QString());
    metadata.reviewedOn =
        reader.date(*object, key("reviewedOn"), at / key("reviewedOn"), Need::Required)
            .value_or(QDate());
    const JsonPointer dueAt = at / key("reviewDue");
    metadata.reviewDue =
        reader.date(*object, key("reviewDue"), dueAt, Need::Required).value_or(QDate());
    if (metadata.reviewDue.isValid() && metadata.reviewedOn.isValid() &&
        metadata.reviewDue < metadata.reviewedOn)
        reader.error(dueAt, tr("the review is due (%1) before the pack was reviewed (%2)")
                                .arg(metadata.reviewDue.toString(Qt::ISODate),
                                     metadata.reviewedOn.toString(Qt::ISODate)));
    else if (metadata.reviewDue.isValid() && metadata.reviewDue < today)
        reader.warning(dueAt, tr("the review was due on %1: check every local fact against its "
                                 "source, then raise the version and the dates")
                                  .arg(metadata.reviewDue.toString(Qt::ISODate)));
    const JsonPointer localesAt = at / key("locales");
    const QStringList locales = reader.strings(*object, key("locales"), localesAt, Need::Optional);
    if (object->contains(key("locales")) && !locales.contains(key("en")))
        reader.error(localesAt, tr("the locales must include English (\"en\"), which every text "
                                   "falls back to"));
    else if (!locales.isEmpty())
        metadata.locales = locales;
    return metadata;
}

QList<LocalPack::Attachment> readAttachments(JsonFieldReader &reader, const JsonObject &root)
{
    QList<LocalPack::Attachment> attachments;
    const JsonPointer at = JsonPointer() / key("attachments");
    const auto array = reader.array(root, key("attachments"), at, Need::Optional);
    for (qsizetype i = 0; array && i < array->size(); ++i) {
        LocalPack::Attachment attachment;
        if (const auto object = reader.objectValue(array->at(i), at / i)) {
            reader.warnUnknownFields(*object, at / i, {"outcome", "alternatives"});
            attachment.outcome =
                reader.id(*object, key("outcome"), at / i / key("outcome")).value_or(QString());
            const JsonPointer alternativesAt = at / i / key("alternatives");
            if (const auto refs =
                    reader.array(*object, key("alternatives"), alternativesAt, Need::Required)) {
                if (refs->isEmpty())
                    reader.error(alternativesAt, tr("name at least one local service's channel"));
                for (qsizetype k = 0; k < refs->size(); ++k)
                    attachment.alternatives
                        << ChannelRefReader::read(reader, refs->at(k), alternativesAt / k)
                               .value_or(ChannelRef{});
            }
        }
        attachments << attachment;
    }
    return attachments;
}

QList<LocalPack::HelpNearHere> readHelpNearHere(JsonFieldReader &reader, const JsonObject &root)
{
    QList<LocalPack::HelpNearHere> helps;
    const JsonPointer at = JsonPointer() / key("helpNearHere");
    const auto array = reader.array(root, key("helpNearHere"), at, Need::Optional);
    for (qsizetype i = 0; array && i < array->size(); ++i) {
        LocalPack::HelpNearHere help;
        if (const auto object = reader.objectValue(array->at(i), at / i)) {
            reader.warnUnknownFields(*object, at / i, {"question", "outcome"});
            help.question =
                reader.id(*object, key("question"), at / i / key("question")).value_or(QString());
            const JsonPointer outcomeAt = at / i / key("outcome");
            if (!object->contains(key("outcome")))
                reader.error(outcomeAt, tr("required field 'outcome' is missing"));
            else
                help.outcome =
                    PathwayReader(reader).readNode(object->value(key("outcome")), outcomeAt);
            if (object->contains(key("outcome")) && !help.outcome.isOutcome() &&
                object->value(key("outcome")).isObject())
                reader.error(outcomeAt / key("kind"),
                             tr("a \"Help near here\" answer leads to one outcome (\"kind\": "
                                "\"outcome\"), never to more questions"));
        }
        helps << help;
    }
    return helps;
}

} // namespace

LocalPackReader::Result LocalPackReader::readFile(const QString &path, const QDate &today)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return fileProblem(path, tr("there is no such file"));
    if (const auto tooBig = ContentFileGuard::sizeProblem(info.size()))
        return fileProblem(path, *tooBig);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileProblem(path, tr("cannot read the file: %1").arg(file.errorString()));
    return readBytes(file.read(ContentFileGuard::maxFileBytes + 1), path, today);
}

LocalPackReader::Result LocalPackReader::readBytes(const QByteArray &bytes, const QString &fileName,
                                                   const QDate &today)
{
    if (const auto problem = ContentFileGuard::bytesProblem(bytes))
        return fileProblem(fileName, *problem);
    QByteArray json = bytes;
    if (json.startsWith("\xEF\xBB\xBF"))
        json.remove(0, 3);
    QJsonParseError parseError;
    const JsonTree tree = JsonTree::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fileProblem(fileName, ContentFileGuard::parseProblem(json, parseError.offset,
                                                                    parseError.errorString()));
    if (!tree.root().isObject())
        return fileProblem(fileName, tr("a local pack is one JSON object { \"kind\": \"local\", "
                                        "metadata, services, attachments, helpNearHere }"));
    const JsonObject root = tree.root().toObject();
    JsonFieldReader reader(fileName);
    const JsonPointer top;
    if (root.value(key("kind")).toString() != LocalPack::kindName())
        reader.error(top / key("kind"), tr("a local pack says \"kind\": \"local\"; national "
                                           "content is checked with signpost --validate alone"));
    refuseNationalParts(reader, root);
    reader.warnUnknownFields(root, top,
                             {"$schema", "kind", "metadata", "services", "attachments",
                              "helpNearHere", "pathways", "emergency", "campaignMessages",
                              "bankHolidays"});
    LocalPack pack;
    pack.metadata = readMetadata(reader, root, today);
    reader.setLocales(pack.metadata.locales);

    const JsonPointer servicesAt = top / key("services");
    ContentReader services(reader);
    if (const auto array = reader.array(root, key("services"), servicesAt, Need::Required)) {
        if (array->isEmpty())
            reader.error(servicesAt, tr("a local pack adds at least one service"));
        for (qsizetype i = 0; i < array->size(); ++i) {
            Service service = services.readService(array->at(i), servicesAt / i);
            service.local = true;
            pack.services << service;
        }
    }
    pack.attachments = readAttachments(reader, root);
    pack.helpNearHere = readHelpNearHere(reader, root);
    if (pack.attachments.isEmpty() && pack.helpNearHere.isEmpty() && root.contains(key("services")))
        reader.warning(top, tr("the pack attaches its services to no outcome and adds no \"Help "
                               "near here\" answer, so visitors never see them (staff do)"));

    Result result;
    result.issues = reader.issues();
    if (!hasErrors(result.issues))
        result.pack = std::move(pack);
    return result;
}
