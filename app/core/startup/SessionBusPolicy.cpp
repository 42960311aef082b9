// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/startup/SessionBusPolicy.h"

#include <QFileInfo>
#include <QStringList>

namespace {
const char addressVariable[] = "DBUS_SESSION_BUS_ADDRESS";
const QLatin1String autolaunchMethod("autolaunch:");

// libdbus tries the entries of an address list in turn; an autolaunch: entry is reached when
// the others fail, so it goes whatever comes before it.
QString withoutAutolaunch(const QString &address)
{
    QStringList kept;
    for (const QString &entry : address.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (!entry.trimmed().startsWith(autolaunchMethod))
            kept << entry;
    }
    return kept.join(QLatin1Char(';'));
}

bool userBusExists(const QProcessEnvironment &environment)
{
    const QString runtimeDir = environment.value(QStringLiteral("XDG_RUNTIME_DIR"));
    if (runtimeDir.isEmpty())
        return false;
    // libdbus uses $XDG_RUNTIME_DIR/bus only when it is a socket (a systemd user session, or a
    // bus a kiosk session starts there on purpose).
    const QFileInfo bus(runtimeDir + QStringLiteral("/bus"));
    return bus.exists() && !bus.isFile() && !bus.isDir() && !bus.isSymLink();
}
} // namespace

QString SessionBusPolicy::publicAddress(const QProcessEnvironment &environment)
{
    const QString given = environment.value(QLatin1String(addressVariable));
    if (!given.isEmpty()) {
        const QString kept = withoutAutolaunch(given);
        if (kept == given)
            return {};
        return kept.isEmpty() ? QLatin1String(disabledAddress) : kept;
    }
    return userBusExists(environment) ? QString() : QLatin1String(disabledAddress);
}

void SessionBusPolicy::applyToThisProcess()
{
    const QString address = publicAddress(QProcessEnvironment::systemEnvironment());
    if (!address.isEmpty())
        qputenv(addressVariable, address.toLocal8Bit());
}
