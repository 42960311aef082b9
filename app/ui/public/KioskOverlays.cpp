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
    , m_idleNotice(new IdleNotice(window))
    , m_languagePicker(new LanguagePicker(window))
{}

void KioskOverlays::showIdleNotice()
{
    if (!m_idleNotice->isVisible())
        m_focusBeforeOverlay = m_window->focusWidget();
    m_idleNotice->setGeometry(belowHeader());
    m_idleNotice->show();
    m_idleNotice->raise();
    m_idleNotice->stillHereButton()->setFocus(Qt::OtherFocusReason);
}

void KioskOverlays::hideIdleNotice()
{
    if (!m_idleNotice->isVisible())
        return;
    m_idleNotice->hide();
    restoreFocus();
}

void KioskOverlays::showLanguagePicker(const QStringList &languages, const QString &current,
                                       const QList<QWidget *> &headerOrder,
                                       const QList<QWidget *> &behind)
{
    if (!m_languagePicker->isVisible())
        m_focusBeforeOverlay = m_window->focusWidget();
    m_languagePicker->setLanguages(languages, current);
    for (QWidget *widget : behind)
        widget->setEnabled(false);
    m_languagePicker->setGeometry(belowHeader());
    const QList<QWidget *> order = headerOrder + m_languagePicker->focusOrder();
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
    m_languagePicker->show();
    m_languagePicker->raise();
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
    if (m_idleNotice->isVisible())
        m_idleNotice->setGeometry(belowHeader());
    if (m_languagePicker->isVisible())
        m_languagePicker->setGeometry(belowHeader());
    for (const QPointer<QWidget> &overlay : std::as_const(m_overlays)) {
        if (overlay)
            overlay->setGeometry(m_window->rect());
    }
}

void KioskOverlays::setScrim(const QColor &scrim)
{
    m_idleNotice->setScrim(scrim);
    m_languagePicker->setScrim(scrim);
}

void KioskOverlays::applyScale(double scale)
{
    m_idleNotice->applyScale(scale);
    m_languagePicker->applyScale(scale);
}

void KioskOverlays::retranslate()
{
    m_idleNotice->retranslate();
    m_languagePicker->retranslate();
}

QRect KioskOverlays::belowHeader() const
{
    // Below the header wherever it is: in the low-reach layout it sits lower down, and what opens
    // below it stays in the reach zone.
    const int top = m_header->mapTo(m_window, QPoint(0, m_header->height())).y();
    return {0, top, m_window->width(), m_window->height() - top};
}
