// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

// What one discreet take-away card says about a service: its name and a neutral line on the
// outside (never what the worry is), its numbers, hours in one line, what it does with what you
// tell it in a few words, and the web address its QR code carries.
struct HandoutCard
{
    Q_DECLARE_TR_FUNCTIONS(HandoutCard)

public:
    struct Number
    {
        QString value; // exactly as dialled: "0808 1000 900"
        QString label; // "Helpline", "Textphone"
        QString hours; // "Open Mon–Thu 09:00–21:00; Fri 09:00–17:00"; empty when not stated,
                       // "Opening times: check when you call" when they need confirming
        QString cost;  // only where the content states it: "Free from the UK"
    };

    QString serviceId;
    QString name;        // "Stop It Now!"
    QString neutralLine; // "Confidential support", "Help and advice": never the worry
    QList<Number> numbers;
    QString hours;           // the first number's hours in one line, "Open 24 hours, every day"
    QString confidentiality; // own words or a summary, empty when not stated; the directory PDF
                             // prints it, the A6 card does not (it may name the worry)
    QString webAddress;      // https address for the QR code; empty when the service has none
    QString webAddressText;  // the address as printed: "stopitnow.org.uk"
    QString webLabel;        // what the address is for: "Live chat", "999 BSL video relay"
    QDate verifiedOn;        // the content's date; invalid when any fact on it needs confirming
    bool local = false;      // a local overlay pack's service: the neutral line says so

    static constexpr int maximumNumbers = 3; // more will not fit on an A6 card legibly

    static HandoutCard forService(const Service &service, const QString &language);
    // What a service does with what you tell it, in a few plain words; empty when not stated.
    static QString confidentialitySummary(Confidentiality confidentiality);
};
