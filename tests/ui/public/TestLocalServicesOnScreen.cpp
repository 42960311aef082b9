// SPDX-License-Identifier: GPL-3.0-or-later
#include "KioskTestSupport.h"
#include "core/loading/ContentLoader.h"
#include "core/packs/LocalPackValidation.h"
#include "core/staff/HandoutCard.h"
#include "ui/public/screens/ChannelCard.h"
#include "ui/public/screens/OutcomeScreen.h"

#include <QLabel>
#include <QTest>

// What a visitor sees of a local overlay pack, clicking through the real screens: its service
// as one more ordinary alternative card on the outcome it names, after the national ones, and
// a "Help near here" answer (in the visitor's language) leading to the local outcome.
class TestLocalServicesOnScreen : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void localAlternativeIsAnOrdinaryCard();
    void helpNearHereLeadsToTheLocalOutcome_data();
    void takeAwayCardSaysLocal();
    void helpNearHereLeadsToTheLocalOutcome();

private:
    Content m_merged;
    const QDateTime m_afternoon{QDate(2027, 1, 13), QTime(14, 0), OpeningHours::ukTimeZone()};
};

void TestLocalServicesOnScreen::initTestCase()
{
    const QDate today = m_afternoon.date();
    const ContentLoader::Result national =
        ContentLoader::loadFile(ContentLoader::builtInPath(), today);
    QVERIFY(national.content);
    const LocalPackValidation::Result local = LocalPackValidation::checkFile(
        QStringLiteral(SIGNPOST_SOURCE_DIR "/tests/core/fixtures/local/valid/example-area.json"),
        *national.content, today);
    QVERIFY(local.merged);
    m_merged = *local.merged;
}

void TestLocalServicesOnScreen::localAlternativeIsAnOrdinaryCard()
{
    KioskWindow window(m_merged, Clock::fixed(m_afternoon));
    window.resize(1366, 768);
    window.show();
    // "I saw something online I want to report" → "Something else, or not sure".
    QVERIFY(KioskTestSupport::clickRoute(window, {4, 3}));
    QCOMPARE(window.outcomeScreen()->outcomeId(), QStringLiteral("report-not-sure"));
    const QList<ChannelCard *> cards = window.outcomeScreen()->cards();
    QCOMPARE(cards.size(), 4); // NSPCC, its online form, police 101, then the local service
    ChannelCard *local = cards.constLast();
    QCOMPARE(local->ref().service, QStringLiteral("example-childrens-services"));
    QCOMPARE(local->objectName(), QStringLiteral("alternativeCard"));
    QVERIFY(local->isVisible());
    QCOMPARE(local->valueText(), QStringLiteral("01632 960192"));
    const QLabel *name = local->findChild<QLabel *>(QStringLiteral("serviceName"));
    QVERIFY(name);
    QVERIFY(name->text().startsWith(QLatin1String("Example Council children's services")));
    // The national cards keep their order ahead of it.
    QCOMPARE(cards.at(0)->ref().service, QStringLiteral("nspcc"));
    QCOMPARE(cards.at(2)->ref().service, QStringLiteral("police"));
}

void TestLocalServicesOnScreen::helpNearHereLeadsToTheLocalOutcome_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("answer");
    QTest::newRow("en") << "en"
                        << "Help near here";
    QTest::newRow("cy") << "cy"
                        << "Help yn yr ardal hon";
}

void TestLocalServicesOnScreen::helpNearHereLeadsToTheLocalOutcome()
{
    QFETCH(QString, language);
    QFETCH(QString, answer);
    KioskWindow window(m_merged, Clock::fixed(m_afternoon));
    window.resize(1366, 768);
    window.show();
    window.visit()->setLanguage(language);
    // "A child or young person I'm worried about" → "No" (not in danger now).
    QVERIFY(KioskTestSupport::clickRoute(window, {2, 1}));
    AnswerButton *help = KioskTestSupport::answerButton(window, 3);
    QVERIFY(help);
    QCOMPARE(help->answerText(), answer);
    // "Something else, or not sure" is still the last answer.
    QVERIFY(KioskTestSupport::answerButton(window, 4));
    QVERIFY(!KioskTestSupport::answerButton(window, 5));
    QVERIFY(KioskTestSupport::clickRoute(window, {3}));
    QCOMPARE(window.outcomeScreen()->outcomeId(), QStringLiteral("example-child-local"));
    const QList<ChannelCard *> cards = window.outcomeScreen()->cards();
    QVERIFY(!cards.isEmpty());
    QCOMPARE(cards.constFirst()->objectName(), QStringLiteral("primaryCard"));
    QCOMPARE(cards.constFirst()->valueText(), QStringLiteral("01632 960192"));
}

void TestLocalServicesOnScreen::takeAwayCardSaysLocal()
{
    const Service *local = m_merged.service(QStringLiteral("example-childrens-services"));
    QVERIFY(local);
    const HandoutCard card = HandoutCard::forService(*local, QStringLiteral("en"));
    QVERIFY(card.local);
    QCOMPARE(card.neutralLine, QStringLiteral("Help and advice · Local service"));
    const HandoutCard national = HandoutCard::forService(
        *m_merged.service(QStringLiteral("childline")), QStringLiteral("en"));
    QVERIFY(!national.local);
    QVERIFY(!national.neutralLine.contains(QLatin1String("Local")));
}

QTEST_MAIN(TestLocalServicesOnScreen)
#include "TestLocalServicesOnScreen.moc"
