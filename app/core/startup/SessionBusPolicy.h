// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QString>

// The public modes start no process. With no session bus in the environment, libdbus would
// "autolaunch" one when Qt's accessibility bridge or platform theme asks for it: it runs
// dbus-launch, which starts a dbus-daemon that outlives Signpost and writes ~/.dbus. So, before
// QApplication exists, a public mode either keeps the session bus it was given or names one
// libdbus cannot use and never launches.
class SessionBusPolicy
{
public:
    // An address with no transport libdbus knows: connecting fails at once ("Unknown address
    // type"), with no autolaunch (dbus 1.14, dbus-transport.c). GLib's GDBus reads it as "no bus".
    static constexpr char disabledAddress[] = "disabled:";

    // The DBUS_SESSION_BUS_ADDRESS a public mode must run with, or an empty string when the
    // environment can stay as it is: a session bus is named (its autolaunch: entries taken out),
    // or $XDG_RUNTIME_DIR/bus (the user bus libdbus finds by itself) is a socket.
    static QString publicAddress(const QProcessEnvironment &environment);

    // Sets DBUS_SESSION_BUS_ADDRESS in this process when publicAddress() asks for it.
    static void applyToThisProcess();
};
