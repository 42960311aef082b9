// SPDX-License-Identifier: GPL-3.0-or-later
// Screen-change and quick-exit latency, and memory over many actions, on a real KioskWindow with
// the built-in content, full screen on the offscreen platform (run_benchmark.py sets the screen
// to 1920x1080). Prints one JSON object on standard output for run_benchmark.py.
//
// Method. A tap is a mouse press on the button, then its release (QTest::mousePress and
// mouseRelease): the screen changes on the release, as on a touch screen, so the clock starts just
// before the release (the press, and the pressed look it paints, are done and drawn first,
// untimed). For the keyboard quick exit, Shift is pressed three times and the clock starts before
// the third. A "frame" is one QEvent::UpdateRequest handled by the window (QWidget::event → the
// repaint manager paints every dirty widget into the backing store and flushes it; QPushButton's
// own repaint() sends one too) in which at least one widget of the window was painted. We record
//   first frame: the end of the first frame that began after VisitModel::screenChanged was
//                handled, i.e. the new screen painted;
//   settled:     the end of the last frame before the event queue ran dry;
//   CPU:         this thread's CPU time over the same span (steadier than wall time on a
//                shared machine).
// Offscreen, the flush is a copy in memory: the upload to a real display (X11 or a DRM page
// flip) is not included. Deferred deletions after the frame are run but not timed.
//
// Then, for each language in --languages (default: every translated language), a language
// change is timed in both directions (from English in the picker, and back), and a walk of
// --language-transitions steps in that language gives "outcome in <code>": scripts that shape
// slowly (Nastaliq, Gurmukhi, Arabic) cost an outcome more than English does.
//
//   signpost_latency [--transitions N] [--quick-exits N] [--actions N] [--warm-up N]
//                    [--languages cy,ar,...] [--language-transitions N] [--language-changes N]
#include "core/languages/LanguageCatalogue.h"
#include "core/loading/ContentLoader.h"
#include "core/startup/ActiveContent.h"
#include "core/visit/VisitModel.h"
#include "ui/public/KioskHeader.h"
#include "ui/public/KioskWindow.h"
#include "ui/public/LanguagePicker.h"
#include "ui/public/LeaveButton.h"
#include "ui/public/NavigationBar.h"
#include "ui/public/screens/AnswerButton.h"
#include "ui/public/screens/AnswerList.h"
#include "ui/public/screens/OutcomeScreen.h"
#include "ui/public/screens/QuestionScreen.h"
#include "ui/public/screens/WelcomeScreen.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <malloc.h>
#include <time.h>

#include <cstdio>
#include <functional>
#include <random>

namespace {

qint64 threadCpuNanoseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// VmRSS from /proc/self/status, in kB.
qint64 residentKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

qint64 heapInUseBytes()
{
    return qint64(mallinfo2().uordblks);
}

// The kiosk window, noting when every frame in which something of it was painted began and ended.
class MeasuredKioskWindow : public KioskWindow
{
public:
    using KioskWindow::KioskWindow;

    struct Frame
    {
        qint64 begin, end;
    };
    const QElapsedTimer *clock = nullptr;
    QList<Frame> frames;   // since the driver last cleared it
    qint64 paintsSeen = 0; // counted by the application-wide filter below

protected:
    bool event(QEvent *event) override
    {
        if (event->type() != QEvent::UpdateRequest)
            return KioskWindow::event(event);
        const qint64 paintsBefore = paintsSeen;
        const qint64 begin = clock->nsecsElapsed();
        const bool handled = KioskWindow::event(event);
        if (paintsSeen != paintsBefore)
            frames.append({begin, clock->nsecsElapsed()});
        return handled;
    }
};

class PaintCounter : public QObject
{
public:
    explicit PaintCounter(MeasuredKioskWindow *window)
        : m_window(window)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType() &&
            static_cast<QWidget *>(watched)->window() == m_window)
            ++m_window->paintsSeen;
        return false;
    }

private:
    MeasuredKioskWindow *m_window;
};

struct Samples
{
    QJsonArray firstFrame, settled, cpu, framesPerTap; // nanoseconds; frames
    qint64 missed = 0;                                 // taps with no frame within a second
};

// Drives the window as a visitor would and times each tap to the next painted frame.
class LatencyDriver
{
public:
    explicit LatencyDriver(MeasuredKioskWindow &window)
        : m_window(window)
        , m_random(9) // the issue number: the same walk every run
    {
        // Connected after the window's own handler, so this runs once the new screen is built.
        QObject::connect(window.visit(), &VisitModel::screenChanged, [this] {
            if (m_changedAt < 0)
                m_changedAt = m_clock.nsecsElapsed();
        });
    }

    // Runs the event loop until it has nothing left to do (a second at most).
    void drain()
    {
        QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
        const qint64 deadline = m_clock.nsecsElapsed() + 1000000000;
        while (dispatcher->processEvents(QEventLoop::AllEvents) &&
               m_clock.nsecsElapsed() < deadline)
            ;
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    // `act` (a release, a key press) is timed to the first frame that began after the screen
    // changed, then the event loop runs dry; `into` null = not recorded.
    void timed(const std::function<void()> &act, Samples *into)
    {
        QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
        m_window.frames.clear();
        m_changedAt = -1;
        const qint64 cpuStart = threadCpuNanoseconds();
        const qint64 start = m_clock.nsecsElapsed();
        act();
        qint64 firstFrameEnd = -1;
        const qint64 deadline = start + 1000000000;
        while (m_clock.nsecsElapsed() < deadline) {
            const bool busy = dispatcher->processEvents(QEventLoop::AllEvents);
            if (firstFrameEnd < 0 && m_changedAt >= 0) {
                for (const MeasuredKioskWindow::Frame &frame : std::as_const(m_window.frames)) {
                    if (frame.begin >= m_changedAt) {
                        firstFrameEnd = frame.end;
                        break;
                    }
                }
            }
            if (firstFrameEnd >= 0 && !busy)
                break;
        }
        const qint64 cpu = threadCpuNanoseconds() - cpuStart;
        const qint64 settledEnd = m_window.frames.isEmpty() ? -1 : m_window.frames.last().end;
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        ++m_actions;
        if (!into)
            return;
        if (firstFrameEnd < 0) {
            ++into->missed;
            return;
        }
        into->firstFrame.append(firstFrameEnd - start);
        into->settled.append(settledEnd - start);
        into->cpu.append(cpu);
        into->framesPerTap.append(qint64(m_window.frames.size()));
    }

    void click(QAbstractButton *button, Samples *into)
    {
        QTest::mousePress(button, Qt::LeftButton);
        drain(); // the finger is down: the pressed look is painted before the lift is timed
        timed([button] { QTest::mouseRelease(button, Qt::LeftButton); }, into);
    }

    // One step of a visit chosen at random: an answer, Back or Start again. Returns the screen
    // it leads to, for the per-destination figures.
    QString randomStep(QHash<QString, Samples> *byDestination, Samples *into = nullptr)
    {
        const VisitModel::Screen screen = m_window.visit()->screen();
        QAbstractButton *button = nullptr;
        if (screen == VisitModel::Screen::Welcome || screen == VisitModel::Screen::Question) {
            const int roll = pick(10);
            if (screen == VisitModel::Screen::Question && roll == 0)
                button = m_window.questionScreen()->navigation()->backButton();
            else if (screen == VisitModel::Screen::Question && roll == 1)
                button = m_window.questionScreen()->navigation()->startAgainButton();
            else
                button = randomAnswer();
        } else if (screen == VisitModel::Screen::Outcome) {
            NavigationBar *navigation = m_window.outcomeScreen()->navigation();
            button = pick(2) == 0 ? navigation->backButton() : navigation->startAgainButton();
        } else {
            m_window.quickExit(); // attract or privacy: not part of the walk; back to welcome
            return {};
        }
        if (!byDestination) {
            click(button, into);
            return into ? screenName(m_window.visit()->screen()) : QString();
        }
        Samples step;
        click(button, &step);
        const QString destination = screenName(m_window.visit()->screen());
        append((*byDestination)[destination], step);
        append((*byDestination)[QStringLiteral("all")], step);
        return destination;
    }

    // Into a visit (one to three answers, not timed), then the quick exit, timed.
    void quickExit(bool withShift, Samples *into)
    {
        const int depth = 1 + pick(3);
        for (int i = 0; i < depth && m_window.visit()->screen() != VisitModel::Screen::Outcome; ++i)
            click(randomAnswer(), nullptr);
        if (!withShift) {
            click(m_window.header()->leaveButton(), into);
            return;
        }
        const auto shift = [this] {
            QTest::keyClick(&m_window, Qt::Key_Shift);
        };
        for (int press = 0; press < 2; ++press) { // these fill the cue; the third leaves
            shift();
            drain();
        }
        timed(shift, into);
    }

    // The language button (untimed: it opens the list), then the language in the list, timed.
    void chooseLanguage(const QString &code, Samples *into)
    {
        click(m_window.header()->languageButton(), nullptr);
        for (QPushButton *button : m_window.languagePicker()->languageButtons()) {
            if (button->property("languageCode").toString() == code) {
                click(button, into);
                return;
            }
        }
        qFatal("signpost_latency: %s is not in the language list", qPrintable(code));
    }

    // One step of the walk in `code`, recorded as "<destination> in <code>" when it leads to an
    // outcome. A quick exit in the walk goes back to the start language: choose `code` again.
    void randomStepIn(const QString &code, QHash<QString, Samples> *byDestination)
    {
        if (m_window.visit()->language() != code)
            chooseLanguage(code, nullptr);
        Samples step;
        const QString destination = randomStep(nullptr, &step);
        if (destination == QStringLiteral("outcome"))
            append((*byDestination)[destination + QStringLiteral(" in ") + code], step);
    }

    qint64 actions() const { return m_actions; }
    const QElapsedTimer &clock() const { return m_clock; }

private:
    static QString screenName(VisitModel::Screen screen)
    {
        switch (screen) {
        case VisitModel::Screen::Welcome:
            return QStringLiteral("welcome");
        case VisitModel::Screen::Question:
            return QStringLiteral("question");
        case VisitModel::Screen::Outcome:
            return QStringLiteral("outcome");
        default:
            return QStringLiteral("other");
        }
    }

    static void append(Samples &to, const Samples &from)
    {
        for (const QJsonValue &v : from.firstFrame)
            to.firstFrame.append(v);
        for (const QJsonValue &v : from.settled)
            to.settled.append(v);
        for (const QJsonValue &v : from.cpu)
            to.cpu.append(v);
        for (const QJsonValue &v : from.framesPerTap)
            to.framesPerTap.append(v);
        to.missed += from.missed;
    }

    int pick(int count) { return std::uniform_int_distribution<int>(0, count - 1)(m_random); }

    QAbstractButton *randomAnswer()
    {
        const bool welcome = m_window.visit()->screen() == VisitModel::Screen::Welcome;
        AnswerList *answers =
            welcome ? m_window.welcomeScreen()->answers() : m_window.questionScreen()->answers();
        const QList<AnswerButton *> buttons = answers->buttons();
        return buttons.at(pick(int(buttons.size())));
    }

    MeasuredKioskWindow &m_window;
    std::mt19937 m_random;
    QElapsedTimer m_clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    qint64 m_actions = 0;
    qint64 m_changedAt = -1; // when the screen changed during the timed action
};

QJsonObject toJson(const Samples &samples)
{
    return {{QStringLiteral("first_frame_ns"), samples.firstFrame},
            {QStringLiteral("settled_ns"), samples.settled},
            {QStringLiteral("cpu_ns"), samples.cpu},
            {QStringLiteral("frames_per_tap"), samples.framesPerTap},
            {QStringLiteral("missed"), samples.missed}};
}

int option(const QStringList &arguments, const QString &name, int fallback)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toInt() : fallback;
}

QString textOption(const QStringList &arguments, const QString &name, const QString &fallback)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : fallback;
}

int run(const QStringList &arguments)
{
    const int transitions = option(arguments, QStringLiteral("--transitions"), 1000);
    const int quickExits = option(arguments, QStringLiteral("--quick-exits"), 1000);
    const int actions = option(arguments, QStringLiteral("--actions"), 10000);
    const int warmUp = option(arguments, QStringLiteral("--warm-up"), 100);
    QStringList otherLanguages = LanguageCatalogue::translatedLanguages();
    otherLanguages.removeAll(QStringLiteral("en"));
    const QStringList languages =
        textOption(arguments, QStringLiteral("--languages"), otherLanguages.join(QLatin1Char(',')))
            .split(QLatin1Char(','), Qt::SkipEmptyParts);
    const int languageTransitions =
        option(arguments, QStringLiteral("--language-transitions"), 150);
    const int languageChanges = option(arguments, QStringLiteral("--language-changes"), 10);

    const ActiveContent active = ActiveContent::builtInContent(QDate::currentDate());
    MeasuredKioskWindow window(active.content);
    PaintCounter counter(&window);
    qApp->installEventFilter(&counter);
    window.showFullScreen();
    LatencyDriver driver(window);
    window.clock = &driver.clock();
    // The first paint, and the warm-up: fonts, style sheet, every screen built once.
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    while (driver.actions() < warmUp)
        driver.randomStep(nullptr);
    const qint64 rssWarm = residentKilobytes();
    const qint64 heapWarm = heapInUseBytes();
    const qint64 actionsAtWarm = driver.actions();

    QHash<QString, Samples> screenChanges;
    for (int i = 0; i < transitions; ++i)
        driver.randomStep(&screenChanges);
    Samples leaveButton, shiftThreeTimes;
    for (int i = 0; i < quickExits; ++i)
        driver.quickExit(false, &leaveButton);
    for (int i = 0; i < quickExits; ++i)
        driver.quickExit(true, &shiftThreeTimes);
    // Each language: there and back from English in the picker, then a walk in it.
    Samples languageChange;
    const QString english = QStringLiteral("en");
    for (const QString &code : languages) {
        for (int i = 0; i < languageChanges; ++i) {
            driver.chooseLanguage(code, &languageChange);
            driver.chooseLanguage(english, &languageChange);
        }
        for (int i = 0; i < languageTransitions; ++i)
            driver.randomStepIn(code, &screenChanges);
        driver.chooseLanguage(english, nullptr);
    }
    while (driver.actions() - actionsAtWarm < actions)
        driver.randomStep(nullptr);

    QJsonObject changes;
    for (auto it = screenChanges.cbegin(); it != screenChanges.cend(); ++it)
        changes.insert(it.key(), toJson(it.value()));
    const QJsonObject result{
        {QStringLiteral("window"), QJsonArray{window.width(), window.height()}},
        {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("screen_change"), changes},
        {QStringLiteral("quick_exit_button"), toJson(leaveButton)},
        {QStringLiteral("quick_exit_shift"), toJson(shiftThreeTimes)},
        {QStringLiteral("language_change"), toJson(languageChange)},
        {QStringLiteral("languages"), QJsonArray::fromStringList(languages)},
        {QStringLiteral("actions_after_warm_up"), driver.actions() - actionsAtWarm},
        {QStringLiteral("rss_kb_after_warm_up"), rssWarm},
        {QStringLiteral("rss_kb_after_actions"), residentKilobytes()},
        {QStringLiteral("heap_bytes_after_warm_up"), heapWarm},
        {QStringLiteral("heap_bytes_after_actions"), heapInUseBytes()},
    };
    const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Compact);
    std::fwrite(json.constData(), 1, std::size_t(json.size()), stdout);
    std::fputc('\n', stdout);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Inside the event loop, as taps are in the real application.
    int status = 1;
    QTimer::singleShot(0, &app, [&status] {
        status = run(QCoreApplication::arguments());
        QCoreApplication::exit(status);
    });
    app.exec();
    return status;
}
