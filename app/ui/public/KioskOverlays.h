// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QObject>
#include <QPointer>

class IdleNotice;
class LanguagePicker;
class QWidget;

// What the public window lays over its screens: the idle notice and the language list below the
// header (so "Leave this screen" stays usable), and staff overlays (PIN pad, staff menu) over
// everything. It sizes them with the window, dims them as the visitor's display, and gives focus
// back to where it was when the notice or the list closes.
class KioskOverlays : public QObject
{
    Q_OBJECT
public:
    // `window` is the overlays' parent; they cover it below `header`'s height.
    KioskOverlays(QWidget *window, QWidget *header);

    IdleNotice *idleNotice() const { return m_idleNotice; }
    LanguagePicker *languagePicker() const { return m_languagePicker; }

    void showIdleNotice();
    void hideIdleNotice();
    // Opens the list of `languages` with `current` marked; Tab goes from `headerOrder` into it,
    // and what is `behind` it takes no focus while it is open (the caller enables it again).
    void showLanguagePicker(const QStringList &languages, const QString &current,
                            const QList<QWidget *> &headerOrder, const QList<QWidget *> &behind);
    // Focus back where it was before the notice or the list opened; false if that is gone.
    bool restoreFocus();
    // Lays a staff overlay over the whole window and shows it, dimmed in `scrim` if it is one.
    void showOverlay(QWidget *overlay, const QColor &scrim);
    // Closes everything laid over the screens and forgets where focus was.
    void closeAll();
    void layOut(); // after the window's size changed
    void setScrim(const QColor &scrim);
    void applyScale(double scale);
    void retranslate();

private:
    QRect belowHeader() const;

    QWidget *m_window;
    QWidget *m_header;
    IdleNotice *m_idleNotice;
    LanguagePicker *m_languagePicker;
    QPointer<QWidget> m_focusBeforeOverlay;
    QList<QPointer<QWidget>> m_overlays;
};
