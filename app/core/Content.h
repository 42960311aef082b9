#pragma once

#include "LocalizedText.h"
#include "OpeningHours.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

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

    const Channel *channel(const QString &channelId) const;
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

    bool isOutcome() const { return kind == Kind::Outcome; }
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
};
