// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/speech/CueSpeech.h"

#include <QTest>

Q_DECLARE_METATYPE(CueSpeech::Cue)
Q_DECLARE_METATYPE(CueSpeech::When)

// The quick exit's spoken progress and the More below hint: said only with speech on, in the
// visitor's language, at once when the visitor acted, after the screen's words otherwise, and
// "Loading." only after the exit has silenced everything.
class TestCueSpeech : public QObject
{
    Q_OBJECT
private slots:
    void whenEachCueIsSaid_data();
    void whenEachCueIsSaid();
    void offIsSilent_data();
    void offIsSilent();
    void nothingToSayIsNotSaid();
};

void TestCueSpeech::whenEachCueIsSaid_data()
{
    QTest::addColumn<CueSpeech::Cue>("cue");
    QTest::addColumn<bool>("saidOnThisScreen");
    QTest::addColumn<CueSpeech::When>("when");
    using Cue = CueSpeech::Cue;
    using When = CueSpeech::When;
    QTest::newRow("progress") << Cue::QuickExitProgress << false << When::Now;
    QTest::newRow("progress, second press") << Cue::QuickExitProgress << true << When::Now;
    QTest::newRow("expired") << Cue::QuickExitExpired << false << When::Now;
    QTest::newRow("leaving") << Cue::QuickExitLeaving << false << When::AfterReset;
    QTest::newRow("more below") << Cue::MoreBelow << false << When::AfterReading;
    QTest::newRow("more below, again") << Cue::MoreBelow << true << When::Never;
}

void TestCueSpeech::whenEachCueIsSaid()
{
    QFETCH(CueSpeech::Cue, cue);
    QFETCH(bool, saidOnThisScreen);
    QFETCH(CueSpeech::When, when);
    const QString words = QStringLiteral("Gadael y sgrin hon: pwyswch Shift 2 waith eto.");
    const CueSpeech::Plan plan =
        CueSpeech::of(cue, words, QStringLiteral("cy"), true, saidOnThisScreen);
    QCOMPARE(plan.when, when);
    if (when == CueSpeech::When::Never)
        QVERIFY(plan.utterances.isEmpty());
    else // the words as shown, with the visitor's language's voice, and nothing else
        QCOMPARE(plan.utterances, (Utterances{Utterance{words, QStringLiteral("cy")}}));
}

void TestCueSpeech::offIsSilent_data()
{
    QTest::addColumn<CueSpeech::Cue>("cue");
    QTest::newRow("progress") << CueSpeech::Cue::QuickExitProgress;
    QTest::newRow("expired") << CueSpeech::Cue::QuickExitExpired;
    QTest::newRow("leaving") << CueSpeech::Cue::QuickExitLeaving;
    QTest::newRow("more below") << CueSpeech::Cue::MoreBelow;
}

void TestCueSpeech::offIsSilent()
{
    QFETCH(CueSpeech::Cue, cue);
    const CueSpeech::Plan plan =
        CueSpeech::of(cue, QStringLiteral("More below"), QStringLiteral("en"), false);
    QCOMPARE(plan, CueSpeech::Plan{});
}

void TestCueSpeech::nothingToSayIsNotSaid()
{
    // A press count with no words (a third press is "Loading.", not a count).
    QCOMPARE(
        CueSpeech::of(CueSpeech::Cue::QuickExitProgress, QString(), QStringLiteral("en"), true),
        CueSpeech::Plan{});
}

QTEST_GUILESS_MAIN(TestCueSpeech)
#include "TestCueSpeech.moc"
