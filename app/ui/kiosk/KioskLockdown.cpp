// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/KioskLockdown.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QScreen>
#include <QUrl>
#include <QWidget>

KioskLockdown::KioskLockdown(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{}

KioskLockdown::~KioskLockdown()
{
    if (!m_applied)
        return;
    for (const QString &scheme : refusedUrlSchemes())
        QDesktopServices::unsetUrlHandler(scheme);
}

QStringList KioskLockdown::refusedUrlSchemes()
{
    // The public screens make no links; this is the net under that promise, covering the schemes
    // a desktop hands to a browser, mail, phone, file or chat program.
    return {QStringLiteral("http"),  QStringLiteral("https"),  QStringLiteral("mailto"),
            QStringLiteral("tel"),   QStringLiteral("sms"),    QStringLiteral("file"),
            QStringLiteral("ftp"),   QStringLiteral("callto"), QStringLiteral("sip"),
            QStringLiteral("smb"),   QStringLiteral("ssh"),    QStringLiteral("irc"),
            QStringLiteral("geo"),   QStringLiteral("data"),   QStringLiteral("javascript"),
            QStringLiteral("about"), QStringLiteral("ws"),     QStringLiteral("wss")};
}

Qt::WindowFlags KioskLockdown::windowFlags()
{
    return Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint;
}

void KioskLockdown::apply()
{
    if (!m_window || m_applied)
        return;
    m_applied = true;

    if ((m_window->windowFlags() & windowFlags()) != windowFlags())
        m_window->setWindowFlags(m_window->windowFlags() | windowFlags());
    m_window->setContextMenuPolicy(Qt::NoContextMenu);
    m_window->installEventFilter(this);
    // Context menus, tooltips and dialogs can come from any widget, so they are caught for the
    // whole application; a kiosk process has no other windows to spare.
    qApp->installEventFilter(this);
    // A native file dialog is not a QWidget the filter could see; Qt's own one is.
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);

    for (const QString &scheme : refusedUrlSchemes())
        QDesktopServices::setUrlHandler(scheme, this, "refuseUrl");

    connect(qApp, &QGuiApplication::primaryScreenChanged, this, &KioskLockdown::followScreen);
    followScreen(QGuiApplication::primaryScreen());
}

void KioskLockdown::followScreen(QScreen *screen)
{
    disconnect(m_screenGeometry);
    if (screen)
        m_screenGeometry =
            connect(screen, &QScreen::geometryChanged, this, &KioskLockdown::keepOnPrimaryScreen);
    keepOnPrimaryScreen();
}

void KioskLockdown::keepOnPrimaryScreen()
{
    QScreen *screen = QGuiApplication::primaryScreen();
    if (!m_window || !screen)
        return;
    m_window->setScreen(screen);
    // With no window manager (a bare X server) full screen alone does not size the window, so it
    // is given the screen's geometry first.
    m_window->setGeometry(screen->geometry());
    m_window->showFullScreen();
}

void KioskLockdown::refuseUrl(const QUrl &url)
{
    Q_UNUSED(url)
    ++m_refusedUrls;
}

bool KioskLockdown::isFileOrPrintDialog(QObject *object) const
{
    // By class name, so Signpost need not link Qt Print Support just to refuse its dialogs.
    for (const char *name :
         {"QFileDialog", "QAbstractPrintDialog", "QPrintPreviewDialog", "QPageSetupDialog"}) {
        if (object->inherits(name))
            return true;
    }
    return false;
}

bool KioskLockdown::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Close:
        if (watched == m_window && !m_closeAllowed) {
            // Alt+F4, the window manager, the taskbar or zap: all refused until staff quit.
            event->ignore();
            ++m_refusedCloses;
            return true;
        }
        break;
    case QEvent::WindowStateChange:
        if (watched == m_window && !m_closeAllowed && !m_window->isFullScreen()) {
            // Minimised or restored by the window system: back to full screen once it settles.
            QMetaObject::invokeMethod(this, &KioskLockdown::keepOnPrimaryScreen,
                                      Qt::QueuedConnection);
        }
        break;
    case QEvent::ContextMenu:
    case QEvent::ToolTip:
    case QEvent::WhatsThis:
        event->accept(); // handled: not passed on to a parent either
        return true;
    case QEvent::QueryWhatsThis:
        event->ignore(); // "no What's This here"
        return true;
    case QEvent::Show:
        if (isFileOrPrintDialog(watched)) {
            // Queued, so a dialog opened with exec() leaves its own event loop.
            QMetaObject::invokeMethod(watched, "reject", Qt::QueuedConnection);
            ++m_closedDialogs;
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
