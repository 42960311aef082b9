// SPDX-License-Identifier: GPL-3.0-or-later
// Which content runs, rule by rule: --content, the installed pack, content_path, the built-in
// content, and the crash-loop fallback, each alone and against the rules below it.
#include "MinisignTestKit.h"
#include "core/loading/ContentLoader.h"
#include "core/packs/ContentPackStore.h"
#include "core/startup/ActiveContent.h"
#include "core/startup/Configuration.h"

#include <QTemporaryDir>
#include <QTest>

using namespace MinisignTestKit;

class TestActiveContent : public QObject
{
    Q_OBJECT
public:
    // What a row sets up; each is a file, pack or option the rule may meet.
    enum class File
    {
        None,
        Valid,
        Invalid,
        BuiltInKeyword, // --content builtin
    };
    Q_ENUM(File)
    enum class Pack
    {
        None,
        Valid,
        Tampered, // content.json changed after signing
    };
    Q_ENUM(Pack)
    // Where the chosen content, or the first issue, comes from.
    enum class Place
    {
        Nowhere,
        BuiltIn,
        CommandLineFile,
        ContentPath,
        InvalidFile,   // the file that does not validate, named by either
        PackContent,   // the installed pack's content.json
        PackDirectory, // the installed pack's directory (a pack set aside)
    };
    Q_ENUM(Place)

private slots:
    void initTestCase();
    void init();
    void precedence_data();
    void precedence();
    void sourceIsWhatChooseTriesFirst_data();
    void sourceIsWhatChooseTriesFirst();
    void crashLoopTellsStaffWhy();
    void builtInContentCarriesItsOwnWarningsOnly();
    void describeNamesTheContentAndWhereItCameFrom_data();
    void describeNamesTheContentAndWhereItCameFrom();

private:
    void setUp(File commandLine, Pack pack, File contentPath);
    QString place(Place where) const;
    QString commandLineArgument(File file) const;

    QTemporaryDir m_dir;
    TestKey m_owner;
    QString m_store;
    QString m_validFile;
    QString m_invalidFile;
    QString m_commandLineValid;
    Configuration m_config;
    int m_round = 0;
    const QDate m_today{2027, 1, 15};
};

void TestActiveContent::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_owner = generate(m_dir.path(), QStringLiteral("owner"));
    QVERIFY(m_owner.key);
    m_validFile = m_dir.filePath(QStringLiteral("configured.json"));
    m_commandLineValid = m_dir.filePath(QStringLiteral("command-line.json"));
    m_invalidFile = m_dir.filePath(QStringLiteral("broken.json"));
    QVERIFY(writeFile(m_validFile, contentVersion(3)));
    QVERIFY(writeFile(m_commandLineValid, contentVersion(5)));
    QVERIFY(writeFile(m_invalidFile, "{\"metadata\": {}}"));
}

void TestActiveContent::init()
{
    m_store = m_dir.filePath(QStringLiteral("store-%1").arg(++m_round));
    m_config = Configuration();
}

// A store with `pack` installed and a configuration naming it, its key and `contentPath`.
void TestActiveContent::setUp(File, Pack pack, File contentPath)
{
    if (pack != Pack::None) {
        const QString directory = m_dir.filePath(QStringLiteral("pack-%1").arg(m_round));
        QVERIFY(makePack(directory, contentVersion(7), m_owner));
        const ContentPackVerifier verifier({*m_owner.key}, false);
        auto verified = verifier.verify(directory, m_today);
        QVERIFY2(verified.pack, qPrintable(verified.reason));
        ContentPackStore store(m_store);
        QVERIFY(store.install(*verified.pack).installed);
        if (pack == Pack::Tampered)
            QVERIFY(writeFile(place(Place::PackContent), contentVersion(99)));
    }
    const QString configured = contentPath == File::Valid     ? m_validFile
                               : contentPath == File::Invalid ? m_invalidFile
                                                              : QString();
    const QString path = m_dir.filePath(QStringLiteral("signpost-%1.conf").arg(m_round));
    QVERIFY(writeFile(path, QStringLiteral("[signpost]\ntrusted_content_keys=%1\n"
                                           "content_directory=%2\ncontent_path=%3\n")
                                .arg(m_owner.publicKeyPath, m_store, configured)
                                .toUtf8()));
    m_config = Configuration::load(path, true);
    QVERIFY2(m_config.warnings().isEmpty(), qPrintable(m_config.warnings().join(u'\n')));
}

QString TestActiveContent::commandLineArgument(File file) const
{
    switch (file) {
    case File::None:
        return {};
    case File::Valid:
        return m_commandLineValid;
    case File::Invalid:
        return m_invalidFile;
    case File::BuiltInKeyword:
        return QStringLiteral("builtin");
    }
    return {};
}

QString TestActiveContent::place(Place where) const
{
    const QString pack = ContentPackStore(m_store).installedPackPath();
    switch (where) {
    case Place::Nowhere:
        return {};
    case Place::BuiltIn:
        return ContentLoader::builtInPath();
    case Place::CommandLineFile:
        return m_commandLineValid;
    case Place::ContentPath:
        return m_validFile;
    case Place::InvalidFile:
        return m_invalidFile;
    case Place::PackContent:
        return pack + QStringLiteral("/content.json");
    case Place::PackDirectory:
        return pack;
    }
    return {};
}

void TestActiveContent::precedence_data()
{
    QTest::addColumn<File>("commandLine");
    QTest::addColumn<Pack>("pack");
    QTest::addColumn<File>("contentPath");
    QTest::addColumn<int>("crashLoopStarts");
    QTest::addColumn<Place>("chosen");
    QTest::addColumn<bool>("fellBack");
    QTest::addColumn<Place>("lastIssueAbout"); // Nowhere: no fallback reason expected
    QTest::addColumn<int>("version");          // 0: the built-in content's

    // 4. Nothing configured: the built-in content.
    QTest::newRow("nothing configured") << File::None << Pack::None << File::None << 0
                                        << Place::BuiltIn << false << Place::Nowhere << 0;
    // 3. content_path, when it validates.
    QTest::newRow("content_path") << File::None << Pack::None << File::Valid << 0
                                  << Place::ContentPath << false << Place::Nowhere << 3;
    QTest::newRow("content_path not valid: built-in")
        << File::None << Pack::None << File::Invalid << 0 << Place::BuiltIn << true
        << Place::InvalidFile << 0;
    // 2. The installed pack beats content_path, and is verified again.
    QTest::newRow("pack beats content_path") << File::None << Pack::Valid << File::Valid << 0
                                             << Place::PackContent << false << Place::Nowhere << 7;
    QTest::newRow("pack tampered: built-in, not content_path")
        << File::None << Pack::Tampered << File::Valid << 0 << Place::BuiltIn << true
        << Place::PackDirectory << 0;
    // 1. --content beats everything.
    QTest::newRow("--content beats the pack")
        << File::Valid << Pack::Valid << File::Valid << 0 << Place::CommandLineFile << false
        << Place::Nowhere << 5;
    QTest::newRow("--content not valid: built-in, not the pack")
        << File::Invalid << Pack::Valid << File::None << 0 << Place::BuiltIn << true
        << Place::InvalidFile << 0;
    QTest::newRow("--content builtin beats the pack")
        << File::BuiltInKeyword << Pack::Valid << File::Valid << 0 << Place::BuiltIn << false
        << Place::Nowhere << 0;
    // The crash-loop fallback skips whatever file the rules name.
    QTest::newRow("crash loop skips the pack") << File::None << Pack::Valid << File::Valid << 4
                                               << Place::BuiltIn << true << Place::PackContent << 0;
    QTest::newRow("crash loop skips content_path")
        << File::None << Pack::None << File::Valid << 3 << Place::BuiltIn << true
        << Place::ContentPath << 0;
    QTest::newRow("crash loop skips --content")
        << File::Valid << Pack::Valid << File::None << 5 << Place::BuiltIn << true
        << Place::CommandLineFile << 0;
    QTest::newRow("crash loop with --content builtin: nothing to skip")
        << File::BuiltInKeyword << Pack::Valid << File::None << 4 << Place::BuiltIn << false
        << Place::Nowhere << 0;
    QTest::newRow("crash loop with nothing configured: nothing to skip")
        << File::None << Pack::None << File::None << 4 << Place::BuiltIn << false << Place::Nowhere
        << 0;
}

void TestActiveContent::precedence()
{
    QFETCH(File, commandLine);
    QFETCH(Pack, pack);
    QFETCH(File, contentPath);
    QFETCH(int, crashLoopStarts);
    QFETCH(Place, chosen);
    QFETCH(bool, fellBack);
    QFETCH(Place, lastIssueAbout);
    QFETCH(int, version);
    setUp(commandLine, pack, contentPath);
    if (QTest::currentTestFailed())
        return;

    const ActiveContent active = ActiveContent::choose(
        {commandLineArgument(commandLine), crashLoopStarts}, m_config, m_today);
    QCOMPARE(active.source, place(chosen));
    QCOMPARE(active.builtIn, chosen == Place::BuiltIn);
    QCOMPARE(active.fromPack, chosen == Place::PackContent);
    QCOMPARE(active.fellBack, fellBack);
    QVERIFY(!active.content.services.isEmpty());
    const qint64 builtInVersion = ActiveContent::builtInContent(m_today).content.metadata.version;
    QCOMPARE(active.content.metadata.version, version == 0 ? builtInVersion : version);
    if (fellBack)
        QVERIFY(!active.issues.isEmpty());
    if (lastIssueAbout != Place::Nowhere)
        QCOMPARE(active.issues.constLast().file, place(lastIssueAbout));
}

void TestActiveContent::sourceIsWhatChooseTriesFirst_data()
{
    QTest::addColumn<File>("commandLine");
    QTest::addColumn<Pack>("pack");
    QTest::addColumn<File>("contentPath");
    QTest::addColumn<Place>("source");
    QTest::newRow("nothing") << File::None << Pack::None << File::None << Place::Nowhere;
    QTest::newRow("content_path") << File::None << Pack::None << File::Valid << Place::ContentPath;
    QTest::newRow("pack") << File::None << Pack::Valid << File::Valid << Place::PackContent;
    QTest::newRow("--content") << File::Valid << Pack::Valid << File::Valid
                               << Place::CommandLineFile;
    QTest::newRow("--content builtin")
        << File::BuiltInKeyword << Pack::Valid << File::Valid << Place::Nowhere;
}

void TestActiveContent::sourceIsWhatChooseTriesFirst()
{
    QFETCH(File, commandLine);
    QFETCH(Pack, pack);
    QFETCH(File, contentPath);
    QFETCH(Place, source);
    setUp(commandLine, pack, contentPath);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(ActiveContent::intendedSource(commandLineArgument(commandLine), m_config),
             place(source));
}

void TestActiveContent::crashLoopTellsStaffWhy()
{
    const QString pack = QStringLiteral("/var/lib/signpost/packs/7-AB/content.json");
    const ActiveContent active = ActiveContent::afterCrashLoop(pack, 4, m_today);
    QVERIFY(active.builtIn);
    QVERIFY(active.fellBack);
    QVERIFY(!active.content.services.isEmpty());
    QCOMPARE(active.issues.size(), 1);
    QCOMPARE(active.issues.constFirst().file, pack);
    QVERIFY2(active.issues.constFirst().message.contains(QStringLiteral("4 times")),
             qPrintable(active.issues.constFirst().message));
    QVERIFY(active.issues.constFirst().message.contains(QStringLiteral("10 minutes")));
}

void TestActiveContent::builtInContentCarriesItsOwnWarningsOnly()
{
    const ActiveContent active = ActiveContent::builtInContent(m_today);
    QVERIFY(active.builtIn);
    QVERIFY(!active.fellBack);
    QVERIFY(!active.fromPack);
    QCOMPARE(active.source, ContentLoader::builtInPath());
    for (const ContentIssue &issue : active.issues)
        QCOMPARE(issue.severity, ContentIssue::Severity::Warning);
}

void TestActiveContent::describeNamesTheContentAndWhereItCameFrom_data()
{
    QTest::addColumn<File>("commandLine");
    QTest::addColumn<Pack>("pack");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("built-in") << File::None << Pack::None
                              << QStringLiteral("Using the built-in content (content 'uk-builtin'");
    QTest::newRow("fell back") << File::Invalid << Pack::None
                               << QStringLiteral(
                                      "because the configured content could not be used");
    QTest::newRow("pack") << File::None << Pack::Valid
                          << QStringLiteral("Using the installed content pack ");
    QTest::newRow("file") << File::Valid << Pack::None << QStringLiteral("Using the content file ");
}

void TestActiveContent::describeNamesTheContentAndWhereItCameFrom()
{
    QFETCH(File, commandLine);
    QFETCH(Pack, pack);
    QFETCH(QString, sentence);
    setUp(commandLine, pack, File::None);
    if (QTest::currentTestFailed())
        return;
    const QString described =
        ActiveContent::choose({commandLineArgument(commandLine)}, m_config, m_today).describe();
    QVERIFY2(described.contains(sentence), qPrintable(described));
}

QTEST_GUILESS_MAIN(TestActiveContent)
#include "TestActiveContent.moc"
