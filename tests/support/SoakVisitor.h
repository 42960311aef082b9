// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/visit/VisitModel.h"
#include "ui/public/KioskWindow.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTest>

// A visitor who does random things to the real public screens, from a fixed seed, for the soak
// test and the soak benchmark (the same actions, so their figures compare): touches on whatever
// buttons are showing, quick exits by button and Shift ×3, idle resets, the idle notice, language
// changes, the staff unlock gesture and clipboard use. The window's quick-exit clock must be
// timeSource(), so Shift ×3 is seen as three quick presses however slowly the machine runs.
class SoakVisitor
{
public:
    static constexpr quint32 defaultSeed = 20261129;

    explicit SoakVisitor(KioskWindow &window, quint32 seed = defaultSeed)
        : m_window(window)
        , m_random(seed)
        , m_forgotten(QObject::connect(&window, &KioskWindow::visitForgotten, &window,
                                       [this] { ++m_resets; }))
    {}
    ~SoakVisitor() { QObject::disconnect(m_forgotten); }
    SoakVisitor(const SoakVisitor &) = delete;
    SoakVisitor &operator=(const SoakVisitor &) = delete;

    VisitorInputFilter::TimeSource timeSource()
    {
        return [this] {
            return m_fakeMilliseconds;
        };
    }

    qint64 actions() const { return m_actions; }
    qint64 resets() const { return m_resets; } // every visit forgotten: idle reset, quick exit

    // One action, then what the event loop does between touches.
    void act()
    {
        m_fakeMilliseconds += 700;
        const int roll = int(m_random.bounded(100));
        if (roll < 2) {
            m_window.idleReset();
        } else if (roll < 4) {
            for (int press = 0; press < 3; ++press) {
                QTest::keyClick(&m_window, Qt::Key_Shift, Qt::ShiftModifier);
                m_fakeMilliseconds += 300;
            }
        } else if (roll < 5) {
            m_window.showIdleNotice();
        } else if (roll < 7) {
            m_window.visit()->setLanguage(m_random.bounded(2) ? QStringLiteral("cy")
                                                              : QStringLiteral("en"));
        } else if (roll < 8) {
            QTest::keyClick(&m_window, Qt::Key_S,
                            Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
        } else if (roll < 10) {
            QGuiApplication::clipboard()->setText(QStringLiteral("0808 1000 900"));
        } else {
            touchSomething();
        }
        ++m_actions;
        // Paint, run queued calls, and delete what the screens replaced. (Skipping it piles up
        // posted events and looks like a leak.)
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

private:
    // A touch on one of the buttons a visitor can see, else on the screen itself.
    void touchSomething()
    {
        QList<QAbstractButton *> visible;
        for (QAbstractButton *button : m_window.findChildren<QAbstractButton *>()) {
            if (button->isVisible() && button->isEnabled())
                visible << button;
        }
        if (visible.isEmpty())
            QTest::mouseClick(m_window.currentScreen(), Qt::LeftButton);
        else
            QTest::mouseClick(visible.at(int(m_random.bounded(int(visible.size())))),
                              Qt::LeftButton);
    }

    KioskWindow &m_window;
    QRandomGenerator m_random;
    qint64 m_fakeMilliseconds = 0;
    qint64 m_actions = 0;
    qint64 m_resets = 0;
    QMetaObject::Connection m_forgotten;
};
