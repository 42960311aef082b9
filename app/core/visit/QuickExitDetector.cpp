// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/visit/QuickExitDetector.h"

QuickExitDetector::QuickExitDetector(QObject *parent)
    : QObject(parent)
{}

void QuickExitDetector::shiftPressed(qint64 msecs)
{
    expire(msecs); // a press too long after the last one starts a new count
    const int presses = m_progress + 1;
    m_lastPress = msecs;
    if (presses >= pressesNeeded) {
        setProgress(0);
        emit triggered();
        return;
    }
    setProgress(presses);
}

void QuickExitDetector::expire(qint64 msecs)
{
    if (m_progress == 0 || msecs - m_lastPress <= gapMilliseconds)
        return;
    setProgress(0);
    emit expired();
}

void QuickExitDetector::clear()
{
    setProgress(0);
}

void QuickExitDetector::setProgress(int progress)
{
    if (progress == m_progress)
        return;
    m_progress = progress;
    emit progressChanged(progress);
}
