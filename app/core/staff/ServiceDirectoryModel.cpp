// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/staff/ServiceDirectoryModel.h"

#include "core/content/ContentVocabulary.h"
#include "core/hours/ChannelAvailability.h"

namespace {

// The channel whose hours speak for the service: the first number with hours, else the first
// channel with hours, else the first channel.
const Channel *leadingChannel(const Service &service)
{
    for (const Channel &channel : service.channels) {
        if (ContentVocabulary::isNumber(channel.type) &&
            channel.hours.kind() != OpeningHours::Kind::NotStated && !channel.international)
            return &channel;
    }
    for (const Channel &channel : service.channels) {
        if (channel.hours.kind() != OpeningHours::Kind::NotStated)
            return &channel;
    }
    return service.channels.isEmpty() ? nullptr : &service.channels.constFirst();
}

// A person answers: a call, a text, a video relay or a chat. A web site or an email inbox is
// there at any time, so it would make every service "open now".
bool isLiveContact(ChannelType type)
{
    return ContentVocabulary::isNumber(type) || type == ChannelType::Chat;
}

QString digitsOnly(const QString &value)
{
    QString digits;
    for (const QChar c : value) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

} // namespace

ServiceDirectoryModel::ServiceDirectoryModel(const Content &content, QObject *parent)
    : QAbstractTableModel(parent)
    , m_content(content)
{}

void ServiceDirectoryModel::setLanguage(const QString &language)
{
    beginResetModel();
    m_language = language;
    endResetModel();
}

void ServiceDirectoryModel::setClock(const Clock &clock)
{
    m_clock = clock;
    refreshAvailability();
}

void ServiceDirectoryModel::refreshAvailability()
{
    if (rowCount() == 0)
        return;
    emit dataChanged(index(0, AvailabilityColumn), index(rowCount() - 1, AvailabilityColumn),
                     {Qt::DisplayRole, Qt::ToolTipRole});
}

const Service *ServiceDirectoryModel::serviceAt(int row) const
{
    if (row < 0 || row >= m_content.services.size())
        return nullptr;
    return &m_content.services.at(row);
}

int ServiceDirectoryModel::rowOf(const QString &serviceId) const
{
    for (int row = 0; row < m_content.services.size(); ++row) {
        if (m_content.services.at(row).id == serviceId)
            return row;
    }
    return -1;
}

bool ServiceDirectoryModel::isOpenAt(int row, const QDateTime &at) const
{
    const Service *service = serviceAt(row);
    if (!service)
        return false;
    for (const Channel &channel : service->channels) {
        if (!isLiveContact(channel.type))
            continue;
        if (ChannelAvailability::asStated(m_content, {service->id, channel.id}, at).isOpenNow())
            return true;
    }
    return false;
}

QStringList ServiceDirectoryModel::audiences() const
{
    QStringList ids;
    for (const Service &service : m_content.services) {
        for (const QString &audience : service.audiences) {
            if (!ids.contains(audience))
                ids << audience;
        }
    }
    return ids;
}

QString ServiceDirectoryModel::audienceName(const QString &audienceId)
{
    if (audienceId == QLatin1String("self"))
        return tr("Worried about their own thoughts or behaviour");
    if (audienceId == QLatin1String("someone-i-know"))
        return tr("Worried about someone they know");
    if (audienceId == QLatin1String("child"))
        return tr("Worried about a child");
    if (audienceId == QLatin1String("young-person"))
        return tr("Children and young people");
    if (audienceId == QLatin1String("report"))
        return tr("Reporting");
    if (audienceId == QLatin1String("professional"))
        return tr("Professionals");
    if (audienceId == QLatin1String("caller-support"))
        return tr("Support for the person calling");
    return audienceId; // a content pack's own audience: its id is the best name we have
}

int ServiceDirectoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_content.services.size());
}

int ServiceDirectoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceDirectoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Service &service = m_content.services.at(index.row());
    switch (role) {
    case ServiceIdRole:
        return service.id;
    case SearchTextRole:
        return searchText(service);
    case AudiencesRole:
        return service.audiences;
    case LocalRole:
        return service.local;
    case NeedsConfirmingRole: {
        bool flagged = service.needsConfirming;
        for (const Channel &channel : service.channels)
            flagged = flagged || channel.needsConfirming;
        return flagged;
    }
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            if (role == Qt::ToolTipRole)
                return service.description.text(m_language);
            // Staff tell a site's own services from the national ones at a glance.
            return service.local ? tr("%1 (local)").arg(service.name.text(m_language))
                                 : service.name.text(m_language);
        case AudienceColumn:
            return audienceText(service);
        case ContactColumn:
            return contactText(service);
        case AvailabilityColumn:
            return availabilityText(service);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ServiceDirectoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Service");
    case AudienceColumn:
        return tr("For");
    case ContactColumn:
        return tr("Contact");
    case AvailabilityColumn:
        return tr("Now");
    default:
        return {};
    }
}

QString ServiceDirectoryModel::audienceText(const Service &service) const
{
    QStringList names;
    for (const QString &audience : service.audiences)
        names << audienceName(audience);
    return names.join(QLatin1String("; "));
}

QString ServiceDirectoryModel::contactText(const Service &service) const
{
    QStringList values;
    for (const Channel &channel : service.channels) {
        if (!values.contains(channel.value))
            values << channel.value;
    }
    return values.join(QStringLiteral("  ·  "));
}

QString ServiceDirectoryModel::availabilityText(const Service &service) const
{
    const Channel *channel = leadingChannel(service);
    if (!channel)
        return {};
    // Staff go by the stated hours, and are told when visitors are not shown them as fact.
    const ChannelAvailability availability =
        ChannelAvailability::asStated(m_content, {service.id, channel->id}, m_clock.now());
    const QString status = availability.statusText();
    if (status.isEmpty())
        return tr("Hours not stated");
    if (availability.hoursUnconfirmed())
        return tr("%1: %2 (stated hours, not shown to visitors)")
            .arg(channel->label.text(m_language), status);
    return tr("%1: %2").arg(channel->label.text(m_language), status);
}

// Everything a librarian might type: names, descriptions and notes in every language the
// content has, audience ids and names, channel labels and values, and each number's digits
// without spaces so "08001111" finds "0800 1111".
QString ServiceDirectoryModel::searchText(const Service &service) const
{
    QStringList parts;
    const auto addAllLocales = [&parts](const LocalizedText &text) {
        for (const QString &locale : text.locales())
            parts << text.text(locale);
    };
    addAllLocales(service.name);
    parts << service.organisation << service.id;
    addAllLocales(service.description);
    addAllLocales(service.whatHappens);
    addAllLocales(service.confidentialityNote);
    for (const QString &audience : service.audiences)
        parts << audience << audienceName(audience);
    for (const Channel &channel : service.channels) {
        parts << channel.value << ContentVocabulary::channelTypeName(channel.type);
        addAllLocales(channel.label);
        addAllLocales(channel.howTo);
        const QString digits = digitsOnly(channel.value);
        if (!digits.isEmpty())
            parts << digits;
    }
    return parts.join(QLatin1Char('\n')).toLower().replace(QChar(0x2019), QLatin1Char('\''));
}
