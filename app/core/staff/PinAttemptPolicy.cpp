// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/staff/PinAttemptPolicy.h"

#include <algorithm>

std::chrono::seconds PinAttemptPolicy::remainingLock(Instant now) const
{
    if (!isLocked(now))
        return std::chrono::seconds{0};
    return std::chrono::ceil<std::chrono::seconds>(m_lockedUntil - now);
}

void PinAttemptPolicy::recordFailure(Instant now)
{
    if (isLocked(now))
        return;
    if (++m_failuresSinceLock < triesBeforeLock)
        return;
    m_lockedUntil = now + lockDuration();
    ++m_locks;
    m_failuresSinceLock = 0;
}

void PinAttemptPolicy::recordSuccess()
{
    m_failuresSinceLock = 0;
    m_locks = 0;
    m_lockedUntil = Instant{0};
}

std::chrono::seconds PinAttemptPolicy::lockDuration() const
{
    // Doubling stops at the cap long before the shift could overflow.
    const int doublings = std::min(m_locks, 10);
    return std::min(firstLock * (1 << doublings), longestLock);
}
