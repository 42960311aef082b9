// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QScrollArea>

// A scroll area that fits its page to itself only while it is on show. QScrollArea measures its
// whole page (every label's words laid out and shaped) at each style or layout change, shown or
// not: a language change restyles the window, and every hidden screen's page was measured in the
// new fonts although none is drawn until the visitor goes there. Hidden, the change is noted;
// the page is fitted as it comes on show, before it is laid out and painted, as before.
class LazyScrollArea : public QScrollArea
{
    Q_OBJECT
public:
    explicit LazyScrollArea(QWidget *parent = nullptr);

protected:
    bool event(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    bool m_stale = false; // a change came while hidden: fit the page when next shown
};
