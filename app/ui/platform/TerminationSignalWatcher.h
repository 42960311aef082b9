// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGTERM and SIGINT ("systemctl stop", Ctrl+C in a terminal) into a signal in the event
// loop, so Signpost can quit on purpose: tell systemd it is stopping, clear its crash ledger and
// exit 0, instead of being killed mid-frame and counted as a crash. Unix only; elsewhere it never
// fires. Make one per process: the signal handlers and their pipe are process-wide.
class TerminationSignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit TerminationSignalWatcher(QObject *parent = nullptr);
    ~TerminationSignalWatcher() override;

    // The handlers are installed (false on Windows, or when the wake-up pipe cannot be made).
    bool isActive() const { return m_notifier != nullptr; }

signals:
    void terminationRequested();

private:
    void readWakeUp();

    QSocketNotifier *m_notifier = nullptr;
};
