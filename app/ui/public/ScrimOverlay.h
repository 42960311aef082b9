// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QWidget>

class QFrame;

// One question or list laid over the public screens: a centred panel on the screen behind,
// dimmed in the theme's scrim (darker in high contrast), sized with the window. The idle notice,
// the language list and event mode's "Close Signpost?" are each one; KioskWindow keeps the
// scrim of every one it shows in step with the visitor's display.
class ScrimOverlay : public QWidget
{
    Q_OBJECT
public:
    // `panelName` is the panel's object name, which the style sheet draws it by.
    explicit ScrimOverlay(const QString &panelName, QWidget *parent = nullptr);

    QColor scrim() const { return m_scrim; }
    void setScrim(const QColor &scrim);
    // The panel's margins, spacing and width at the window's scale.
    virtual void applyScale(double scale);

protected:
    QFrame *panel() const { return m_panel; }
    // Margins in base pixels (the language list is a little tighter than a question).
    void scalePanel(double scale, double marginPixels);
    void paintEvent(QPaintEvent *event) override;

private:
    QFrame *m_panel;
    QColor m_scrim;
};
