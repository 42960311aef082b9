// SPDX-License-Identifier: GPL-3.0-or-later
#include "MinisignTestKit.h"
#include "core/commands/ContentCommands.h"
#include "core/loading/ContentLoader.h"
#include "core/packs/ContentPackStore.h"
#include "core/startup/ActiveContent.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// The headless content commands, run against streams: what a content author, a reviewer or a
// script sees from --validate, --list-services and --print-pathways.
class TestContentCommands : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void validateAcceptsTheBuiltInContent();
    void validateNamesTheExactPlace();
    void validatePrintsWarningsAndStillPasses();
    void validateWithLocal_data();
    void validateWithLocal();
    void listServicesAsJson();
    void withLocalMarksLocalServices_data();
    void withLocalMarksLocalServices();
    void withLocalRefusesAPackThatDoesNotFit();
    void listServicesAsText();
    void printPathwaysShowsEveryPathway_data();
    void printPathwaysShowsEveryPathway();
    void printPathwaysInWelsh();
    void contentOptionIsHonoured();
    void brokenContentOptionIsRefused();
    void listingsUseWhatAKioskHereShows_data();
    void listingsUseWhatAKioskHereShows();

private:
    struct Output
    {
        int status = -1;
        QString out;
        QString err;
    };
    Output run(const LaunchOptions &options) const;

    QTemporaryDir m_dir;
    Configuration m_config; // an empty content store of its own: the built-in content
};

namespace {

const QDate today(2026, 11, 28);

QString fixture(const char *path)
{
    return QStringLiteral(SIGNPOST_SOURCE_DIR "/tests/core/fixtures/content/%1.json")
        .arg(QLatin1String(path));
}

LaunchOptions options(LaunchOptions::Action action)
{
    LaunchOptions o;
    o.action = action;
    return o;
}

} // namespace

void TestContentCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("empty-store.conf"));
    QVERIFY(MinisignTestKit::writeFile(path, "[signpost]\ncontent_directory=" +
                                                 m_dir.filePath(QStringLiteral("none")).toUtf8()));
    m_config = Configuration::load(path, true);
}

TestContentCommands::Output TestContentCommands::run(const LaunchOptions &options) const
{
    Output output;
    QTextStream out(&output.out);
    QTextStream err(&output.err);
    output.status = ContentCommands::run(options, m_config, today, out, err);
    out.flush();
    err.flush();
    return output;
}

void TestContentCommands::validateAcceptsTheBuiltInContent()
{
    LaunchOptions o = options(LaunchOptions::Action::Validate);
    o.validatePath = QStringLiteral(SIGNPOST_SOURCE_DIR "/resources/content/uk.json");
    const Output result = run(o);
    QCOMPARE(result.status, 0);
    QVERIFY2(!result.out.contains(QLatin1String(": error: ")), qPrintable(result.out));
    const QStringList lines = result.out.trimmed().split(QLatin1Char('\n'));
    QVERIFY2(lines.constLast().startsWith(o.validatePath + QLatin1String(": valid (0 errors, ")),
             qPrintable(lines.constLast()));
    QVERIFY(lines.constLast().contains(QLatin1String("'uk-builtin' version 1")));
}

void TestContentCommands::validateNamesTheExactPlace()
{
    LaunchOptions o = options(LaunchOptions::Action::Validate);
    o.validatePath = fixture("invalid/phone-short-number-plus-44");
    const Output result = run(o);
    QCOMPARE(result.status, 1);
    const QStringList lines = result.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2); // one problem, one summary
    QVERIFY2(lines.constFirst().startsWith(o.validatePath +
                                           QLatin1String(":/services/0/channels/0/value: error: "
                                                         "'+44116123' is in international form")),
             qPrintable(lines.constFirst()));
    QVERIFY(lines.constLast().contains(QLatin1String("NOT VALID (1 errors, 0 warnings)")));
}

void TestContentCommands::validatePrintsWarningsAndStillPasses()
{
    LaunchOptions o = options(LaunchOptions::Action::Validate);
    o.validatePath = fixture("warnings/missing-welsh");
    const Output result = run(o);
    QCOMPARE(result.status, 0);
    QVERIFY2(result.out.contains(o.validatePath +
                                 QLatin1String(":/services/0/name/cy: warning: no 'cy' text")),
             qPrintable(result.out));
    QVERIFY(result.out.contains(QLatin1String("valid (0 errors, 1 warnings)")));
}

void TestContentCommands::validateWithLocal_data()
{
    QTest::addColumn<QString>("local");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("lastLine");
    QTest::addColumn<QString>("problem"); // "" = none
    QTest::newRow("valid") << "valid/example-area" << 0
                           << "valid local pack (0 errors, 0 warnings), local pack 'example-area' "
                              "version 3 on content 'uk-builtin' version 1, adding 1 local "
                              "services"
                           << "";
    QTest::newRow("changes a national number")
        << "invalid/changes-national-number" << 1 << "NOT VALID as a local pack on"
        << ":/services/1/channels/0/value: error: tries to change national service 'police'";
}

void TestContentCommands::validateWithLocal()
{
    QFETCH(QString, local);
    QFETCH(int, status);
    QFETCH(QString, lastLine);
    QFETCH(QString, problem);
    LaunchOptions o = options(LaunchOptions::Action::Validate);
    o.validatePath = QStringLiteral(SIGNPOST_SOURCE_DIR "/resources/content/uk.json");
    o.localPackPath =
        QStringLiteral(SIGNPOST_SOURCE_DIR "/tests/core/fixtures/local/%1.json").arg(local);
    const Output result = run(o);
    QCOMPARE(result.status, status);
    const QStringList lines = result.out.trimmed().split(QLatin1Char('\n'));
    // The national summary comes first, then the pack's problems and its own summary.
    QVERIFY(result.out.contains(o.validatePath + QLatin1String(": valid (0 errors, ")));
    QVERIFY2(lines.constLast().startsWith(o.localPackPath + QLatin1String(": ")),
             qPrintable(lines.constLast()));
    QVERIFY2(lines.constLast().contains(lastLine), qPrintable(lines.constLast()));
    if (!problem.isEmpty())
        QVERIFY2(result.out.contains(o.localPackPath + problem), qPrintable(result.out));
}

void TestContentCommands::listServicesAsJson()
{
    LaunchOptions o = options(LaunchOptions::Action::ListServices);
    o.json = true;
    const Output result = run(o);
    QCOMPARE(result.status, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QHash<QString, QJsonObject> services;
    for (const QJsonValue &value : document.array())
        services.insert(value[QLatin1String("id")].toString(), value.toObject());
    const QJsonObject stopItNow = services.value(QStringLiteral("stop-it-now"));
    QVERIFY(stopItNow[QLatin1String("needsConfirming")].toBool());
    const QJsonObject helpline = stopItNow[QLatin1String("channels")][0].toObject();
    QCOMPARE(helpline[QLatin1String("value")].toString(), QStringLiteral("0808 1000 900"));
    QCOMPARE(helpline[QLatin1String("hoursText")].toString(),
             QStringLiteral("Mon–Thu 09:00–21:00; Fri 09:00–17:00"));
    QCOMPARE(helpline[QLatin1String("hours")][QLatin1String("schedules")][0][QLatin1String("byday")]
                 .toString(),
             QStringLiteral("MO,TU,WE,TH"));
    QVERIFY(helpline[QLatin1String("needsConfirming")].toBool());
    QVERIFY(!helpline[QLatin1String("needsConfirmingNote")].toString().isEmpty());
    const QJsonObject childline =
        services.value(QStringLiteral("childline"))[QLatin1String("channels")][0].toObject();
    QCOMPARE(childline[QLatin1String("value")].toString(), QStringLiteral("0800 1111"));
    QCOMPARE(childline[QLatin1String("hoursText")].toString(),
             QStringLiteral("24 hours, every day"));
    QVERIFY(!childline[QLatin1String("needsConfirming")].toBool());
}

void TestContentCommands::withLocalMarksLocalServices_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("text") << false;
    QTest::newRow("json") << true;
}

// --with-local lays an unsigned local pack over the content, as --validate --with-local checks
// it; its services are listed after the national ones, marked local.
void TestContentCommands::withLocalMarksLocalServices()
{
    QFETCH(bool, json);
    LaunchOptions o = options(LaunchOptions::Action::ListServices);
    o.json = json;
    o.localPackPath =
        QStringLiteral(SIGNPOST_SOURCE_DIR "/tests/core/fixtures/local/valid/example-area.json");
    const Output result = run(o);
    QCOMPARE(result.status, 0);
    QVERIFY2(result.err.contains(QLatin1String("With the local pack ") + o.localPackPath),
             qPrintable(result.err));
    if (json) {
        const QJsonArray services = QJsonDocument::fromJson(result.out.toUtf8()).array();
        QVERIFY(!services.isEmpty());
        const QJsonObject last = services.last().toObject();
        QCOMPARE(last[QLatin1String("id")].toString(),
                 QStringLiteral("example-childrens-services"));
        QVERIFY(last[QLatin1String("local")].toBool());
        QVERIFY(!services.first()[QLatin1String("local")].toBool());
    } else {
        QVERIFY2(result.out.contains(QLatin1String(
                     "example-childrens-services: Example Council children's services (Example "
                     "Council) [local]")),
                 qPrintable(result.out));
        QCOMPARE(result.out.count(QLatin1String("[local]")), 1);
    }
}

void TestContentCommands::withLocalRefusesAPackThatDoesNotFit()
{
    LaunchOptions o = options(LaunchOptions::Action::ExportOruk);
    o.orukPath = m_dir.filePath(QStringLiteral("refused.json"));
    o.localPackPath = QStringLiteral(
        SIGNPOST_SOURCE_DIR "/tests/core/fixtures/local/invalid/changes-national-number.json");
    const Output result = run(o);
    QCOMPARE(result.status, 1);
    QVERIFY(!QFile::exists(o.orukPath));
    QVERIFY2(result.err.contains(QLatin1String(
                 "/services/1/channels/0/value: error: tries to change national service")),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("not valid as a local pack on this content")),
             qPrintable(result.err));
}

void TestContentCommands::listServicesAsText()
{
    const Output result = run(options(LaunchOptions::Action::ListServices));
    QCOMPARE(result.status, 0);
    QVERIFY2(result.out.contains(QString::fromUtf8(
                 "  phone helpline: 0808 1000 900, Mon–Thu 09:00–21:00; Fri 09:00–17:00, "
                 "Free from the UK\n    NEEDS CONFIRMING: ")),
             qPrintable(result.out));
    QVERIFY(result.out.contains(QLatin1String("  phone ireland: +44 1372 847 161, hours not "
                                              "stated (international), Calls are charged")));
    QVERIFY(result.out.contains(QLatin1String("  text text: 85258, 24 hours, every day, Free")));
}

void TestContentCommands::printPathwaysShowsEveryPathway_data()
{
    QTest::addColumn<QString>("expected");
    // One line of each pathway of pathways.md, as printed (indent shows the depth).
    QTest::newRow("welcome") << QStringLiteral("QUESTION welcome: Who are you worried about?");
    QTest::newRow("myself") << QStringLiteral(
        "OUTCOME myself-stop-it-now (3 choices from the start): You can talk to Stop It Now!\n"
        "              primary: Stop It Now!, Helpline 0808 1000 900");
    QTest::newRow("someone I know")
        << QStringLiteral("    QUESTION someone-danger: Is a child in danger right now?");
    QTest::newRow("a child") << QStringLiteral(
        "OUTCOME child-image (3 choices from the start): Report it to the Internet Watch "
        "Foundation");
    QTest::newRow("young person") << QStringLiteral(
        "OUTCOME young-nude (2 choices from the start)");
    QTest::newRow("report") << QStringLiteral(
        "OUTCOME report-anonymous (2 choices from the start): Tell Crimestoppers, anonymously\n"
        "          primary: Crimestoppers, Call Crimestoppers 0800 555 111 (24 hours, every day)");
    QTest::newRow("danger") << QStringLiteral(
        "OUTCOME danger-999 (2 choices from the start): Call 999 now\n"
        "          primary: Police, Emergency: 999 999 (24 hours, every day)");
    QTest::newRow("something else") << QStringLiteral(
        "  - Something else, or not sure\n    QUESTION other-help: What would help?");
    QTest::newRow("survivor") << QStringLiteral(
        "OUTCOME survivor (2 choices from the start): You can talk to NAPAC\n"
        "          primary: NAPAC, Support line 0808 801 0331");
    QTest::newRow("a nation's own line") << QStringLiteral(
        "alternative: Live Fear Free, Helpline 0808 80 10 800 (24 hours, every day) "
        "[only in wales]");
    QTest::newRow("999 where a child may be at risk")
        << QStringLiteral("message: You can report it without saying who you are. Do not share "
                          "it: sharing it is illegal. If a child is in danger now, call 999.");
    QTest::newRow("emergency strip") << QStringLiteral(
        "Emergency strip:\n  emergency: Police, Emergency: 999 999 (24 hours, every day)");
}

void TestContentCommands::printPathwaysShowsEveryPathway()
{
    QFETCH(QString, expected);
    const Output result = run(options(LaunchOptions::Action::PrintPathways));
    QCOMPARE(result.status, 0);
    QVERIFY2(result.out.contains(expected), qPrintable(result.out));
    QVERIFY(!result.out.contains(QLatin1String("(4 choices")));
    QVERIFY(!result.out.contains(QLatin1String("missing")));
}

void TestContentCommands::printPathwaysInWelsh()
{
    LaunchOptions o = options(LaunchOptions::Action::PrintPathways);
    o.language = QStringLiteral("cy");
    const Output result = run(o);
    QCOMPARE(result.status, 0);
    QVERIFY(result.out.contains(QLatin1String("in 'cy'")));
    QVERIFY2(result.out.contains(QLatin1String("QUESTION welcome: Am bwy ydych chi'n poeni?")),
             qPrintable(result.out));
}

void TestContentCommands::contentOptionIsHonoured()
{
    LaunchOptions o = options(LaunchOptions::Action::PrintPathways);
    o.contentPath = fixture("valid/base");
    const Output result = run(o);
    QCOMPARE(result.status, 0);
    QVERIFY(result.out.startsWith(QLatin1String("Pathways of fixture-base, version 3")));
    o.action = LaunchOptions::Action::ListServices;
    QVERIFY(run(o).out.startsWith(QLatin1String("helpline: A helpline (A charity)")));
}

void TestContentCommands::brokenContentOptionIsRefused()
{
    LaunchOptions o = options(LaunchOptions::Action::ListServices);
    o.contentPath = fixture("invalid/pathway-loop");
    const Output result = run(o);
    QCOMPARE(result.status, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(QLatin1String(":/pathways/nodes/2/answers/1/next: error: ")),
             qPrintable(result.err));
}

void TestContentCommands::listingsUseWhatAKioskHereShows_data()
{
    QTest::addColumn<QString>("contentOption"); // --content
    QTest::addColumn<QString>("store");         // "pack": a pack installed; "broken": changed after
    QTest::addColumn<QString>("saysUsing");     // the line on stderr naming what was used
    QTest::addColumn<qint64>("version");
    QTest::newRow("the installed pack")
        << QString() << QStringLiteral("pack") << QStringLiteral("Using the installed content pack")
        << qint64(8);
    QTest::newRow("--content builtin beats the pack")
        << QStringLiteral("builtin") << QStringLiteral("pack")
        << QStringLiteral("Using the built-in content") << qint64(-1);
    QTest::newRow("--content FILE beats the pack")
        << fixture("valid/base") << QStringLiteral("pack")
        << QStringLiteral("Using the content file") << qint64(3);
    QTest::newRow("a pack changed after install: the built-in content, as a kiosk would")
        << QString() << QStringLiteral("broken") << QStringLiteral("could not be used")
        << qint64(-1);
}

void TestContentCommands::listingsUseWhatAKioskHereShows()
{
    QFETCH(QString, contentOption);
    QFETCH(QString, store);
    QFETCH(QString, saysUsing);
    QFETCH(qint64, version);
    using namespace MinisignTestKit;
    static int cases = 0;
    const QString directory = m_dir.filePath(QStringLiteral("case-%1").arg(++cases));
    const TestKey key = generate(directory, QStringLiteral("owner"));
    QVERIFY(key.key);
    QVERIFY(makePack(directory + QStringLiteral("/pack"), contentVersion(8), key));
    const QString configPath = directory + QStringLiteral("/signpost.conf");
    QVERIFY(writeFile(configPath, QStringLiteral("[signpost]\ntrusted_content_keys=%1\n"
                                                 "content_directory=%2/store\n")
                                      .arg(key.publicKeyPath, directory)
                                      .toUtf8()));
    const Configuration config = Configuration::load(configPath, true);
    const auto verified = ContentPackVerifier(config.trustedContentKeys(), false)
                              .verify(directory + QStringLiteral("/pack"), today);
    QVERIFY2(verified.pack, qPrintable(verified.reason));
    ContentPackStore packs(config.contentDirectory());
    QVERIFY(packs.install(*verified.pack).installed);
    if (store == QLatin1String("broken"))
        QVERIFY(writeFile(packs.installedPackPath() + QStringLiteral("/content.json"),
                          contentVersion(9)));

    LaunchOptions o = options(LaunchOptions::Action::ListServices);
    o.contentPath = contentOption;
    o.json = true;
    Output result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.status = ContentCommands::run(o, config, today, out, err);
    out.flush();
    err.flush();
    QCOMPARE(result.status, 0);
    QVERIFY2(result.err.contains(saysUsing), qPrintable(result.err));
    const qint64 expected =
        version > 0 ? version : ActiveContent::builtInContent(today).content.metadata.version;
    QVERIFY2(result.err.contains(QStringLiteral("version %1").arg(expected)),
             qPrintable(result.err));
    // What was used goes to stderr: standard output stays one JSON document.
    QJsonParseError parse;
    QJsonDocument::fromJson(result.out.toUtf8(), &parse);
    QCOMPARE(parse.error, QJsonParseError::NoError);
}

QTEST_GUILESS_MAIN(TestContentCommands)
#include "TestContentCommands.moc"
