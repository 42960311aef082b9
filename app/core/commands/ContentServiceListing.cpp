// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/ContentServiceListing.h"

#include "core/content/ContentVocabulary.h"
#include "core/hours/ContentHoursText.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {

QJsonObject channelJson(const Channel &channel, const QString &language)
{
    QJsonObject object{
        {QStringLiteral("id"), channel.id},
        {QStringLiteral("type"), ContentVocabulary::channelTypeName(channel.type)},
        {QStringLiteral("value"), channel.value},
        {QStringLiteral("label"), channel.label.text(language)},
        {QStringLiteral("hours"), ContentHoursText::toJson(channel.hours)},
        {QStringLiteral("hoursText"), ContentHoursText::describe(channel.hours)},
        {QStringLiteral("needsConfirming"), channel.needsConfirming},
    };
    if (channel.international)
        object.insert(QStringLiteral("international"), true);
    if (!channel.cost.isEmpty())
        object.insert(QStringLiteral("cost"), channel.cost.text(language));
    if (channel.needsConfirming)
        object.insert(QStringLiteral("needsConfirmingNote"), channel.needsConfirmingNote);
    return object;
}

} // namespace

void ContentServiceListing::writeText(const Content &content, const QString &language,
                                      QTextStream &out)
{
    for (const Service &service : content.services) {
        // A service whose content does not state its confidentiality gets no word about it.
        const QString confidentiality =
            ContentVocabulary::confidentialityName(service.confidentiality);
        QString heading =
            tr("%1: %2 (%3)").arg(service.id, service.name.text(language), service.organisation);
        if (service.local)
            heading = tr("%1 [local]").arg(heading);
        out << (confidentiality.isEmpty() ? heading : tr("%1, %2").arg(heading, confidentiality))
            << '\n';
        if (service.needsConfirming)
            out << "  " << tr("NEEDS CONFIRMING: %1").arg(service.needsConfirmingNote) << '\n';
        for (const Channel &channel : service.channels) {
            QString line = tr("%1 %2: %3, %4")
                               .arg(ContentVocabulary::channelTypeName(channel.type), channel.id,
                                    channel.value, ContentHoursText::describe(channel.hours));
            if (channel.international)
                line = tr("%1 (international)").arg(line);
            if (!channel.cost.isEmpty())
                line = tr("%1, %2").arg(line, channel.cost.text(language));
            out << "  " << line << '\n';
            if (channel.needsConfirming)
                out << "    " << tr("NEEDS CONFIRMING: %1").arg(channel.needsConfirmingNote)
                    << '\n';
        }
    }
}

QJsonArray ContentServiceListing::toJson(const Content &content, const QString &language)
{
    QJsonArray services;
    for (const Service &service : content.services) {
        QJsonArray channels;
        for (const Channel &channel : service.channels)
            channels.append(channelJson(channel, language));
        QJsonObject object{
            {QStringLiteral("id"), service.id},
            {QStringLiteral("name"), service.name.text(language)},
            {QStringLiteral("organisation"), service.organisation},
            {QStringLiteral("source"), service.source},
            {QStringLiteral("verifiedOn"), service.verifiedOn.toString(Qt::ISODate)},
            {QStringLiteral("needsConfirming"), service.needsConfirming},
            {QStringLiteral("channels"), channels},
        };
        if (service.local)
            object.insert(QStringLiteral("local"), true);
        if (service.confidentiality != Confidentiality::NotStated)
            object.insert(QStringLiteral("confidentiality"),
                          ContentVocabulary::confidentialityName(service.confidentiality));
        if (service.needsConfirming)
            object.insert(QStringLiteral("needsConfirmingNote"), service.needsConfirmingNote);
        services.append(object);
    }
    return services;
}
