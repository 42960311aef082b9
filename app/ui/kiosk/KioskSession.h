// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/hours/Clock.h"
#include "core/staff/PinAttemptPolicy.h"
#include "core/staff/StaffPin.h"
#include "core/startup/ActiveContent.h"
#include "core/startup/LaunchPlan.h"

#include <QObject>
#include <QPointer>
#include <QSize>

#include <functional>
#include <memory>

class CloseConfirmation;
class KioskLockdown;
class KioskWindow;
class PinPad;
class StaffMenu;
class StaffUnlockGesture;

// One run of the public screens as the launch plan says: the kiosk window in a window or full
// screen, lockdown in kiosk mode, the staff unlock gesture → PIN pad → staff menu, content reloads
// (from the menu, and newly installed content at the next reset, never mid-visit), and event mode's
// "Close Signpost?" confirmation.
class KioskSession : public QObject
{
    Q_OBJECT
public:
    // Where the content comes from each time it is (re)loaded: the configured file or pack, else
    // the built-in content. Called at start, on "Reload content", and after every reset.
    using ContentSource = std::function<ActiveContent()>;
    // The kiosk's status for IT, shown in the staff menu (KioskHealth::text); unset: not shown.
    using StatusText = std::function<QString()>;

    KioskSession(const LaunchPlan &plan, const QString &staffPinHash, ContentSource source,
                 const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~KioskSession() override;

    // The language each visit starts in; empty keeps the default.
    void setStartLanguage(const QString &language);
    void setStatusText(StatusText statusText) { m_statusText = std::move(statusText); }
    // What the language button offers (the configuration's enabled_languages; empty: every
    // language of the content) and the language visits start in, less what the installed fonts
    // cannot draw: the glyph guard, run once here on the content now showing. A start language
    // that cannot be drawn gives way to English. Returns why, one sentence each; the staff menu
    // shows the same.
    QStringList offerLanguages(const QStringList &enabled, const QString &start);
    QStringList languageWarnings() const { return m_languageWarnings; }
    // More for the staff menu, asked each time it opens (Read aloud: SpeechController).
    void setStaffNotes(std::function<QStringList()> notes) { m_staffNotes = std::move(notes); }
    // Shows the window as the plan says (full screen and locked down for a kiosk).
    void start();
    // The window's size when the plan shows it in a window (not full screen).
    static constexpr QSize windowedSize{1280, 800};

    KioskWindow *window() const { return m_window.get(); }
    KioskLockdown *lockdown() const { return m_lockdown; } // null unless the plan locks down
    StaffUnlockGesture *unlockGesture() const { return m_gesture; }
    // The overlays while they exist (closed ones are deleted soon after).
    PinPad *pinPad() const;
    StaffMenu *staffMenu() const;
    CloseConfirmation *closeConfirmation() const;
    const ActiveContent &activeContent() const { return m_active; }
    bool staffUnlockPossible() const { return m_pin.isConfigured(); }

public slots:
    void openPinPad(); // with no staff PIN configured, the pad says so and never accepts
    void openStaffMenu();
    void reloadContent();
    void printCards();
    void quit(); // staff chose Quit: closes past lockdown and confirmation, then finished()

signals:
    void contentReplaced();
    void finished(); // the application should quit

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showFullScreenOnPrimary();
    void pickUpNewContent();
    void giveBackFreedMemory();
    void askBeforeClosing();
    void closeOverlay(QWidget *overlay);

    LaunchPlan m_plan;
    StaffPin m_pin;
    PinAttemptPolicy m_attempts; // shared by every pad, so reopening does not reset the count
    ContentSource m_source;
    StatusText m_statusText;
    Clock m_clock;
    ActiveContent m_active;
    QStringList m_languageWarnings;
    std::function<QStringList()> m_staffNotes;
    std::unique_ptr<KioskWindow> m_window;
    KioskLockdown *m_lockdown = nullptr;
    StaffUnlockGesture *m_gesture = nullptr;
    QPointer<PinPad> m_pinPad;
    QPointer<StaffMenu> m_staffMenu;
    QPointer<CloseConfirmation> m_confirmation;
    bool m_closing = false;
};
