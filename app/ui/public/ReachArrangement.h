// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/visit/ReachZone.h"

#include <QObject>
#include <QRect>

class QVBoxLayout;
class QWidget;

// Stacks the public window's bands for the `layout` key. Standard: the header, the emergency
// strip and the screen, from the top. Low-reach: the emergency strip above the reach zone, then
// the whole header (Leave this screen, Language, Read aloud: any button the header gains follows)
// and the screen inside it, so every control a visitor uses is where a seated visitor reaches.
// ReachZone decides the zone; this only places. The overlays (idle notice, language list) open
// below the header, so they are in the zone too.
class ReachArrangement : public QObject
{
    Q_OBJECT
public:
    // Lays out `window` (header, strip and screens are its children) in the standard layout.
    ReachArrangement(QWidget *window, QWidget *header, QWidget *strip, QWidget *screens);

    ReachZone::Layout layout() const { return m_layout; }
    void setLayout(ReachZone::Layout layout);
    // The part of the window a visitor reaches now, in window coordinates.
    QRect zone() const;
    // The window changed size: the band above the zone follows its height.
    void fit();

signals:
    // A touch on the empty band above the strip (the attract screen's "touch anywhere" too).
    void outOfReachTouched();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void arrange();

    QWidget *m_window;
    QWidget *m_header;
    QWidget *m_strip;
    QWidget *m_screens;
    QWidget *m_above; // low-reach only: what is out of reach, the strip at its foot
    QVBoxLayout *m_bands;
    QVBoxLayout *m_aboveBands;
    ReachZone::Layout m_layout = ReachZone::Layout::Standard;
};
