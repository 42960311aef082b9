// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class IdleNotice;
class LanguagePicker;
class QWidget;
class ScrimOverlay;

// What the public window lays over its screens: the idle notice and the language list below the
// header (so "Leave this screen" stays usable), and staff overlays (PIN pad, staff menu) over
// everything. It sizes them with the window, dims them as the visitor's display, and gives focus
// back to where it was when the notice or the list closes. The language list is built the first
// time it is opened, not before the kiosk's first frame; what the overlays were told before then
// (scale, scrim, words) reaches it as it is built.
class KioskOverlays : public QObject
{
    Q_OBJECT
public:
    // `window` is the overlays' parent; they cover it below `header`'s height.
    KioskOverlays(QWidget *window, QWidget *header);

    // Each built now if nothing needed it before.
    IdleNotice *idleNotice();
    LanguagePicker *languagePicker();
    // Whether `widget` is the idle notice or the language list or inside one (builds neither).
    bool holds(const QWidget *widget) const;
    bool isLanguagePickerShown() const;

    void showIdleNotice();
    void hideIdleNotice();
    void setIdleNoticeSeconds(int seconds);
    // Opens the list of `languages` with `current` marked; Tab goes from `headerOrder` into it,
    // and what is `behind` it takes no focus while it is open (the caller enables it again).
    void showLanguagePicker(const QStringList &languages, const QString &current,
                            const QList<QWidget *> &headerOrder, const QList<QWidget *> &behind);
    void hideLanguagePicker();
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

signals:
    void stillHere();                         // the idle notice's "I'm still here"
    void languageChosen(const QString &code); // from the language list
    void languagePickerCloseRequested();

private:
    QRect belowHeader() const;
    void prepare(ScrimOverlay *overlay); // scale and scrim as told so far

    QWidget *m_window;
    QWidget *m_header;
    IdleNotice *m_idleNotice = nullptr;         // until first needed
    LanguagePicker *m_languagePicker = nullptr; // until first needed
    double m_scale = 0;                         // 0: not told yet
    QColor m_scrim;
    bool m_retranslated = false;
    std::optional<int> m_idleNoticeSeconds; // unset: the notice's own default
    QPointer<QWidget> m_focusBeforeOverlay;
    QList<QPointer<QWidget>> m_overlays;
};
