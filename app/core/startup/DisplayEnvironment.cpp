// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/startup/DisplayEnvironment.h"

#include <QCoreApplication>

DisplayEnvironment::DisplayEnvironment(const QProcessEnvironment &environment)
    : m_environment(environment)
{}

bool DisplayEnvironment::canShowWindow() const
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS) && !defined(Q_OS_ANDROID)
    // An explicit platform (offscreen, eglfs, linuxfb, wayland, xcb) is the deployer's choice.
    if (!m_environment.value(QStringLiteral("QT_QPA_PLATFORM")).isEmpty())
        return true;
    return !m_environment.value(QStringLiteral("DISPLAY")).isEmpty() ||
           !m_environment.value(QStringLiteral("WAYLAND_DISPLAY")).isEmpty();
#else
    return true;
#endif
}

QString DisplayEnvironment::noDisplayMessage() const
{
    return QCoreApplication::translate(
        "DisplayEnvironment",
        "signpost: no display found (DISPLAY and WAYLAND_DISPLAY are unset); run it on a desktop, "
        "or under a virtual one with: xvfb-run -a signpost --windowed");
}
