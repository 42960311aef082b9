// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/platform/TerminationSignalWatcher.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

#ifdef Q_OS_UNIX
namespace {
// A signal handler may only do async-signal-safe things: it writes one byte to a pipe, and the
// event loop reads it (the pattern in Qt's "Calling Qt Functions From Unix Signal Handlers").
int g_wakeUpPipe[2] = {-1, -1};

extern "C" void wakeUpEventLoop(int)
{
    const int savedErrno = errno;
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_wakeUpPipe[1], &byte, 1);
    errno = savedErrno;
}

void setHandler(int signalNumber, void (*handler)(int))
{
    struct sigaction action = {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(signalNumber, &action, nullptr);
}

void closeWakeUpPipe()
{
    for (int &fd : g_wakeUpPipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}
} // namespace
#endif

TerminationSignalWatcher::TerminationSignalWatcher(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    setHandler(SIGTERM, SIG_DFL);
    setHandler(SIGINT, SIG_DFL);
    closeWakeUpPipe();
    if (::pipe2(g_wakeUpPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    m_notifier = new QSocketNotifier(g_wakeUpPipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationSignalWatcher::readWakeUp);
    setHandler(SIGTERM, wakeUpEventLoop);
    setHandler(SIGINT, wakeUpEventLoop);
#endif
}

TerminationSignalWatcher::~TerminationSignalWatcher()
{
#ifdef Q_OS_UNIX
    if (!m_notifier)
        return;
    setHandler(SIGTERM, SIG_DFL);
    setHandler(SIGINT, SIG_DFL);
    delete m_notifier;
    closeWakeUpPipe();
#endif
}

void TerminationSignalWatcher::readWakeUp()
{
#ifdef Q_OS_UNIX
    char bytes[16];
    while (::read(g_wakeUpPipe[0], bytes, sizeof bytes) > 0) {
    }
    emit terminationRequested();
#endif
}
