// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/speech/ScreenSpeech.h"

#include "core/content/CampaignAudiences.h"
#include "core/hours/OutcomeAvailability.h"
#include "core/speech/ChannelSpeech.h"
#include "core/speech/ContentSpeech.h"
#include "core/speech/SpeechWords.h"
#include "core/speech/SpokenNumber.h"

#include <QCoreApplication>

namespace {

// Words the screens show are translated where the screens are (ui/public); the same context
// and source text give the same translation here, and TestSpeechController checks that what is
// said matches what is shown.
QString shown(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}

Utterance said(const QString &words, const QString &language)
{
    return {SpokenNumber::inText(ContentSpeech::withoutDirectionMarks(words)), language};
}

// The attract screen's question for each audience (AttractScreen::question shows the same words;
// TestSpeechController checks they agree).
const char *audienceQuestion(CampaignAudiences::Audience audience)
{
    switch (audience) {
    case CampaignAudiences::Audience::OwnThoughts:
        return "Worried about your own thoughts or behaviour?";
    case CampaignAudiences::Audience::YoungPerson:
        return "Under 18, and someone is hurting you or you need to talk?";
    case CampaignAudiences::Audience::WorriedAboutAChild:
        return "Worried about a child?";
    }
    return "";
}

} // namespace

Utterances ScreenSpeech::of(const VisitModel &visit, const QDateTime &now)
{
    return of(visit.content(), visit.screen(), visit.currentNode(), visit.language(), now);
}

Utterances ScreenSpeech::of(const Content &content, VisitModel::Screen screen,
                            const PathwayNode *node, const QString &language, const QDateTime &now)
{
    switch (screen) {
    case VisitModel::Screen::Attract:
        return attract(content, language);
    case VisitModel::Screen::Privacy:
        return privacy(language);
    case VisitModel::Screen::Welcome:
        return node ? welcome(content, *node, language) : Utterances();
    case VisitModel::Screen::Question:
        return node ? question(*node, language) : Utterances();
    case VisitModel::Screen::Outcome:
        return node ? outcome(content, *node, language, now) : Utterances();
    }
    return {};
}

Utterances ScreenSpeech::choices(const PathwayNode &node, const QString &language)
{
    Utterances result;
    const int count = int(node.answers.size());
    for (int i = 0; i < count; ++i) {
        const LocalizedText &text = node.answers.at(i).text;
        result << Utterance{
            SpeechWords::choice(ContentSpeech::withoutDirectionMarks(text.text(language)), i + 1,
                                count),
            ContentSpeech::shownLanguage(text, language)};
    }
    return result;
}

Utterances ScreenSpeech::welcome(const Content &content, const PathwayNode &start,
                                 const QString &language)
{
    Utterances result{ContentSpeech::of(start.text, language)};
    result << said(shown("WelcomeScreen", "Free, confidential help. This screen keeps no record "
                                          "of what you choose."),
                   language);
    result << choices(start, language);
    for (const char *tool :
         {"Larger text", "High contrast", "How this screen protects your privacy"})
        result << said(shown("WelcomeScreen", tool), language);
    result << emergency(content, language);
    return result;
}

Utterances ScreenSpeech::question(const PathwayNode &question, const QString &language)
{
    Utterances result{ContentSpeech::of(question.text, language)};
    result << choices(question, language);
    return result;
}

Utterances ScreenSpeech::outcome(const Content &content, const PathwayNode &outcome,
                                 const QString &language, const QDateTime &now)
{
    Utterances result{ContentSpeech::of(outcome.text, language)};
    if (!outcome.message.isEmpty())
        result << ContentSpeech::of(outcome.message, language);
    const OutcomeAvailability availability(content, outcome, now);
    const QString notice = availability.closedNotice(language);
    if (!notice.isEmpty())
        result << said(notice, language);
    const QList<ChannelAvailability> order = availability.inShowingOrder();
    for (int i = 0; i < order.size(); ++i) {
        if (i == 1)
            result << said(shown("OutcomeScreen", "Other ways to get help"), language);
        result << ChannelSpeech::of(order.at(i),
                                    i == 0 ? ChannelSpeech::Prominence::Primary
                                           : ChannelSpeech::Prominence::Alternative,
                                    language);
    }
    return result;
}

Utterances ScreenSpeech::privacy(const QString &language)
{
    static const char *const lines[] = {
        "How this screen protects your privacy",
        "What this screen does",
        "It keeps no record of what you choose. Nothing is saved.",
        "It sends nothing anywhere.",
        "Everything is wiped when you press “Leave this screen”, or when nobody has touched it "
        "for a short time.",
        "You never have to type your name or anything about yourself.",
        "What you should know",
        "If you call a number, the call shows in your phone’s call history.",
        "If you scan a code, the address is kept in your phone’s browser history.",
        "People near you may be able to see this screen. You can leave it at any time: press "
        "“Leave this screen” at the top, or press Shift 3 times.",
    };
    Utterances result;
    for (const char *line : lines)
        result << said(shown("PrivacyScreen", line), language);
    return result;
}

Utterances ScreenSpeech::attract(const Content &content, const QString &language)
{
    Utterances result;
    if (!content.campaignMessages.isEmpty())
        result << ContentSpeech::of(content.campaignMessages.constFirst(), language);
    for (const CampaignAudiences::Entry &entry : CampaignAudiences::of(content)) {
        const Service *service = content.service(entry.phone.service);
        const Channel *channel = content.channel(entry.phone);
        if (!service || !channel)
            continue;
        result << said(shown("AttractScreen", audienceQuestion(entry.audience)), language)
               << ContentSpeech::of(service->name, language)
               << Utterance{SpokenNumber::digits(channel->value), language};
    }
    result << said(shown("AttractScreen", "Touch anywhere to start"), language)
           << said(SpeechWords::howToTurnOn(), language);
    return result;
}

Utterances ScreenSpeech::emergency(const Content &content, const QString &language)
{
    Utterances result{said(shown("EmergencyStrip", "Is someone in danger now?"), language)};
    for (const ChannelRef &ref : content.emergency) {
        const Channel *channel = content.channel(ref);
        if (!channel)
            continue;
        const QString number = SpokenNumber::digits(channel->value);
        QString words;
        if (channel->type == ChannelType::Phone)
            words = shown("EmergencyStrip", "Call %1").arg(number);
        else if (channel->type == ChannelType::Textphone)
            words = shown("EmergencyStrip", "Textphone or Relay UK app: %1").arg(number);
        else if (channel->label.text(language).contains(channel->value))
            words = SpokenNumber::inText(channel->label.text(language)); // "999 BSL video relay"
        else
            words = shown("EmergencyStrip", "%1: %2").arg(channel->label.text(language), number);
        result << Utterance{words, language};
    }
    return result;
}
