// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/CampaignAudiences.h"
#include "core/hours/OpeningHours.h"
#include "core/hours/OutcomeAvailability.h"
#include "core/loading/ContentLoader.h"
#include "core/speech/ChannelSpeech.h"
#include "core/speech/ContentSpeech.h"
#include "core/speech/ScreenSpeech.h"
#include "core/speech/SpeechWords.h"
#include "core/speech/SpokenNumber.h"
#include "core/visit/PathwayRoutes.h"
#include "core/visit/VisitModel.h"

#include <QTest>

namespace {

const QStringList languages{QStringLiteral("en"), QStringLiteral("cy"), QStringLiteral("pl"),
                            QStringLiteral("ro"), QStringLiteral("ur"), QStringLiteral("pa"),
                            QStringLiteral("ar")};

Content builtIn()
{
    return *ContentLoader::loadFile(ContentLoader::builtInPath(), QDate(2026, 11, 28)).content;
}

QDateTime weekdayAfternoon()
{
    return QDateTime(QDate(2025, 1, 15), QTime(14, 0), OpeningHours::ukTimeZone());
}

QStringList textsOf(const Utterances &utterances)
{
    QStringList texts;
    for (const Utterance &utterance : utterances)
        texts << utterance.text;
    return texts;
}

} // namespace

// Every public screen's transcript, from the visit alone: heading, every choice with its place,
// every number digit by digit (the primary twice), in each of the seven languages.
class TestScreenSpeech : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void questionsReadHeadingAndEveryChoice_data();
    void questionsReadHeadingAndEveryChoice();
    void outcomesReadEveryNumberDigitByDigit_data();
    void outcomesReadEveryNumberDigitByDigit();
    void everyUtteranceIsInTheVisitLanguage_data();
    void everyUtteranceIsInTheVisitLanguage();
    void untranslatedContentIsReadByTheEnglishVoice();
    void theVisitModelGivesTheScreenItIsOn();
    void privacyAndAttractAreRead();
    void qrCodesAreDescribed();

private:
    Content m_content;
};

void TestScreenSpeech::initTestCase()
{
    m_content = builtIn();
    QVERIFY(!m_content.nodes.isEmpty());
}

void TestScreenSpeech::questionsReadHeadingAndEveryChoice_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("node");
    for (const QString &language : languages) {
        for (const PathwayNode &node : std::as_const(m_content.nodes)) {
            if (!node.isOutcome())
                QTest::addRow("%s %s", qPrintable(language), qPrintable(node.id))
                    << language << node.id;
        }
    }
}

void TestScreenSpeech::questionsReadHeadingAndEveryChoice()
{
    QFETCH(QString, language);
    QFETCH(QString, node);
    const PathwayNode *question = m_content.node(node);
    QVERIFY(question);
    const bool welcome = node == m_content.startNode;
    const Utterances said = welcome ? ScreenSpeech::welcome(m_content, *question, language)
                                    : ScreenSpeech::question(*question, language);
    const QStringList texts = textsOf(said);
    QCOMPARE(texts.value(0), ContentSpeech::of(question->text, language).text);
    const int count = int(question->answers.size());
    int previous = 0;
    for (int i = 0; i < count; ++i) {
        const QString choice = SpeechWords::choice(
            ContentSpeech::withoutDirectionMarks(question->answers.at(i).text.text(language)),
            i + 1, count);
        const int at = int(texts.indexOf(choice));
        QVERIFY2(at > previous, qPrintable(choice)); // after the heading, in order
        previous = at;
    }
    if (welcome) // the emergency line, 999 digit by digit
        QVERIFY(texts.join(QLatin1Char('\n')).contains(QStringLiteral("9 9 9")));
}

void TestScreenSpeech::outcomesReadEveryNumberDigitByDigit_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("node");
    for (const QString &language : languages) {
        for (const PathwayNode &node : std::as_const(m_content.nodes)) {
            if (node.isOutcome())
                QTest::addRow("%s %s", qPrintable(language), qPrintable(node.id))
                    << language << node.id;
        }
    }
}

void TestScreenSpeech::outcomesReadEveryNumberDigitByDigit()
{
    QFETCH(QString, language);
    QFETCH(QString, node);
    const PathwayNode *outcome = m_content.node(node);
    QVERIFY(outcome);
    const Utterances said =
        ScreenSpeech::outcome(m_content, *outcome, language, weekdayAfternoon());
    const QStringList texts = textsOf(said);
    QCOMPARE(texts.value(0), ContentSpeech::of(outcome->text, language).text);

    const OutcomeAvailability availability(m_content, *outcome, weekdayAfternoon());
    const QList<ChannelAvailability> cards = availability.inShowingOrder();
    QVERIFY(!cards.isEmpty());
    for (int i = 0; i < cards.size(); ++i) {
        const Channel *channel = cards.at(i).channel();
        const Service *service = cards.at(i).service();
        QVERIFY(channel && service);
        QVERIFY2(texts.contains(
                     SpokenNumber::inText(ChannelSpeech::cardName(*service, *channel, language))),
                 qPrintable(service->id));
        if (!ChannelSpeech::isNumber(*channel)) {
            QVERIFY(texts.contains(ChannelSpeech::shownAddress(*channel)));
            continue;
        }
        const QString digits = SpokenNumber::digits(channel->value);
        QVERIFY2(texts.contains(digits), qPrintable(digits));
        // The first card's number a second time, so it can be dialled; only the first's.
        if (i == 0)
            QCOMPARE(texts.count(SpeechWords::again(digits)), 1);
    }
}

void TestScreenSpeech::everyUtteranceIsInTheVisitLanguage_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : languages)
        QTest::newRow(qPrintable(language)) << language;
}

void TestScreenSpeech::everyUtteranceIsInTheVisitLanguage()
{
    QFETCH(QString, language);
    // The built-in content has every text in every language: nothing falls back to English.
    for (const PathwayNode &node : std::as_const(m_content.nodes)) {
        const Utterances said =
            node.isOutcome() ? ScreenSpeech::outcome(m_content, node, language, weekdayAfternoon())
                             : ScreenSpeech::question(node, language);
        for (const Utterance &utterance : said) {
            QVERIFY2(utterance.language == language, qPrintable(utterance.text));
            QVERIFY(!utterance.text.trimmed().isEmpty());
        }
    }
}

void TestScreenSpeech::untranslatedContentIsReadByTheEnglishVoice()
{
    PathwayNode node;
    node.id = QStringLiteral("q");
    node.text = LocalizedText(QStringLiteral("Who are you worried about?"));
    node.text.setText(QStringLiteral("cy"), QStringLiteral("Am bwy ydych chi'n poeni?"));
    Answer answer;
    answer.text = LocalizedText(QStringLiteral("Myself")); // no Welsh: the screen shows English
    node.answers << answer << answer;
    const Utterances said = ScreenSpeech::question(node, QStringLiteral("cy"));
    QCOMPARE(said.size(), 3);
    QCOMPARE(said.at(0).language, QStringLiteral("cy"));
    QCOMPARE(said.at(1).language, QStringLiteral("en"));
    QCOMPARE(said.at(1).text, SpeechWords::choice(QStringLiteral("Myself"), 1, 2));
}

void TestScreenSpeech::theVisitModelGivesTheScreenItIsOn()
{
    VisitModel visit(m_content);
    visit.setLanguage(QStringLiteral("pl"));
    const PathwayNode *start = m_content.node(m_content.startNode);
    QCOMPARE(ScreenSpeech::of(visit, weekdayAfternoon()),
             ScreenSpeech::welcome(m_content, *start, QStringLiteral("pl")));
    const std::optional<PathwayRoutes::Route> route = PathwayRoutes::firstTo(
        m_content, m_content.nodes.constLast().id); // some node past the start
    QVERIFY(route);
    for (const int answer : route->answers)
        QVERIFY(visit.choose(answer));
    QCOMPARE(textsOf(ScreenSpeech::of(visit, weekdayAfternoon())).value(0),
             ContentSpeech::of(visit.currentNode()->text, QStringLiteral("pl")).text);
    visit.resetToAttract();
    QCOMPARE(ScreenSpeech::of(visit, weekdayAfternoon()),
             ScreenSpeech::attract(m_content, visit.language()));
}

void TestScreenSpeech::privacyAndAttractAreRead()
{
    const Utterances privacy = ScreenSpeech::privacy(QStringLiteral("en"));
    QCOMPARE(privacy.size(), 10);
    QCOMPARE(privacy.constFirst().text, QStringLiteral("How this screen protects your privacy"));
    const QStringList attract = textsOf(ScreenSpeech::attract(m_content, QStringLiteral("en")));
    QVERIFY(attract.contains(SpeechWords::howToTurnOn()));
    QVERIFY(attract.contains(m_content.campaignMessages.constFirst().text(QStringLiteral("en"))));
    // The three audiences with their numbers, digit by digit, as the screen shows them.
    QVERIFY(attract.contains(QStringLiteral("Worried about a child?")));
    for (const CampaignAudiences::Entry &entry : CampaignAudiences::of(m_content)) {
        const Channel *channel = m_content.channel(entry.phone);
        QVERIFY(channel);
        QVERIFY2(attract.contains(SpokenNumber::digits(channel->value)),
                 qPrintable(channel->value));
    }
}

void TestScreenSpeech::qrCodesAreDescribed()
{
    int described = 0;
    for (const PathwayNode &node : std::as_const(m_content.nodes)) {
        if (!node.isOutcome())
            continue;
        const QStringList texts = textsOf(
            ScreenSpeech::outcome(m_content, node, QStringLiteral("en"), weekdayAfternoon()));
        for (const QString &text : texts)
            described += text.startsWith(QLatin1String("A QR code that opens ")) ? 1 : 0;
    }
    QVERIFY(described > 0);
    QCOMPARE(SpeechWords::qrCode(QStringLiteral("childline.org.uk")),
             QStringLiteral("A QR code that opens childline.org.uk on your phone."));
}

QTEST_GUILESS_MAIN(TestScreenSpeech)
#include "TestScreenSpeech.moc"
