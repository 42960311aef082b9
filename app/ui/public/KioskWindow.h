// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"
#include "core/hours/Clock.h"
#include "core/visit/DisplayPreferences.h"
#include "core/visit/ReachZone.h"
#include "ui/public/KioskOverlays.h"
#include "ui/public/PublicScreenStack.h"
#include "ui/public/VisitorInputFilter.h"

#include <QTimer>
#include <QWidget>

#include <chrono>

class AttractScreen;
class EmergencyStrip;
class IdleMonitor;
class IdleNotice;
class KeyboardNavigation;
class KioskHeader;
class LanguagePicker;
class OutcomeScreen;
class PrivacyScreen;
class QTranslator;
class QuestionScreen;
class QuickExitAnnouncer;
class QuickExitDetector;
class ReachArrangement;
class VisitModel;
class WelcomeScreen;

// The public window: a fixed header (language, "Leave this screen" top right), the emergency
// strip, and the visitor's current screen below. It owns the quick exit and the idle reset, both
// of which forget the visit completely, language, text size and contrast included. It puts the
// visit's language on screen (Qt Linguist translation, right-to-left mirroring, fonts) and its
// display preferences (larger text, high contrast). Lockdown, staff unlock and the PIN pad are
// wired in from outside through the public functions below.
class KioskWindow : public QWidget
{
    Q_OBJECT
public:
    // How the window will first show, when that is known before it is built: window flags set
    // after the widgets exist re-polish every one of them, and a first style sheet scaled for a
    // default size is applied again at the real one. Given here, the window is styled once.
    struct FirstShow
    {
        Qt::WindowFlags flags;
        QSize size; // invalid: Qt's default size, restyled when the window is resized
    };

    explicit KioskWindow(const Content &content, const Clock &clock = Clock::system(),
                         QWidget *parent = nullptr, const FirstShow &firstShow = {});
    ~KioskWindow() override;

    VisitModel *visit() const { return m_visit; }
    IdleMonitor *idleMonitor() const { return m_idle; }
    QuickExitDetector *quickExitDetector() const { return m_quickExit; }
    // The quick exit's progress in words (announced(): for a screen reader and for speech).
    QuickExitAnnouncer *quickExitAnnouncer() const { return m_quickExitWords; }
    PublicScreenStack *screens() const { return m_screens; }
    QWidget *currentScreen() const;
    KioskHeader *header() const { return m_header; }
    EmergencyStrip *emergencyStrip() const { return m_strip; }
    WelcomeScreen *welcomeScreen() const { return m_screens->welcome(); }
    QuestionScreen *questionScreen() const { return m_screens->question(); }
    OutcomeScreen *outcomeScreen() const { return m_screens->outcome(); }
    PrivacyScreen *privacyScreen() const { return m_screens->privacy(); }
    AttractScreen *attractScreen() const { return m_screens->attract(); }
    // The idle notice and the language list are built when first needed (KioskOverlays).
    IdleNotice *idleNotice() const { return m_overlays->idleNotice(); }
    LanguagePicker *languagePicker() const { return m_overlays->languagePicker(); }
    // Whether `widget` is the idle notice or the language list or inside one (builds neither).
    bool isVisitorOverlay(const QWidget *widget) const { return m_overlays->holds(widget); }
    // The widgets a screen reader and a keyboard visit on the current screen, in reading order
    // (the header first). Tab follows this order.
    QList<QWidget *> focusOrder() const;

    void setClock(const Clock &clock);
    const Clock &clock() const { return m_clock; }
    // The language each visit starts in (the configuration's default language).
    void setStartLanguage(const QString &language);
    // The languages the language button offers (the configuration's enabled_languages); only
    // those the content provides are shown. Not called: every language of the content.
    void setEnabledLanguages(const QStringList &languages);
    QStringList offeredLanguages() const;
    // The `layout` key: low-reach puts the header and the screen in the reach zone (below
    // ReachZone's top edge), the emergency strip above it.
    void setReachLayout(ReachZone::Layout layout);
    ReachZone::Layout reachLayout() const;
    QRect reachZone() const; // where every visitor control is, in window coordinates
    // Larger text and high contrast at the start of every visit (--large-text, --high-contrast).
    void setStartDisplay(const DisplayPreferences &display);
    // Staff reloaded the content or a new pack was installed: every trace of the current visit
    // goes, then the new content's first screen (or the attract screen, if that was showing).
    void replaceContent(const Content &content);
    // Idle reset timing (the configuration passes IdleMonitor::boundedIdleTimeout()).
    void setIdleTimeout(std::chrono::milliseconds timeout);
    void setIdleNoticeDuration(std::chrono::milliseconds duration);
    // Off while staff are using the machine (staff menu, PIN pad); on again for visitors.
    void setIdleResetEnabled(bool enabled);
    // Where Shift-press timestamps come from (monotonic ms); tests inject their own.
    void setQuickExitTimeSource(VisitorInputFilter::TimeSource source);

    // Where staff start the unlock gesture (press and hold): the name at the top left. The
    // lockdown code's StaffUnlockGesture watches it and opens the PIN pad via showOverlay().
    QWidget *staffGestureArea() const;

    // Lays `overlay` (the PIN pad, the staff menu) over the whole window and shows it. Quick
    // exit and idle reset close every overlay shown this way.
    void showOverlay(QWidget *overlay);

public slots:
    void quickExit(); // "Leave this screen" and Shift ×3: the neutral welcome screen, all forgotten
    void idleReset();          // nobody answered the notice: the attract screen, all forgotten
    void showIdleNotice();     // "Are you still there?" (the idle monitor asks; screenshots too)
    void showLanguagePicker(); // the language button

signals:
    void visitForgotten(); // after every quick exit and idle reset

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showCurrentScreen();
    void forgetVisit();
    void clearVisitTraces();
    void hideIdleNotice();
    void hideLanguagePicker();
    void applyScale(double scale);
    bool applyLanguage(const QString &language);
    bool applyDisplay(const DisplayPreferences &display);
    void restyle();
    void applyColours(); // what the style sheet cannot colour (icons, the cue, the scrim)
    void retranslate();
    void applyFocusOrder();
    void focusScreenStart();

    VisitModel *m_visit;
    IdleMonitor *m_idle;
    QuickExitDetector *m_quickExit;
    QuickExitAnnouncer *m_quickExitWords = nullptr;
    VisitorInputFilter *m_input;
    Clock m_clock;
    bool m_idleResetEnabled = true;
    double m_scale = 0;
    QString m_language;           // on screen now (translator, direction, fonts)
    DisplayPreferences m_display; // on screen now
    QStringList m_enabledLanguages;
    QString m_shownKey; // screen, node and language last put on screen: a change moves focus
    bool m_restyleAfterText = false; // the new language's fonts go on once its words are on
    QTranslator *m_translator;
    KeyboardNavigation *m_keyboard;
    ReachArrangement *m_arrangement = nullptr;

    // Built after the style sheet is set (see the constructor).
    KioskHeader *m_header = nullptr;
    EmergencyStrip *m_strip = nullptr;
    PublicScreenStack *m_screens = nullptr;
    KioskOverlays *m_overlays = nullptr;
    QTimer m_cueExpiry;
};
