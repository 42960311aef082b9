// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"

// Small content built in code for tests: the shape of the UK pathways (an audience question,
// a danger question, outcomes with weekly, 24-hour and unstated hours, an emergency strip and
// campaign lines), so screens can be tested without depending on the built-in content file.
namespace TestContentFactory {

inline Channel channel(const QString &id, ChannelType type, const QString &value,
                       const QString &label, const OpeningHours &hours)
{
    Channel c;
    c.id = id;
    c.type = type;
    c.value = value;
    c.label = LocalizedText(label);
    c.hours = hours;
    return c;
}

inline Service service(const QString &id, const QString &name, Confidentiality confidentiality,
                       const QList<Channel> &channels)
{
    Service s;
    s.id = id;
    s.name = LocalizedText(name);
    s.organisation = name;
    s.channels = channels;
    s.confidentiality = confidentiality;
    s.description = LocalizedText(QStringLiteral("What %1 is for.").arg(name));
    s.whatHappens = LocalizedText(QStringLiteral("A trained adviser from %1 answers.").arg(name));
    s.confidentialityNote = LocalizedText(QStringLiteral("What %1 does with it.").arg(name));
    return s;
}

inline PathwayNode question(const QString &id, const QString &text,
                            const QList<QPair<QString, QString>> &answers)
{
    PathwayNode n;
    n.id = id;
    n.kind = PathwayNode::Kind::Question;
    n.text = LocalizedText(text);
    for (const auto &[answer, next] : answers)
        n.answers.append(Answer{LocalizedText(answer), next});
    return n;
}

inline PathwayNode outcome(const QString &id, const QString &heading, const ChannelRef &primary,
                           const QList<ChannelRef> &alternatives)
{
    PathwayNode n;
    n.id = id;
    n.kind = PathwayNode::Kind::Outcome;
    n.text = LocalizedText(heading);
    n.primary = primary;
    n.alternatives = alternatives;
    n.message = LocalizedText(QStringLiteral("It is never too late to get help."));
    return n;
}

// Stop It Now! style hours: Monday–Thursday 09:00–21:00, Friday 09:00–17:00.
inline OpeningHours weekdayHours()
{
    QList<OpeningHours::Period> periods;
    for (const Qt::DayOfWeek day : {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday})
        periods.append({day, 9 * 60, 21 * 60});
    periods.append({Qt::Friday, 9 * 60, 17 * 60});
    return OpeningHours::weekly(periods);
}

inline Content make()
{
    Content content;
    content.metadata.id = QStringLiteral("test");
    content.metadata.version = 1;
    content.metadata.locales = {QStringLiteral("en")};

    Channel helpline =
        channel(QStringLiteral("helpline"), ChannelType::Phone, QStringLiteral("0808 1000 900"),
                QStringLiteral("Helpline"), weekdayHours());
    helpline.cost = LocalizedText(QStringLiteral("Free from mobiles and landlines"));
    content.services = {
        service(QStringLiteral("stop-it-now"), QStringLiteral("Stop It Now!"),
                Confidentiality::ConfidentialWithDutyToShare,
                {helpline, channel(QStringLiteral("self-help"), ChannelType::Web,
                                   QStringLiteral("https://www.stopitnow.org.uk/self-help/"),
                                   QStringLiteral("Self-help"), OpeningHours())}),
        service(QStringLiteral("childline"), QStringLiteral("Childline"),
                Confidentiality::ConfidentialWithDutyToShare,
                {channel(QStringLiteral("phone"), ChannelType::Phone, QStringLiteral("0800 1111"),
                         QStringLiteral("Phone"), OpeningHours::alwaysOpen())}),
        service(QStringLiteral("samaritans"), QStringLiteral("Samaritans"),
                Confidentiality::ConfidentialWithDutyToShare,
                {channel(QStringLiteral("phone"), ChannelType::Phone, QStringLiteral("116 123"),
                         QStringLiteral("Phone"), OpeningHours::alwaysOpen())}),
        service(QStringLiteral("iwf"), QStringLiteral("Internet Watch Foundation"),
                Confidentiality::Anonymous,
                {channel(QStringLiteral("report"), ChannelType::Web,
                         QStringLiteral("https://report.iwf.org.uk/"), QStringLiteral("Report"),
                         OpeningHours())}),
        service(
            QStringLiteral("police"), QStringLiteral("Police"), Confidentiality::NotAnonymous,
            {channel(QStringLiteral("emergency"), ChannelType::Phone, QStringLiteral("999"),
                     QStringLiteral("Emergency"), OpeningHours::alwaysOpen()),
             channel(QStringLiteral("text-relay"), ChannelType::Textphone, QStringLiteral("18000"),
                     QStringLiteral("Text relay"), OpeningHours::alwaysOpen()),
             channel(QStringLiteral("bsl"), ChannelType::VideoRelay, QStringLiteral("999 BSL"),
                     QStringLiteral("BSL video relay"), OpeningHours::alwaysOpen())}),
    };

    content.startNode = QStringLiteral("welcome");
    content.nodes = {
        question(QStringLiteral("welcome"), QStringLiteral("Who are you worried about?"),
                 {{QStringLiteral("Myself"), QStringLiteral("self-age")},
                  {QStringLiteral("A child or young person"), QStringLiteral("child-danger")},
                  {QStringLiteral("I saw something online"), QStringLiteral("report-outcome")}}),
        question(QStringLiteral("self-age"), QStringLiteral("How old are you?"),
                 {{QStringLiteral("Under 18"), QStringLiteral("childline-outcome")},
                  {QStringLiteral("18 or over"), QStringLiteral("self-outcome")}}),
        question(QStringLiteral("child-danger"), QStringLiteral("Is a child in danger right now?"),
                 {{QStringLiteral("Yes"), QStringLiteral("danger-outcome")},
                  {QStringLiteral("No or not sure"), QStringLiteral("self-outcome")}}),
        outcome(QStringLiteral("self-outcome"), QStringLiteral("Stop It Now! can help"),
                {QStringLiteral("stop-it-now"), QStringLiteral("helpline")},
                {{QStringLiteral("police"), QStringLiteral("emergency")},
                 {QStringLiteral("stop-it-now"), QStringLiteral("self-help")},
                 {QStringLiteral("samaritans"), QStringLiteral("phone")}}),
        outcome(QStringLiteral("childline-outcome"), QStringLiteral("Childline is there for you"),
                {QStringLiteral("childline"), QStringLiteral("phone")}, {}),
        outcome(QStringLiteral("danger-outcome"), QStringLiteral("Call 999 now"),
                {QStringLiteral("police"), QStringLiteral("emergency")}, {}),
        outcome(QStringLiteral("report-outcome"), QStringLiteral("Report it anonymously"),
                {QStringLiteral("iwf"), QStringLiteral("report")},
                {{QStringLiteral("childline"), QStringLiteral("phone")}}),
    };
    content.emergency = {{QStringLiteral("police"), QStringLiteral("emergency")},
                         {QStringLiteral("police"), QStringLiteral("text-relay")},
                         {QStringLiteral("police"), QStringLiteral("bsl")}};
    content.campaignMessages = {LocalizedText(QStringLiteral("No blame. No judgement.")),
                                LocalizedText(QStringLiteral("Help is free and confidential."))};
    return content;
}

} // namespace TestContentFactory
