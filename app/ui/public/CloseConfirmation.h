// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/public/ScrimOverlay.h"

class QLabel;
class QPushButton;

// Event mode's "Close Signpost?" laid over the window: staff are beside an event kiosk, so it may
// close, but never from one stray tap or key. Touch-sized buttons; no separate dialog window.
class CloseConfirmation : public ScrimOverlay
{
    Q_OBJECT
public:
    explicit CloseConfirmation(QWidget *parent = nullptr);

    QPushButton *keepOpenButton() const { return m_keepOpen; }
    QPushButton *closeButton() const { return m_close; }

signals:
    void closeConfirmed();
    void keepOpen();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QPushButton *m_keepOpen;
    QPushButton *m_close;
};
