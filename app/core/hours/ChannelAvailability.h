// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"

#include <QDateTime>
#include <QString>

#include <optional>

// Whether one way into a service answers at a given moment, and the plain words that say so.
class ChannelAvailability
{
public:
    enum class State
    {
        OpenNow,
        ClosedNow,
        HoursNotStated,   // the content gives no hours (e.g. a web form): we claim nothing
        HoursUnconfirmed, // hours need confirming, or a bank holiday: a neutral line (HoursClaim)
    };

    // `content` must outlive this object: service() and channel() point into it.
    // For visitors: hours that need confirming, and weekly hours on a bank holiday, are never
    // open or closed (HoursUnconfirmed), and a next opening on a bank holiday is not promised.
    static ChannelAvailability at(const Content &content, const ChannelRef &ref,
                                  const QDateTime &now);
    // For staff: open or closed by the stated hours, confirmed or not (hoursUnconfirmed() says).
    static ChannelAvailability asStated(const Content &content, const ChannelRef &ref,
                                        const QDateTime &now);

    ChannelRef ref() const { return m_ref; }
    const Service *service() const { return m_service; }
    const Channel *channel() const { return m_channel; }
    State state() const { return m_state; }
    bool isOpenNow() const { return m_state == State::OpenNow; }
    bool isClosedNow() const { return m_state == State::ClosedNow; }
    bool isAlwaysOpen() const { return m_alwaysOpen; }
    bool isEmergency() const { return m_emergency; } // one of the content's emergency channels
    // The stated hours need confirming, or today is a bank holiday they say nothing about.
    bool hoursUnconfirmed() const { return m_hoursUnconfirmed; }
    bool isWebAddress() const; // a https address a QR code can carry
    std::optional<QDateTime> opensNext() const { return m_opensNext; } // when closed now
    std::optional<QDateTime> closes() const { return m_closes; } // when open now, not 24 hours

    // "Open 24 hours", "Open now — until 9pm", "Closed now — opens Monday at 9am", "Opening
    // times: check when you call" when unconfirmed; empty when the hours are not stated.
    QString statusText() const;
    // "opens Monday at 9am" / "opens at 9am" / "opens tomorrow at 9am"; empty when never.
    QString opensNextText() const;

private:
    ChannelRef m_ref;
    const Service *m_service = nullptr;
    const Channel *m_channel = nullptr;
    State m_state = State::HoursNotStated;
    bool m_alwaysOpen = false;
    bool m_emergency = false;
    bool m_hoursUnconfirmed = false;
    QDateTime m_now;
    std::optional<QDateTime> m_opensNext;
    std::optional<QDateTime> m_closes;
};
