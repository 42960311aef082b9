// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/ContentFileGuard.h"
#include "core/loading/ContentLoader.h"
#include "core/loading/JsonPointer.h"
#include "core/loading/PhoneNumberRule.h"
#include "core/startup/ActiveContent.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

struct FixtureRow
{
    const char *name; // the file under fixtures/content/invalid or warnings, without .json
    const char *pointer;
    const char *message; // a part of the message that must appear
};

// Loading and validating content: every broken fixture under tests/core/fixtures/content is
// refused (or warned about) at the exact JSON pointer, with a message an author can act on.
class TestContentLoader : public QObject
{
    Q_OBJECT
private slots:
    void loadsTheValidFixture();
    void refusesBrokenContent_data();
    void refusesBrokenContent();
    void warnsButLoads_data();
    void warnsButLoads();
    void everyFixtureHasATestRow();
    void unknownFieldsAreWarnedAboutInKeyOrder_data();
    void unknownFieldsAreWarnedAboutInKeyOrder();
    void refusesAHugeFileWithoutReadingIt();
    void refusesDeepNestingQuickly();
    void issueLineNamesFileAndPointer();
    void jsonPointerEscapes();
    void phoneNumberRule_data();
    void phoneNumberRule();
    void fallsBackToBuiltInContentWhenConfiguredFileFails();
    void usesAConfiguredFileThatValidates();
    void builtInContentIsLinkedIntoTheBinary();

private:
    static QString fixture(const QString &directory, const QString &name);
    static void addColumns();
    static void addRow(const FixtureRow &row);
};

namespace {

const QDate today(2026, 11, 28);

const FixtureRow invalidRows[] = {
    // Whole-file problems: the pointer is "" (the whole document).
    {"not-json", "", "not valid JSON at line 1, column 2: illegal value"},
    {"truncated", "", "is it truncated?"},
    {"empty", "", "is it truncated?"},
    {"invalid-utf8", "", "not valid UTF-8"},
    {"deep-nesting", "", "nested more than 64 deep"},
    {"root-is-list", "", "must hold one JSON object"},
    // Metadata.
    {"metadata-missing", "/metadata", "required field 'metadata' is missing"},
    {"version-is-text", "/metadata/version", "must be a whole number, not text"},
    {"version-zero", "/metadata/version", "must be 1 or more"},
    {"version-too-large", "/metadata/version", "must be a whole number no larger than"},
    {"locales-without-english", "/metadata/locales", "must include English"},
    {"review-due-before-reviewed", "/metadata/reviewDue", "before the content was reviewed"},
    {"date-malformed", "/metadata/reviewedOn", "'28/11/2026' is not a date"},
    // Services and channels.
    {"services-not-list", "/services", "must be a list"},
    {"service-name-missing", "/services/0/name", "required field 'name' is missing"},
    {"service-name-is-text", "/services/0/name", "must be texts by language"},
    {"service-name-without-english", "/services/0/name/en", "English ('en') text is required"},
    {"service-id-duplicate", "/services/1/id",
     "duplicate service id 'helpline' (already used at /services/0/id)"},
    {"service-id-not-an-id", "/services/0/id", "'Help Line' is not an id"},
    {"service-source-http", "/services/0/source", "must start with https://"},
    {"confidentiality-unknown", "/services/0/confidentiality", "'secret' is not a confidentiality"},
    {"needs-confirming-without-note", "/services/0/needsConfirmingNote",
     "say here which fact to confirm"},
    {"channel-id-duplicate", "/services/0/channels/1/id", "duplicate channel id 'phone'"},
    {"channel-type-unknown", "/services/0/channels/0/type", "'fax' is not a channel type"},
    {"channel-value-missing", "/services/0/channels/0/value", "required field 'value' is missing"},
    {"phone-plus-44", "/services/0/channels/0/value",
     "'+44 808 1000 900' is in international form"},
    {"phone-short-number-plus-44", "/services/0/channels/0/value",
     "'+44116123' is in international form"},
    {"phone-double-space", "/services/0/channels/0/value", "digits and single spaces only"},
    {"phone-letters", "/services/0/channels/0/value", "digits and single spaces only"},
    {"phone-trailing-line-break", "/services/0/channels/0/value", "digits and single spaces only"},
    {"phone-too-short", "/services/0/channels/0/value",
     "has 7 digits; a UK number starting with 0 has 8 to 11"},
    {"phone-international-prefix", "/services/0/channels/0/value",
     "starts with 00, the international prefix"},
    {"international-not-plus", "/services/0/channels/0/value",
     "'01372 847 161' is not an international number"},
    {"international-on-web", "/services/0/channels/1/international",
     "only a number can be international"},
    {"web-http", "/services/0/channels/1/value", "must start with https://"},
    {"web-no-scheme", "/services/0/channels/1/value", "is not an https:// address"},
    {"chat-not-https", "/services/0/channels/1/value", "is not an https:// address"},
    {"email-not-address", "/services/0/channels/1/value",
     "'help at example.org' is not an email address"},
    // Opening hours.
    {"hours-type-unknown", "/services/0/channels/0/hours/type",
     "'sometimes' is not a kind of hours"},
    {"hours-time-malformed", "/services/0/channels/0/hours/schedules/0/opens_at",
     "'9:00' is not a time"},
    {"hours-time-out-of-range", "/services/0/channels/0/hours/schedules/0/closes_at",
     "'25:00' is not a time"},
    {"hours-closes-before-opens", "/services/0/channels/0/hours/schedules/0/closes_at",
     "closes at 09:00, which is not after it opens (21:00)"},
    {"hours-byday-malformed", "/services/0/channels/0/hours/schedules/0/byday",
     "'MON,TUE' is not a list of days"},
    {"hours-closed-date-malformed", "/services/0/channels/0/hours/closedDates/0",
     "'25 December 2026' is not a date"},
    {"bank-holidays-date-malformed", "/bankHolidays/england-and-wales/1",
     "'31 May 2027' is not a date"},
    {"bank-holidays-source-http", "/bankHolidays/source", "must start with https://"},
    // Pathways.
    {"node-id-duplicate", "/pathways/nodes/5/id", "duplicate node id 'report'"},
    {"node-kind-unknown", "/pathways/nodes/3/kind", "'screen' is not a kind of node"},
    {"start-unknown", "/pathways/start", "the start node 'hello' does not exist"},
    {"answer-leads-nowhere", "/pathways/nodes/2/answers/0/next",
     "leads to node 'reprot', which does not exist"},
    {"primary-service-unknown", "/pathways/nodes/4/primary/service",
     "there is no service 'helpine'"},
    // Eligibility: the ages services are for, and the ages the answers say a visitor is.
    {"age-negative", "/services/0/channels/0/minAge", "-1 is not an age"},
    {"age-max-below-min", "/services/0/maxAge", "maxAge 12 is below minAge 18"},
    {"age-band-unknown", "/pathways/nodes/0/answers/1/ageBand", "'teenager' is not an age band"},
    {"eligibility-adults-only-for-under-18", "/pathways/nodes/5/primary",
     "outcome 'talk' is reached through the answer \"Not sure\" (/pathways/nodes/0/answers/1) "
     "by someone under 18, but its primary 'helpline' 'phone' is for ages 18 and over"},
    {"eligibility-primary-leaves-out-younger", "/pathways/nodes/5/alternatives/0",
     "is for ages 13 to 18 and leaves out ages 0 to 12; make the first alternative"},
    // Regions: the nations a service serves.
    {"region-unknown", "/services/0/regions/0", "'cymru' is not a region: use england, wales"},
    {"primary-serves-one-region", "/pathways/nodes/5/primary",
     "the primary 'wales-line' serves only wales; lead with a service for the whole UK"},
    {"alternatives-four-in-a-region", "/pathways/nodes/5/alternatives",
     "a kiosk in wales would show 4 alternatives; an outcome shows at most 3"},
    {"alternatives-four-in-a-region-one-unknown", "/pathways/nodes/5/alternatives",
     "a kiosk in wales would show 4 alternatives; an outcome shows at most 3"},
    {"eligibility-first-alternative-not-for-young-people", "/pathways/nodes/5/alternatives/0",
     "leaves out ages 0 to 12; make the first alternative a service for young people"},
    {"eligibility-unknown-age-without-young-service", "/pathways/nodes/5",
     "by someone who has not given their age, but neither its primary nor its first alternative "
     "is a service for young people"},
    {"primary-channel-unknown", "/pathways/nodes/4/primary/channel",
     "service 'police' has no channel '999-bsl'"},
    {"alternative-channel-unknown", "/pathways/nodes/5/alternatives/1/channel",
     "service 'police' has no channel '102'"},
    {"emergency-channel-unknown", "/emergency/0/channel", "service 'police' has no channel '998'"},
    {"pathway-loop", "/pathways/nodes/2/answers/1/next",
     "leads back to 'danger', so the pathway loops (danger → worry → danger)"},
    {"outcome-four-choices-away", "/pathways/nodes/4",
     "outcome 'report' is 4 choices from the start screen (welcome → danger → worry → "
     "deeper → report); the most allowed is 3"},
    {"question-one-answer", "/pathways/nodes/2/answers", "a question needs at least two answers"},
    {"outcome-four-alternatives", "/pathways/nodes/5/alternatives",
     "at most 3 alternatives; found 4"},
    {"outcome-primary-missing", "/pathways/nodes/5/primary", "required field 'primary' is missing"},

};

const FixtureRow warningRows[] = {
    {"unknown-field", "/services/0/nmae", "unknown field 'nmae' is ignored"},
    {"missing-welsh", "/services/0/name/cy", "no 'cy' text; English will be shown"},
    {"review-date-passed", "/metadata/reviewDue", "the review was due on 2025-07-01"},
    {"needs-confirming-service", "/services/0/needsConfirming",
     "needs confirming: Hours seen on an old page only."},
    {"needs-confirming-channel", "/services/0/channels/0/needsConfirming",
     "needs confirming: Friday hours seen on an old page only."},
    {"bank-holidays-stop-early", "/bankHolidays/scotland",
     "the last date is 2027-01-01: list this nation's bank holidays up to the review date "
     "(2027-05-28)"},
    {"unreachable-node", "/pathways/nodes/6",
     "node 'orphan' cannot be reached from the start node 'welcome'"},

};

QStringList rowNames(const FixtureRow *begin, const FixtureRow *end)
{
    QStringList names;
    for (const FixtureRow *row = begin; row != end; ++row)
        names << QString::fromLatin1(row->name);
    names.sort();
    return names;
}

QStringList fixtureNames(const QString &directory)
{
    QStringList names;
    const QDir dir(QStringLiteral(SIGNPOST_SOURCE_DIR "/tests/core/fixtures/content/") + directory);
    for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files))
        names << file.chopped(5);
    names.sort();
    return names;
}

QString issuesText(const QList<ContentIssue> &issues)
{
    QStringList lines;
    for (const ContentIssue &issue : issues)
        lines << issue.toString();
    return lines.join(QLatin1Char('\n'));
}

const ContentIssue *findIssue(const QList<ContentIssue> &issues, ContentIssue::Severity severity,
                              const QString &pointer, const QString &message)
{
    for (const ContentIssue &issue : issues) {
        if (issue.severity == severity && issue.pointer == pointer &&
            issue.message.contains(message))
            return &issue;
    }
    return nullptr;
}

} // namespace

QString TestContentLoader::fixture(const QString &directory, const QString &name)
{
    return QStringLiteral(SIGNPOST_SOURCE_DIR "/tests/core/fixtures/content/%1/%2.json")
        .arg(directory, name);
}

void TestContentLoader::addColumns()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("message");
}

void TestContentLoader::addRow(const FixtureRow &row)
{
    QTest::newRow(row.name) << QString::fromLatin1(row.name) << QString::fromUtf8(row.pointer)
                            << QString::fromUtf8(row.message);
}

void TestContentLoader::loadsTheValidFixture()
{
    const ContentLoader::Result result =
        ContentLoader::loadFile(fixture(QStringLiteral("valid"), QStringLiteral("base")), today);
    QVERIFY2(result.content.has_value(), qPrintable(issuesText(result.issues)));
    QVERIFY2(result.issues.isEmpty(), qPrintable(issuesText(result.issues)));
    const Content &content = *result.content;
    QCOMPARE(content.metadata.version, 3);
    QCOMPARE(content.services.size(), 2);
    QCOMPARE(content.startNode, QStringLiteral("welcome"));
    QCOMPARE(content.nodes.size(), 6);
    const Channel *phone = content.channel({QStringLiteral("helpline"), QStringLiteral("phone")});
    QVERIFY(phone);
    QCOMPARE(phone->value, QStringLiteral("0808 1000 900"));
    QCOMPARE(phone->hours.kind(), OpeningHours::Kind::Weekly);
    QCOMPARE(phone->hours.periods().size(), 5);
    QCOMPARE(phone->hours.closedDates(), QList<QDate>{QDate(2026, 12, 25)});
    QCOMPARE(content.service(QStringLiteral("police"))->confidentiality,
             Confidentiality::NotAnonymous);
    QCOMPARE(content.node(QStringLiteral("talk"))->alternatives.size(), 2);
    QCOMPARE(content.campaignMessages.constFirst().text(QStringLiteral("cy")),
             QStringLiteral("Dim bai. Dim barnu."));
}

void TestContentLoader::refusesBrokenContent_data()
{
    addColumns();
    for (const FixtureRow &row : invalidRows)
        addRow(row);
}

void TestContentLoader::refusesBrokenContent()
{
    QFETCH(QString, name);
    QFETCH(QString, pointer);
    QFETCH(QString, message);
    const QString path = fixture(QStringLiteral("invalid"), name);
    QVERIFY2(QFile::exists(path), qPrintable(path));
    const ContentLoader::Result result = ContentLoader::loadFile(path, today);
    QVERIFY2(!result.content.has_value(), "a broken file must give no content at all");
    QVERIFY2(findIssue(result.issues, ContentIssue::Severity::Error, pointer, message),
             qPrintable(issuesText(result.issues)));
    for (const ContentIssue &issue : result.issues)
        QCOMPARE(issue.file, path);
}

void TestContentLoader::warnsButLoads_data()
{
    addColumns();
    for (const FixtureRow &row : warningRows)
        addRow(row);
}

void TestContentLoader::warnsButLoads()
{
    QFETCH(QString, name);
    QFETCH(QString, pointer);
    QFETCH(QString, message);
    const ContentLoader::Result result =
        ContentLoader::loadFile(fixture(QStringLiteral("warnings"), name), today);
    QVERIFY2(result.content.has_value(), qPrintable(issuesText(result.issues)));
    QVERIFY(!hasErrors(result.issues));
    QVERIFY2(findIssue(result.issues, ContentIssue::Severity::Warning, pointer, message),
             qPrintable(issuesText(result.issues)));
}

void TestContentLoader::unknownFieldsAreWarnedAboutInKeyOrder_data()
{
    // The first service of the valid fixture with unknown fields, and with two languages its
    // name does not list. A duplicate key makes the loader's quick parse hand the file to Qt's.
    QTest::addColumn<QByteArray>("fields");
    QTest::newRow("quick parse") << QByteArray(
        R"("zeta": 1, "Beta": 2, "\u00e9t\u00e9": 3, "alpha": 4, "beta": 5,)");
    QTest::newRow("Qt's parse") << QByteArray(
        R"("zeta": 0, "Beta": 2, "\u00e9t\u00e9": 3, "alpha": 4, "beta": 5, )"
        R"("zeta": 1,)");
}

void TestContentLoader::unknownFieldsAreWarnedAboutInKeyOrder()
{
    // Qt's order (by key, upper case first), which the warnings have always come in.
    QFETCH(QByteArray, fields);
    QFile file(fixture(QStringLiteral("valid"), QStringLiteral("base")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray json = file.readAll();
    const QByteArray service = R"("id": "helpline",)";
    const QByteArray name = R"("en": "A helpline",)";
    QVERIFY(json.count(service) == 1 && json.count(name) == 1);
    json.replace(service, service + fields);
    json.replace(name, name + R"("pl": "Telefon", "de": "Telefon",)");
    const ContentLoader::Result result =
        ContentLoader::loadBytes(json, QStringLiteral("order.json"), today);
    QVERIFY2(result.content.has_value(), qPrintable(issuesText(result.issues)));
    QStringList pointers;
    for (const ContentIssue &issue : result.issues)
        pointers << issue.pointer;
    const QStringList expected{
        QStringLiteral("/services/0/Beta"),          QStringLiteral("/services/0/alpha"),
        QStringLiteral("/services/0/beta"),          QStringLiteral("/services/0/zeta"),
        QStringLiteral("/services/0/\u00e9t\u00e9"), QStringLiteral("/services/0/name/de"),
        QStringLiteral("/services/0/name/pl")};
    QCOMPARE(pointers, expected);
}

void TestContentLoader::everyFixtureHasATestRow()
{
    // A fixture without a row would be a test that cannot fail; keep the lists equal.
    QCOMPARE(fixtureNames(QStringLiteral("invalid")),
             rowNames(std::begin(invalidRows), std::end(invalidRows)));
    QCOMPARE(fixtureNames(QStringLiteral("warnings")),
             rowNames(std::begin(warningRows), std::end(warningRows)));
    QVERIFY(fixtureNames(QStringLiteral("invalid")).size() >= 30);
}

void TestContentLoader::refusesAHugeFileWithoutReadingIt()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("huge.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(100 * 1024 * 1024)); // sparse: costs no disk and no time
    file.close();
    QElapsedTimer timer;
    timer.start();
    const ContentLoader::Result result = ContentLoader::loadFile(path, today);
    QVERIFY(!result.content);
    QVERIFY2(findIssue(result.issues, ContentIssue::Severity::Error, QString(),
                       QStringLiteral("the file is 100.0 MB; content files must be at most 5 MB")),
             qPrintable(issuesText(result.issues)));
    QVERIFY(ContentFileGuard::sizeProblem(ContentFileGuard::maxFileBytes + 1).has_value());
    QVERIFY(!ContentFileGuard::sizeProblem(ContentFileGuard::maxFileBytes).has_value());
}

void TestContentLoader::refusesDeepNestingQuickly()
{
    // Nesting inside strings does not count; nesting outside them is refused before parsing.
    QByteArray deep(100000, '[');
    deep.append(QByteArray(100000, ']'));
    const ContentLoader::Result result =
        ContentLoader::loadBytes(deep, QStringLiteral("deep.json"), today);
    QVERIFY(!result.content);
    QVERIFY(result.issues.constFirst().message.contains(QLatin1String("nested more than")));
    const QByteArray inString = "{\"a\": \"" + QByteArray(1000, '[') + "\"}";
    QVERIFY(!ContentFileGuard::bytesProblem(inString).has_value());
}

void TestContentLoader::issueLineNamesFileAndPointer()
{
    const ContentIssue error{ContentIssue::Severity::Error, QStringLiteral("mine.json"),
                             QStringLiteral("/services/3/channels/0/value"),
                             QStringLiteral("'+44116123' is in international form")};
    QCOMPARE(error.toString(), QStringLiteral("mine.json:/services/3/channels/0/value: error: "
                                              "'+44116123' is in international form"));
    const ContentIssue warning{ContentIssue::Severity::Warning, QStringLiteral("mine.json"),
                               QString(), QStringLiteral("a note")};
    QCOMPARE(warning.toString(), QStringLiteral("mine.json:: warning: a note"));
    QVERIFY(hasErrors({warning, error}));
    QVERIFY(!hasErrors({warning}));
}

void TestContentLoader::jsonPointerEscapes()
{
    const JsonPointer pointer = JsonPointer() / QStringLiteral("services") / 3 /
                                QStringLiteral("a/b") / QStringLiteral("c~d");
    QCOMPARE(pointer.toString(), QStringLiteral("/services/3/a~1b/c~0d"));
    QCOMPARE(JsonPointer().toString(), QString());
}

void TestContentLoader::phoneNumberRule_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("international");
    QTest::addColumn<bool>("valid");
    for (const char *ok : {"0808 1000 900", "0800 1111", "0808 800 5000", "116 123", "999", "101",
                           "18001 101", "18000", "85258", "0800 555 111", "0808 801 0331"})
        QTest::newRow(ok) << QString::fromLatin1(ok) << false << true;
    for (const char *bad :
         {"+44116123", "+44 808 1000 900", "0808  1000 900", " 999", "999 ", "0808-1000-900", "99",
          "1234567", "0044 808 1000 900", "08081000900123", "18001 +44 101", ""})
        QTest::newRow(bad) << QString::fromLatin1(bad) << false << false;
    // A pattern's $ also matches before a final line break: the number would be shown and
    // dialled with one.
    QTest::newRow("line break after") << QStringLiteral("0808 1000 900\n") << false << false;
    QTest::newRow("international, line break after")
        << QStringLiteral("+44 1372 847 161\n") << true << false;
    QTest::newRow("Ireland") << QStringLiteral("+44 1372 847 161") << true << true;
    QTest::newRow("international without spaces")
        << QStringLiteral("+441372847161") << true << false;
    QTest::newRow("international without plus") << QStringLiteral("01372 847 161") << true << false;
}

void TestContentLoader::phoneNumberRule()
{
    QFETCH(QString, value);
    QFETCH(bool, international);
    QFETCH(bool, valid);
    const std::optional<QString> problem = international
                                               ? PhoneNumberRule::internationalProblem(value)
                                               : PhoneNumberRule::ukDialableProblem(value);
    QCOMPARE(!problem.has_value(), valid);
}

void TestContentLoader::fallsBackToBuiltInContentWhenConfiguredFileFails()
{
    const QString broken = fixture(QStringLiteral("invalid"), QStringLiteral("pathway-loop"));
    const ActiveContent active = ActiveContent::fromFile(broken, today);
    QVERIFY(active.fellBack);
    QVERIFY(active.builtIn);
    QCOMPARE(active.source, ContentLoader::builtInPath());
    QVERIFY(hasErrors(active.issues));
    QCOMPARE(active.issues.constFirst().file, broken);
    // The whole built-in set, never a part of the broken file.
    QCOMPARE(active.content.metadata.id, QStringLiteral("uk-builtin"));
    QVERIFY(!active.content.node(QStringLiteral("worry")));
}

void TestContentLoader::usesAConfiguredFileThatValidates()
{
    const QString good = fixture(QStringLiteral("warnings"), QStringLiteral("unknown-field"));
    const ActiveContent active = ActiveContent::fromFile(good, today);
    QVERIFY(!active.fellBack);
    QVERIFY(!active.builtIn);
    QCOMPARE(active.source, good);
    QCOMPARE(active.content.metadata.id, QStringLiteral("fixture-base"));
    QCOMPARE(active.issues.size(), 1);

    const ActiveContent builtIn = ActiveContent::builtInContent(today);
    QVERIFY(!builtIn.fellBack);
    QVERIFY(builtIn.builtIn);
    QCOMPARE(builtIn.content.metadata.id, QStringLiteral("uk-builtin"));
}

void TestContentLoader::builtInContentIsLinkedIntoTheBinary()
{
    // signpost_core is a static library: the resource must still reach this executable.
    QVERIFY(QFile::exists(ContentLoader::builtInPath()));
    const ContentLoader::Result result =
        ContentLoader::loadFile(ContentLoader::builtInPath(), today);
    QVERIFY2(result.content.has_value(), qPrintable(issuesText(result.issues)));
}

QTEST_GUILESS_MAIN(TestContentLoader)
#include "TestContentLoader.moc"
