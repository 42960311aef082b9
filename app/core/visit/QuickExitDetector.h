// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

// Recognises the quick-exit key gesture (GOV.UK "Exit this page"): Shift pressed three times
// within 5 seconds. Timestamps are given by the caller (monotonic milliseconds) so the rule is
// testable without waiting.
class QuickExitDetector : public QObject
{
    Q_OBJECT
public:
    static constexpr int pressesNeeded = 3;
    static constexpr qint64 windowMilliseconds = 5000;

    explicit QuickExitDetector(QObject *parent = nullptr);

    // A Shift press (not an auto-repeat) at `msecs`. Emits triggered() on the third press
    // within the window, then starts counting from zero again.
    void shiftPressed(qint64 msecs);
    // Forgets presses that have fallen out of the window by `msecs` (for the visible cue).
    void expire(qint64 msecs);
    void clear();
    int progress() const { return int(m_presses.size()); } // 0..2 between gestures

signals:
    void progressChanged(int progress);
    void triggered();

private:
    void setPresses(const QList<qint64> &presses);

    QList<qint64> m_presses;
};
