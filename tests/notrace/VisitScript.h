// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/visit/PathwayRoutes.h"

#include <QObject>
#include <QStringList>

class KioskSession;
class KioskWindow;

// Plays visitors through a running kiosk session by pressing its real widgets: every pathway to
// its outcome, each visit ended a different way (Leave this screen, Shift ×3, idle reset, Start
// again), some visits in Welsh, the privacy screen, the PIN pad, and one idle reset through the
// real idle timer; then quits the session the staff way. It reports only counts: what was chosen
// is never printed (the no-trace test checks that too).
class VisitScript : public QObject
{
    Q_OBJECT
public:
    // What a test may plant to prove the no-trace check can fail (SIGNPOST_NOTRACE_PLANT).
    enum class Plant
    {
        Nothing,
        Write,      // writes the last outcome to a file in HOME
        Socket,     // opens an AF_INET socket
        Print,      // prints the last outcome's heading on standard error
        Process,    // starts a process and leaves it running
        LatePrint,  // a Qt warning after the first paint, with PublicMessageGate left out
        Autolaunch, // no session bus and SessionBusPolicy undone: libdbus may autolaunch one
    };

    VisitScript(KioskSession &session, Plant plant, QObject *parent = nullptr);

    static Plant plantFromEnvironment();
    bool succeeded() const { return m_failures.isEmpty(); }

public slots:
    void run(); // plays every visit, then quits the session

private:
    enum class Ending
    {
        LeaveButton,
        ShiftThreeTimes,
        IdleReset,
        StartAgainThenLeave,
    };

    void visit(const PathwayRoutes::Route &route, Ending ending, const QString &language);
    void end(Ending ending);
    void visitPrivacyScreen();
    void openAndAbandonPinPad();
    void waitForTheIdleTimer();
    void leaveAttractIfShowing();
    void scrollToTheBottom();
    void plantTrace();
    void expect(bool condition, const char *what);
    KioskWindow &window() const;

    KioskSession &m_session;
    Plant m_plant;
    int m_visits = 0;
    int m_outcomes = 0;
    int m_resets = 0;
    QStringList m_failures;
};
