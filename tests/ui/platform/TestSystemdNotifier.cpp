// SPDX-License-Identifier: GPL-3.0-or-later
// SystemdNotifier against a real unix datagram socket standing in for systemd's NOTIFY_SOCKET.
#include "ui/platform/SystemdNotifier.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include <utility>

namespace {

// A bound, non-blocking AF_UNIX datagram socket: what systemd listens on for sd_notify().
class NotifySocket
{
public:
    explicit NotifySocket(const QString &path)
    {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray name = path.toLocal8Bit();
        if (m_fd < 0 || name.size() >= qsizetype(sizeof address.sun_path))
            return;
        std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
        m_bound = ::bind(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0;
    }
    ~NotifySocket()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    NotifySocket(const NotifySocket &) = delete;
    NotifySocket &operator=(const NotifySocket &) = delete;

    bool isBound() const { return m_bound; }

    // Every message waiting now, oldest first; never blocks.
    QList<QByteArray> receive()
    {
        QList<QByteArray> messages;
        char buffer[512];
        for (;;) {
            const ssize_t length = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (length < 0)
                break;
            messages << QByteArray(buffer, length);
        }
        return messages;
    }

private:
    int m_fd = -1;
    bool m_bound = false;
};

// Sets or clears environment variables for one test and puts them back after.
class ScopedEnvironment
{
public:
    void set(const char *name, const QByteArray &value)
    {
        remember(name);
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~ScopedEnvironment()
    {
        for (const auto &[name, value] : m_saved) {
            if (value.isNull())
                qunsetenv(name.constData());
            else
                qputenv(name.constData(), value);
        }
    }

private:
    void remember(const char *name)
    {
        for (const auto &saved : m_saved) {
            if (saved.first == name)
                return;
        }
        m_saved.append(
            {QByteArray(name), qEnvironmentVariableIsSet(name) ? qgetenv(name) : QByteArray()});
    }
    QList<std::pair<QByteArray, QByteArray>> m_saved;
};

} // namespace

class TestSystemdNotifier : public QObject
{
    Q_OBJECT

private slots:
    void inactiveWithoutNotifySocket();
    void watchdogInterval_data();
    void watchdogInterval();
    void sendsReadyOnceAndWatchdogPings();
    void pingsOnlyWhileTheEventLoopTurns();
    void sendsStoppingAndStopsPinging();
};

void TestSystemdNotifier::inactiveWithoutNotifySocket()
{
    ScopedEnvironment environment;
    environment.set("NOTIFY_SOCKET", QByteArray());
    environment.set("WATCHDOG_USEC", "30000000");
    SystemdNotifier notifier;
    QVERIFY(!notifier.isActive());
    QCOMPARE(notifier.watchdogInterval().count(), 0);
    notifier.notifyReady(); // must be harmless
    notifier.notifyStopping();
}

void TestSystemdNotifier::watchdogInterval_data()
{
    QTest::addColumn<QByteArray>("watchdogUsec");
    QTest::addColumn<int>("expectedMilliseconds");
    QTest::newRow("no watchdog") << QByteArray() << 0;
    QTest::newRow("30 s: ping every 15 s") << QByteArray("30000000") << 15000;
    QTest::newRow("not a number") << QByteArray("thirty") << 0;
    QTest::newRow("negative") << QByteArray("-5") << 0;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("below 2 ms still pings") << QByteArray("1000") << 1;
}

void TestSystemdNotifier::watchdogInterval()
{
    QFETCH(QByteArray, watchdogUsec);
    QFETCH(int, expectedMilliseconds);
    ScopedEnvironment environment;
    environment.set("NOTIFY_SOCKET", "/run/signpost-test-never-bound");
    environment.set("WATCHDOG_USEC", watchdogUsec);
    SystemdNotifier notifier;
    if (!SystemdNotifier::isSupported()) {
        QVERIFY(!notifier.isActive());
        QCOMPARE(notifier.watchdogInterval().count(), 0);
        return;
    }
    QVERIFY(notifier.isActive());
    QCOMPARE(notifier.watchdogInterval().count(), expectedMilliseconds);
}

void TestSystemdNotifier::sendsReadyOnceAndWatchdogPings()
{
    if (!SystemdNotifier::isSupported())
        QSKIP("built without libsystemd (SIGNPOST_WITH_SYSTEMD is OFF): the notifier is a no-op");
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    NotifySocket socket(directory.filePath(QStringLiteral("notify")));
    QVERIFY(socket.isBound());
    ScopedEnvironment environment;
    environment.set("NOTIFY_SOCKET", directory.filePath(QStringLiteral("notify")).toLocal8Bit());
    environment.set("WATCHDOG_USEC", "100000"); // ping every 50 ms

    SystemdNotifier notifier;
    QVERIFY(notifier.isActive());
    notifier.notifyReady();
    notifier.notifyReady(); // a second call says nothing more
    QList<QByteArray> received;
    QTRY_VERIFY((received += socket.receive(), received.contains("WATCHDOG=1")));
    QCOMPARE(received.count("READY=1"), 1);
    QCOMPARE(received.constFirst(), QByteArray("READY=1"));
}

void TestSystemdNotifier::pingsOnlyWhileTheEventLoopTurns()
{
    if (!SystemdNotifier::isSupported())
        QSKIP("built without libsystemd (SIGNPOST_WITH_SYSTEMD is OFF): the notifier is a no-op");
    QTemporaryDir directory;
    NotifySocket socket(directory.filePath(QStringLiteral("notify")));
    QVERIFY(socket.isBound());
    ScopedEnvironment environment;
    environment.set("NOTIFY_SOCKET", directory.filePath(QStringLiteral("notify")).toLocal8Bit());
    environment.set("WATCHDOG_USEC", "20000"); // ping every 10 ms

    SystemdNotifier notifier;
    // QTRY_VERIFY evaluates its expression more than once: collect what arrives, then look.
    QList<QByteArray> received;
    QTRY_VERIFY((received += socket.receive(), received.contains("WATCHDOG=1")));
    // A hung event loop: several intervals pass with no event processed, so no ping can go.
    socket.receive();
    QThread::msleep(60);
    QVERIFY(socket.receive().isEmpty());
    // Once the loop turns again, so do the pings.
    received.clear();
    QTRY_VERIFY((received += socket.receive(), received.contains("WATCHDOG=1")));
}

void TestSystemdNotifier::sendsStoppingAndStopsPinging()
{
    if (!SystemdNotifier::isSupported())
        QSKIP("built without libsystemd (SIGNPOST_WITH_SYSTEMD is OFF): the notifier is a no-op");
    QTemporaryDir directory;
    NotifySocket socket(directory.filePath(QStringLiteral("notify")));
    QVERIFY(socket.isBound());
    ScopedEnvironment environment;
    environment.set("NOTIFY_SOCKET", directory.filePath(QStringLiteral("notify")).toLocal8Bit());
    environment.set("WATCHDOG_USEC", "20000");

    SystemdNotifier notifier;
    notifier.notifyStopping();
    QVERIFY(socket.receive().contains("STOPPING=1"));
}

QTEST_GUILESS_MAIN(TestSystemdNotifier)
#include "TestSystemdNotifier.moc"
