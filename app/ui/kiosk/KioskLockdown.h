// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QScreen;
class QUrl;
class QWidget;

// Locks a public kiosk window down so a passer-by cannot leave Signpost or reach anything else:
// full screen on the primary screen with no frame, every close refused until staff quit, no
// context menus, tooltips or What's This, no link or action that opens another program, and no
// file or print dialog. Qt's own zap key (Ctrl+Alt+Backspace on eglfs/linuxfb) is turned off
// before QApplication exists, by LaunchPlan::prepareProcessEnvironment().
class KioskLockdown : public QObject
{
    Q_OBJECT
public:
    explicit KioskLockdown(QWidget *window, QObject *parent = nullptr);
    ~KioskLockdown() override; // gives the URL schemes back to the system

    // Applies everything above and shows the window full screen. Call once, after the window is
    // built; it can be shown already or not.
    void apply();
    bool isApplied() const { return m_applied; }

    // Staff chose Quit: from now on a close (window->close() or qApp->quit()) goes through.
    void allowClose() { m_closeAllowed = true; }
    bool isCloseAllowed() const { return m_closeAllowed; }

    // How often each guard has acted (for tests and the staff menu; never what was refused).
    int refusedCloseCount() const { return m_refusedCloses; }
    int refusedUrlCount() const { return m_refusedUrls; }
    int closedDialogCount() const { return m_closedDialogs; }

    // The flags a locked-down window has (no frame, above other windows). Given to the window
    // as it is built, apply() need not set them on the finished window (which polishes every
    // widget again).
    static Qt::WindowFlags windowFlags();

    // The URL schemes whose handler is replaced by one that does nothing.
    static QStringList refusedUrlSchemes();

public slots:
    // Puts the window back over the whole primary screen (screens added, removed or resized).
    void keepOnPrimaryScreen();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private slots:
    // The handler QDesktopServices::openUrl() calls for every refused scheme. It never reads the
    // address: what a visitor touched is nobody's business, not even a log's.
    void refuseUrl(const QUrl &url);

private:
    void followScreen(QScreen *screen);
    bool isFileOrPrintDialog(QObject *object) const;

    QPointer<QWidget> m_window;
    QMetaObject::Connection m_screenGeometry;
    bool m_applied = false;
    bool m_closeAllowed = false;
    int m_refusedCloses = 0;
    int m_refusedUrls = 0;
    int m_closedDialogs = 0;
};
