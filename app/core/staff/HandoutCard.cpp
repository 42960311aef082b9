// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/staff/HandoutCard.h"

#include "core/content/ChannelText.h"
#include "core/hours/ContentHoursText.h"
#include "core/hours/HoursClaim.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

// Says what kind of help it is without saying what the worry is: the card may be seen by
// whoever the visitor lives with. Only what the content states: nothing is called free or
// confidential here unless the content says so (costs are printed with each number).
QString neutralLineFor(Confidentiality confidentiality)
{
    switch (confidentiality) {
    case Confidentiality::Anonymous:
        return HandoutCard::tr("Anonymous support");
    case Confidentiality::ConfidentialWithDutyToShare:
        return HandoutCard::tr("Confidential support");
    case Confidentiality::NotAnonymous:
    case Confidentiality::NotStated:
        break;
    }
    return HandoutCard::tr("Help and advice");
}

// A card is taken away and kept: hours that need confirming are never printed as fact.
QString hoursLine(const Service &service, const Channel &channel)
{
    if (channel.hours.kind() == OpeningHours::Kind::NotStated)
        return {};
    if (!HoursClaim::isConfirmed(service, channel))
        return HoursClaim::neutralText(channel);
    return HandoutCard::tr("Open %1").arg(ContentHoursText::describe(channel.hours));
}

// The checked date only for a service with nothing left to confirm.
bool isConfirmed(const Service &service)
{
    return !service.needsConfirming &&
           std::none_of(service.channels.cbegin(), service.channels.cend(),
                        [](const Channel &channel) { return channel.needsConfirming; });
}

} // namespace

HandoutCard HandoutCard::forService(const Service &service, const QString &language)
{
    HandoutCard card;
    card.serviceId = service.id;
    card.name = service.name.text(language);
    card.neutralLine = neutralLineFor(service.confidentiality);
    card.local = service.local;
    // A site's own service says so (the card and the directory PDF print this line), so staff
    // and visitors know it is a local service, not a national helpline.
    if (service.local)
        card.neutralLine = tr("%1 · Local service").arg(card.neutralLine);
    // The service's own words when the content has them; nothing when it says nothing.
    card.confidentiality = service.confidentialityNote.isEmpty()
                               ? confidentialitySummary(service.confidentiality)
                               : service.confidentialityNote.text(language);
    if (isConfirmed(service))
        card.verifiedOn = service.verifiedOn;

    for (const Channel &channel : service.channels) {
        if (ChannelText::isNumber(channel) && card.numbers.size() < maximumNumbers) {
            // The same number offered twice (999 by voice and by text) is printed once.
            const bool alreadyListed =
                std::any_of(card.numbers.cbegin(), card.numbers.cend(),
                            [&](const Number &number) { return number.value == channel.value; });
            if (!alreadyListed)
                card.numbers.append({channel.value, channel.label.text(language),
                                     hoursLine(service, channel), channel.cost.text(language)});
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
    case Confidentiality::NotStated:
        return {};
    case Confidentiality::Anonymous:
        return tr("Anonymous: you do not have to say who you are.");
    case Confidentiality::ConfidentialWithDutyToShare:
        return tr("Confidential. If a child is at risk, they may have to pass that on.");
    case Confidentiality::NotAnonymous:
        return tr("Not anonymous: they will ask who you are.");
    }
    return {};
}
