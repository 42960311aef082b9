// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/startup/CommandLine.h"

#include <QString>

class Configuration;

// What this run of Signpost will be: the effective mode, how its window is shown and whether kiosk
// lockdown applies, decided from the command line and the system configuration.
struct LaunchPlan
{
    enum class Window
    {
        Normal,     // a normal, closable window
        FullScreen, // covers the primary screen
    };

    Mode mode = Mode::Kiosk; // Kiosk and Event show the public screens; Staff the staff tool
    Window window = Window::Normal;
    bool lockdown = false;           // kiosk full screen only: see KioskLockdown
    int idleTimeoutSeconds = 0;      // 0 = no idle reset (staff desktop)
    bool confirmBeforeClose = false; // event mode: staff confirm before it closes

    bool showsPublicScreens() const { return mode != Mode::Staff; }

    // --mode beats the configuration's mode. With neither, the public screens in a normal window.
    // --windowed gives a normal window, without lockdown, for any public mode.
    static LaunchPlan resolve(const LaunchOptions &options, const Configuration &configuration);

    // Sets what must be in the environment before QApplication exists: in a public mode, a
    // session bus address that never autolaunches one (SessionBusPolicy); with lockdown, Qt's
    // evdev keyboard handler (eglfs, linuxfb) gets "disable-zap" so Ctrl+Alt+Backspace cannot quit.
    void prepareProcessEnvironment() const;

    // QT_QPA_EVDEV_KEYBOARD_PARAMETERS with "disable-zap" added, keeping what was there.
    static QString evdevKeyboardParametersWithZapDisabled(const QString &current);
};
