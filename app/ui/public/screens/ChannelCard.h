// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/hours/ChannelAvailability.h"

#include <QFrame>

class QLabel;
class QrCodeWidget;

// One way into a service on the outcome screen: name, number or address, open now or not,
// cost, and what the service does with what you tell it. The primary card adds what happens
// when you call; alternatives are smaller. Each card is one keyboard stop, read out by a screen
// reader as its name, number, open now or not, and cost.
class ChannelCard : public QFrame
{
    Q_OBJECT
public:
    enum class Prominence
    {
        Primary,
        Alternative,
    };

    // An alternative of the primary's own service leaves out what the primary card already says
    // about that service (what they do with what you tell them): said once.
    ChannelCard(const ChannelAvailability &availability, Prominence prominence,
                const QString &language, bool sameServiceAsPrimary = false,
                QWidget *parent = nullptr);

    ChannelRef ref() const { return m_ref; }
    Prominence prominence() const { return m_prominence; }
    QString valueText() const;  // the number or address as shown
    QString statusText() const; // "Open now — until 9pm", empty when hours are not stated
    void setAvailability(const ChannelAvailability &availability);
    void applyScale(double scale);
    static QString scanCaption(); // "Scan to keep this on your phone"

private:
    void addSection(const QString &heading, const QString &text);
    void updateAccessibleText();

    ChannelRef m_ref;
    Prominence m_prominence;
    QString m_valueText;
    QLabel *m_name = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_cost = nullptr;
    QLabel *m_status = nullptr;
    QrCodeWidget *m_qr = nullptr;
    QList<QLabel *> m_sectionHeadings;
};
