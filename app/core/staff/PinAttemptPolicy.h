// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

// How many wrong staff PINs the pad accepts before it locks, and for how long: every fifth wrong
// try in a row locks it, for 30 s, then 60 s, 120 s, ... at most 15 minutes; a right PIN resets.
// Time comes from the caller (a steady clock in use, made-up instants in tests).
class PinAttemptPolicy
{
public:
    using Instant = std::chrono::milliseconds; // since any fixed point, e.g. a steady clock's epoch

    static constexpr int triesBeforeLock = 5;
    static constexpr std::chrono::seconds firstLock{30};
    static constexpr std::chrono::seconds longestLock{15 * 60};

    bool isLocked(Instant now) const { return now < m_lockedUntil; }
    // Whole seconds until the pad unlocks, rounded up; 0 when it is not locked.
    std::chrono::seconds remainingLock(Instant now) const;
    int triesLeft() const { return triesBeforeLock - m_failuresSinceLock; }

    // A wrong PIN typed at `now`. Ignored while locked (a locked pad verifies nothing).
    void recordFailure(Instant now);
    void recordSuccess();

private:
    std::chrono::seconds lockDuration() const;

    int m_failuresSinceLock = 0;
    int m_locks = 0; // locks so far since the last right PIN: each doubles the next
    Instant m_lockedUntil{0};
};
