// SPDX-License-Identifier: GPL-3.0-or-later
// Read aloud's timing (issue 16): how soon speech starts after a screen change, and how soon it
// stops after a new screen or a quick exit, on a real KioskWindow with a real SpeechController
// (speech=always) and eSpeak NG, full screen on the offscreen platform. Prints one JSON object on
// standard output for run_benchmark.py.
//
// Method. The sound goes to a sound device that notes, on the speech thread, when it was first
// handed samples and when it was told to drop them (TimedSink). The device is a model of ALSA's
// (AlsaSink asks for a 60 ms buffer): write() waits while 60 ms of sound is queued and playing
// drains it in real time, so the speech thread blocks as it would on a kiosk. `--device NAME`
// uses the real AlsaSink with that ALSA PCM instead (on a kiosk with a sound card).
//   start: from the finger lifting (a tap is a press, then the timed release, as in
//          signpost_latency), and from VisitModel::screenChanged, to the first samples of the
//          new screen's words handed to the device;
//   stop:  from the same release (and from screenChanged: the new screen is built by then),
//          or from the quick exit (the Leave button's release, the third Shift), to the device
//          being told to drop what it holds; speech is under way (samples handed over in the
//          last 20 ms) when the clock starts.
// One frame at 60 Hz is 16.7 ms. Each language in `--languages` gets its share of the walk, so
// voices are switched as a visit in that language switches them.
//
//   signpost_speech_latency [--transitions N] [--quick-exits N] [--warm-up N]
//                           [--languages en,cy,ar] [--device NAME]
#include "core/startup/ActiveContent.h"
#include "core/visit/VisitModel.h"
#include "ui/public/KioskHeader.h"
#include "ui/public/KioskWindow.h"
#include "ui/public/LeaveButton.h"
#include "ui/public/NavigationBar.h"
#include "ui/public/screens/AnswerButton.h"
#include "ui/public/screens/AnswerList.h"
#include "ui/public/screens/OutcomeScreen.h"
#include "ui/public/screens/QuestionScreen.h"
#include "ui/public/screens/WelcomeScreen.h"
#include "ui/speech/AlsaSink.h"
#include "ui/speech/SpeechController.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <time.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <functional>
#include <memory>
#include <mutex>
#include <random>
#include <thread>

namespace {

using SteadyClock = std::chrono::steady_clock;

qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               SteadyClock::now().time_since_epoch())
        .count();
}

// A sound device as ALSA gives one with AlsaSink's 60 ms buffer: write() returns once the
// samples fit in the buffer, which plays out in real time; drop() empties it.
class DeviceModel : public AudioSink
{
public:
    bool open(int sampleRate) override
    {
        m_rate = sampleRate;
        return true;
    }
    bool write(const qint16 *, int count) override
    {
        const qint64 duration = qint64(count) * 1000000000 / m_rate;
        qint64 until;
        {
            const std::lock_guard lock(m_mutex);
            m_playedUntil = std::max(m_playedUntil, nowNs()); // an underrun: empty
            until = m_playedUntil + duration - bufferNs;      // when the samples fit
            m_playedUntil += duration;
        }
        const qint64 wait = until - nowNs();
        if (wait > 0)
            std::this_thread::sleep_for(std::chrono::nanoseconds(wait));
        return true;
    }
    int room() override
    {
        const std::lock_guard lock(m_mutex);
        const qint64 queued = std::max<qint64>(0, m_playedUntil - nowNs());
        return int(std::max<qint64>(0, bufferNs - queued) * m_rate / 1000000000);
    }
    void drop() override
    {
        const std::lock_guard lock(m_mutex);
        m_playedUntil = nowNs();
    }
    void close() override {}

private:
    static constexpr qint64 bufferNs = 60000000;
    std::mutex m_mutex;
    qint64 m_playedUntil = 0;
    int m_rate = 22050;
};

// Notes when samples were last handed over, and when a drop was asked for; passes all on.
class TimedSink : public AudioSink
{
public:
    struct Times
    {
        std::atomic<qint64> lastWrite{0};
        std::atomic<qint64> firstWriteSinceMark{0}; // after firstDropSinceMark
        std::atomic<qint64> firstDropSinceMark{0};
        std::atomic<qint64> mark{0};
    };

    TimedSink(std::unique_ptr<AudioSink> inner, std::shared_ptr<Times> times)
        : m_inner(std::move(inner))
        , m_times(std::move(times))
    {}

    bool open(int sampleRate) override { return m_inner->open(sampleRate); }
    bool write(const qint16 *samples, int count) override
    {
        const qint64 now = nowNs();
        m_times->lastWrite = now;
        qint64 none = 0;
        // The new words' first samples: those after the old words were dropped.
        if (now >= m_times->mark && m_times->firstDropSinceMark != 0)
            m_times->firstWriteSinceMark.compare_exchange_strong(none, now);
        return m_inner->write(samples, count);
    }
    void drop() override
    {
        const qint64 now = nowNs();
        qint64 none = 0;
        if (now >= m_times->mark)
            m_times->firstDropSinceMark.compare_exchange_strong(none, now);
        m_inner->drop();
    }
    int room() override { return m_inner->room(); }
    void close() override { m_inner->close(); }

private:
    std::unique_ptr<AudioSink> m_inner;
    std::shared_ptr<Times> m_times;
};

struct Samples
{
    QJsonArray startFromTap, startFromChange, stopNewScreen, stopFromChange, stopLeave, stopShift;
    QJsonArray tapToChangeCpu; // this thread's CPU time from the release to screenChanged
    qint64 missed = 0;         // no sound, or no drop, within two seconds
};

class SpeechDriver
{
public:
    SpeechDriver(KioskWindow &window, std::shared_ptr<TimedSink::Times> times)
        : m_window(window)
        , m_times(std::move(times))
        , m_random(16) // the issue number: the same walk every run
    {
        // Connected after the window's own handler and before the controller's (created later).
        QObject::connect(window.visit(), &VisitModel::screenChanged, [this] {
            if (m_changedAt == 0) {
                m_changedAt = nowNs();
                m_changedAtCpu = threadCpuNs();
            }
        });
    }

    // Runs the event loop until `done` or two seconds; sleeps a little between passes so the
    // speech thread has the CPU (this thread's polling is not what is measured).
    bool runUntil(const std::function<bool()> &done)
    {
        QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
        const qint64 deadline = nowNs() + 2000000000;
        while (!done()) {
            if (nowNs() > deadline)
                return false;
            if (!dispatcher->processEvents(QEventLoop::AllEvents))
                std::this_thread::sleep_for(std::chrono::microseconds(200));
        }
        return true;
    }

    // Speech under way: samples handed over within the last 20 ms, after `extraMs` of it.
    bool speaking(int extraMs)
    {
        const qint64 from = nowNs();
        return runUntil([&] {
            return m_times->lastWrite > from + qint64(extraMs) * 1000000 &&
                   nowNs() - m_times->lastWrite < 20000000;
        });
    }

    // Starts the clock, acts, and waits for the drop and (when `start`) the new screen's sound.
    void timed(const std::function<void()> &act, QJsonArray *stop, Samples &into, bool start)
    {
        m_times->firstWriteSinceMark = 0;
        m_times->firstDropSinceMark = 0;
        m_changedAt = 0;
        const qint64 beginCpu = threadCpuNs();
        const qint64 begin = nowNs();
        m_times->mark = begin;
        act();
        const bool ok = runUntil([&] {
            return m_times->firstDropSinceMark != 0 &&
                   (!start || m_times->firstWriteSinceMark != 0);
        });
        // As the application's own event loop does between taps (this loop runs inside one
        // call, where processEvents() never deletes): without it every card an outcome drops
        // stays a child of the screen, and each later outcome restyles and measures them all.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (!ok || (start && m_changedAt == 0)) {
            ++into.missed;
            return;
        }
        if (stop)
            stop->append(m_times->firstDropSinceMark - begin);
        if (start) {
            into.stopFromChange.append(m_times->firstDropSinceMark - m_changedAt);
            into.tapToChangeCpu.append(m_changedAtCpu - beginCpu);
            into.startFromTap.append(m_times->firstWriteSinceMark - begin);
            into.startFromChange.append(m_times->firstWriteSinceMark - m_changedAt);
        }
    }

    void click(QAbstractButton *button, QJsonArray *stop, Samples &into)
    {
        QTest::mousePress(button, Qt::LeftButton);
        runUntil([] { return !QAbstractEventDispatcher::instance()->processEvents({}); });
        timed([button] { QTest::mouseRelease(button, Qt::LeftButton); }, stop, into, true);
    }

    // One step of a visit chosen at random (an answer, Back or Start again), timed.
    void step(Samples &into, bool record)
    {
        const VisitModel::Screen screen = m_window.visit()->screen();
        QAbstractButton *button = nullptr;
        if (screen == VisitModel::Screen::Outcome) {
            NavigationBar *navigation = m_window.outcomeScreen()->navigation();
            button = pick(2) == 0 ? navigation->backButton() : navigation->startAgainButton();
        } else if (screen == VisitModel::Screen::Question && pick(10) == 0) {
            button = m_window.questionScreen()->navigation()->backButton();
        } else if (screen == VisitModel::Screen::Welcome ||
                   screen == VisitModel::Screen::Question) {
            button = randomAnswer();
        } else {
            m_window.quickExit(); // attract or privacy: back to welcome
            return;
        }
        if (!speaking(pick(400))) {
            ++into.missed;
            return;
        }
        Samples ignored;
        click(button, record ? &into.stopNewScreen : nullptr, record ? into : ignored);
    }

    // Into a visit (one or two answers, untimed), then the quick exit while speech goes on.
    void quickExit(bool withShift, Samples &into)
    {
        Samples ignored;
        for (int i = 1 + pick(2);
             i > 0 && m_window.visit()->screen() != VisitModel::Screen::Outcome; --i)
            click(randomAnswer(), nullptr, ignored);
        if (!speaking(pick(400))) {
            ++into.missed;
            return;
        }
        if (!withShift) {
            QAbstractButton *leave = m_window.header()->leaveButton();
            QTest::mousePress(leave, Qt::LeftButton);
            timed([leave] { QTest::mouseRelease(leave, Qt::LeftButton); }, &into.stopLeave, into,
                  false);
            return;
        }
        QTest::keyClick(&m_window, Qt::Key_Shift); // these say "press 2 (1) more times"
        QTest::keyClick(&m_window, Qt::Key_Shift);
        if (!speaking(0)) {
            ++into.missed;
            return;
        }
        timed([this] { QTest::keyClick(&m_window, Qt::Key_Shift); }, &into.stopShift, into, false);
    }

private:
    int pick(int count) { return std::uniform_int_distribution<int>(0, count - 1)(m_random); }

    QAbstractButton *randomAnswer()
    {
        const bool welcome = m_window.visit()->screen() == VisitModel::Screen::Welcome;
        AnswerList *answers =
            welcome ? m_window.welcomeScreen()->answers() : m_window.questionScreen()->answers();
        const QList<AnswerButton *> buttons = answers->buttons();
        return buttons.at(pick(int(buttons.size())));
    }

    KioskWindow &m_window;
    std::shared_ptr<TimedSink::Times> m_times;
    std::mt19937 m_random;
    qint64 m_changedAt = 0;
    qint64 m_changedAtCpu = 0;
};

QString option(const QStringList &arguments, const QString &name, const QString &fallback)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : fallback;
}

int run(const QStringList &arguments)
{
    const int transitions =
        option(arguments, QStringLiteral("--transitions"), QStringLiteral("300")).toInt();
    const int quickExits =
        option(arguments, QStringLiteral("--quick-exits"), QStringLiteral("100")).toInt();
    const int warmUp = option(arguments, QStringLiteral("--warm-up"), QStringLiteral("10")).toInt();
    const QStringList languages =
        option(arguments, QStringLiteral("--languages"), QStringLiteral("en,cy,ar"))
            .split(QLatin1Char(','));
    const QString device = option(arguments, QStringLiteral("--device"), QString());

    const ActiveContent active = ActiveContent::builtInContent(QDate::currentDate());
    KioskWindow window(active.content);
    window.setIdleResetEnabled(false);
    window.setEnabledLanguages(languages);
    window.showFullScreen();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    auto times = std::make_shared<TimedSink::Times>();
    SpeechDriver driver(window, times);
    std::unique_ptr<AudioSink> sound;
    if (device.isEmpty())
        sound = std::make_unique<DeviceModel>();
    else
        sound = std::make_unique<AlsaSink>(device);
    SpeechSettings settings;
    settings.mode = SpeechSettings::Mode::Always;
    settings.device = device;
    const SpeechController speech(&window, settings,
                                  std::make_unique<TimedSink>(std::move(sound), times));

    Samples samples;
    for (const QString &language : languages) {
        window.setStartLanguage(language);
        window.quickExit(); // a visit in this language
        Samples warm;
        for (int i = 0; i < warmUp; ++i) // the voice loaded, every screen built once
            driver.step(warm, false);
        for (int i = 0; i < transitions / int(languages.size()); ++i)
            driver.step(samples, true);
        for (int i = 0; i < quickExits / int(languages.size()); ++i)
            driver.quickExit(false, samples);
        for (int i = 0; i < quickExits / int(languages.size()); ++i)
            driver.quickExit(true, samples);
    }
    const QJsonObject result{
        {QStringLiteral("window"), QJsonArray{window.width(), window.height()}},
        {QStringLiteral("device"), device.isEmpty() ? QStringLiteral("model") : device},
        {QStringLiteral("languages"), QJsonArray::fromStringList(languages)},
        {QStringLiteral("start_from_tap_ns"), samples.startFromTap},
        {QStringLiteral("start_from_change_ns"), samples.startFromChange},
        {QStringLiteral("stop_new_screen_ns"), samples.stopNewScreen},
        {QStringLiteral("stop_from_change_ns"), samples.stopFromChange},
        {QStringLiteral("tap_to_change_cpu_ns"), samples.tapToChangeCpu},
        {QStringLiteral("stop_leave_button_ns"), samples.stopLeave},
        {QStringLiteral("stop_shift_ns"), samples.stopShift},
        {QStringLiteral("missed"), samples.missed},
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
    int status = 1;
    QTimer::singleShot(0, &app, [&status] {
        status = run(QCoreApplication::arguments());
        QCoreApplication::exit(status);
    });
    app.exec();
    return status;
}
