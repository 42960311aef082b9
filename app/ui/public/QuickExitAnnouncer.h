// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QuickExitCue;
class QuickExitDetector;

// Puts the Shift ×3 quick exit's progress into words for a screen reader, as GOV.UK's "Exit
// this page" does ("Shift, press 2 more times to exit."): two more, one more, timed out 5
// seconds after the last press, and "Loading." as the screen clears. Nothing it says names
// what the kiosk is about. Qt 6.4 has no announcement event (QAccessibleAnnouncementEvent came
// in Qt 6.8), so the words become the accessible name of the cue, a status widget, and Qt
// raises QAccessible::NameChanged, which its AT-SPI bridge sends as an accessible-name change.
// announced() carries the same words for built-in speech.
class QuickExitAnnouncer : public QObject
{
    Q_OBJECT
public:
    QuickExitAnnouncer(QuickExitDetector *detector, QuickExitCue *status,
                       QObject *parent = nullptr);

    static QString progressText(int presses); // after 1 or 2 presses; empty otherwise
    static QString expiredText();
    static QString leavingText();

signals:
    void announced(const QString &text);

private:
    void announce(const QString &text);

    QPointer<QuickExitCue> m_status;
};
