#include "HandoutCard.h"

#include "ChannelText.h"
#include "ContentHoursText.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HandoutCard", text);
}

// Says what kind of help it is without saying what the worry is: the card may be seen by
// whoever the visitor lives with.
QString neutralLineFor(Confidentiality confidentiality)
{
    switch (confidentiality) {
    case Confidentiality::Anonymous:
        return tr("Free and anonymous");
    case Confidentiality::ConfidentialWithDutyToShare:
        return tr("Free, confidential support");
    case Confidentiality::NotAnonymous:
        return tr("Help and advice");
    }
    return {};
}

QString hoursLine(const OpeningHours &hours)
{
    if (hours.kind() == OpeningHours::Kind::NotStated)
        return {};
    return tr("Open %1").arg(ContentHoursText::describe(hours));
}

} // namespace

HandoutCard HandoutCard::forService(const Service &service, const QString &language)
{
    HandoutCard card;
    card.serviceId = service.id;
    card.name = service.name.text(language);
    card.neutralLine = neutralLineFor(service.confidentiality);
    card.confidentiality = confidentialitySummary(service.confidentiality);
    card.verifiedOn = service.verifiedOn;

    for (const Channel &channel : service.channels) {
        if (ChannelText::isNumber(channel) && card.numbers.size() < maximumNumbers) {
            // The same number offered twice (999 by voice and by text) is printed once.
            const bool alreadyListed =
                std::any_of(card.numbers.cbegin(), card.numbers.cend(),
                            [&](const Number &number) { return number.value == channel.value; });
            if (!alreadyListed)
                card.numbers.append(
                    {channel.value, channel.label.text(language), hoursLine(channel.hours)});
        }
        if (card.webAddress.isEmpty() && ChannelText::isWebAddress(channel)) {
            card.webAddress = channel.value;
            card.webAddressText = ChannelText::displayValue(channel);
            card.webLabel = channel.label.text(language);
        }
    }
    for (const Number &number : std::as_const(card.numbers)) {
        if (card.hours.isEmpty())
            card.hours = number.hours;
    }
    return card;
}

QString HandoutCard::confidentialitySummary(Confidentiality confidentiality)
{
    switch (confidentiality) {
    case Confidentiality::Anonymous:
        return tr("Anonymous: you do not have to say who you are.");
    case Confidentiality::ConfidentialWithDutyToShare:
        return tr("Confidential. If a child is at risk, they may have to pass that on.");
    case Confidentiality::NotAnonymous:
        return tr("Not anonymous: they will ask who you are.");
    }
    return {};
}
