#include "ChannelAvailability.h"

#include "HoursClaim.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ChannelAvailability", text);
}

// The same, for texts marked with QT_TRANSLATE_NOOP: lupdate reads tr() only inside the class.
QString translated(const char *text)
{
    return tr(text);
}

QDateTime inUkTime(const QDateTime &at)
{
    return at.toTimeZone(OpeningHours::ukTimeZone());
}

// GOV.UK style times: "9am", "5:30pm", "midday", "midnight". A translation that uses the
// 24-hour clock says so, and gets "21:00" instead.
QString timeText(const QTime &time)
{
    if (time.hour() == 0 && time.minute() == 0)
        return translated(QT_TRANSLATE_NOOP("ChannelAvailability", "midnight"));
    //: Translate as "24-hour clock" (these exact English words) where times are written 21:00.
    if (translated(QT_TRANSLATE_NOOP("ChannelAvailability", "12-hour clock")) ==
        QLatin1String("24-hour clock"))
        return time.toString(QStringLiteral("H:mm"));
    if (time.hour() == 12 && time.minute() == 0)
        return translated(QT_TRANSLATE_NOOP("ChannelAvailability", "midday"));
    const int hour12 = time.hour() % 12 == 0 ? 12 : time.hour() % 12;
    const bool pm = time.hour() >= 12;
    if (time.minute() == 0) {
        return (pm ? translated(QT_TRANSLATE_NOOP("ChannelAvailability", "%1pm"))
                   : translated(QT_TRANSLATE_NOOP("ChannelAvailability", "%1am")))
            .arg(hour12);
    }
    const QString minutes = QStringLiteral("%1").arg(time.minute(), 2, 10, QLatin1Char('0'));
    return (pm ? translated(QT_TRANSLATE_NOOP("ChannelAvailability", "%1:%2pm"))
               : translated(QT_TRANSLATE_NOOP("ChannelAvailability", "%1:%2am")))
        .arg(hour12)
        .arg(minutes);
}

// The day as a person would say it, relative to now: empty for today, "tomorrow", "Monday",
// or a date when it is more than a week away.
QString dayText(const QDate &day, const QDate &today)
{
    const qint64 days = today.daysTo(day);
    if (days == 0)
        return {};
    if (days == 1)
        return translated(QT_TRANSLATE_NOOP("ChannelAvailability", "tomorrow"));
    // Day and month names follow the language on screen: each translation names its locale.
    //: The locale whose day names this language uses, for example cy_GB or pl_PL.
    const QLocale locale(translated(QT_TRANSLATE_NOOP("ChannelAvailability", "en_GB")));
    if (days < 7)
        return locale.dayName(day.dayOfWeek());
    return locale.toString(day, QStringLiteral("dddd d MMMM"));
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
        const QDateTime closes = inUkTime(*m_closes);
        const QDateTime now = inUkTime(m_now);
        const QString day = dayText(closes.date(), now.date());
        // Closing at midnight is "until midnight", not "until tomorrow at midnight".
        if (day.isEmpty() || (closes.time() == QTime(0, 0) && now.daysTo(closes) <= 1))
            return tr("Open now — until %1").arg(timeText(closes.time()));
        return tr("Open now — until %1 at %2").arg(day, timeText(closes.time()));
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
    const QDateTime opens = inUkTime(*m_opensNext);
    const QString day = dayText(opens.date(), inUkTime(m_now).date());
    if (day.isEmpty())
        return tr("opens at %1").arg(timeText(opens.time()));
    return tr("opens %1 at %2").arg(day, timeText(opens.time()));
}
