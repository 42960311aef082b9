// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/startup/LaunchPlan.h"

#include "core/startup/Configuration.h"
#include "core/startup/SessionBusPolicy.h"

#include <QStringList>

namespace {
const char evdevKeyboardVariable[] = "QT_QPA_EVDEV_KEYBOARD_PARAMETERS";
const QLatin1String disableZap("disable-zap");
} // namespace

LaunchPlan LaunchPlan::resolve(const LaunchOptions &options, const Configuration &configuration)
{
    LaunchPlan plan;
    const std::optional<Mode> chosen = options.mode ? options.mode : configuration.mode();
    if (!chosen) {
        // Nobody chose a mode: the public screens, but never a locked screen by surprise.
        plan.mode = Mode::Kiosk;
        plan.window = Window::Normal;
        plan.idleTimeoutSeconds = configuration.idleTimeoutSeconds();
        return plan;
    }
    plan.mode = *chosen;
    switch (plan.mode) {
    case Mode::Kiosk:
        plan.window = options.windowed ? Window::Normal : Window::FullScreen;
        plan.lockdown = !options.windowed;
        plan.idleTimeoutSeconds = configuration.idleTimeoutSeconds();
        break;
    case Mode::Event:
        plan.window = options.windowed ? Window::Normal : Window::FullScreen;
        plan.idleTimeoutSeconds = configuration.eventIdleTimeoutSeconds();
        plan.confirmBeforeClose = true;
        break;
    case Mode::Staff:
        plan.window = Window::Normal;
        break;
    }
    return plan;
}

QString LaunchPlan::evdevKeyboardParametersWithZapDisabled(const QString &current)
{
    // Qt's evdev keyboard handler splits its parameters on ':' and turns zap off for an argument
    // that is exactly "disable-zap" (qevdevkeyboardhandler.cpp).
    QStringList parts = current.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    if (!parts.contains(disableZap))
        parts << disableZap;
    return parts.join(QLatin1Char(':'));
}

void LaunchPlan::prepareProcessEnvironment() const
{
    // Public modes start no process: no D-Bus autolaunch (SessionBusPolicy).
    if (showsPublicScreens())
        SessionBusPolicy::applyToThisProcess();
    if (!lockdown)
        return;
    const QString current = qEnvironmentVariable(evdevKeyboardVariable);
    qputenv(evdevKeyboardVariable, evdevKeyboardParametersWithZapDisabled(current).toLocal8Bit());
}
