// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/visit/IdleMonitor.h"

#include <algorithm>

std::chrono::seconds IdleMonitor::boundedIdleTimeout(std::chrono::seconds requested)
{
    return std::clamp(requested, minimumIdleTimeout, maximumIdleTimeout);
}

IdleMonitor::IdleMonitor(QObject *parent)
    : QObject(parent)
{
    m_idleTimer.setSingleShot(true);
    m_noticeTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &IdleMonitor::onIdle);
    connect(&m_noticeTimer, &QTimer::timeout, this, &IdleMonitor::onNoticeExpired);
}

void IdleMonitor::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_idleTimeout = timeout;
    if (m_state == State::Watching)
        m_idleTimer.start(m_idleTimeout);
}

void IdleMonitor::setNoticeDuration(std::chrono::milliseconds duration)
{
    m_noticeDuration = duration;
}

void IdleMonitor::start()
{
    m_noticeTimer.stop();
    m_state = State::Watching;
    m_idleTimer.start(m_idleTimeout);
}

void IdleMonitor::stop()
{
    m_idleTimer.stop();
    m_noticeTimer.stop();
    m_state = State::Stopped;
}

void IdleMonitor::recordActivity()
{
    switch (m_state) {
    case State::Stopped:
        return;
    case State::Watching:
        m_idleTimer.start(m_idleTimeout);
        return;
    case State::NoticeShown:
        start();
        emit noticeAnswered();
        return;
    }
}

void IdleMonitor::onIdle()
{
    m_state = State::NoticeShown;
    m_noticeTimer.start(m_noticeDuration);
    emit noticeDue();
}

void IdleMonitor::onNoticeExpired()
{
    stop();
    emit resetDue();
}
