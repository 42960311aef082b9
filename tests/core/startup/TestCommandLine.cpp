// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/startup/CommandLine.h"

#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void actions_data();
    void actions();
    void modes_data();
    void modes();
    void errors_data();
    void errors();
    void screenshotSize();
    void flags_data();
    void flags();
    void packOptions_data();
    void packOptions();
    void withLocal_data();
    void withLocal();
    void reviewOptions();
    void helpNamesEveryOption();
};

using Action = LaunchOptions::Action;

static QStringList args(const QString &line)
{
    QStringList list{QStringLiteral("signpost")};
    if (!line.isEmpty())
        list += line.split(QLatin1Char(' '));
    return list;
}

void TestCommandLine::actions_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<Action>("action");
    QTest::addColumn<bool>("needsGui");
    QTest::newRow("nothing") << QString() << Action::RunGui << true;
    QTest::newRow("help") << QStringLiteral("--help") << Action::ShowHelp << false;
    QTest::newRow("short help") << QStringLiteral("-h") << Action::ShowHelp << false;
    QTest::newRow("version") << QStringLiteral("--version") << Action::ShowVersion << false;
    QTest::newRow("help beats version")
        << QStringLiteral("--version --help") << Action::ShowHelp << false;
    QTest::newRow("validate") << QStringLiteral("--validate x.json") << Action::Validate << false;
    QTest::newRow("list") << QStringLiteral("--list-services --json") << Action::ListServices
                          << false;
    QTest::newRow("pathways") << QStringLiteral("--print-pathways --lang cy")
                              << Action::PrintPathways << false;
    QTest::newRow("screenshot") << QStringLiteral("--screenshot /tmp/s") << Action::Screenshot
                                << true;
    QTest::newRow("hash staff pin")
        << QStringLiteral("--hash-staff-pin") << Action::HashStaffPin << false;
    QTest::newRow("set staff pin")
        << QStringLiteral("--set-staff-pin") << Action::HashStaffPin << false;
    QTest::newRow("quit after first paint")
        << QStringLiteral("--quit-after-first-paint") << Action::RunGui << true;
    QTest::newRow("large text high contrast")
        << QStringLiteral("--large-text --high-contrast") << Action::RunGui << true;
    QTest::newRow("screenshot large text")
        << QStringLiteral("--screenshot /tmp/s --large-text") << Action::Screenshot << true;
    QTest::newRow("verify pack") << QStringLiteral("--verify-pack /tmp/p") << Action::VerifyPack
                                 << false;
    QTest::newRow("verify pack with key")
        << QStringLiteral("--verify-pack p --trusted-key k.pub") << Action::VerifyPack << false;
    QTest::newRow("install pack") << QStringLiteral("--install-pack /tmp/p") << Action::InstallPack
                                  << false;
    QTest::newRow("install pack with config")
        << QStringLiteral("--install-pack p --config c.conf") << Action::InstallPack << false;
    QTest::newRow("help beats verify pack")
        << QStringLiteral("--verify-pack p --help") << Action::ShowHelp << false;
    QTest::newRow("review pack") << QStringLiteral("--review-pack r.pdf --lang cy --lang ar")
                                 << Action::ReviewPack << false;
    QTest::newRow("review sheet") << QStringLiteral("--review-sheet cy.csv --lang cy")
                                  << Action::ReviewSheet << false;
    QTest::newRow("apply review") << QStringLiteral("--apply-review cy.csv --output new.json")
                                  << Action::ApplyReview << false;
    QTest::newRow("export oruk") << QStringLiteral("--export-oruk out.json --content builtin")
                                 << Action::ExportOruk << false;
    QTest::newRow("import oruk") << QStringLiteral(
                                        "--import-oruk in.json --local-pack-draft draft.json")
                                 << Action::ImportOruk << false;
    QTest::newRow("status") << QStringLiteral("--status") << Action::Status << false;
    QTest::newRow("status json") << QStringLiteral("--status --json") << Action::Status << false;
}

void TestCommandLine::actions()
{
    QFETCH(QString, line);
    QFETCH(Action, action);
    QFETCH(bool, needsGui);
    const auto result = CommandLine::parse(args(line));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.options.action, action);
    QCOMPARE(result.options.needsGui(), needsGui);
}

void TestCommandLine::modes_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("hasMode");
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<bool>("windowed");
    QTest::newRow("none") << QString() << false << Mode::Kiosk << false;
    QTest::newRow("kiosk") << QStringLiteral("--mode kiosk") << true << Mode::Kiosk << false;
    QTest::newRow("staff") << QStringLiteral("--mode=staff") << true << Mode::Staff << false;
    QTest::newRow("event windowed")
        << QStringLiteral("--mode event --windowed") << true << Mode::Event << true;
    QTest::newRow("upper case") << QStringLiteral("--mode KIOSK") << true << Mode::Kiosk << false;
}

void TestCommandLine::modes()
{
    QFETCH(QString, line);
    QFETCH(bool, hasMode);
    QFETCH(Mode, mode);
    QFETCH(bool, windowed);
    const auto result = CommandLine::parse(args(line));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.options.mode.has_value(), hasMode);
    if (hasMode)
        QCOMPARE(*result.options.mode, mode);
    QCOMPARE(result.options.windowed, windowed);
}

void TestCommandLine::errors_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown option")
        << QStringLiteral("--frobnicate") << QStringLiteral("frobnicate");
    QTest::newRow("unknown mode") << QStringLiteral("--mode shop") << QStringLiteral("shop");
    QTest::newRow("missing value") << QStringLiteral("--validate") << QStringLiteral("validate");
    QTest::newRow("stray argument") << QStringLiteral("kiosk") << QStringLiteral("kiosk");
    QTest::newRow("bad size") << QStringLiteral("--screenshot d --size big")
                              << QStringLiteral("big");
    QTest::newRow("verify pack without dir")
        << QStringLiteral("--verify-pack") << QStringLiteral("verify-pack");
    QTest::newRow("install pack without dir")
        << QStringLiteral("--install-pack") << QStringLiteral("install-pack");
    QTest::newRow("trusted key without file")
        << QStringLiteral("--verify-pack p --trusted-key") << QStringLiteral("trusted-key");
    QTest::newRow("trusted key alone")
        << QStringLiteral("--trusted-key k.pub") << QStringLiteral("--trusted-key");
    QTest::newRow("trusted key with install")
        << QStringLiteral("--install-pack p --trusted-key k.pub")
        << QStringLiteral("--install-pack");
    QTest::newRow("with-local alone")
        << QStringLiteral("--with-local pack --status") << QStringLiteral("--export-oruk");
    QTest::newRow("with-local with the review sheet")
        << QStringLiteral("--review-sheet cy.csv --lang cy --with-local pack")
        << QStringLiteral("--review-pack");
    QTest::newRow("with-local without dir")
        << QStringLiteral("--validate uk.json --with-local") << QStringLiteral("with-local");
    QTest::newRow("output without apply review")
        << QStringLiteral("--review-sheet cy.csv --output x.json") << QStringLiteral("--output");
    QTest::newRow("review pack without file")
        << QStringLiteral("--review-pack") << QStringLiteral("review-pack");
    QTest::newRow("import without draft")
        << QStringLiteral("--import-oruk in.json") << QStringLiteral("--local-pack-draft");
    QTest::newRow("draft without import")
        << QStringLiteral("--local-pack-draft d.json") << QStringLiteral("--import-oruk");
}

void TestCommandLine::errors()
{
    QFETCH(QString, line);
    QFETCH(QString, mentions);
    const auto result = CommandLine::parse(args(line));
    QVERIFY(!result.error.isEmpty());
    QVERIFY2(result.error.contains(mentions), qPrintable(result.error));
}

void TestCommandLine::screenshotSize()
{
    const auto result = CommandLine::parse(args(QStringLiteral("--screenshot d --size 1080x1920")));
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.options.screenshotSize, QSize(1080, 1920));
    QCOMPARE(result.options.screenshotDir, QStringLiteral("d"));
}

void TestCommandLine::flags_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("quitAfterFirstPaint");
    QTest::addColumn<bool>("largeText");
    QTest::addColumn<bool>("highContrast");
    QTest::newRow("none") << QString() << false << false << false;
    QTest::newRow("quit") << QStringLiteral("--quit-after-first-paint") << true << false << false;
    QTest::newRow("large") << QStringLiteral("--large-text") << false << true << false;
    QTest::newRow("contrast") << QStringLiteral("--high-contrast") << false << false << true;
    QTest::newRow("all") << QStringLiteral("--high-contrast --quit-after-first-paint --large-text")
                         << true << true << true;
}

void TestCommandLine::flags()
{
    QFETCH(QString, line);
    QFETCH(bool, quitAfterFirstPaint);
    QFETCH(bool, largeText);
    QFETCH(bool, highContrast);
    const auto result = CommandLine::parse(args(line));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.options.quitAfterFirstPaint, quitAfterFirstPaint);
    QCOMPARE(result.options.largeText, largeText);
    QCOMPARE(result.options.highContrast, highContrast);
}

void TestCommandLine::packOptions_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("packPath");
    QTest::addColumn<QString>("trustedKeyPath");
    QTest::newRow("verify") << QStringLiteral("--verify-pack packs/2025-06")
                            << QStringLiteral("packs/2025-06") << QString();
    QTest::newRow("verify with key") << QStringLiteral("--verify-pack=p --trusted-key=owner.pub")
                                     << QStringLiteral("p") << QStringLiteral("owner.pub");
    QTest::newRow("install") << QStringLiteral("--install-pack /srv/pack")
                             << QStringLiteral("/srv/pack") << QString();
}

void TestCommandLine::withLocal_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<Action>("action");
    QTest::newRow("validate") << QStringLiteral("--validate uk.json --with-local packs/area")
                              << Action::Validate;
    QTest::newRow("export oruk") << QStringLiteral("--export-oruk o.json --with-local packs/area")
                                 << Action::ExportOruk;
    QTest::newRow("review pack") << QStringLiteral("--review-pack r.pdf --with-local packs/area")
                                 << Action::ReviewPack;
    QTest::newRow("list services")
        << QStringLiteral("--list-services --with-local packs/area") << Action::ListServices;
    QTest::newRow("print pathways")
        << QStringLiteral("--print-pathways --with-local packs/area") << Action::PrintPathways;
    QTest::newRow("handout") << QStringLiteral("--export-handout h.pdf --with-local packs/area")
                             << Action::ExportHandout;
}

void TestCommandLine::withLocal()
{
    QFETCH(QString, line);
    QFETCH(Action, action);
    const auto result = CommandLine::parse(args(line));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.options.action, action);
    QCOMPARE(result.options.localPackPath, QStringLiteral("packs/area"));
}

void TestCommandLine::packOptions()
{
    QFETCH(QString, line);
    QFETCH(QString, packPath);
    QFETCH(QString, trustedKeyPath);
    const auto result = CommandLine::parse(args(line));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.options.packPath, packPath);
    QCOMPARE(result.options.trustedKeyPath, trustedKeyPath);
}

void TestCommandLine::reviewOptions()
{
    const auto result = CommandLine::parse(
        args(QStringLiteral("--review-pack r.pdf --lang cy --lang ar --content builtin")));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.options.reviewPackPath, QStringLiteral("r.pdf"));
    QCOMPARE(result.options.languages, (QStringList{QStringLiteral("cy"), QStringLiteral("ar")}));
    const auto apply =
        CommandLine::parse(args(QStringLiteral("--apply-review in.csv --output out.json")));
    QCOMPARE(apply.options.applyReviewPath, QStringLiteral("in.csv"));
    QCOMPARE(apply.options.outputPath, QStringLiteral("out.json"));
}

void TestCommandLine::helpNamesEveryOption()
{
    const QString help = CommandLine::helpText();
    for (const char *option :
         {"--help",        "--version",        "--mode",          "--windowed",
          "--content",     "--config",         "--validate",      "--list-services",
          "--json",        "--print-pathways", "--lang",          "--screenshot",
          "--size",        "--hash-staff-pin", "--set-staff-pin", "--quit-after-first-paint",
          "--large-text",  "--high-contrast",  "--verify-pack",   "--install-pack",
          "--trusted-key", "--review-pack",    "--review-sheet",  "--apply-review",
          "--output",      "--with-local"})
        QVERIFY2(help.contains(QLatin1String(option)), option);
    QVERIFY(help.contains(QLatin1String("signpost")));
    QVERIFY(!help.contains(QLatin1String("<executable_name>")));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
