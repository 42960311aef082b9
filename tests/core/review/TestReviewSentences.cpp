// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/ContentLoader.h"
#include "core/review/ReviewSentences.h"

#include <QSet>
#include <QTest>

// Every sentence a visitor can see, for the review pack and sheet: every content text once,
// Signpost's own words from the compiled catalogues, grouped by screen in visit order.
class TestReviewSentences : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyContentTextOnce();
    void idsAreUnique();
    void ownWordsWithTheirTranslation_data();
    void ownWordsWithTheirTranslation();
    void screensInVisitOrder();
    void numbersAreNotTranslated();
    void missingTranslationIsEmpty();

private:
    Content m_content;
    ReviewSentences::Catalogues m_catalogues;
    QList<ReviewSentence> m_sentences;
};

void TestReviewSentences::initTestCase()
{
    const ContentLoader::Result loaded =
        ContentLoader::loadFile(ContentLoader::builtInPath(), QDate(2026, 12, 1));
    QVERIFY(loaded.content);
    m_content = *loaded.content;
    for (const QString &language : {QStringLiteral("cy"), QStringLiteral("ar")}) {
        const auto messages = CompiledTranslations::messagesOfFile(
            QStringLiteral(QM_DIR "/signpost_%1.qm").arg(language));
        QVERIFY2(!messages.isEmpty(), "build signpost_ui first: it compiles the catalogues");
        m_catalogues.insert(language, messages);
    }
    m_sentences = ReviewSentences::collect(
        m_content, {QStringLiteral("en"), QStringLiteral("cy"), QStringLiteral("ar")},
        m_catalogues);
}

void TestReviewSentences::everyContentTextOnce()
{
    QMultiHash<QString, QString> englishById;
    for (const ReviewSentence &sentence : std::as_const(m_sentences))
        englishById.insert(sentence.english, sentence.id);
    const auto expect = [&englishById](const LocalizedText &text) {
        if (!text.isEmpty())
            QVERIFY2(englishById.contains(text.text(QStringLiteral("en"))),
                     qPrintable(text.text(QStringLiteral("en"))));
    };
    for (const Service &service : std::as_const(m_content.services)) {
        expect(service.name);
        expect(service.description);
        expect(service.whatHappens);
        expect(service.confidentialityNote);
        for (const Channel &channel : service.channels) {
            expect(channel.label);
            expect(channel.howTo);
            expect(channel.cost);
            QVERIFY2(englishById.contains(channel.value), qPrintable(channel.value));
        }
    }
    for (const PathwayNode &node : std::as_const(m_content.nodes)) {
        expect(node.text);
        expect(node.message);
        for (const Answer &answer : node.answers)
            expect(answer.text);
    }
    for (const LocalizedText &message : std::as_const(m_content.campaignMessages))
        expect(message);
}

void TestReviewSentences::idsAreUnique()
{
    QSet<QString> ids;
    for (const ReviewSentence &sentence : std::as_const(m_sentences)) {
        QVERIFY2(!ids.contains(sentence.id), qPrintable(sentence.id));
        ids.insert(sentence.id);
    }
}

void TestReviewSentences::ownWordsWithTheirTranslation_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("screen");
    QTest::newRow("leave button") << "LeaveButton"
                                  << "Leave this screen"
                                  << "On every screen";
    QTest::newRow("attract") << "AttractScreen"
                             << "Touch anywhere to start"
                             << "Attract screen (between visits)";
}

void TestReviewSentences::ownWordsWithTheirTranslation()
{
    QFETCH(QString, context);
    QFETCH(QString, english);
    const auto found =
        std::find_if(m_sentences.cbegin(), m_sentences.cend(), [&](const ReviewSentence &sentence) {
            return sentence.id.startsWith(QStringLiteral("app/%1/").arg(context)) &&
                   sentence.english == english;
        });
    QVERIFY(found != m_sentences.cend());
    QCOMPARE(found->origin, ReviewSentence::Origin::App);
    QTEST(found->screen, "screen");
    QVERIFY(!found->translations.value(QStringLiteral("cy")).isEmpty());
    QVERIFY(!found->translations.value(QStringLiteral("ar")).isEmpty());
    QVERIFY(!found->translations.contains(QStringLiteral("en")));
}

void TestReviewSentences::screensInVisitOrder()
{
    const QStringList screens = ReviewSentences::screens(m_sentences);
    const auto at = [&screens](const QString &prefix) {
        for (qsizetype i = 0; i < screens.size(); ++i) {
            if (screens[i].startsWith(prefix))
                return int(i);
        }
        return -1;
    };
    QVERIFY(at(QStringLiteral("Attract")) >= 0);
    QVERIFY(at(QStringLiteral("Attract")) < at(QStringLiteral("Welcome screen")));
    QVERIFY(at(QStringLiteral("Welcome screen")) < at(QStringLiteral("Question '")));
    QVERIFY(at(QStringLiteral("Question '")) < at(QStringLiteral("Outcome '")));
    QVERIFY(at(QStringLiteral("Outcome '")) < at(QStringLiteral("Service on outcome screens")));
    QVERIFY(at(QStringLiteral("Service on outcome screens")) < at(QStringLiteral("Privacy")));
    // Each screen is one run: sentences of a screen are never split apart.
    QCOMPARE(screens.size(), QSet<QString>(screens.cbegin(), screens.cend()).size());
    QString previous;
    int runs = 0;
    for (const ReviewSentence &sentence : std::as_const(m_sentences)) {
        runs += sentence.screen != previous ? 1 : 0;
        previous = sentence.screen;
    }
    QCOMPARE(runs, screens.size());
}

void TestReviewSentences::numbersAreNotTranslated()
{
    int literals = 0;
    for (const ReviewSentence &sentence : std::as_const(m_sentences)) {
        if (sentence.origin != ReviewSentence::Origin::Literal)
            continue;
        ++literals;
        QVERIFY(sentence.translations.isEmpty());
        QVERIFY(sentence.id.endsWith(QLatin1String("/value")));
    }
    QVERIFY(literals > 20);
}

void TestReviewSentences::missingTranslationIsEmpty()
{
    Content content = m_content;
    content.campaignMessages = {LocalizedText(QStringLiteral("Only English"))};
    const QList<ReviewSentence> sentences =
        ReviewSentences::collect(content, {QStringLiteral("cy")}, {});
    QCOMPARE(sentences.constFirst().id, QStringLiteral("campaign/0"));
    QVERIFY(sentences.constFirst().translations.contains(QStringLiteral("cy")));
    QVERIFY(sentences.constFirst().translations.value(QStringLiteral("cy")).isEmpty());
}

QTEST_GUILESS_MAIN(TestReviewSentences)
#include "TestReviewSentences.moc"
