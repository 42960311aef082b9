// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QWidget>

// Three small dots that fill as Shift is pressed towards the quick exit, so a person pressing
// it knows it is working; invisible when nothing is in progress. It is also the status object
// a screen reader hears the progress from (QuickExitAnnouncer).
class QuickExitCue : public QWidget
{
    Q_OBJECT
public:
    explicit QuickExitCue(QWidget *parent = nullptr);

    int progress() const { return m_progress; }
    void setProgress(int progress);
    void applyScale(double scale);
    void setColours(const QColor &mark, const QColor &background); // calm or high contrast
    void retranslate();                                            // after a language switch
    // Words for a screen reader: they become the accessible name, with one NameChanged event.
    void announce(const QString &text);
    QString announcement() const { return m_announcement; }
    // The visit was forgotten: back to the plain name, so nothing shows a quick exit happened.
    void clearAnnouncement();

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void updateDescription();

    int m_progress = 0;
    QString m_announcement;
    int m_dot = 14;
    QColor m_mark;
    QColor m_background;
};
