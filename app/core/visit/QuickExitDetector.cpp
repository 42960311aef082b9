// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/visit/QuickExitDetector.h"

#include <algorithm>

namespace {

// The presses still inside the window that ends at `msecs`.
QList<qint64> recentPresses(QList<qint64> presses, qint64 msecs)
{
    presses.erase(std::remove_if(presses.begin(), presses.end(),
                                 [msecs](qint64 p) {
                                     return msecs - p > QuickExitDetector::windowMilliseconds;
                                 }),
                  presses.end());
    return presses;
}

} // namespace

QuickExitDetector::QuickExitDetector(QObject *parent)
    : QObject(parent)
{}

void QuickExitDetector::shiftPressed(qint64 msecs)
{
    QList<qint64> presses = recentPresses(m_presses, msecs);
    presses.append(msecs);
    if (presses.size() >= pressesNeeded) {
        setPresses({});
        emit triggered();
        return;
    }
    setPresses(presses);
}

void QuickExitDetector::expire(qint64 msecs)
{
    setPresses(recentPresses(m_presses, msecs));
}

void QuickExitDetector::clear()
{
    setPresses({});
}

void QuickExitDetector::setPresses(const QList<qint64> &presses)
{
    const bool changed = presses.size() != m_presses.size();
    m_presses = presses;
    if (changed)
        emit progressChanged(progress());
}
