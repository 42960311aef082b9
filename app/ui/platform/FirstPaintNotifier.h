// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

// Says once that a window has been painted for the first time: the moment Signpost is really on
// screen, for systemd's READY and for --quit-after-first-paint (benchmarks, smoke tests).
class FirstPaintNotifier : public QObject
{
    Q_OBJECT
public:
    explicit FirstPaintNotifier(QWidget *window, QObject *parent = nullptr);

    bool hasPainted() const { return m_painted; }

signals:
    void firstPainted(); // queued just after the first paint event was handled

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_window;
    bool m_painted = false;
};
