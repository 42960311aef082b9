// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

// Turns one HSDS 3.0 service's ways in (phones, url, email, schedules, and the virtual locations
// OrukExporter writes, one per channel) into the content file's "channels" array. Every channel
// is flagged needsConfirming: nothing imported is shown to a visitor as open or closed before a
// person has checked it.
class OrukChannelReader
{
public:
    // `problems` collects what could not be carried over, one phrase each, for the service's note.
    OrukChannelReader(const QJsonObject &service, QStringList &problems);

    QJsonArray channels();
    // The content's service id the channels were exported from ("stop-it-now"), or empty for data
    // Signpost did not write.
    QString exportedServiceId() const { return m_exportedServiceId; }

    // A number as dialled in the UK ("+44 1234 234567" → "01234 234567"), or in +CC form with
    // `international` set for another country; digits and single spaces. Empty when there are no
    // digits.
    static QString dialledNumber(const QString &hsdsNumber, bool keepInternational,
                                 bool &international);
    // "stop-it-now" from "Stop It Now!": lower-case letters, digits and single hyphens.
    static QString slug(const QString &text, const QString &fallback);

private:
    void fromSignpostLocations(const QJsonArray &locations);
    void fromPlainService();
    void addPhone(const QJsonObject &phone, QString id, QString label, const QString &howTo,
                  const QJsonObject &hours, bool fromSignpost);
    void addAddress(const QString &type, const QString &value, QString id, QString label,
                    const QString &howTo, const QJsonObject &hours);
    void append(QJsonObject channel, QString id, const QString &label, const QString &howTo,
                const QJsonObject &hours);
    QString uniqueId(const QString &wanted);

    const QJsonObject &m_service;
    QStringList &m_problems;
    QString m_exportedServiceId;
    QJsonArray m_channels;
    QSet<QString> m_ids;
};
