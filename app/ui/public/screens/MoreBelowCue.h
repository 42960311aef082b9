// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

class QScrollArea;

// "More below", shown while part of a scrolling screen is out of sight underneath: a kiosk
// visitor does not know to scroll a touch screen. Follows the area's scroll bar; hidden when
// everything fits or the end is in view.
class MoreBelowCue : public QLabel
{
    Q_OBJECT
public:
    explicit MoreBelowCue(QScrollArea *area, QWidget *parent = nullptr);

    bool isDue() const; // something is below the visible part
    void retranslate();

signals:
    void dueChanged(bool due); // for a spoken hint once speech exists

private:
    void follow();

    QScrollArea *m_area;
    bool m_due = false;
};
