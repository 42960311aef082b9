// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

// Tells systemd, when it started Signpost as a Type=notify service, that the kiosk is on screen
// (READY=1) and that its event loop is still turning (WATCHDOG=1). Does nothing otherwise.
class SystemdNotifier : public QObject
{
    Q_OBJECT
public:
    explicit SystemdNotifier(QObject *parent = nullptr);

    // Built with libsystemd (SIGNPOST_WITH_SYSTEMD); without it every call does nothing.
    static bool isSupported();

    // NOTIFY_SOCKET was set when this notifier was made, and Signpost can use it.
    bool isActive() const { return m_active; }

    // Half of WATCHDOG_USEC (zero when systemd asked for no watchdog or the notifier is inactive).
    std::chrono::milliseconds watchdogInterval() const;

public slots:
    // Call once the main window's first frame is painted: the service is then really up.
    void notifyReady();
    // Call when Signpost is about to quit on purpose, so systemd does not see a crash.
    void notifyStopping();

private:
    void send(const char *state);

    bool m_active = false;
    bool m_ready = false;
    QTimer m_watchdog;
};
