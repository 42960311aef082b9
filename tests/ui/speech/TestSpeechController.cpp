// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeAudioSink.h"
#include "PublicScreenWalk.h"
#include "core/speech/ScreenSpeech.h"
#include "core/speech/SpeechWords.h"
#include "ui/public/KioskHeader.h"
#include "ui/public/LeaveButton.h"
#include "ui/public/screens/AnswerButton.h"
#include "ui/public/screens/AnswerList.h"
#include "ui/public/screens/AttractScreen.h"
#include "ui/public/screens/ChannelCard.h"
#include "ui/speech/SpeechController.h"
#include "ui/speech/SpeechPlayer.h"
#include "ui/speech/WidgetSpeech.h"
#include "ui/widgets/BidiText.h"

#include <QPushButton>
#include <QTest>

#include <memory>

namespace {

QStringList textsOf(const Utterances &utterances)
{
    QStringList texts;
    for (const Utterance &utterance : utterances)
        texts << utterance.text;
    return texts;
}

} // namespace

// The public screens with reading aloud: the header button and the keys, what is read on each
// screen and for each control, touch exploration, and that every way out of a visit silences
// it. The sound goes to a fake device that counts it.
class TestSpeechController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void offMeansNoButtonAndNoKeys();
    void turningOnReadsTheScreenAloud();
    void turningOffSilences();
    void everyWayOutSilencesAndTurnsItOff_data();
    void everyWayOutSilencesAndTurnsItOff();
    void alwaysReadsEveryVisit();
    void keysRepeatPauseAndVolume();
    void keypadWalkOfEveryPathway_data();
    void keypadWalkOfEveryPathway();
    void whatIsReadIsWhatIsShown_data();
    void whatIsReadIsWhatIsShown();
    void oneTapReadsATapOnTheSameControlChooses();
    void leaveActsOnTheFirstTap();
    void aTouchBeforeAnExitDoesNotChooseAfterIt_data();
    void aTouchBeforeAnExitDoesNotChooseAfterIt();
    void noSoundDeviceMeansSilentNotBroken();
    void staffAreToldWhatCannotBeHeard();
    void theLanguageListIsReadEachInItsOwnVoice();

private:
    void makeWindow(SpeechSettings::Mode mode = SpeechSettings::Mode::OnRequest,
                    bool deviceOpens = true);
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void tap(QWidget *widget);
    Utterances screen() const
    {
        return ScreenSpeech::of(*m_window->visit(), m_window->clock().now());
    }

    Content m_content;
    std::unique_ptr<KioskWindow> m_window;
    std::unique_ptr<SpeechController> m_speech;
    std::shared_ptr<FakeAudioSink::Counts> m_sound;
    std::unique_ptr<QPointingDevice> m_touch;
    qint64 m_now = 0;
};

void TestSpeechController::initTestCase()
{
    m_content = PublicScreenWalk::builtInContent();
    m_touch.reset(QTest::createTouchDevice());
}

void TestSpeechController::init()
{
    makeWindow();
}

void TestSpeechController::cleanup()
{
    m_speech.reset();
    m_window.reset();
}

void TestSpeechController::makeWindow(SpeechSettings::Mode mode, bool deviceOpens)
{
    m_speech.reset();
    m_window = std::make_unique<KioskWindow>(m_content,
                                             Clock::fixed(PublicScreenWalk::weekdayAfternoon()));
    m_window->setIdleResetEnabled(false);
    m_window->setQuickExitTimeSource([this] { return m_now; });
    m_window->resize(1920, 1080);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_sound = std::make_shared<FakeAudioSink::Counts>();
    SpeechSettings settings;
    settings.mode = mode;
    m_speech = std::make_unique<SpeechController>(
        m_window.get(), settings, std::make_unique<FakeAudioSink>(m_sound, deviceOpens));
    PublicScreenWalk::settle();
}

void TestSpeechController::press(int key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(static_cast<QWidget *>(nullptr), Qt::Key(key), modifiers);
    PublicScreenWalk::settle();
}

void TestSpeechController::tap(QWidget *widget)
{
    // A real touch: Qt turns it into mouse events for widgets that do not take touch.
    const QPoint at = widget->mapTo(m_window.get(), widget->rect().center());
    QTest::touchEvent(m_window.get(), m_touch.get()).press(0, at);
    QTest::touchEvent(m_window.get(), m_touch.get()).release(0, at);
    PublicScreenWalk::settle();
}

void TestSpeechController::offMeansNoButtonAndNoKeys()
{
    makeWindow(SpeechSettings::Mode::Off);
    QVERIFY(!m_window->header()->readAloudButton()->isVisible());
    press(Qt::Key_F2);
    QVERIFY(!m_speech->isOn());
    QCOMPARE(m_sound->opened.load(), 0);
}

void TestSpeechController::turningOnReadsTheScreenAloud()
{
    QTest::mouseClick(m_window->header()->readAloudButton(), Qt::LeftButton);
    QVERIFY(m_speech->isOn());
    const Utterances screen = ScreenSpeech::of(*m_window->visit(), m_window->clock().now());
    QCOMPARE(m_speech->lastSaid().mid(1), screen);
    QCOMPARE(m_speech->lastSaid().constFirst().text, SpeechWords::turnedOn());
    QTRY_VERIFY(m_sound->loudSamples > 0);
    QVERIFY(m_speech->player()->isSpeaking());
}

void TestSpeechController::turningOffSilences()
{
    press(Qt::Key_F2);
    QVERIFY(m_speech->isOn());
    QTRY_VERIFY(m_sound->samples > 0);
    const int drops = m_sound->drops;
    press(Qt::Key_Asterisk, Qt::KeypadModifier);
    QVERIFY(!m_speech->isOn());
    QVERIFY(!m_window->header()->readAloudButton()->isChecked());
    QTRY_VERIFY(!m_speech->player()->isSpeaking());
    QTRY_VERIFY(m_sound->drops > drops);
}

void TestSpeechController::everyWayOutSilencesAndTurnsItOff_data()
{
    QTest::addColumn<QString>("way");
    for (const char *way : {"Leave this screen", "Shift x3", "idle reset"})
        QTest::newRow(way) << QString::fromLatin1(way);
}

void TestSpeechController::everyWayOutSilencesAndTurnsItOff()
{
    QFETCH(QString, way);
    m_speech->setOn(true);
    m_speech->changeVolume(20); // the visitor's own; the next visitor gets the configured one
    m_window->visit()->choose(0);
    QTRY_VERIFY(m_sound->samples > 0);
    const int drops = m_sound->drops;
    if (way == QLatin1String("Leave this screen")) {
        QTest::mouseClick(m_window->header()->leaveButton(), Qt::LeftButton);
    } else if (way == QLatin1String("Shift x3")) {
        for (int i = 0; i < 3; ++i) {
            m_now += 400;
            QTest::keyClick(m_window.get(), Qt::Key_Shift);
        }
    } else {
        m_window->idleReset();
    }
    QTRY_VERIFY(m_sound->drops > drops); // what was buffered is thrown away, not played out
    QVERIFY(!m_speech->isOn());
    QVERIFY(!m_window->header()->readAloudButton()->isChecked());
    QCOMPARE(m_speech->player()->volume(), SpeechSettings::defaultVolume);
    if (way == QLatin1String("idle reset")) {
        // The attract screen says how to turn it on, once, and nothing else.
        QCOMPARE(textsOf(m_speech->lastSaid()), QStringList{SpeechWords::howToTurnOn()});
    } else {
        QCOMPARE(m_window->visit()->screen(), VisitModel::Screen::Welcome);
        QTRY_VERIFY(!m_speech->player()->isSpeaking());
    }
}

void TestSpeechController::alwaysReadsEveryVisit()
{
    makeWindow(SpeechSettings::Mode::Always);
    QVERIFY(m_speech->isOn());
    m_window->visit()->choose(0);
    QTest::mouseClick(m_window->header()->leaveButton(), Qt::LeftButton);
    QVERIFY(m_speech->isOn());
    QCOMPARE(m_speech->lastSaid(), ScreenSpeech::of(*m_window->visit(), m_window->clock().now()));
}

void TestSpeechController::keysRepeatPauseAndVolume()
{
    press(Qt::Key_F2);
    QVERIFY(m_speech->isOn());
    const Utterances screen = ScreenSpeech::of(*m_window->visit(), m_window->clock().now());
    press(Qt::Key_Slash, Qt::KeypadModifier);
    QCOMPARE(m_speech->lastSaid(), screen);
    press(Qt::Key_Period, Qt::KeypadModifier);
    QVERIFY(m_speech->player()->isPaused());
    const qint64 heard = m_sound->samples;
    QTest::qWait(200); // nothing plays while paused (a wait for nothing to happen)
    QVERIFY(m_sound->samples - heard < 22050 / 10);
    press(Qt::Key_Period, Qt::KeypadModifier);
    QVERIFY(!m_speech->player()->isPaused());
    QTRY_VERIFY(m_sound->samples > heard);
    const int volume = m_speech->player()->volume();
    press(Qt::Key_Minus, Qt::KeypadModifier);
    QCOMPARE(m_speech->player()->volume(), volume - 10);
    press(Qt::Key_Plus, Qt::KeypadModifier);
    press(Qt::Key_Plus, Qt::KeypadModifier);
    QCOMPARE(m_speech->player()->volume(), std::min(volume + 10, 100));
}

void TestSpeechController::keypadWalkOfEveryPathway_data()
{
    QTest::addColumn<PathwayRoutes::Route>("route");
    for (const PathwayRoutes::Route &route : PathwayRoutes::all(m_content))
        QTest::newRow(qPrintable(route.nodes.constLast())) << route;
}

void TestSpeechController::keypadWalkOfEveryPathway()
{
    // With speech on and no mouse: arrows move and each stop is read, Enter chooses, and each
    // new screen is read from its heading.
    QFETCH(PathwayRoutes::Route, route);
    press(Qt::Key_Asterisk, Qt::KeypadModifier);
    for (const int answer : route.answers) {
        AnswerList *answers = m_window->visit()->screen() == VisitModel::Screen::Welcome
                                  ? m_window->welcomeScreen()->answers()
                                  : m_window->questionScreen()->answers();
        QWidget *target = answers->buttons().value(answer);
        QVERIFY(target);
        for (int step = 0; step < 40 && m_window->focusWidget() != target; ++step) {
            press(Qt::Key_Down, Qt::KeypadModifier);
            QCOMPARE(m_speech->lastSaid(),
                     WidgetSpeech::of(m_window->focusWidget(), *m_window->visit(),
                                      m_window->clock().now()));
        }
        QCOMPARE(m_window->focusWidget(), target);
        QCOMPARE(textsOf(m_speech->lastSaid()).value(0),
                 SpeechWords::choice(static_cast<AnswerButton *>(target)->answerText(), answer + 1,
                                     int(answers->buttons().size())));
        press(Qt::Key_Enter, Qt::KeypadModifier);
        // An outcome that scrolls adds its "More below" after (TestSpokenCues).
        QCOMPARE(m_speech->lastSaid().mid(0, screen().size()), screen());
    }
    QCOMPARE(m_window->visit()->currentNodeId(), route.nodes.constLast());
    QVERIFY(m_speech->isOn());
}

void TestSpeechController::whatIsReadIsWhatIsShown_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "cy", "ar"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestSpeechController::whatIsReadIsWhatIsShown()
{
    // Speech and screen take their words from the same translations; a drift is caught here.
    QFETCH(QString, language);
    m_window->setStartLanguage(language);
    m_window->quickExit();
    m_speech->setOn(true);
    PublicScreenWalk::settle();
    const auto shownTexts = [this](QWidget *screen) {
        QStringList texts;
        for (QLabel *label : screen->findChildren<QLabel *>()) {
            if (label->isVisibleTo(screen) && !label->text().isEmpty() &&
                label->textFormat() == Qt::PlainText)
                texts << BidiText::withoutMarks(label->text()).remove(QStringLiteral("•  "));
        }
        for (QPushButton *button : screen->findChildren<QPushButton *>()) {
            if (button->isVisibleTo(screen) && qobject_cast<AnswerButton *>(button) == nullptr &&
                button->objectName() != QLatin1String("backButton") &&
                button->objectName() != QLatin1String("startAgainButton"))
                texts << BidiText::withoutMarks(button->accessibleName());
        }
        return texts;
    };
    const auto check = [&](QWidget *screen) {
        const QString said =
            BidiText::withoutMarks(textsOf(m_speech->lastSaid()).join(QLatin1Char('\n')));
        for (const QString &text : shownTexts(screen)) {
            if (!text.contains(QRegularExpression(QStringLiteral("\\d{3}"))))
                QVERIFY2(said.contains(text), qPrintable(text));
        }
    };
    check(m_window->welcomeScreen());
    m_window->visit()->showPrivacy(); // a click would only read the button: speech is on
    PublicScreenWalk::settle();
    check(m_window->privacyScreen());
    m_window->visit()->startAgain();
    while (m_window->visit()->screen() != VisitModel::Screen::Outcome)
        m_window->visit()->choose(0);
    PublicScreenWalk::settle();
    check(m_window->outcomeScreen());
    // The attract screen's audiences, which speech always mode reads between visits.
    const QString attract = BidiText::withoutMarks(
        textsOf(ScreenSpeech::attract(m_window->visit()->content(), language))
            .join(QLatin1Char('\n')));
    for (const auto audience :
         {CampaignAudiences::Audience::OwnThoughts, CampaignAudiences::Audience::YoungPerson,
          CampaignAudiences::Audience::WorriedAboutAChild}) {
        const QString question = BidiText::withoutMarks(AttractScreen::question(audience));
        QVERIFY2(attract.contains(question), qPrintable(question));
    }
}

void TestSpeechController::oneTapReadsATapOnTheSameControlChooses()
{
    m_speech->setOn(true);
    AnswerButton *first = m_window->welcomeScreen()->answers()->buttons().constFirst();
    tap(first);
    QCOMPARE(m_window->visit()->screen(), VisitModel::Screen::Welcome); // only read
    QCOMPARE(m_speech->lastSaid(),
             WidgetSpeech::of(first, *m_window->visit(), m_window->clock().now()));
    tap(m_window->welcomeScreen()->answers()->buttons().at(1)); // another: read, not chosen
    QCOMPARE(m_window->visit()->screen(), VisitModel::Screen::Welcome);
    tap(m_window->welcomeScreen()->answers()->buttons().at(1)); // the same again: chosen
    QVERIFY(m_window->visit()->screen() != VisitModel::Screen::Welcome);
    QCOMPARE(m_speech->lastSaid(), ScreenSpeech::of(*m_window->visit(), m_window->clock().now()));
    // With speech off a tap chooses at once, as always.
    m_speech->setOn(false);
    m_window->visit()->startAgain();
    PublicScreenWalk::settle();
    tap(m_window->welcomeScreen()->answers()->buttons().constFirst());
    QVERIFY(m_window->visit()->screen() != VisitModel::Screen::Welcome);
}

void TestSpeechController::leaveActsOnTheFirstTap()
{
    m_speech->setOn(true);
    m_window->visit()->choose(0);
    PublicScreenWalk::settle();
    QTRY_VERIFY(m_sound->samples > 0);
    tap(m_window->header()->leaveButton());
    QCOMPARE(m_window->visit()->screen(), VisitModel::Screen::Welcome);
    QVERIFY(!m_speech->isOn());
    QTRY_VERIFY(!m_speech->player()->isSpeaking());
}

void TestSpeechController::aTouchBeforeAnExitDoesNotChooseAfterIt_data()
{
    QTest::addColumn<bool>("byKeyboard");
    QTest::newRow("Leave") << false;
    QTest::newRow("Shift x3") << true;
}

void TestSpeechController::aTouchBeforeAnExitDoesNotChooseAfterIt()
{
    QFETCH(bool, byKeyboard);
    makeWindow(SpeechSettings::Mode::Always); // on for the next visitor too
    AnswerButton *first = m_window->welcomeScreen()->answers()->buttons().constFirst();
    tap(first); // read: a second touch would choose it
    QCOMPARE(m_window->visit()->screen(), VisitModel::Screen::Welcome);
    if (byKeyboard) {
        for (int i = 0; i < 3; ++i) {
            m_now += 400;
            press(Qt::Key_Shift);
        }
    } else {
        tap(m_window->header()->leaveButton());
    }
    QVERIFY(m_speech->isOn());
    // The same button, kept for the next visitor: their first touch reads it, the second chooses.
    QCOMPARE(m_window->welcomeScreen()->answers()->buttons().constFirst(), first);
    tap(first);
    QCOMPARE(m_window->visit()->screen(), VisitModel::Screen::Welcome);
    QCOMPARE(m_speech->lastSaid(),
             WidgetSpeech::of(first, *m_window->visit(), m_window->clock().now()));
    tap(first);
    QCOMPARE(m_window->visit()->screen(), VisitModel::Screen::Question);
}

void TestSpeechController::noSoundDeviceMeansSilentNotBroken()
{
    makeWindow(SpeechSettings::Mode::OnRequest, false);
    press(Qt::Key_F2);
    QTRY_VERIFY(!m_speech->player()->isAvailable());
    QVERIFY(!m_speech->player()->isSpeaking());
    m_window->visit()->choose(0); // the screens carry on as ever
    QCOMPARE(m_window->visit()->screen(), VisitModel::Screen::Question);
}

void TestSpeechController::staffAreToldWhatCannotBeHeard()
{
    // A working device and a voice for each language: nothing to tell staff.
    press(Qt::Key_F2);
    QTRY_VERIFY(m_speech->player()->hasTriedDevice());
    QCOMPARE(m_speech->staffWarnings({QStringLiteral("en"), QStringLiteral("cy")}), QStringList());
    // No voice for a language: named; never read with another language's voice.
    const QStringList noVoice =
        m_speech->staffWarnings({QStringLiteral("en"), QStringLiteral("xx")});
    QCOMPARE(noVoice.size(), 1);
    QVERIFY(noVoice.constFirst().contains(QLatin1String("no voice")));
    // No sound device: said to staff, and the public screens show nothing of it.
    makeWindow(SpeechSettings::Mode::OnRequest, false);
    press(Qt::Key_F2);
    QTRY_VERIFY(!m_speech->player()->isAvailable());
    const QStringList silent = m_speech->staffWarnings({QStringLiteral("en")});
    QCOMPARE(silent.size(), 1);
    QVERIFY(silent.constFirst().contains(QLatin1String("does not open")));
}

void TestSpeechController::theLanguageListIsReadEachInItsOwnVoice()
{
    m_window->setEnabledLanguages(
        {QStringLiteral("en"), QStringLiteral("cy"), QStringLiteral("ar")});
    m_speech->setOn(true);
    QTest::mouseClick(m_window->header()->languageButton(), Qt::LeftButton); // a mouse: at once
    QTRY_VERIFY(
        m_speech->lastSaid().contains(Utterance{QStringLiteral("Cymraeg"), QStringLiteral("cy")}));
    QVERIFY(
        m_speech->lastSaid().contains(Utterance{QStringLiteral("العربية"), QStringLiteral("ar")}));
}

QTEST_MAIN(TestSpeechController)
#include "TestSpeechController.moc"
