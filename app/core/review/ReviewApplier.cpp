// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/review/ReviewApplier.h"

#include "core/review/JsonSpans.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReviewApplier", text);
}

// The index of the object in `array` whose "id" is `id`, or -1.
int indexById(const QJsonArray &array, const QString &id)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (array.at(i).toObject().value(QLatin1String("id")).toString() == id)
            return int(i);
    }
    return -1;
}

} // namespace

QString ReviewApplier::pointerOf(const QString &id, const QByteArray &contentJson)
{
    const QJsonObject root = QJsonDocument::fromJson(contentJson).object();
    const QStringList parts = id.split(QLatin1Char('/'));
    const auto field = [](const QString &name) {
        static const QStringList texts{
            QStringLiteral("text"),        QStringLiteral("message"),
            QStringLiteral("name"),        QStringLiteral("description"),
            QStringLiteral("whatHappens"), QStringLiteral("confidentialityNote"),
            QStringLiteral("label"),       QStringLiteral("howTo"),
            QStringLiteral("cost")};
        return texts.contains(name);
    };
    if (parts.size() == 2 && parts[0] == QLatin1String("campaign")) {
        bool ok = false;
        const int index = parts[1].toInt(&ok);
        if (ok && index >= 0 &&
            index < root.value(QLatin1String("campaignMessages")).toArray().size())
            return QStringLiteral("/campaignMessages/%1").arg(index);
        return {};
    }
    if (parts.size() >= 3 && parts[0] == QLatin1String("node")) {
        const QJsonArray nodes = root.value(QLatin1String("pathways"))
                                     .toObject()
                                     .value(QLatin1String("nodes"))
                                     .toArray();
        const int node = indexById(nodes, parts[1]);
        if (node < 0)
            return {};
        const QString base = QStringLiteral("/pathways/nodes/%1/").arg(node);
        if (parts.size() == 3 && field(parts[2]) && nodes.at(node).toObject().contains(parts[2]))
            return base + parts[2];
        bool ok = false;
        const int answer = parts.size() == 4 ? parts[3].toInt(&ok) : -1;
        if (parts[2] == QLatin1String("answer") && ok && answer >= 0 &&
            answer < nodes.at(node).toObject().value(QLatin1String("answers")).toArray().size())
            return base + QStringLiteral("answers/%1/text").arg(answer);
        return {};
    }
    if (parts.size() >= 3 && parts[0] == QLatin1String("service")) {
        const QJsonArray services = root.value(QLatin1String("services")).toArray();
        const int service = indexById(services, parts[1]);
        if (service < 0)
            return {};
        const QJsonObject object = services.at(service).toObject();
        if (parts.size() == 3 && field(parts[2]) && object.contains(parts[2]))
            return QStringLiteral("/services/%1/%2").arg(service).arg(parts[2]);
        if (parts.size() == 5 && parts[2] == QLatin1String("channel") && field(parts[4])) {
            const QJsonArray channels = object.value(QLatin1String("channels")).toArray();
            const int channel = indexById(channels, parts[3]);
            if (channel >= 0 && channels.at(channel).toObject().contains(parts[4]))
                return QStringLiteral("/services/%1/channels/%2/%3")
                    .arg(service)
                    .arg(channel)
                    .arg(parts[4]);
        }
    }
    return {};
}

ReviewApplier::Result ReviewApplier::apply(const QByteArray &contentJson,
                                           const ReviewSheet::Parsed &sheet,
                                           const QList<ReviewSentence> &current)
{
    Result result;
    const QString language = sheet.language;
    std::optional<JsonSpans> spans = JsonSpans::scan(contentJson);
    if (!spans) {
        result.error = tr("the content file is not well-formed JSON");
        return result;
    }
    if (language.isEmpty() || language == QLatin1String("en")) {
        result.error = tr("the sheet names no language to review (English is the source)");
        return result;
    }
    QHash<QString, const ReviewSentence *> byId;
    for (const ReviewSentence &sentence : current) {
        if (sentence.origin != ReviewSentence::Origin::Literal)
            byId.insert(sentence.id, &sentence);
    }
    QSet<QString> approvedIds;
    for (const ReviewSheet::Row &row : sheet.rows) {
        ++result.rows;
        const ReviewSentence *sentence = byId.value(row.id);
        if (!sentence) {
            result.unknown << row.id;
            continue;
        }
        if (sentence->english != row.english) {
            result.stale << row.id;
            continue;
        }
        if (!row.isApproved())
            continue;
        ++result.approved;
        approvedIds.insert(row.id);
        const QString translation = row.translation.trimmed();
        if (translation.isEmpty() || translation == sentence->translations.value(language))
            continue;
        if (sentence->origin == ReviewSentence::Origin::App) {
            result.appChanges << row.id;
            continue;
        }
        const QString pointer = pointerOf(row.id, contentJson);
        if (pointer.isEmpty()) {
            result.unknown << row.id;
            continue;
        }
        const QString member = pointer + QLatin1Char('/') + JsonSpans::pointerToken(language);
        if (spans->span(member))
            spans->setString(member, translation);
        else
            spans->addMember(pointer, language, translation);
        result.changed << row.id;
    }
    if (result.refused())
        return result;
    for (auto it = byId.cbegin(); it != byId.cend(); ++it) {
        if (!approvedIds.contains(it.key()))
            ++result.notApproved;
    }
    // Every sentence approved as it stands or as changed here; a change to Signpost's own words
    // is not in this file, so the language is not cleared until that is made too.
    const QJsonArray needing = QJsonDocument::fromJson(contentJson)
                                   .object()
                                   .value(QLatin1String("metadata"))
                                   .toObject()
                                   .value(QLatin1String("localesNeedingReview"))
                                   .toArray();
    const int index = int(needing.toVariantList().indexOf(language));
    result.neededReview = index >= 0;
    if (result.notApproved == 0 && result.appChanges.isEmpty() && index >= 0) {
        spans->removeArrayItem(QStringLiteral("/metadata/localesNeedingReview"), index,
                               int(needing.size()));
        result.languageCleared = true;
    }
    result.json = spans->apply();
    return result;
}
