// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/ContentVocabulary.h"
#include "core/loading/ContentLoader.h"

#include <QFile>
#include <QHash>
#include <QTest>

#include <algorithm>

// The built-in UK content compiled into the binary: valid, every number exactly as services.md
// writes it, every pathway short, danger first, and every text in English and Welsh.
class TestBuiltInContent : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void validatesWithoutErrors();
    void numbersMatchServicesMd_data();
    void numbersMatchServicesMd();
    void everyNumberIsInTheBuiltInContent();
    void numbersAppearVerbatimInTheSpec();
    void everyOutcomeIsWithinThreeChoices();
    void dangerQuestionsSendYesTo999();
    void everyQuestionHasANotSureAnswer();
    void everyTextHasEveryLanguage();
    void everyTranslationIsMarkedForReview();
    void confirmFactsAreFlaggedWithANote();
    void emergencyStripIs999TextRelayAndBsl();
    void stopItNowHoursAreAsPublished();
    void bankHolidaysCoverTheReviewPeriod();

private:
    Content m_content;
    QList<ContentIssue> m_issues;
};

namespace {

struct ExpectedNumber
{
    const char *service;
    const char *channel;
    ChannelType type;
    const char *value;
};

// The numbers of services.md, typed in here independently of uk.json.
const ExpectedNumber expectedNumbers[] = {
    {"stop-it-now", "helpline", ChannelType::Phone, "0808 1000 900"},
    {"stop-it-now", "ireland", ChannelType::Phone, "+44 1372 847 161"},
    {"childline", "phone", ChannelType::Phone, "0800 1111"},
    {"nspcc", "phone", ChannelType::Phone, "0808 800 5000"},
    {"nspcc", "email", ChannelType::Email, "help@nspcc.org.uk"},
    {"police", "999", ChannelType::Phone, "999"},
    {"police", "101", ChannelType::Phone, "101"},
    {"police", "textphone-101", ChannelType::Textphone, "18001 101"},
    {"police", "text-relay-999", ChannelType::Textphone, "18000"},
    {"police", "emergency-sms", ChannelType::Text, "999"},
    {"police", "999-bsl", ChannelType::VideoRelay, "999"},
    {"samaritans", "phone", ChannelType::Phone, "116 123"},
    {"samaritans", "email", ChannelType::Email, "jo@samaritans.org"},
    {"samaritans", "welsh-language", ChannelType::Phone, "0808 164 0123"},
    {"shout", "text", ChannelType::Text, "85258"},
    {"crimestoppers", "phone", ChannelType::Phone, "0800 555 111"},
    {"napac", "phone", ChannelType::Phone, "0808 801 0331"},
    {"live-fear-free", "helpline", ChannelType::Phone, "0808 80 10 800"},
    {"live-fear-free", "text", ChannelType::Text, "07860 077333"},
    {"meic", "phone", ChannelType::Phone, "080880 23456"},
    {"meic", "text", ChannelType::Text, "84001"},
    {"lifeline", "phone", ChannelType::Phone, "0808 808 8000"},
    {"lifeline", "textphone", ChannelType::Textphone, "18001 0808 808 8000"},
};

// The project's reviewed list of facts sits next to the source tree (../shared/spec), in CI too.
const QString specPath = QStringLiteral(SIGNPOST_SOURCE_DIR "/../shared/spec/services.md");

QString spec()
{
    QFile file(specPath);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QList<LocalizedText> allTexts(const Content &content)
{
    QList<LocalizedText> texts = content.campaignMessages;
    for (const Service &service : content.services) {
        texts << service.name << service.description;
        for (const Channel &channel : service.channels)
            texts << channel.label;
    }
    for (const PathwayNode &node : content.nodes) {
        texts << node.text;
        for (const Answer &answer : node.answers)
            texts << answer.text;
        if (node.isOutcome())
            texts << node.message;
    }
    return texts;
}

} // namespace

void TestBuiltInContent::initTestCase()
{
    const ContentLoader::Result result =
        ContentLoader::loadFile(ContentLoader::builtInPath(), QDate(2026, 11, 28));
    m_issues = result.issues;
    QVERIFY(result.content.has_value());
    m_content = *result.content;
}

void TestBuiltInContent::validatesWithoutErrors()
{
    for (const ContentIssue &issue : std::as_const(m_issues)) {
        QVERIFY2(issue.severity == ContentIssue::Severity::Warning, qPrintable(issue.toString()));
        // The only warnings are the flags staff must see: facts to confirm, Welsh to review.
        QVERIFY2(issue.message.startsWith(QLatin1String("needs confirming: ")) ||
                     issue.pointer.startsWith(QLatin1String("/metadata/localesNeedingReview")),
                 qPrintable(issue.toString()));
    }
    QCOMPARE(m_content.metadata.id, QStringLiteral("uk-builtin"));
    QCOMPARE(m_content.metadata.reviewedOn, QDate(2026, 11, 28));
    QVERIFY(m_content.metadata.reviewDue > m_content.metadata.reviewedOn);
}

void TestBuiltInContent::numbersMatchServicesMd_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<ChannelType>("type");
    QTest::addColumn<QString>("value");
    for (const ExpectedNumber &number : expectedNumbers)
        QTest::addRow("%s/%s", number.service, number.channel)
            << QString::fromLatin1(number.service) << QString::fromLatin1(number.channel)
            << number.type << QString::fromLatin1(number.value);
}

void TestBuiltInContent::numbersMatchServicesMd()
{
    QFETCH(QString, service);
    QFETCH(QString, channel);
    QFETCH(ChannelType, type);
    QFETCH(QString, value);
    const Channel *found = m_content.channel({service, channel});
    QVERIFY(found);
    QCOMPARE(found->type, type);
    QCOMPARE(found->value, value);
    QCOMPARE(found->international, value.startsWith(QLatin1Char('+')));
}

void TestBuiltInContent::everyNumberIsInTheBuiltInContent()
{
    // No number in uk.json that the table above (and so services.md) does not have.
    QSet<QString> expected;
    for (const ExpectedNumber &number : expectedNumbers)
        expected << QStringLiteral("%1/%2").arg(QLatin1String(number.service),
                                                QLatin1String(number.channel));
    for (const Service &service : std::as_const(m_content.services)) {
        for (const Channel &channel : service.channels) {
            if (ContentVocabulary::isNumber(channel.type) || channel.type == ChannelType::Email)
                QVERIFY2(expected.contains(QStringLiteral("%1/%2").arg(service.id, channel.id)),
                         qPrintable(channel.value));
        }
    }
}

void TestBuiltInContent::numbersAppearVerbatimInTheSpec()
{
    // Fails, never skips: without the spec this test would prove nothing.
    const QString text = spec();
    QVERIFY2(!text.isEmpty(), qPrintable(QStringLiteral("cannot read %1").arg(specPath)));
    for (const ExpectedNumber &number : expectedNumbers)
        QVERIFY2(text.contains(QLatin1String(number.value)), number.value);
    for (const Service &service : std::as_const(m_content.services)) {
        for (const Channel &channel : service.channels) {
            if (channel.type != ChannelType::Web && channel.type != ChannelType::Chat)
                continue;
            // Addresses are written without https://www. in services.md.
            QString address = channel.value;
            address.remove(QStringLiteral("https://")).remove(QStringLiteral("www."));
            if (address.endsWith(QLatin1Char('/')))
                address.chop(1);
            QVERIFY2(text.contains(address, Qt::CaseInsensitive), qPrintable(channel.value));
        }
    }
}

void TestBuiltInContent::everyOutcomeIsWithinThreeChoices()
{
    // Walk every route from the welcome screen; the validator checks this too, but the content
    // must also reach every outcome.
    QHash<QString, int> deepest;
    QList<std::pair<QString, int>> stack{{m_content.startNode, 0}};
    while (!stack.isEmpty()) {
        const auto [id, choices] = stack.takeLast();
        const PathwayNode *node = m_content.node(id);
        QVERIFY2(node, qPrintable(id));
        QVERIFY2(choices <= 3, qPrintable(id));
        deepest[id] = std::max(deepest.value(id), choices);
        for (const Answer &answer : node->answers)
            stack.append({answer.next, choices + 1});
    }
    for (const PathwayNode &node : std::as_const(m_content.nodes))
        QVERIFY2(deepest.contains(node.id), qPrintable(node.id));
    QCOMPARE(deepest.value(QStringLiteral("myself-stop-it-now")), 3);
}

void TestBuiltInContent::dangerQuestionsSendYesTo999()
{
    int dangerQuestions = 0;
    for (const PathwayNode &node : std::as_const(m_content.nodes)) {
        if (node.text.text(QStringLiteral("en")) !=
            QLatin1String("Is a child in danger right now?"))
            continue;
        ++dangerQuestions;
        QCOMPARE(node.answers.constFirst().text.text(QStringLiteral("en")), QStringLiteral("Yes"));
        const PathwayNode *outcome = m_content.node(node.answers.constFirst().next);
        QVERIFY(outcome && outcome->isOutcome());
        const Channel *primary = m_content.channel(outcome->primary);
        QVERIFY(primary);
        QCOMPARE(primary->value, QStringLiteral("999"));
        QCOMPARE(primary->type, ChannelType::Phone);
    }
    QCOMPARE(dangerQuestions, 2); // "Someone I know" and "A child", as pathways.md says
    // And both pathways ask it first.
    const PathwayNode *welcome = m_content.node(m_content.startNode);
    QCOMPARE(welcome->answers.size(), 6); // pathways.md: six fit on one screen at 1366x768
    for (const int answer : {1, 2})
        QCOMPARE(m_content.node(welcome->answers.at(answer).next)->text.text(QStringLiteral("en")),
                 QStringLiteral("Is a child in danger right now?"));
}

void TestBuiltInContent::everyQuestionHasANotSureAnswer()
{
    // pathways.md: no dead ends, the welcome screen included.
    for (const PathwayNode &node : std::as_const(m_content.nodes)) {
        if (node.isOutcome())
            continue;
        const bool hasWayOut =
            std::any_of(node.answers.cbegin(), node.answers.cend(), [](const Answer &answer) {
                const QString text = answer.text.text(QStringLiteral("en"));
                return text.startsWith(QLatin1String("Not sure")) ||
                       text.startsWith(QLatin1String("Something else"));
            });
        QVERIFY2(hasWayOut, qPrintable(node.id));
    }
}

void TestBuiltInContent::everyTextHasEveryLanguage()
{
    // English, Welsh, and the area's most-spoken other languages (ux.md, Accessibility).
    const QStringList languages{QStringLiteral("en"), QStringLiteral("cy"), QStringLiteral("pl"),
                                QStringLiteral("ro"), QStringLiteral("ur"), QStringLiteral("pa"),
                                QStringLiteral("ar")};
    QCOMPARE(m_content.metadata.locales, languages);
    for (const LocalizedText &text : allTexts(m_content)) {
        for (const QString &language : languages) {
            QVERIFY2(text.hasLocale(language) && !text.text(language).trimmed().isEmpty(),
                     qPrintable(language + QLatin1String(": ") + text.text(QStringLiteral("en"))));
        }
    }
}

void TestBuiltInContent::everyTranslationIsMarkedForReview()
{
    // Drafts by the project, not by qualified translators: staff and --validate must say so.
    QStringList translations = m_content.metadata.locales;
    translations.removeAll(QStringLiteral("en"));
    QCOMPARE(m_content.metadata.localesNeedingReview, translations);
}

void TestBuiltInContent::confirmFactsAreFlaggedWithANote()
{
    // Every fact services.md marks CONFIRM.
    for (const char *id : {"stop-it-now", "nspcc", "shore", "napac", "meic"}) {
        const Service *service = m_content.service(QLatin1String(id));
        QVERIFY2(service && service->needsConfirming, id);
        QVERIFY(!service->needsConfirmingNote.isEmpty());
    }
    for (const auto &[service, channel] :
         {std::pair{"stop-it-now", "helpline"}, std::pair{"stop-it-now", "chat"},
          std::pair{"nspcc", "phone"}, std::pair{"shore", "chat"}, std::pair{"napac", "phone"},
          std::pair{"meic", "phone"}, std::pair{"samaritans", "welsh-language"}}) {
        const Channel *found = m_content.channel({QLatin1String(service), QLatin1String(channel)});
        QVERIFY2(found && found->needsConfirming, channel);
        QVERIFY(!found->needsConfirmingNote.isEmpty());
    }
    for (const char *id : {"childline", "police", "samaritans", "shout", "crimestoppers"})
        QVERIFY2(!m_content.service(QLatin1String(id))->needsConfirming, id);
}

void TestBuiltInContent::emergencyStripIs999TextRelayAndBsl()
{
    QStringList values;
    for (const ChannelRef &ref : std::as_const(m_content.emergency))
        values << m_content.channel(ref)->value;
    QCOMPARE(values,
             (QStringList{QStringLiteral("999"), QStringLiteral("18000"), QStringLiteral("999")}));
    QCOMPARE(m_content.channel(m_content.emergency.at(2))->type, ChannelType::VideoRelay);
}

void TestBuiltInContent::stopItNowHoursAreAsPublished()
{
    const Channel *helpline =
        m_content.channel({QStringLiteral("stop-it-now"), QStringLiteral("helpline")});
    QVERIFY(helpline);
    QList<OpeningHours::Period> expected;
    for (const Qt::DayOfWeek day : {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday})
        expected << OpeningHours::Period{day, 9 * 60, 21 * 60};
    expected << OpeningHours::Period{Qt::Friday, 9 * 60, 17 * 60};
    QCOMPARE(helpline->hours.periods(), expected);
    QCOMPARE(helpline->cost.text(QStringLiteral("en")), QStringLiteral("Free from the UK"));
    const Channel *childline =
        m_content.channel({QStringLiteral("childline"), QStringLiteral("phone")});
    QCOMPARE(childline->hours.kind(), OpeningHours::Kind::AlwaysOpen);
    const Channel *napac = m_content.channel({QStringLiteral("napac"), QStringLiteral("phone")});
    QCOMPARE(napac->hours.kind(), OpeningHours::Kind::NotStated);
}

void TestBuiltInContent::bankHolidaysCoverTheReviewPeriod()
{
    // Every nation's list runs past the review date, so no later bank holiday is read as an
    // ordinary day before the content is checked again.
    QCOMPARE(m_content.bankHolidays.byNation.keys(),
             (QStringList{QStringLiteral("england-and-wales"), QStringLiteral("northern-ireland"),
                          QStringLiteral("scotland")}));
    for (const QList<QDate> &dates : std::as_const(m_content.bankHolidays.byNation)) {
        QVERIFY(dates.contains(QDate(2026, 12, 25)));
        QVERIFY(*std::max_element(dates.cbegin(), dates.cend()) >= m_content.metadata.reviewDue);
    }
    QVERIFY(m_content.bankHolidays.contains(QDate(2027, 3, 17)));  // St Patrick's Day (NI)
    QVERIFY(m_content.bankHolidays.contains(QDate(2027, 8, 2)));   // summer (Scotland)
    QVERIFY(!m_content.bankHolidays.contains(QDate(2027, 1, 13))); // an ordinary Wednesday
}

QTEST_GUILESS_MAIN(TestBuiltInContent)
#include "TestBuiltInContent.moc"
