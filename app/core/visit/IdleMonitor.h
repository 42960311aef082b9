// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

// Watches for a kiosk left alone: after the idle timeout it asks for the "Are you still there?"
// notice, and if nobody answers within the notice time it asks for a reset. Any activity
// postpones it (and answers the notice).
class IdleMonitor : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Stopped,
        Watching,
        NoticeShown,
    };
    Q_ENUM(State)

    static constexpr std::chrono::seconds defaultIdleTimeout{90};
    static constexpr std::chrono::seconds minimumIdleTimeout{30};
    static constexpr std::chrono::seconds maximumIdleTimeout{600};
    static constexpr std::chrono::seconds defaultNoticeDuration{15};
    // A configured timeout brought into the allowed 30–600 s.
    static std::chrono::seconds boundedIdleTimeout(std::chrono::seconds requested);

    explicit IdleMonitor(QObject *parent = nullptr);

    // Taken as given (tests use tiny values); the configuration passes boundedIdleTimeout().
    void setIdleTimeout(std::chrono::milliseconds timeout);
    void setNoticeDuration(std::chrono::milliseconds duration);
    std::chrono::milliseconds idleTimeout() const { return m_idleTimeout; }
    std::chrono::milliseconds noticeDuration() const { return m_noticeDuration; }
    State state() const { return m_state; }

    void start(); // begin watching from now
    void stop();  // nothing to watch (e.g. the attract screen)
    void recordActivity();

signals:
    void noticeDue();
    void noticeAnswered();
    void resetDue();

private:
    void onIdle();
    void onNoticeExpired();

    QTimer m_idleTimer;
    QTimer m_noticeTimer;
    std::chrono::milliseconds m_idleTimeout = defaultIdleTimeout;
    std::chrono::milliseconds m_noticeDuration = defaultNoticeDuration;
    State m_state = State::Stopped;
};
