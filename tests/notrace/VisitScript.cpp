// SPDX-License-Identifier: GPL-3.0-or-later
#include "VisitScript.h"

#include "KioskTestSupport.h"
#include "core/visit/VisitModel.h"
#include "ui/kiosk/KioskSession.h"
#include "ui/kiosk/PinPad.h"
#include "ui/public/KioskHeader.h"
#include "ui/public/KioskWindow.h"
#include "ui/public/LeaveButton.h"
#include "ui/public/NavigationBar.h"
#include "ui/public/screens/AttractScreen.h"
#include "ui/public/screens/OutcomeScreen.h"
#include "ui/public/screens/PrivacyScreen.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>

using namespace std::chrono_literals;

namespace {

using KioskTestSupport::settle;

void click(QWidget *widget)
{
    if (!widget)
        return;
    QTest::mouseClick(widget, Qt::LeftButton);
    settle();
}

} // namespace

VisitScript::VisitScript(KioskSession &session, Plant plant, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_plant(plant)
{}

VisitScript::Plant VisitScript::plantFromEnvironment()
{
    const QString plant = qEnvironmentVariable("SIGNPOST_NOTRACE_PLANT");
    if (plant == QLatin1String("write"))
        return Plant::Write;
    if (plant == QLatin1String("socket"))
        return Plant::Socket;
    if (plant == QLatin1String("print"))
        return Plant::Print;
    if (plant == QLatin1String("process"))
        return Plant::Process;
    if (plant == QLatin1String("late-print"))
        return Plant::LatePrint;
    if (plant == QLatin1String("autolaunch"))
        return Plant::Autolaunch;
    return Plant::Nothing;
}

KioskWindow &VisitScript::window() const
{
    return *m_session.window();
}

void VisitScript::expect(bool condition, const char *what)
{
    if (!condition)
        m_failures << QString::fromLatin1(what);
}

void VisitScript::run()
{
    expect(QTest::qWaitForWindowExposed(&window()), "the kiosk window was never exposed");
    const QList<PathwayRoutes::Route> routes = PathwayRoutes::all(window().visit()->content());
    expect(!routes.isEmpty(), "the content has no pathway to walk");
    const Ending endings[] = {Ending::LeaveButton, Ending::ShiftThreeTimes, Ending::IdleReset,
                              Ending::StartAgainThenLeave};
    // Every third visit changes language part way, in turn through every language but English,
    // so that each language's fonts and text are shown after the first paint.
    const QString languages[] = {QStringLiteral("cy"), QStringLiteral("pl"), QStringLiteral("ro"),
                                 QStringLiteral("ur"), QStringLiteral("pa"), QStringLiteral("ar")};
    int changes = 0;
    for (int i = 0; i < routes.size(); ++i)
        visit(routes.at(i), endings[i % 4],
              i % 3 == 1 ? languages[changes++ % std::size(languages)] : QString());
    visitPrivacyScreen();
    openAndAbandonPinPad();
    if (!routes.isEmpty()) {
        visit(routes.constFirst(), Ending::LeaveButton, QString());
        waitForTheIdleTimer();
    }
    // On standard output: standard error must stay empty after the first paint.
    std::fprintf(stdout, "visit script: %d visits, %d outcomes shown, %d resets, %lld problems\n",
                 m_visits, m_outcomes, m_resets, static_cast<long long>(m_failures.size()));
    for (const QString &failure : std::as_const(m_failures))
        std::fprintf(stdout, "visit script: %s\n", qPrintable(failure));
    std::fflush(stdout);
    m_session.quit(); // the staff way out: past lockdown and the event mode confirmation
}

void VisitScript::visit(const PathwayRoutes::Route &route, Ending ending, const QString &language)
{
    ++m_visits;
    leaveAttractIfShowing();
    expect(window().visit()->screen() == VisitModel::Screen::Welcome,
           "a visit did not start on the welcome screen");
    QList<int> answers = route.answers;
    if (!language.isEmpty()) {
        // Part way through, as a visitor who finds the language button on the second screen.
        if (answers.size() > 1)
            expect(KioskTestSupport::clickRoute(window(), {answers.takeFirst()}),
                   "an answer button was missing");
        window().visit()->setLanguage(language);
        settle();
    }
    expect(KioskTestSupport::clickRoute(window(), answers), "an answer button was missing");
    settle();
    const bool outcome = window().currentScreen() == window().outcomeScreen();
    expect(outcome, "a pathway did not end on the outcome screen");
    if (outcome) {
        ++m_outcomes;
        scrollToTheBottom();
        if (m_outcomes == 1)
            plantTrace();
    }
    end(ending);
    expect(window().visit()->wayBack().isEmpty(), "the way back outlived the visit");
    expect(window().visit()->language() == window().visit()->startLanguage(),
           "the visit's language outlived it");
    expect(window().outcomeScreen()->outcomeId().isEmpty(), "the outcome outlived the visit");
}

void VisitScript::end(Ending ending)
{
    ++m_resets;
    switch (ending) {
    case Ending::LeaveButton:
        click(window().header()->leaveButton());
        break;
    case Ending::ShiftThreeTimes:
        for (int press = 0; press < 3; ++press)
            QTest::keyClick(&window(), Qt::Key_Shift);
        settle();
        break;
    case Ending::IdleReset:
        window().idleReset();
        settle();
        expect(window().currentScreen() == window().attractScreen(),
               "an idle reset did not show the attract screen");
        break;
    case Ending::StartAgainThenLeave:
        click(window().outcomeScreen()->navigation()->backButton());
        if (window().currentScreen() == window().questionScreen())
            click(window().questionScreen()->navigation()->startAgainButton());
        expect(window().currentScreen() == window().welcomeScreen(),
               "Back then Start again did not reach the welcome screen");
        click(window().header()->leaveButton());
        break;
    }
}

void VisitScript::visitPrivacyScreen()
{
    ++m_visits;
    leaveAttractIfShowing();
    click(window().findChild<QPushButton *>(QStringLiteral("privacyButton")));
    expect(window().currentScreen() == window().privacyScreen(), "no privacy screen");
    QScrollBar *bar = window().privacyScreen()->scrollArea()->verticalScrollBar();
    bar->setValue(bar->maximum());
    click(window().privacyScreen()->navigation()->backButton());
    click(window().findChild<QPushButton *>(QStringLiteral("privacyButton")));
    ++m_resets;
    click(window().header()->leaveButton());
    expect(window().currentScreen() == window().welcomeScreen(),
           "Leave did not close the privacy screen");
}

void VisitScript::openAndAbandonPinPad()
{
    QTest::keyClick(&window(), Qt::Key_S,
                    Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    settle();
    expect(m_session.pinPad() && m_session.pinPad()->isVisible(), "the PIN pad did not open");
    if (m_session.pinPad()) {
        for (const Qt::Key digit : {Qt::Key_1, Qt::Key_3, Qt::Key_5, Qt::Key_7, Qt::Key_9})
            QTest::keyClick(m_session.pinPad(), digit);
    }
    ++m_resets;
    click(window().header()->leaveButton());
    expect(!m_session.pinPad() || !m_session.pinPad()->isVisible(),
           "Leave did not close the PIN pad");
}

void VisitScript::waitForTheIdleTimer()
{
    // Nobody touches the screen: the real idle monitor shows the notice, then resets. The
    // timeouts are shortened so the run is quick; the path is the one a kiosk takes.
    ++m_visits;
    ++m_resets;
    click(window().findChild<QPushButton *>(QStringLiteral("answerButton")));
    window().setIdleNoticeDuration(300ms);
    window().setIdleTimeout(200ms);
    expect(QTest::qWaitFor([this] { return window().currentScreen() == window().attractScreen(); },
                           10000),
           "the idle timer never reset the visit");
}

void VisitScript::leaveAttractIfShowing()
{
    if (window().currentScreen() == window().attractScreen())
        click(window().attractScreen()); // a touch anywhere on the calm messages
}

void VisitScript::scrollToTheBottom()
{
    QScrollBar *bar = window().outcomeScreen()->scrollArea()->verticalScrollBar();
    bar->setValue(bar->maximum());
    settle();
}

void VisitScript::plantTrace()
{
    // Only ever on request: the mistakes the no-trace test must catch.
    switch (m_plant) {
    case Plant::Nothing:
        break;
    case Plant::Write: {
        QFile file(QDir::home().filePath(QStringLiteral("last-visit.txt")));
        if (file.open(QIODevice::WriteOnly))
            file.write(window().outcomeScreen()->outcomeId().toUtf8());
        break;
    }
    case Plant::Socket: {
        const int socket = ::socket(AF_INET, SOCK_DGRAM, 0);
        if (socket >= 0)
            ::close(socket);
        break;
    }
    case Plant::Print:
        // Straight to standard error, as a careless line of Signpost's own would: Qt's messages
        // no longer get past PublicMessageGate after the first paint.
        std::fprintf(
            stderr, "%s\n",
            qPrintable(
                window().outcomeScreen()->findChild<QLabel *>(QStringLiteral("heading"))->text()));
        std::fflush(stderr);
        break;
    case Plant::Process:
        // A helper started and left running, as D-Bus autolaunch did (a daemon that detaches).
        QProcess::startDetached(QStringLiteral("sleep"), {QStringLiteral("60")});
        m_plant = Plant::Nothing; // once is enough
        break;
    case Plant::LatePrint:
        // What Qt 6.4 printed when a visitor first chose Punjabi (issue 20).
        qWarning("OpenType support missing for \"Noto Sans\", script 13");
        break;
    case Plant::Autolaunch:
        break; // planted in the driver, before QApplication
    }
}
