// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeAudioSink.h"
#include "PublicScreenWalk.h"
#include "core/speech/ScreenSpeech.h"
#include "core/visit/DisplayPreferences.h"
#include "core/visit/QuickExitDetector.h"
#include "ui/public/QuickExitAnnouncer.h"
#include "ui/public/screens/MoreBelowCue.h"
#include "ui/speech/SpeechController.h"
#include "ui/speech/SpeechPlayer.h"

#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// The short cues with Read aloud on (CueSpeech): the quick exit's progress as Shift is pressed,
// its time-out, "Loading." after the exit has silenced everything, and "More below" once after
// an outcome that scrolls; each in the visitor's language, none with speech off. What the
// controller hands the player is checked, and the sound reaches a fake device that counts it.
class TestSpokenCues : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void quickExitProgressIsSaidAtOnce_data();
    void quickExitProgressIsSaidAtOnce();
    void quickExitSilencesThenSaysLoading_data();
    void quickExitSilencesThenSaysLoading();
    void noCueWithSpeechOff();
    void moreBelowIsSaidOnceAfterTheOutcome_data();
    void moreBelowIsSaidOnceAfterTheOutcome();

private:
    void makeWindow(SpeechSettings::Mode mode, const QString &language,
                    const QSize &size = QSize(1920, 1080));
    void shift();
    // Walks to an outcome that scrolls at this size in large text (its More below cue is due);
    // false if none.
    bool walkToAScrollingOutcome();

    Content m_content;
    std::unique_ptr<KioskWindow> m_window;
    std::unique_ptr<SpeechController> m_speech;
    std::shared_ptr<FakeAudioSink::Counts> m_sound;
    qint64 m_now = 0;
};

void TestSpokenCues::initTestCase()
{
    m_content = PublicScreenWalk::builtInContent();
}

void TestSpokenCues::cleanup()
{
    m_speech.reset();
    m_window.reset();
}

void TestSpokenCues::makeWindow(SpeechSettings::Mode mode, const QString &language,
                                const QSize &size)
{
    m_speech.reset();
    m_window = std::make_unique<KioskWindow>(m_content,
                                             Clock::fixed(PublicScreenWalk::weekdayAfternoon()));
    m_window->setIdleResetEnabled(false);
    m_window->setQuickExitTimeSource([this] { return m_now; });
    m_window->setStartLanguage(language);
    // Large text: with normal text every outcome of the built-in content fits on one screen
    // (TestOutcomeLayout), so only large text makes the More below cue due.
    DisplayPreferences large;
    large.largeText = true;
    m_window->setStartDisplay(large);
    m_window->resize(size);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_sound = std::make_shared<FakeAudioSink::Counts>();
    SpeechSettings settings;
    settings.mode = mode;
    m_speech = std::make_unique<SpeechController>(m_window.get(), settings,
                                                  std::make_unique<FakeAudioSink>(m_sound));
    m_window->quickExit(); // a visit in `language`
    PublicScreenWalk::settle();
}

void TestSpokenCues::shift()
{
    m_now += 400;
    QTest::keyClick(m_window.get(), Qt::Key_Shift);
    PublicScreenWalk::settle();
}

bool TestSpokenCues::walkToAScrollingOutcome()
{
    for (const PathwayRoutes::Route &route : PathwayRoutes::all(m_content)) {
        m_window->visit()->startAgain();
        for (const int answer : route.answers)
            m_window->visit()->choose(answer);
        PublicScreenWalk::settle();
        if (m_window->outcomeScreen()->moreBelow()->isDue())
            return true;
    }
    return false;
}

void TestSpokenCues::quickExitProgressIsSaidAtOnce_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "cy", "ar"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestSpokenCues::quickExitProgressIsSaidAtOnce()
{
    QFETCH(QString, language);
    makeWindow(SpeechSettings::Mode::OnRequest, language);
    m_speech->setOn(true);
    m_window->visit()->choose(0);
    PublicScreenWalk::settle();
    QTRY_VERIFY(m_sound->samples > 0);
    // Each press cuts the screen's words off and says how many are left, in the visitor's
    // language and voice (the words the screen reader gets: nothing about the topic).
    int drops = m_sound->drops;
    shift();
    QCOMPARE(m_speech->lastSaid(),
             (Utterances{Utterance{QuickExitAnnouncer::progressText(1), language}}));
    QVERIFY(m_speech->lastSaid().constFirst().text != QuickExitAnnouncer::progressText(2));
    QTRY_VERIFY(m_sound->drops > drops);
    shift();
    QCOMPARE(m_speech->lastSaid(),
             (Utterances{Utterance{QuickExitAnnouncer::progressText(2), language}}));
    // No third press in time: the count starts again, and that is said.
    drops = m_sound->drops;
    m_now += QuickExitDetector::gapMilliseconds + 1;
    m_window->quickExitDetector()->expire(m_now);
    QCOMPARE(m_speech->lastSaid(),
             (Utterances{Utterance{QuickExitAnnouncer::expiredText(), language}}));
    QTRY_VERIFY(m_sound->drops > drops);
    QVERIFY(m_speech->isOn()); // not an exit: speech stays on
    QVERIFY(m_window->visit()->screen() != VisitModel::Screen::Welcome);
}

void TestSpokenCues::quickExitSilencesThenSaysLoading_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("always");
    QTest::newRow("en, on request") << QStringLiteral("en") << false;
    QTest::newRow("cy, on request") << QStringLiteral("cy") << false;
    QTest::newRow("ur, always") << QStringLiteral("ur") << true;
}

void TestSpokenCues::quickExitSilencesThenSaysLoading()
{
    QFETCH(QString, language);
    QFETCH(bool, always);
    makeWindow(always ? SpeechSettings::Mode::Always : SpeechSettings::Mode::OnRequest, language);
    m_speech->setOn(true);
    m_window->visit()->choose(0);
    PublicScreenWalk::settle();
    QTRY_VERIFY(m_sound->samples > 0);
    shift();
    shift();
    const QString loading = QuickExitAnnouncer::leavingText(); // in the visitor's language
    QSignalSpy left(m_window.get(), &KioskWindow::visitForgotten);
    const int drops = m_sound->drops;
    m_now += 400;
    QTest::keyClick(m_window.get(), Qt::Key_Shift);
    // The exit happened and silenced the sound before any word of the cue.
    QCOMPARE(left.count(), 1);
    QCOMPARE(m_window->visit()->screen(), VisitModel::Screen::Welcome);
    QTRY_VERIFY(m_sound->drops > drops);
    QCOMPARE(m_speech->isOn(), always); // the next visitor starts silent unless `always`
    // Then "Loading." alone; with `always` the new visit's first screen follows it.
    Utterances expected{Utterance{loading, language}};
    if (always)
        expected += ScreenSpeech::of(*m_window->visit(), m_window->clock().now());
    QTRY_COMPARE(m_speech->lastSaid(), expected);
    if (!always)
        QTRY_VERIFY(!m_speech->player()->isSpeaking());
}

void TestSpokenCues::noCueWithSpeechOff()
{
    makeWindow(SpeechSettings::Mode::OnRequest, QStringLiteral("en"), QSize(1366, 768));
    m_window->visit()->choose(0);
    PublicScreenWalk::settle();
    const Utterances before = m_speech->lastSaid();
    shift();
    shift();
    m_now += QuickExitDetector::gapMilliseconds + 1;
    m_window->quickExitDetector()->expire(m_now);
    shift();
    shift();
    shift();
    PublicScreenWalk::settle();
    QCOMPARE(m_speech->lastSaid(), before);
    QVERIFY(walkToAScrollingOutcome());
    QCOMPARE(m_speech->lastSaid(), before);
    QVERIFY(!m_speech->player()->isSpeaking());
}

void TestSpokenCues::moreBelowIsSaidOnceAfterTheOutcome_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::newRow("en, 1920x1080") << QStringLiteral("en") << QSize(1920, 1080);
    QTest::newRow("cy, 1366x768") << QStringLiteral("cy") << QSize(1366, 768);
    QTest::newRow("pa, 1366x768") << QStringLiteral("pa") << QSize(1366, 768);
}

void TestSpokenCues::moreBelowIsSaidOnceAfterTheOutcome()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    makeWindow(SpeechSettings::Mode::OnRequest, language, size);
    m_speech->setOn(true);
    QVERIFY2(walkToAScrollingOutcome(), "no outcome scrolls at this size: the test proves nothing");
    MoreBelowCue *cue = m_window->outcomeScreen()->moreBelow();
    // The outcome's words, then the cue as the screen shows it, in the visitor's voice.
    const Utterances expected = ScreenSpeech::of(*m_window->visit(), m_window->clock().now()) +
                                Utterances{Utterance{cue->text(), language}};
    QTRY_COMPARE(m_speech->lastSaid(), expected);
    QVERIFY(m_speech->player()->isSpeaking());
    // Scrolling to the end and back makes it due again: not said a second time.
    QScrollBar *bar = m_window->outcomeScreen()->scrollArea()->verticalScrollBar();
    QSignalSpy changed(cue, &MoreBelowCue::dueChanged);
    bar->setValue(bar->maximum());
    bar->setValue(0);
    PublicScreenWalk::settle();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(m_speech->lastSaid(), expected);
    // Repeat (/) reads the screen again, and the cue with it.
    m_speech->repeat();
    QCOMPARE(m_speech->lastSaid(), expected);
}

QTEST_MAIN(TestSpokenCues)
#include "TestSpokenCues.moc"
