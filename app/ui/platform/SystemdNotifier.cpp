// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/platform/SystemdNotifier.h"

#ifdef SIGNPOST_WITH_SYSTEMD
#include <systemd/sd-daemon.h>
#endif

namespace {

// WATCHDOG_USEC in microseconds, or 0. WATCHDOG_PID is deliberately not checked (unlike
// sd_watchdog_enabled()): under the kiosk service the main process is the cage compositor and
// Signpost is its child, so the PID systemd names is cage's. The unit's NotifyAccess=all lets
// the child's pings count.
qint64 watchdogMicroseconds()
{
    bool ok = false;
    const qint64 usec = qEnvironmentVariable("WATCHDOG_USEC").toLongLong(&ok);
    return ok && usec > 0 ? usec : 0;
}

} // namespace

SystemdNotifier::SystemdNotifier(QObject *parent)
    : QObject(parent)
    , m_active(isSupported() && !qEnvironmentVariableIsEmpty("NOTIFY_SOCKET"))
{
    const std::chrono::milliseconds interval = watchdogInterval();
    if (interval.count() <= 0)
        return;
    // A QTimer fires only while the event loop turns, so a hung loop stops the pings and
    // systemd restarts the service: exactly what the watchdog is for.
    m_watchdog.setInterval(interval);
    m_watchdog.setTimerType(Qt::CoarseTimer);
    connect(&m_watchdog, &QTimer::timeout, this, [this] { send("WATCHDOG=1"); });
    m_watchdog.start();
}

bool SystemdNotifier::isSupported()
{
#ifdef SIGNPOST_WITH_SYSTEMD
    return true;
#else
    return false;
#endif
}

std::chrono::milliseconds SystemdNotifier::watchdogInterval() const
{
    const qint64 usec = watchdogMicroseconds();
    if (!m_active || usec == 0)
        return std::chrono::milliseconds(0);
    // At least 1 ms, so a (silly) WATCHDOG_USEC below 2000 still pings rather than never.
    return std::chrono::milliseconds(qMax<qint64>(1, usec / 2000));
}

void SystemdNotifier::notifyReady()
{
    if (m_ready)
        return;
    m_ready = true;
    send("READY=1");
}

void SystemdNotifier::notifyStopping()
{
    m_watchdog.stop();
    send("STOPPING=1");
}

void SystemdNotifier::send(const char *state)
{
    if (!m_active)
        return;
#ifdef SIGNPOST_WITH_SYSTEMD
    // Best effort: a full or vanished socket must never disturb the kiosk; systemd notices the
    // missing ping on its own. The message says nothing about what a visitor does.
    sd_notify(0, state);
#else
    Q_UNUSED(state);
#endif
}
