// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/speech/CueSpeech.h"
#include "core/speech/SpeechSettings.h"
#include "core/speech/Utterance.h"
#include "ui/speech/AudioSink.h"

#include <QObject>
#include <QPointer>

#include <memory>

class KioskWindow;
class SpeechPlayer;
class QWidget;

// Reading aloud on the public screens (EN 301 549 clause 5.1, closed functionality): the "Read
// aloud" button in the header and the keys turn it on and off; with it on, each new screen is
// read (ScreenSpeech), a key move reads the control it lands on, and touch works as on a phone
// with a screen reader: one tap reads the control under the finger, a second tap on it chooses
// it (a mouse clicks as ever). "Leave this screen" acts on the first tap always, and it, Shift x3
// and the idle reset silence speech at once and turn it off (on again for the next visit only with
// `always`). The short cues are spoken too (CueSpeech): the quick exit's progress as Shift is
// pressed, "Loading." once it has silenced everything, and "More below" on an outcome that
// scrolls.
//
// Keys (keyboard or keypad): F2 or * turns reading aloud on or off; / repeats the screen; . (full
// stop) pauses and resumes; + and - change the volume; Tab and the arrows move and read; Enter
// chooses.
class SpeechController : public QObject
{
    Q_OBJECT
public:
    SpeechController(KioskWindow *window, const SpeechSettings &settings,
                     std::unique_ptr<AudioSink> sink, QObject *parent = nullptr);
    ~SpeechController() override;

    bool isOn() const { return m_on; }
    void setOn(bool on);
    SpeechPlayer *player() const { return m_player.get(); }
    void repeat();
    void togglePause();
    void changeVolume(int step);
    // What was last handed to the player (tests, and --speech-samples' check of the screens).
    Utterances lastSaid() const { return m_lastSaid; }
    // For the staff menu: why Read aloud cannot be heard, or cannot speak one of `languages`.
    QStringList staffWarnings(const QStringList &languages) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString screenKey() const; // which screen, node and language: what a reading covers
    void screenChanged();
    void visitForgotten();
    void focusChanged(QWidget *now);
    void say(const Utterances &utterances);
    void sayOverlay(QWidget *overlay);
    void sayCue(const CueSpeech::Plan &plan);
    void quickExitAnnounced(const QString &words);
    void sayMoreBelowIfDue();
    bool keyPressed(int key);
    bool touched(QWidget *widget);
    Utterances currentScreen() const;
    bool isPublic(const QWidget *widget) const;

    KioskWindow *m_window;
    SpeechSettings m_settings;
    std::unique_ptr<SpeechPlayer> m_player;
    bool m_on = false;
    bool m_keyMoved = false;       // the next focus change came from Tab or an arrow
    bool m_swallowRelease = false; // the press of a first tap was taken: so is its release
    QPointer<QWidget> m_armed;     // touched once and read: a second touch chooses it
    QString m_shownKey;            // the screen last read, so a restyle does not read it again
    bool m_moreBelowSaid = false;  // "More below" was said on the screen last read
    Utterances m_lastSaid;
};
