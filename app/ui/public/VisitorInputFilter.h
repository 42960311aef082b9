// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QWidget>

#include <functional>

// Watches every input event in the application: any touch, key, wheel or mouse movement is
// activity (for the idle reset), and each Shift press is passed on with its timestamp (for the
// quick exit). It never stops an event and never records what it saw.
class VisitorInputFilter : public QObject
{
    Q_OBJECT
public:
    using TimeSource = std::function<qint64()>; // monotonic milliseconds

    explicit VisitorInputFilter(QObject *parent = nullptr);

    void setTimeSource(TimeSource source);
    qint64 now() const { return m_timeSource(); }

signals:
    void activity();
    void shiftPressed(qint64 msecs);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    TimeSource m_timeSource;
    // Compared only, never dereferenced: the key press last seen and where it was delivered.
    const QEvent *m_lastKeyEvent = nullptr;
    QPointer<QWidget> m_lastKeyReceiver;
};
