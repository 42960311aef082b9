// SPDX-License-Identifier: GPL-3.0-or-later
// --verify-pack and --install-pack: what a content owner and an IT officer see, and the exit
// status a script can rely on.
#include "MinisignTestKit.h"
#include "core/commands/PackCommands.h"
#include "core/loading/FileAccess.h"
#include "core/packs/ContentPackStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace MinisignTestKit;

class TestPackCommands : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void verify_data();
    void verify();
    void installThenRollbackRefused();
    void installIntoUnwritableStore();
    void installSaysWhenTheKioskCannotReachTheStore();
    void runChoosesTheCommand();

private:
    Configuration configuration(const QString &keys, const QString &store);

    QTemporaryDir m_dir;
    TestKey m_owner;
    TestKey m_stranger;
    QString m_goodPack;
    QString m_strangerPack;
    QString m_legacyPack;
    int m_files = 0;
    const QDate m_today{2027, 1, 15};
};

void TestPackCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Where a store normally lives: a directory every account may enter (QTemporaryDir's is not).
    QVERIFY(QFile::setPermissions(m_dir.path(), FileAccess::publicDirectory));
    m_owner = generate(m_dir.path(), QStringLiteral("owner"));
    m_stranger = generate(m_dir.path(), QStringLiteral("stranger"));
    QVERIFY(m_owner.key && m_stranger.key);
    m_goodPack = m_dir.filePath(QStringLiteral("good"));
    m_strangerPack = m_dir.filePath(QStringLiteral("stranger-pack"));
    m_legacyPack = m_dir.filePath(QStringLiteral("legacy"));
    QVERIFY(makePack(m_goodPack, contentVersion(4), m_owner,
                     QStringLiteral("expires=2027-03-31 file:content.json")));
    QVERIFY(makePack(m_strangerPack, contentVersion(4), m_stranger));
    QVERIFY(makePack(m_legacyPack, contentVersion(4), m_owner, QString(), true));
}

Configuration TestPackCommands::configuration(const QString &keys, const QString &store)
{
    const QString path = m_dir.filePath(QStringLiteral("signpost-%1.conf").arg(++m_files));
    QByteArray text = "[signpost]\n";
    if (!keys.isEmpty())
        text += "trusted_content_keys=" + keys.toUtf8() + "\n";
    text += "content_directory=" + store.toUtf8() + "\n";
    writeFile(path, text);
    return Configuration::load(path, true);
}

void TestPackCommands::verify_data()
{
    QTest::addColumn<QString>("pack");
    QTest::addColumn<QString>("configuredKey");  // "owner", "base64" or "" (none)
    QTest::addColumn<QString>("trustedKeyFile"); // --trusted-key: "owner", "stranger", "missing"
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("outMentions");
    QTest::addColumn<QString>("errMentions");
    const QString none;
    const QString owner = QStringLiteral("owner");
    QTest::newRow("valid") << m_goodPack << owner << none << 0
                           << QStringLiteral("valid: content 'uk-builtin' version 4") << none;
    QTest::newRow("valid, key given as base64")
        << m_goodPack << QStringLiteral("base64") << none << 0
        << QStringLiteral("expires after 2027-03-31") << none;
    QTest::newRow("owner checks before shipping")
        << m_strangerPack << none << QStringLiteral("stranger") << 0 << QStringLiteral("valid")
        << none;
    QTest::newRow("unknown key") << m_strangerPack << owner << none << 1
                                 << QStringLiteral("NOT VALID") << none;
    QTest::newRow("--trusted-key replaces the configured keys")
        << m_goodPack << owner << QStringLiteral("stranger") << 1
        << QStringLiteral("not a trusted key") << none;
    QTest::newRow("legacy refused") << m_legacyPack << owner << none << 1
                                    << QStringLiteral("allow_legacy_signatures=true") << none;
    QTest::newRow("no trusted key configured")
        << m_goodPack << none << none << 2 << none << QStringLiteral("trusted_content_keys");
    QTest::newRow("--trusted-key file missing") << m_goodPack << none << QStringLiteral("missing")
                                                << 2 << none << QStringLiteral("no such key file");
    QTest::newRow("no such pack") << m_dir.filePath(QStringLiteral("nowhere")) << owner << none << 1
                                  << QStringLiteral("no such file") << none;
}

void TestPackCommands::verify()
{
    QFETCH(QString, pack);
    QFETCH(QString, configuredKey);
    QFETCH(QString, trustedKeyFile);
    QFETCH(int, status);
    QFETCH(QString, outMentions);
    QFETCH(QString, errMentions);

    QString keys;
    if (configuredKey == QLatin1String("owner"))
        keys = m_owner.publicKeyPath;
    else if (configuredKey == QLatin1String("base64"))
        keys = QString::fromLatin1(readFile(m_owner.publicKeyPath).split('\n').at(1));
    const Configuration config =
        configuration(keys, m_dir.filePath(QStringLiteral("store-%1").arg(++m_files)));
    QVERIFY2(config.warnings().isEmpty(), qPrintable(config.warnings().join(u'\n')));
    QString keyFile;
    if (trustedKeyFile == QLatin1String("owner"))
        keyFile = m_owner.publicKeyPath;
    else if (trustedKeyFile == QLatin1String("stranger"))
        keyFile = m_stranger.publicKeyPath;
    else if (trustedKeyFile == QLatin1String("missing"))
        keyFile = m_dir.filePath(QStringLiteral("missing.pub"));

    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    QCOMPARE(PackCommands::verify(pack, keyFile, config, m_today, outStream, errStream), status);
    QVERIFY2(out.contains(outMentions), qPrintable(out));
    QVERIFY2(err.contains(errMentions), qPrintable(err));
    if (status == 1)
        QVERIFY2(out.startsWith(pack + QStringLiteral(": NOT VALID: ")), qPrintable(out));
}

void TestPackCommands::installThenRollbackRefused()
{
    const QString storePath = m_dir.filePath(QStringLiteral("store-install"));
    const Configuration config = configuration(m_owner.publicKeyPath, storePath);
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    QCOMPARE(PackCommands::install(m_goodPack, config, m_today, outStream, errStream), 0);
    QVERIFY2(out.contains(QStringLiteral(": content 'uk-builtin' version 4")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("installed into ") + storePath), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("next reset")), qPrintable(out));
    const ContentPackStore store(storePath);
    QVERIFY(store.installedGeneration().startsWith(QStringLiteral("4-")));

    // The same pack again: the store is at version 4, so --verify-pack and --install-pack agree.
    out.clear();
    QCOMPARE(PackCommands::verify(m_goodPack, QString(), config, m_today, outStream, errStream), 1);
    QVERIFY2(out.contains(QStringLiteral("not newer than version 4")), qPrintable(out));
    out.clear();
    QCOMPARE(PackCommands::install(m_goodPack, config, m_today, outStream, errStream), 1);
    QVERIFY2(out.contains(QStringLiteral("no rollback")), qPrintable(out));
    // A content owner's own check does not look at this machine's store.
    out.clear();
    QCOMPARE(PackCommands::verify(m_goodPack, m_owner.publicKeyPath, config, m_today, outStream,
                                  errStream),
             0);
    QVERIFY(err.isEmpty());
}

void TestPackCommands::installIntoUnwritableStore()
{
    const Configuration config =
        configuration(m_owner.publicKeyPath, QStringLiteral("/dev/null/signpost-store"));
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    QCOMPARE(PackCommands::install(m_goodPack, config, m_today, outStream, errStream), 4);
    QVERIFY2(err.contains(QStringLiteral("valid but was not installed")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("unchanged")), qPrintable(err));
}

void TestPackCommands::installSaysWhenTheKioskCannotReachTheStore()
{
    QTemporaryDir closed(m_dir.filePath(QStringLiteral("closed-XXXXXX"))); // 0700, root's
    QVERIFY(closed.isValid());
    const QString storePath = closed.filePath(QStringLiteral("store"));
    const Configuration config = configuration(m_owner.publicKeyPath, storePath);
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    QCOMPARE(PackCommands::install(m_goodPack, config, m_today, outStream, errStream), 0);
    QVERIFY2(err.contains(QStringLiteral("other accounts may not enter %1").arg(closed.path())),
             qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("chmod o+x")), qPrintable(err));
}

void TestPackCommands::runChoosesTheCommand()
{
    const QString storePath = m_dir.filePath(QStringLiteral("store-run"));
    const Configuration config = configuration(m_owner.publicKeyPath, storePath);
    LaunchOptions options;
    options.packPath = m_goodPack;
    options.action = LaunchOptions::Action::VerifyPack;
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    QCOMPARE(PackCommands::run(options, config, m_today, outStream, errStream), 0);
    QVERIFY(ContentPackStore(storePath).installedGeneration().isEmpty()); // verify writes nothing
    options.action = LaunchOptions::Action::InstallPack;
    QCOMPARE(PackCommands::run(options, config, m_today, outStream, errStream), 0);
    QVERIFY(!ContentPackStore(storePath).installedGeneration().isEmpty());
}

QTEST_GUILESS_MAIN(TestPackCommands)
#include "TestPackCommands.moc"
