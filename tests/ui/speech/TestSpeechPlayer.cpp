// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/speech/AudioSink.h"
#include "ui/speech/SpeechPlayer.h"

#include <QTest>

#include <atomic>
#include <memory>

namespace {

// A device whose buffer stays full until told otherwise: write() is never needed to wait, the
// player waits for room itself (AudioSink::room()).
class FullDevice : public AudioSink
{
public:
    struct State
    {
        std::atomic<int> room{0};
        std::atomic<int> writes{0};
        std::atomic<int> drops{0};
        std::atomic<int> roomAsked{0};
    };
    explicit FullDevice(std::shared_ptr<State> state)
        : m_state(std::move(state))
    {}
    bool open(int) override { return true; }
    bool write(const qint16 *, int) override
    {
        ++m_state->writes;
        return true;
    }
    int room() override
    {
        ++m_state->roomAsked;
        return m_state->room;
    }
    void drop() override { ++m_state->drops; }
    void close() override {}

private:
    std::shared_ptr<State> m_state;
};

} // namespace

// The speech thread and the device: it waits for room in the device's buffer where a stop() or
// a new say() wakes it, so the old words are dropped at once, not after the device's write.
class TestSpeechPlayer : public QObject
{
    Q_OBJECT
private slots:
    void aStopWakesAPlayerWaitingForRoom_data();
    void aStopWakesAPlayerWaitingForRoom();
    void roomMadeIsFilled();
};

void TestSpeechPlayer::aStopWakesAPlayerWaitingForRoom_data()
{
    QTest::addColumn<bool>("newWords");
    QTest::newRow("stop") << false;
    QTest::newRow("a new screen's words") << true;
}

void TestSpeechPlayer::aStopWakesAPlayerWaitingForRoom()
{
    QFETCH(bool, newWords);
    auto state = std::make_shared<FullDevice::State>();
    SpeechPlayer player(std::make_unique<FullDevice>(state));
    player.say({Utterance{QStringLiteral("Is someone in danger now?"), QStringLiteral("en")}});
    QTRY_VERIFY(state->roomAsked > 0); // sound is made, and waits for room
    QCOMPARE(state->writes.load(), 0);
    const int drops = state->drops;
    if (newWords)
        player.say({Utterance{QStringLiteral("Start again"), QStringLiteral("en")}});
    else
        player.stop();
    QTRY_VERIFY(state->drops > drops); // the device is told at once, with no room made
    QCOMPARE(state->writes.load(), 0);
    if (!newWords)
        QTRY_VERIFY(!player.isSpeaking());
}

void TestSpeechPlayer::roomMadeIsFilled()
{
    auto state = std::make_shared<FullDevice::State>();
    SpeechPlayer player(std::make_unique<FullDevice>(state));
    player.say({Utterance{QStringLiteral("Myself, 1 of 6"), QStringLiteral("en")}});
    QTRY_VERIFY(state->roomAsked > 0);
    state->room = 1 << 20; // the device plays: all of it fits now
    QTRY_VERIFY(!player.isSpeaking());
    QVERIFY(state->writes > 0);
}

QTEST_GUILESS_MAIN(TestSpeechPlayer)
#include "TestSpeechPlayer.moc"
