// SPDX-License-Identifier: GPL-3.0-or-later
#include "MinisignTestKit.h"
#include "core/commands/PackCommands.h"
#include "core/packs/ContentPackStore.h"
#include "core/startup/ActiveContent.h"
#include "core/startup/Configuration.h"
#include "core/startup/ContentFeed.h"
#include "core/startup/LocalPackLoader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace MinisignTestKit;

// Local overlay packs end to end, signed by Debian's minisign tool: one signed by a local key is
// installed into its own store and laid over the national content; one signed with the wrong
// kind of key, or one that changes a national number, is refused; an expired one is dropped on
// its own while the national content still runs.
class TestLocalPackLoader : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void localKeyAddsTheService();
    void verifyWithTheLocalKeyFile();
    void wrongKeyRefused_data();
    void wrongKeyRefused();
    void nationalNumberChangeRefusedWithPointer();
    void expiredPackDroppedAlone();
    void rollbackRefused();

private:
    QString packDir(const QString &name) const { return m_dir.filePath(name); }
    static QByteArray fixture(const QString &path)
    {
        return readFile(QStringLiteral(SIGNPOST_SOURCE_DIR "/tests/core/fixtures/local/") + path);
    }
    static QByteArray withVersion(QByteArray bytes, int version)
    {
        return bytes.replace("\"version\": 3",
                             QByteArray("\"version\": ") + QByteArray::number(version));
    }
    int install(const QString &directory, QString *output = nullptr);

    QTemporaryDir m_dir;
    TestKey m_national;
    TestKey m_local;
    TestKey m_stranger;
    Configuration m_config;
    QDate m_today = QDate(2026, 12, 1);
    const ChannelRef m_localRef{QStringLiteral("example-childrens-services"),
                                QStringLiteral("phone")};
};

void TestLocalPackLoader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_national = generate(m_dir.path(), QStringLiteral("national"));
    m_local = generate(m_dir.path(), QStringLiteral("local"));
    m_stranger = generate(m_dir.path(), QStringLiteral("stranger"));
    QVERIFY2(m_national.key && m_local.key && m_stranger.key, "minisign -G failed");
}

void TestLocalPackLoader::init()
{
    // A fresh store for every test function.
    const QString store =
        m_dir.filePath(QStringLiteral("store-%1").arg(QLatin1String(QTest::currentTestFunction())));
    const QString configPath = m_dir.filePath(QStringLiteral("signpost.conf"));
    QVERIFY(writeFile(configPath,
                      QStringLiteral("[signpost]\ntrusted_content_keys=%1\ntrusted_local_keys=%2\n"
                                     "content_directory=%3\n")
                          .arg(m_national.publicKeyPath, m_local.publicKeyPath, store)
                          .toUtf8()));
    m_config = Configuration::load(configPath, true);
    QVERIFY2(m_config.warnings().isEmpty(), qPrintable(m_config.warnings().join(u'\n')));
    QCOMPARE(m_config.trustedLocalKeys().size(), 1);
}

int TestLocalPackLoader::install(const QString &directory, QString *output)
{
    QString text;
    QString errors;
    QTextStream out(&text);
    QTextStream err(&errors);
    const int status = PackCommands::install(directory, m_config, m_today, out, err);
    if (output)
        *output = text + errors;
    return status;
}

void TestLocalPackLoader::localKeyAddsTheService()
{
    QVERIFY(makePack(packDir(QStringLiteral("good")),
                     fixture(QStringLiteral("valid/example-area.json")), m_local,
                     QStringLiteral("expires=2027-03-31")));
    QString output;
    QCOMPARE(install(packDir(QStringLiteral("good")), &output), int(PackCommands::Success));
    QVERIFY2(output.contains(QLatin1String("local pack 'example-area' version 3")),
             qPrintable(output));
    QVERIFY(output.contains(LocalPackLoader::storeDirectory(m_config)));

    const ActiveContent active = ActiveContent::choose({}, m_config, m_today);
    QVERIFY(active.local.applied());
    QCOMPARE(active.local.id, QStringLiteral("example-area"));
    QCOMPARE(active.local.version, 3);
    QCOMPARE(active.local.keyId, m_local.key->keyIdText());
    QVERIFY(active.builtIn); // the national content is the built-in set, with the pack over it
    const PathwayNode *outcome = active.content.node(QStringLiteral("report-not-sure"));
    QVERIFY(outcome);
    QCOMPARE(outcome->alternatives.constLast(), m_localRef);
    QVERIFY(active.describe().contains(QLatin1String("local pack 'example-area'")));
}

void TestLocalPackLoader::verifyWithTheLocalKeyFile()
{
    // A local publisher checks a pack before shipping, against its own public key alone.
    const QString dir = packDir(QStringLiteral("to-ship"));
    QVERIFY(makePack(dir, fixture(QStringLiteral("valid/example-area.json")), m_local));
    QString text;
    QString errors;
    QTextStream out(&text);
    QTextStream err(&errors);
    QCOMPARE(PackCommands::verify(dir, m_local.publicKeyPath, Configuration(), m_today, out, err),
             int(PackCommands::Success));
    out.flush();
    QVERIFY2(text.contains(QLatin1String("valid: local pack 'example-area' version 3, signed with "
                                         "local key ") +
                           m_local.key->keyIdText()),
             qPrintable(text));
    QVERIFY(text.contains(QLatin1String("it fits content 'uk-builtin' version 1")));
}

void TestLocalPackLoader::wrongKeyRefused_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("signer");
    QTest::addColumn<QString>("words");
    QTest::newRow("local pack, national key") << "local"
                                              << "national"
                                              << "is a local pack (\"kind\": \"local\"), but key";
    QTest::newRow("local pack, unknown key") << "local"
                                             << "stranger"
                                             << "which is not a trusted local key";
    QTest::newRow("national content, local key") << "national"
                                                 << "local"
                                                 << "is national content, but key";
}

void TestLocalPackLoader::wrongKeyRefused()
{
    QFETCH(QString, content);
    QFETCH(QString, signer);
    QFETCH(QString, words);
    const TestKey &key = signer == QLatin1String("national") ? m_national
                         : signer == QLatin1String("local")  ? m_local
                                                             : m_stranger;
    const QString dir = packDir(QStringLiteral("wrong-%1-%2").arg(content, signer));
    QVERIFY(makePack(dir,
                     content == QLatin1String("local")
                         ? fixture(QStringLiteral("valid/example-area.json"))
                         : contentVersion(5),
                     key));
    QString output;
    QCOMPARE(install(dir, &output), int(PackCommands::Refused));
    QVERIFY2(output.contains(words), qPrintable(output));
    const ActiveContent active = ActiveContent::choose({}, m_config, m_today);
    QCOMPARE(active.local.status, LocalPackState::Status::None);
    QVERIFY(active.builtIn);
}

void TestLocalPackLoader::nationalNumberChangeRefusedWithPointer()
{
    const QString dir = packDir(QStringLiteral("police"));
    QVERIFY(
        makePack(dir, fixture(QStringLiteral("invalid/changes-national-number.json")), m_local));
    QString output;
    QCOMPARE(install(dir, &output), int(PackCommands::Refused));
    QVERIFY2(output.contains(QLatin1String(
                 "content.json:/services/1/channels/0/value: error: tries to change national "
                 "service 'police' phone '101' from '101' to '01632 960101'")),
             qPrintable(output));
    QVERIFY(output.contains(QLatin1String("NOT VALID")));
}

void TestLocalPackLoader::expiredPackDroppedAlone()
{
    QVERIFY(makePack(packDir(QStringLiteral("expiring")),
                     fixture(QStringLiteral("valid/example-area.json")), m_local,
                     QStringLiteral("expires=2026-12-31")));
    QCOMPARE(install(packDir(QStringLiteral("expiring"))), int(PackCommands::Success));
    const ActiveContent shown = ActiveContent::choose({}, m_config, QDate(2026, 12, 31));
    QVERIFY(shown.local.applied());
    // A kiosk showing it reloads at its first reset after the expiry date, not before.
    QVERIFY(!shown.needsReload(m_config, QDate(2026, 12, 31)));
    QVERIFY(shown.needsReload(m_config, QDate(2027, 1, 1)));

    const ActiveContent later = ActiveContent::choose({}, m_config, QDate(2027, 1, 1));
    QVERIFY(later.local.dropped());
    QVERIFY2(later.local.reason.contains(QLatin1String("expired on 2026-12-31")),
             qPrintable(later.local.reason));
    // The national content still runs, whole, without the local service.
    QVERIFY(!later.fellBack);
    QCOMPARE(later.content.metadata.id, QStringLiteral("uk-builtin"));
    QVERIFY(!later.content.service(m_localRef.service));
    QVERIFY(
        !later.content.node(QStringLiteral("report-not-sure"))->alternatives.contains(m_localRef));
    QVERIFY(later.describe().contains(QLatin1String("was dropped")));
    // A kiosk starting that day says why on the console, for IT.
    const ContentFeed feed({}, m_config, [] { return QDate(2027, 1, 1); });
    const QStringList console = feed.consoleIssues();
    QCOMPARE(console.size(), 1);
    QVERIFY2(console.constFirst().contains(QLatin1String("expired on 2026-12-31")),
             qPrintable(console.constFirst()));
}

void TestLocalPackLoader::rollbackRefused()
{
    const QByteArray pack = fixture(QStringLiteral("valid/example-area.json"));
    QVERIFY(makePack(packDir(QStringLiteral("v4")), withVersion(pack, 4), m_local));
    QVERIFY(makePack(packDir(QStringLiteral("v2")), withVersion(pack, 2), m_local));
    QCOMPARE(install(packDir(QStringLiteral("v4"))), int(PackCommands::Success));
    QString output;
    QCOMPARE(install(packDir(QStringLiteral("v2")), &output), int(PackCommands::Refused));
    QVERIFY2(output.contains(QLatin1String("not newer than version 4")), qPrintable(output));
    // The national store is untouched: its own floor is separate.
    QVERIFY(ContentPackStore(m_config.contentDirectory()).installedGeneration().isEmpty());
}

QTEST_GUILESS_MAIN(TestLocalPackLoader)
#include "TestLocalPackLoader.moc"
