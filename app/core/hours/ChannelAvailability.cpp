// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hours/ChannelAvailability.h"

#include "core/hours/AvailabilityWording.h"
#include "core/hours/HoursClaim.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ChannelAvailability", text);
}

QDateTime inUkTime(const QDateTime &at)
{
    return at.toTimeZone(OpeningHours::ukTimeZone());
}

} // namespace

ChannelAvailability ChannelAvailability::at(const Content &content, const ChannelRef &ref,
                                            const QDateTime &now)
{
    ChannelAvailability result = asStated(content, ref, now);
    if (result.m_hoursUnconfirmed) {
        result.m_state = State::HoursUnconfirmed;
        result.m_alwaysOpen = false;
        result.m_opensNext.reset();
        result.m_closes.reset();
    } else if (result.m_opensNext && HoursClaim::isSilentOn(content, *result.m_channel,
                                                            inUkTime(*result.m_opensNext).date())) {
        result.m_opensNext.reset(); // "Closed now", with no promise about a bank holiday
    }
    return result;
}

ChannelAvailability ChannelAvailability::asStated(const Content &content, const ChannelRef &ref,
                                                  const QDateTime &now)
{
    ChannelAvailability result;
    result.m_ref = ref;
    result.m_service = content.service(ref.service);
    result.m_channel = content.channel(ref);
    result.m_emergency = content.emergency.contains(ref);
    result.m_now = now;
    if (!result.m_channel)
        return result;
    const OpeningHours &hours = result.m_channel->hours;
    result.m_hoursUnconfirmed =
        hours.kind() != OpeningHours::Kind::NotStated &&
        ((result.m_service && !HoursClaim::isConfirmed(*result.m_service, *result.m_channel)) ||
         HoursClaim::isSilentOn(content, *result.m_channel, inUkTime(now).date()));
    switch (hours.kind()) {
    case OpeningHours::Kind::NotStated:
        result.m_state = State::HoursNotStated;
        break;
    case OpeningHours::Kind::AlwaysOpen:
        result.m_state = State::OpenNow;
        result.m_alwaysOpen = true;
        break;
    case OpeningHours::Kind::Weekly:
        if (hours.isOpen(now)) {
            result.m_state = State::OpenNow;
            result.m_closes = hours.closesAt(now);
        } else {
            result.m_state = State::ClosedNow;
            result.m_opensNext = hours.nextOpening(now);
        }
        break;
    }
    return result;
}

bool ChannelAvailability::isWebAddress() const
{
    return m_channel && m_channel->value.startsWith(QLatin1String("https://"));
}

QString ChannelAvailability::statusText() const
{
    switch (m_state) {
    case State::HoursNotStated:
        return {};
    case State::HoursUnconfirmed:
        return HoursClaim::neutralText(*m_channel);
    case State::OpenNow: {
        if (m_alwaysOpen)
            return tr("Open 24 hours");
        if (!m_closes)
            return tr("Open now");
        return AvailabilityWording::openUntil(inUkTime(*m_closes), inUkTime(m_now));
    }
    case State::ClosedNow: {
        const QString opens = opensNextText();
        return opens.isEmpty() ? tr("Closed now") : tr("Closed now — %1").arg(opens);
    }
    }
    return {};
}

QString ChannelAvailability::opensNextText() const
{
    if (!m_opensNext)
        return {};
    return AvailabilityWording::opens(inUkTime(*m_opensNext), inUkTime(m_now));
}
