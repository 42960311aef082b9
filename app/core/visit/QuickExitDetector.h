// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

// Recognises the quick-exit key gesture (GOV.UK "Exit this page"): Shift pressed three times,
// with no more than 5 seconds between one press and the next. As in GOV.UK's implementation
// the timer restarts at every press, so a visitor with a tremor who presses at 0, 3 and 6 s
// still gets out. Timestamps are given by the caller (monotonic milliseconds) so the rule is
// testable without waiting.
class QuickExitDetector : public QObject
{
    Q_OBJECT
public:
    static constexpr int pressesNeeded = 3;
    static constexpr qint64 gapMilliseconds = 5000; // the longest wait between two presses

    explicit QuickExitDetector(QObject *parent = nullptr);

    // A Shift press (not an auto-repeat) at `msecs`. Emits triggered() on the third press
    // in a row, then starts counting from zero again; a press more than the gap after the
    // last one starts a new count.
    void shiftPressed(qint64 msecs);
    // Forgets the presses when the last one is more than the gap before `msecs`, and then
    // says so with expired() (for the visible cue and the spoken progress).
    void expire(qint64 msecs);
    void clear(); // another key was pressed, or the visit was forgotten: silently back to 0
    int progress() const { return m_progress; } // 0..2 between gestures

signals:
    void progressChanged(int progress);
    void expired(); // a gesture under way timed out
    void triggered();

private:
    void setProgress(int progress);

    int m_progress = 0;
    qint64 m_lastPress = 0;
};
