// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/oruk/OrukChannelReader.h"

#include "core/loading/PhoneNumberRule.h"
#include "core/oruk/OrukExporter.h"
#include "core/oruk/OrukSchedule.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OrukChannelReader", text);
}

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

// The content's channel type for an HSDS phone type (RFC 6350 words); empty for fax and pager.
QString channelTypeForPhone(const QString &hsdsType)
{
    const QString type = hsdsType.trimmed().toLower();
    if (type.isEmpty() || type == QLatin1String("voice") || type == QLatin1String("cell"))
        return QStringLiteral("phone");
    if (type == QLatin1String("text") || type == QLatin1String("sms"))
        return QStringLiteral("text");
    if (type == QLatin1String("textphone") || type == QLatin1String("minicom"))
        return QStringLiteral("textphone");
    if (type == QLatin1String("video") || type == QLatin1String("video-relay"))
        return QStringLiteral("video-relay");
    return {};
}

QString labelForType(const QString &type)
{
    if (type == QLatin1String("text"))
        return QStringLiteral("Text");
    if (type == QLatin1String("textphone"))
        return QStringLiteral("Textphone");
    if (type == QLatin1String("video-relay"))
        return QStringLiteral("Video relay");
    if (type == QLatin1String("email"))
        return QStringLiteral("Email");
    if (type == QLatin1String("web") || type == QLatin1String("chat"))
        return QStringLiteral("Website");
    return QStringLiteral("Phone");
}

} // namespace

OrukChannelReader::OrukChannelReader(const QJsonObject &service, QStringList &problems)
    : m_service(service)
    , m_problems(problems)
{}

QString OrukChannelReader::slug(const QString &text, const QString &fallback)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out += c;
        else if (c.isLetterOrNumber() || c.isMark())
            continue; // accents fall away after decomposition; other scripts are left out
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? fallback : out;
}

QString OrukChannelReader::dialledNumber(const QString &hsdsNumber, bool keepInternational,
                                         bool &international)
{
    QString text = hsdsNumber;
    text.remove(QStringLiteral("(0)"));
    text.replace(QRegularExpression(QStringLiteral("[^0-9+]+")), QStringLiteral(" "));
    text = text.simplified();
    international = false;
    if (text.startsWith(QLatin1String("00")))
        text = QLatin1Char('+') + text.mid(2);
    if (text.startsWith(QLatin1Char('+'))) {
        text.replace(QRegularExpression(QStringLiteral("^\\+ ")), QStringLiteral("+"));
        if (keepInternational || !text.startsWith(QLatin1String("+44"))) {
            international = true;
            return text;
        }
        text = (QLatin1Char('0') + text.mid(3)).simplified();
        text.replace(QRegularExpression(QStringLiteral("^0 ")), QStringLiteral("0"));
    }
    text.remove(QLatin1Char('+'));
    return text.simplified();
}

QString OrukChannelReader::uniqueId(const QString &wanted)
{
    QString id = wanted;
    for (int n = 2; m_ids.contains(id); ++n)
        id = wanted + QLatin1Char('-') + QString::number(n);
    m_ids.insert(id);
    return id;
}

QJsonArray OrukChannelReader::channels()
{
    const QJsonArray locations = m_service.value(key("service_at_locations")).toArray();
    bool signpostLocations = !locations.isEmpty();
    for (const QJsonValue &location : locations) {
        const QJsonObject place = location.toObject().value(key("location")).toObject();
        signpostLocations =
            signpostLocations && place.value(key("external_identifier_type")).toString() ==
                                     QLatin1String(OrukExporter::channelIdentifierType);
    }
    if (signpostLocations)
        fromSignpostLocations(locations);
    else
        fromPlainService();
    if (m_channels.isEmpty())
        m_problems << tr("it has no phone number, web address or email address");
    return m_channels;
}

void OrukChannelReader::fromSignpostLocations(const QJsonArray &locations)
{
    for (const QJsonValue &value : locations) {
        const QJsonObject entry = value.toObject();
        const QJsonObject location = entry.value(key("location")).toObject();
        // "service/channel/type", as OrukExporter writes it.
        const QStringList parts =
            location.value(key("external_identifier")).toString().split(QLatin1Char('/'));
        if (parts.size() != 3) {
            m_problems << tr("a channel's external identifier is not service/channel/type");
            continue;
        }
        m_exportedServiceId = parts.at(0);
        const QString label = location.value(key("name")).toString();
        const QString howTo = location.value(key("description")).toString();
        const QJsonObject hours =
            OrukSchedule::hoursFor(entry.value(key("schedules")).toArray(), m_problems);
        const QString type = parts.at(2);
        if (type == QLatin1String("web") || type == QLatin1String("chat")) {
            addAddress(type, location.value(key("url")).toString(), parts.at(1), label, howTo,
                       hours);
        } else if (type == QLatin1String("email")) {
            const QJsonObject contact = entry.value(key("contacts")).toArray().first().toObject();
            addAddress(type, contact.value(key("email")).toString(), parts.at(1), label, howTo,
                       hours);
        } else {
            addPhone(entry.value(key("phones")).toArray().first().toObject(), parts.at(1), label,
                     howTo, hours, true);
        }
    }
}

void OrukChannelReader::fromPlainService()
{
    // A plain HSDS service's schedules are the service's, so they go with each voice line; a
    // person confirms which lines they really belong to.
    const QJsonObject hours =
        OrukSchedule::hoursFor(m_service.value(key("schedules")).toArray(), m_problems);
    for (const QJsonValue &value : m_service.value(key("phones")).toArray()) {
        const QJsonObject phone = value.toObject();
        const bool voice =
            channelTypeForPhone(phone.value(key("type")).toString()) == QLatin1String("phone");
        addPhone(phone, {}, {}, {}, voice ? hours : QJsonObject{}, false);
    }
    const QString url = m_service.value(key("url")).toString();
    if (!url.isEmpty())
        addAddress(QStringLiteral("web"), url, {}, {}, {}, {});
    const QString email = m_service.value(key("email")).toString();
    if (!email.isEmpty())
        addAddress(QStringLiteral("email"), email, {}, {}, {}, {});
}

void OrukChannelReader::addPhone(const QJsonObject &phone, QString id, QString label,
                                 const QString &howTo, const QJsonObject &hours, bool fromSignpost)
{
    const QString hsdsType = phone.value(key("type")).toString();
    const QString type = channelTypeForPhone(hsdsType);
    const QString number = phone.value(key("number")).toString();
    if (type.isEmpty()) {
        m_problems << tr("the %1 number %2 was left out").arg(hsdsType, number);
        return;
    }
    bool international = false;
    const QString dialled = dialledNumber(number, fromSignpost, international);
    if (dialled.isEmpty()) {
        m_problems << tr("the phone entry '%1' has no number").arg(number);
        return;
    }
    const std::optional<QString> problem = international
                                               ? PhoneNumberRule::internationalProblem(dialled)
                                               : PhoneNumberRule::ukDialableProblem(dialled);
    if (problem)
        m_problems << *problem;
    if (phone.contains(key("extension")))
        m_problems << tr("%1 has the extension %2, which the content cannot hold")
                          .arg(dialled, phone.value(key("extension")).toVariant().toString());
    QJsonObject channel{{key("type"), type}, {key("value"), dialled}};
    if (international)
        channel[key("international")] = true;
    if (label.isEmpty())
        label = labelForType(type);
    if (id.isEmpty())
        id = slug(label, type);
    append(channel, id, label, howTo, hours);
}

void OrukChannelReader::addAddress(const QString &type, const QString &value, QString id,
                                   QString label, const QString &howTo, const QJsonObject &hours)
{
    if (value.isEmpty()) {
        m_problems << tr("a %1 channel has no address").arg(type);
        return;
    }
    // Kiosks show https addresses only; a person finds the secure one.
    if (type != QLatin1String("email") && !value.startsWith(QLatin1String("https://"))) {
        m_problems << tr("'%1' was left out: it is not an https:// address").arg(value);
        return;
    }
    if (label.isEmpty())
        label = labelForType(type);
    if (id.isEmpty())
        id = slug(label, type);
    append(QJsonObject{{key("type"), type}, {key("value"), value}}, id, label, howTo, hours);
}

void OrukChannelReader::append(QJsonObject channel, QString id, const QString &label,
                               const QString &howTo, const QJsonObject &hours)
{
    channel[key("id")] = uniqueId(id);
    channel[key("label")] = QJsonObject{{key("en"), label}};
    if (!howTo.isEmpty())
        channel[key("howTo")] = QJsonObject{{key("en"), howTo}};
    channel[key("hours")] =
        hours.isEmpty() ? QJsonObject{{key("type"), QStringLiteral("not-stated")}} : hours;
    channel[key("needsConfirming")] = true;
    channel[key("needsConfirmingNote")] =
        tr("Imported from Open Referral UK data: confirm this %1 and its hours with the service "
           "before the pack is signed.")
            .arg(channel.value(key("type")).toString());
    m_channels.append(channel);
}
