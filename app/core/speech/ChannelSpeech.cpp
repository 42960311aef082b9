// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/speech/ChannelSpeech.h"

#include "core/content/ChannelLabel.h"
#include "core/content/ChannelText.h"
#include "core/speech/ContentSpeech.h"
#include "core/speech/SpeechWords.h"
#include "core/speech/SpokenNumber.h"

#include <QCoreApplication>

namespace {

// The card's own words live with the card (ui/public/screens/ChannelCard.cpp); the same context
// and source text give the same translation, and TestSpeechController checks the two agree.
QString card(const char *text)
{
    return QCoreApplication::translate("ChannelCard", text);
}

// The channel's kind, as the card names it when its own label says no more (ChannelLabel).
QString kindName(ChannelType type)
{
    switch (type) {
    case ChannelType::Phone:
        return card("Call");
    case ChannelType::Textphone:
        return card("Textphone");
    case ChannelType::Text:
        return card("Text");
    case ChannelType::VideoRelay:
        return card("BSL video relay");
    case ChannelType::Chat:
        return card("Live chat");
    case ChannelType::Email:
        return card("Email");
    case ChannelType::Web:
        return card("Website");
    }
    return {};
}

} // namespace

bool ChannelSpeech::isNumber(const Channel &channel)
{
    return ChannelText::isNumber(channel);
}

QString ChannelSpeech::shownAddress(const Channel &channel)
{
    return ChannelText::displayValue(channel);
}

QString ChannelSpeech::cardName(const Service &service, const Channel &channel,
                                const QString &language)
{
    return ContentSpeech::withoutDirectionMarks(
        card("%1 — %2").arg(service.name.text(language), ChannelLabel::isGeneric(service, channel)
                                                             ? kindName(channel.type)
                                                             : channel.label.text(language)));
}

QString ChannelSpeech::confidentiality(const Service &service, const QString &language)
{
    if (!service.confidentialityNote.isEmpty())
        return service.confidentialityNote.text(language);
    switch (service.confidentiality) {
    case Confidentiality::NotStated:
        return {};
    case Confidentiality::Anonymous:
        return card("Anonymous: you do not have to say who you are.");
    case Confidentiality::ConfidentialWithDutyToShare:
        return card("Confidential. If a child is at risk, they may have to pass that on.");
    case Confidentiality::NotAnonymous:
        return card("Not anonymous: they will ask who you are.");
    }
    return {};
}

Utterances ChannelSpeech::of(const ChannelAvailability &availability, Prominence prominence,
                             const QString &language)
{
    const Service *service = availability.service();
    const Channel *channel = availability.channel();
    if (!service || !channel)
        return {};
    Utterances result;
    const auto say = [&result, &language](const QString &words) {
        if (!words.trimmed().isEmpty())
            result << Utterance{SpokenNumber::inText(ContentSpeech::withoutDirectionMarks(words)),
                                language};
    };
    const auto sayContent = [&result, &language](const LocalizedText &text) {
        if (!text.isEmpty())
            result << ContentSpeech::of(text, language);
    };
    say(cardName(*service, *channel, language));
    if (isNumber(*channel)) {
        const QString number = SpokenNumber::digits(channel->value);
        result << Utterance{number, language};
        if (prominence == Prominence::Primary)
            result << Utterance{SpeechWords::again(number), language};
    } else {
        result << Utterance{shownAddress(*channel), language};
    }
    sayContent(channel->howTo);
    say(availability.statusText());
    sayContent(channel->cost);
    if (prominence == Prominence::Primary && !service->whatHappens.isEmpty()) {
        say(channel->type == ChannelType::Phone ? card("What happens when you call")
                                                : card("What happens next"));
        sayContent(service->whatHappens);
    }
    const QString confidential = confidentiality(*service, language);
    if (!confidential.isEmpty()) {
        if (prominence == Prominence::Primary)
            say(card("What they do with what you tell them"));
        if (service->confidentialityNote.isEmpty())
            say(confidential);
        else
            sayContent(service->confidentialityNote);
    }
    if (ChannelText::isWebAddress(*channel)) {
        say(SpeechWords::qrCode(shownAddress(*channel)));
        say(card("Scan to keep this on your phone"));
    }
    return result;
}
