// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/LocalizedText.h"
#include "core/hours/OpeningHours.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// The content model: services, their channels, and the pathways that lead visitors to them.
// Field meanings are documented in resources/content/README.md; every fact comes from the content
// file, never from code.

enum class ChannelType
{
    Phone,      // voice call
    Textphone,  // textphone / Relay UK (e.g. 18001 101)
    Text,       // SMS (e.g. text SHOUT to 85258)
    VideoRelay, // BSL video relay (e.g. 999 BSL)
    Chat,       // web chat
    Email,
    Web, // a web site or online form: https only
};

// What a service does with what a visitor tells it; visitors choose by this.
enum class Confidentiality
{
    NotStated,                   // the facts do not say: Signpost says nothing about it
    Anonymous,                   // they never need to know who you are (Crimestoppers, IWF)
    ConfidentialWithDutyToShare, // confidential, but risk to a child is passed on (Stop It Now!)
    NotAnonymous,                // they will need to know who you are (police, CEOP)
};

// The ages a service or channel is for (Open Referral UK eligibility): unset bounds are open, so
// a range with neither is for everyone. Ages are whole years, both bounds included.
struct AgeRange
{
    std::optional<int> minAge;
    std::optional<int> maxAge;

    bool includes(int age) const
    {
        return (!minAge || age >= *minAge) && (!maxAge || age <= *maxAge);
    }
    // Made for young people: it has an upper age and takes someone under 18.
    bool isForYoungPeople() const { return maxAge.has_value() && minAge.value_or(0) < 18; }
    friend bool operator==(const AgeRange &, const AgeRange &) = default;
};

// Who an answer says the visitor is, by age, so the validator can check the services an outcome
// offers them. Unset: the route does not ask (for example an adult worried about a child).
enum class AgeBand
{
    NotAsked,
    Under18,
    EighteenOrOver,
    Unknown, // "I'd rather not say": could be any age
};

// The four nations of the UK, for services that serve only some of them and for the kiosk's own
// place (the `region` configuration key).
enum class Region
{
    England,
    Wales,
    Scotland,
    NorthernIreland,
};

// One way into a service: a number as dialled, an address as typed, with its hours.
struct Channel
{
    QString id; // unique within its service, e.g. "helpline", "chat", "self-help"
    ChannelType type = ChannelType::Phone;
    QString value;       // exactly as dialled or typed: "0808 1000 900", "https://…", "a@b.org"
    LocalizedText label; // "Helpline", "Live chat"
    LocalizedText howTo; // optional: "Text SHOUT to 85258", "Register first by texting …"
    LocalizedText cost;  // optional: "Free from mobiles and landlines" (only where facts say so)
    OpeningHours hours;  // NotStated when the content gives none
    bool needsConfirming = false;
    QString needsConfirmingNote; // for staff: which fact of this channel, and why
    bool international = false;  // a number outside the UK, written in +CC form
    AgeRange ages;               // this channel's own limits (Report Remove: under 18)
};

struct Service
{
    QString id;
    LocalizedText name;
    QString organisation;
    LocalizedText description; // what it is for
    QStringList audiences;     // "self", "someone-i-know", "child", "young-person", "report", ...
    QList<Channel> channels;
    Confidentiality confidentiality = Confidentiality::NotStated; // no field: say nothing
    LocalizedText confidentialityNote; // the service's own words about what it does with it
    LocalizedText whatHappens;         // what happens when you call
    QStringList languages;             // BCP 47 codes the service answers in
    QString source;                    // where the facts were seen (https address)
    QDate verifiedOn;                  // when they were last checked
    bool needsConfirming = false;      // some fact was seen only in old or secondary sources
    QString needsConfirmingNote;       // for staff: which fact, and why
    AgeRange ages;                     // who it is for by age (Childline: up to 18)
    QList<Region> regions;             // the nations it serves; empty: the whole UK
    bool local = false;                // added by a local overlay pack, not national content

    bool servesWholeUk() const { return regions.isEmpty(); }
    // Whether a kiosk in `region` offers it (unset: a UK-wide kiosk offers UK-wide services only).
    bool servedIn(std::optional<Region> region) const
    {
        return servesWholeUk() || (region && regions.contains(*region));
    }

    const Channel *channel(const QString &channelId) const;
    // The channel's ages, each bound falling back to the service's.
    AgeRange agesOf(const Channel &channel) const;
};

struct ChannelRef
{
    QString service;
    QString channel;
    friend bool operator==(const ChannelRef &, const ChannelRef &) = default;
};

struct Answer
{
    LocalizedText text;
    QString next; // id of the node this answer leads to
    AgeBand ageBand = AgeBand::NotAsked;
};

struct PathwayNode
{
    enum class Kind
    {
        Question,
        Outcome,
    };

    QString id;
    Kind kind = Kind::Question;
    LocalizedText text;             // the question, or the outcome's heading
    QList<Answer> answers;          // questions only: at least two
    ChannelRef primary;             // outcomes only
    QList<ChannelRef> alternatives; // outcomes only: at most three
    LocalizedText message;          // outcomes only: the key message
    // Questions only: the answer a local pack's "Help near here" outcome is offered under. Set
    // only where the national content lets a local pack extend the question.
    LocalizedText localHelpAnswer;

    bool isOutcome() const { return kind == Kind::Outcome; }
    bool isExtendable() const { return !isOutcome() && !localHelpAnswer.isEmpty(); }
};

struct ContentMetadata
{
    QString id;         // e.g. "uk-builtin"
    qint64 version = 0; // serial that only grows
    QString publisher;
    QString region;
    QDate reviewedOn;
    QDate reviewDue;
    QStringList locales;              // locales the content provides, English first
    QStringList localesNeedingReview; // machine or draft translations a qualified translator
                                      // must review before a deployment relies on them
};

// UK bank holidays, each nation's dates as published ("england-and-wales", "scotland",
// "northern-ireland"). A date in any nation counts: a helpline's staff may be in any of them.
struct BankHolidays
{
    QString source; // where the dates were seen (https address)
    QMap<QString, QList<QDate>> byNation;

    bool contains(const QDate &date) const;
};

class Content
{
public:
    ContentMetadata metadata;
    QList<Service> services;
    QList<PathwayNode> nodes;
    QString startNode;                     // the welcome question: "Who are you worried about?"
    QList<ChannelRef> emergency;           // the emergency strip: 999, text relay, 999 BSL
    QList<LocalizedText> campaignMessages; // the attract screen's rotating lines
    BankHolidays bankHolidays;             // empty when the content gives none

    const Service *service(const QString &id) const;
    const PathwayNode *node(const QString &id) const;
    const Channel *channel(const ChannelRef &ref) const;
    // The ages of the channel `ref` names; everyone when it names nothing.
    AgeRange ages(const ChannelRef &ref) const;
};
