// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/ContentLoader.h"
#include "core/visit/PathwayRoutes.h"

#include <QTest>

// The routes of the built-in content, checked against pathways.md: the survivor route, danger
// first on every outcome where a child may be at risk, Childline for every young person, and
// eligibility (the validator checks the ages; these check the content uses them).
class TestBuiltInPathways : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void survivorsReachNapacWithAnOpenAlternative();
    void survivorsNeverReadNeverTooLateToStop();
    void everyOutcomeWhereAChildMayBeAtRiskSays999_data();
    void everyOutcomeWhereAChildMayBeAtRiskSays999();
    void everyOutcomeAYoungPersonCanReachOffersChildline();
    void answersGiveTheVisitorsAge();
    void servicesCarryTheirAges();
    void under13sAreToldAboutChildlineWhereShoreLeads();

private:
    static QString en(const LocalizedText &text) { return text.text(QStringLiteral("en")); }
    static bool offers(const PathwayNode &outcome, const QString &service);
    Content m_content;
    QList<PathwayRoutes::Route> m_routes;
};

namespace {

const QStringList languages{QStringLiteral("en"), QStringLiteral("cy"), QStringLiteral("pl"),
                            QStringLiteral("ro"), QStringLiteral("ur"), QStringLiteral("pa"),
                            QStringLiteral("ar")};

// The answers after which the myself route speaks to people who may harm: only there may an
// outcome say "It is never too late to stop".
const QStringList harmAnswers{QStringLiteral("Looking at sexual images of under-18s online"),
                              QStringLiteral("Sexual thoughts about children"),
                              QStringLiteral("Something I have done")};

} // namespace

bool TestBuiltInPathways::offers(const PathwayNode &outcome, const QString &service)
{
    if (outcome.primary.service == service)
        return true;
    return std::any_of(outcome.alternatives.cbegin(), outcome.alternatives.cend(),
                       [&service](const ChannelRef &ref) { return ref.service == service; });
}

void TestBuiltInPathways::initTestCase()
{
    const ContentLoader::Result result =
        ContentLoader::loadFile(ContentLoader::builtInPath(), QDate(2026, 11, 28));
    QVERIFY(result.content.has_value());
    m_content = *result.content;
    m_routes = PathwayRoutes::all(m_content);
    QVERIFY(m_routes.size() > 20);
}

void TestBuiltInPathways::survivorsReachNapacWithAnOpenAlternative()
{
    // From the welcome's "Something else, or not sure", and from "Myself" (18 or over).
    QStringList reachedFrom;
    for (const PathwayRoutes::Route &route : std::as_const(m_routes)) {
        if (route.nodes.constLast() != QLatin1String("survivor"))
            continue;
        const PathwayNode *welcome = m_content.node(m_content.startNode);
        reachedFrom << en(welcome->answers.at(route.answers.constFirst()).text);
    }
    QCOMPARE(reachedFrom, (QStringList{QStringLiteral("Myself — my own thoughts or behaviour"),
                                       QStringLiteral("Something else, or not sure")}));
    const PathwayNode *survivor = m_content.node(QStringLiteral("survivor"));
    QCOMPARE(survivor->primary.service, QStringLiteral("napac"));
    // NAPAC answers few calls (services.md): a 24-hour line is always there too.
    const Channel *samaritans =
        m_content.channel({QStringLiteral("samaritans"), QStringLiteral("phone")});
    QVERIFY(survivor->alternatives.contains(
        ChannelRef{QStringLiteral("samaritans"), QStringLiteral("phone")}));
    QCOMPARE(samaritans->hours.kind(), OpeningHours::Kind::AlwaysOpen);
}

void TestBuiltInPathways::survivorsNeverReadNeverTooLateToStop()
{
    int harmOutcomes = 0;
    for (const PathwayRoutes::Route &route : std::as_const(m_routes)) {
        const PathwayNode *outcome = m_content.node(route.nodes.constLast());
        if (!en(outcome->message).contains(QLatin1String("never too late")))
            continue;
        ++harmOutcomes;
        const PathwayNode *question = m_content.node(route.nodes.at(route.nodes.size() - 2));
        const QString answer = en(question->answers.at(route.answers.constLast()).text);
        QVERIFY2(harmAnswers.contains(answer),
                 qPrintable(answer + QLatin1String(" → ") + outcome->id));
    }
    QCOMPARE(harmOutcomes, harmAnswers.size());
}

void TestBuiltInPathways::everyOutcomeWhereAChildMayBeAtRiskSays999_data()
{
    QTest::addColumn<QString>("outcome");
    for (const PathwayNode &node : std::as_const(m_content.nodes)) {
        // danger-999 is the 999 call itself; survivors are adults speaking of their past.
        if (node.isOutcome() && node.id != QLatin1String("danger-999") &&
            node.id != QLatin1String("survivor"))
            QTest::newRow(qPrintable(node.id)) << node.id;
    }
}

void TestBuiltInPathways::everyOutcomeWhereAChildMayBeAtRiskSays999()
{
    QFETCH(QString, outcome);
    const PathwayNode *node = m_content.node(outcome);
    for (const QString &language : languages)
        QVERIFY2(node->message.text(language).contains(QLatin1String("999")),
                 qPrintable(language + QLatin1String(": ") + node->message.text(language)));
}

void TestBuiltInPathways::everyOutcomeAYoungPersonCanReachOffersChildline()
{
    // Through "A child or young person I'm worried about" (a teenager may choose it too), "I'm
    // under 18", or any answer that says the visitor is under 18 or has not given their age.
    const PathwayNode *welcome = m_content.node(m_content.startNode);
    for (const PathwayRoutes::Route &route : std::as_const(m_routes)) {
        bool young = false;
        for (int step = 0; step < route.answers.size(); ++step) {
            const Answer &answer =
                m_content.node(route.nodes.at(step))->answers.at(route.answers.at(step));
            young =
                young || answer.ageBand == AgeBand::Under18 || answer.ageBand == AgeBand::Unknown;
        }
        const QString first = en(welcome->answers.at(route.answers.constFirst()).text);
        young = young || first.startsWith(QLatin1String("A child or young person"));
        const PathwayNode *outcome = m_content.node(route.nodes.constLast());
        if (!young || outcome->id == QLatin1String("danger-999"))
            continue;
        QVERIFY2(offers(*outcome, QStringLiteral("childline")), qPrintable(outcome->id));
    }
}

void TestBuiltInPathways::answersGiveTheVisitorsAge()
{
    const PathwayNode *age = m_content.node(QStringLiteral("myself-age"));
    QCOMPARE(age->answers.at(0).ageBand, AgeBand::Under18);
    QCOMPARE(age->answers.at(1).ageBand, AgeBand::EighteenOrOver);
    QCOMPARE(age->answers.at(2).ageBand, AgeBand::Unknown);
    const PathwayNode *welcome = m_content.node(m_content.startNode);
    QCOMPARE(en(welcome->answers.at(2).text),
             QStringLiteral("A child or young person I'm worried about"));
    QCOMPARE(welcome->answers.at(2).ageBand, AgeBand::NotAsked); // an adult worried about a child
    QCOMPARE(welcome->answers.at(3).ageBand, AgeBand::Under18);
}

void TestBuiltInPathways::servicesCarryTheirAges()
{
    // services.md and pathways.md: Shore 13–18, Childline under 19, Report Remove under 18;
    // NSPCC Helpline, Stop It Now! and NAPAC for adults; Meic under 25.
    const auto ages = [this](const char *service, const char *channel) {
        return m_content.ages({QLatin1String(service), QLatin1String(channel)});
    };
    QCOMPARE(ages("shore", "chat"), (AgeRange{13, 18}));
    QCOMPARE(ages("childline", "phone"), (AgeRange{std::nullopt, 18}));
    QCOMPARE(ages("childline", "report-remove"), (AgeRange{std::nullopt, 17}));
    QCOMPARE(ages("nspcc", "phone"), (AgeRange{18, std::nullopt}));
    QCOMPARE(ages("stop-it-now", "helpline"), (AgeRange{18, std::nullopt}));
    QCOMPARE(ages("napac", "phone"), (AgeRange{18, std::nullopt}));
    QCOMPARE(ages("meic", "phone"), (AgeRange{std::nullopt, 24}));
    QCOMPARE(ages("police", "999"), AgeRange{});
}

void TestBuiltInPathways::under13sAreToldAboutChildlineWhereShoreLeads()
{
    int shoreOutcomes = 0;
    for (const PathwayNode &node : std::as_const(m_content.nodes)) {
        if (!node.isOutcome() || node.primary.service != QLatin1String("shore"))
            continue;
        ++shoreOutcomes;
        QCOMPARE(node.alternatives.constFirst().service, QStringLiteral("childline"));
        QVERIFY2(en(node.message).contains(QLatin1String("Under 13? Talk to Childline.")),
                 qPrintable(node.id));
    }
    QCOMPARE(shoreOutcomes, 2); // myself-under-18 and young-own
}

QTEST_GUILESS_MAIN(TestBuiltInPathways)
#include "TestBuiltInPathways.moc"
