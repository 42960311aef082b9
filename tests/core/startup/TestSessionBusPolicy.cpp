// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/startup/SessionBusPolicy.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>

class TestSessionBusPolicy : public QObject
{
    Q_OBJECT
private slots:
    void publicAddress_data();
    void publicAddress();
    void aUserBusSocketIsKept();

private:
    QTemporaryDir m_dir;
};

void TestSessionBusPolicy::publicAddress_data()
{
    QTest::addColumn<QString>("given");   // DBUS_SESSION_BUS_ADDRESS, "" for unset
    QTest::addColumn<QString>("address"); // what a public mode must set, "" for leave it

    const QString leave;
    const QString disabled = QLatin1String(SessionBusPolicy::disabledAddress);
    QTest::newRow("no bus: autolaunch would start one") << QString() << disabled;
    QTest::newRow("a session bus is kept")
        << QStringLiteral("unix:path=/run/user/1000/bus") << leave;
    QTest::newRow("an abstract socket is kept")
        << QStringLiteral("unix:abstract=/tmp/dbus-x,guid=0123") << leave;
    QTest::newRow("disabled stays disabled") << disabled << leave;
    QTest::newRow("autolaunch alone") << QStringLiteral("autolaunch:") << disabled;
    QTest::newRow("autolaunch with a scope")
        << QStringLiteral("autolaunch:scope=*user") << disabled;
    QTest::newRow("autolaunch as the fallback goes")
        << QStringLiteral("unix:path=/run/user/1000/bus;autolaunch:")
        << QStringLiteral("unix:path=/run/user/1000/bus");
    QTest::newRow("autolaunch first goes")
        << QStringLiteral("autolaunch:;unix:path=/run/x") << QStringLiteral("unix:path=/run/x");
}

void TestSessionBusPolicy::publicAddress()
{
    QFETCH(QString, given);
    QFETCH(QString, address);
    QProcessEnvironment environment;
    // An empty runtime directory: no user bus for libdbus to find there.
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
    if (!given.isEmpty())
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), given);
    QCOMPARE(SessionBusPolicy::publicAddress(environment), address);
}

void TestSessionBusPolicy::aUserBusSocketIsKept()
{
    // $XDG_RUNTIME_DIR/bus as a systemd user session (or a kiosk session on purpose) makes it:
    // libdbus connects to it by itself, so the environment stays as it is.
    QTemporaryDir runtime;
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    QCOMPARE(SessionBusPolicy::publicAddress(environment),
             QLatin1String(SessionBusPolicy::disabledAddress));

    const QByteArray path = QFile::encodeName(runtime.filePath(QStringLiteral("bus")));
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    QVERIFY(static_cast<size_t>(path.size()) < sizeof address.sun_path);
    std::copy(path.begin(), path.end(), address.sun_path);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    QCOMPARE(::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address), 0);
    QCOMPARE(SessionBusPolicy::publicAddress(environment), QString());
    ::close(fd);

    // A plain file called "bus" is no bus.
    QVERIFY(QFile::remove(runtime.filePath(QStringLiteral("bus"))));
    QFile file(runtime.filePath(QStringLiteral("bus")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QCOMPARE(SessionBusPolicy::publicAddress(environment),
             QLatin1String(SessionBusPolicy::disabledAddress));
}

QTEST_GUILESS_MAIN(TestSessionBusPolicy)
#include "TestSessionBusPolicy.moc"
