// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/public/KioskOverlays.h"

#include "ui/public/IdleNotice.h"
#include "ui/public/LanguagePicker.h"
#include "ui/public/ScrimOverlay.h"

#include <QPushButton>

#include <utility>

KioskOverlays::KioskOverlays(QWidget *window, QWidget *header)
    : QObject(window)
    , m_window(window)
    , m_header(header)
{
    // The notice is built now, the language list when first opened. Built later, the notice
    // changed a few antialiased pixels of large-text headings elsewhere (its heading is the
    // first plain label in the heading type, and Qt's glyphs for a font depend slightly on what
    // first laid that font out): the screenshots stay exactly as they were for about 1 M
    // instructions.
    idleNotice();
}

void KioskOverlays::prepare(ScrimOverlay *overlay)
{
    if (m_scale > 0)
        overlay->applyScale(m_scale);
    if (m_scrim.isValid())
        overlay->setScrim(m_scrim);
}

IdleNotice *KioskOverlays::idleNotice()
{
    if (m_idleNotice)
        return m_idleNotice;
    m_idleNotice = new IdleNotice(m_window);
    if (m_retranslated)
        m_idleNotice->retranslate();
    if (m_idleNoticeSeconds)
        m_idleNotice->setSecondsLeft(*m_idleNoticeSeconds);
    prepare(m_idleNotice);
    connect(m_idleNotice, &IdleNotice::stillHere, this, &KioskOverlays::stillHere);
    return m_idleNotice;
}

LanguagePicker *KioskOverlays::languagePicker()
{
    if (m_languagePicker)
        return m_languagePicker;
    m_languagePicker = new LanguagePicker(m_window);
    if (m_retranslated)
        m_languagePicker->retranslate();
    prepare(m_languagePicker);
    connect(m_languagePicker, &LanguagePicker::languageChosen, this,
            &KioskOverlays::languageChosen);
    connect(m_languagePicker, &LanguagePicker::closeRequested, this,
            &KioskOverlays::languagePickerCloseRequested);
    return m_languagePicker;
}

bool KioskOverlays::holds(const QWidget *widget) const
{
    for (const QWidget *overlay : {static_cast<const QWidget *>(m_idleNotice),
                                   static_cast<const QWidget *>(m_languagePicker)}) {
        if (overlay && (overlay == widget || overlay->isAncestorOf(widget)))
            return true;
    }
    return false;
}

bool KioskOverlays::isLanguagePickerShown() const
{
    return m_languagePicker && m_languagePicker->isVisible();
}

void KioskOverlays::showIdleNotice()
{
    IdleNotice *notice = idleNotice();
    if (!notice->isVisible())
        m_focusBeforeOverlay = m_window->focusWidget();
    notice->setGeometry(belowHeader());
    notice->show();
    notice->raise();
    notice->stillHereButton()->setFocus(Qt::OtherFocusReason);
}

void KioskOverlays::hideIdleNotice()
{
    if (!m_idleNotice || !m_idleNotice->isVisible())
        return;
    m_idleNotice->hide();
    restoreFocus();
}

void KioskOverlays::setIdleNoticeSeconds(int seconds)
{
    m_idleNoticeSeconds = seconds;
    if (m_idleNotice)
        m_idleNotice->setSecondsLeft(seconds);
}

void KioskOverlays::showLanguagePicker(const QStringList &languages, const QString &current,
                                       const QList<QWidget *> &headerOrder,
                                       const QList<QWidget *> &behind)
{
    LanguagePicker *picker = languagePicker();
    if (!picker->isVisible())
        m_focusBeforeOverlay = m_window->focusWidget();
    picker->setLanguages(languages, current);
    for (QWidget *widget : behind)
        widget->setEnabled(false);
    picker->setGeometry(belowHeader());
    const QList<QWidget *> order = headerOrder + picker->focusOrder();
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
    picker->show();
    picker->raise();
}

void KioskOverlays::hideLanguagePicker()
{
    if (m_languagePicker)
        m_languagePicker->hide();
}

bool KioskOverlays::restoreFocus()
{
    if (!m_focusBeforeOverlay || !m_focusBeforeOverlay->isVisible())
        return false;
    m_focusBeforeOverlay->setFocus(Qt::OtherFocusReason);
    return true;
}

void KioskOverlays::showOverlay(QWidget *overlay, const QColor &scrim)
{
    overlay->setParent(m_window);
    m_overlays.removeAll(nullptr);
    if (!m_overlays.contains(overlay))
        m_overlays << overlay;
    // An overlay dims the screen as the visitor's display does (high contrast: darker).
    if (auto *scrimOverlay = qobject_cast<ScrimOverlay *>(overlay))
        scrimOverlay->setScrim(scrim);
    overlay->setGeometry(m_window->rect());
    overlay->show();
    overlay->raise();
}

void KioskOverlays::closeAll()
{
    for (const QPointer<QWidget> &overlay : std::as_const(m_overlays)) {
        if (overlay)
            overlay->close();
    }
    m_overlays.removeAll(nullptr);
    m_focusBeforeOverlay.clear();
}

void KioskOverlays::layOut()
{
    if (m_idleNotice && m_idleNotice->isVisible())
        m_idleNotice->setGeometry(belowHeader());
    if (isLanguagePickerShown())
        m_languagePicker->setGeometry(belowHeader());
    for (const QPointer<QWidget> &overlay : std::as_const(m_overlays)) {
        if (overlay)
            overlay->setGeometry(m_window->rect());
    }
}

void KioskOverlays::setScrim(const QColor &scrim)
{
    m_scrim = scrim;
    if (m_idleNotice)
        m_idleNotice->setScrim(scrim);
    if (m_languagePicker)
        m_languagePicker->setScrim(scrim);
}

void KioskOverlays::applyScale(double scale)
{
    m_scale = scale;
    if (m_idleNotice)
        m_idleNotice->applyScale(scale);
    if (m_languagePicker)
        m_languagePicker->applyScale(scale);
}

void KioskOverlays::retranslate()
{
    m_retranslated = true;
    if (m_idleNotice)
        m_idleNotice->retranslate();
    if (m_languagePicker)
        m_languagePicker->retranslate();
}

QRect KioskOverlays::belowHeader() const
{
    // Below the header wherever it is: in the low-reach layout it sits lower down, and what opens
    // below it stays in the reach zone.
    const int top = m_header->mapTo(m_window, QPoint(0, m_header->height())).y();
    return {0, top, m_window->width(), m_window->height() - top};
}
