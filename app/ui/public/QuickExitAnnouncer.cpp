// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/public/QuickExitAnnouncer.h"

#include "core/visit/QuickExitDetector.h"
#include "ui/public/QuickExitCue.h"

QuickExitAnnouncer::QuickExitAnnouncer(QuickExitDetector *detector, QuickExitCue *status,
                                       QObject *parent)
    : QObject(parent)
    , m_status(status)
{
    connect(detector, &QuickExitDetector::progressChanged, this, [this](int presses) {
        // Back to 0 is said by expired() or triggered(), or not at all (another key).
        if (presses > 0)
            announce(progressText(presses));
    });
    connect(detector, &QuickExitDetector::expired, this, [this] { announce(expiredText()); });
    connect(detector, &QuickExitDetector::triggered, this, [this] { announce(leavingText()); });
}

QString QuickExitAnnouncer::progressText(int presses)
{
    // Whole sentences, one per count, rather than a number put into one: each language says
    // "2 more times" and "1 more time" its own way.
    switch (QuickExitDetector::pressesNeeded - presses) {
    case 2:
        return tr("Leave this screen: press Shift 2 more times.");
    case 1:
        return tr("Leave this screen: press Shift 1 more time.");
    default:
        return {};
    }
}

QString QuickExitAnnouncer::expiredText()
{
    return tr("Quick exit timed out.");
}

QString QuickExitAnnouncer::leavingText()
{
    return tr("Loading.");
}

void QuickExitAnnouncer::announce(const QString &text)
{
    if (m_status)
        m_status->announce(text);
    emit announced(text);
}
