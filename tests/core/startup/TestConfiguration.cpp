// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/startup/Configuration.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

class TestConfiguration : public QObject
{
    Q_OBJECT
private slots:
    void defaultsWithoutFile();
    void values_data();
    void values();
    void noUsableLanguage();
    void staffPinHash_data();
    void staffPinHash();
    void contentPath();
    void contentPacks_data();
    void contentPacks();
    void keysDirectory_data();
    void keysDirectory();
    void localKeys_data();
    void localKeys();
    void repeatedKeys_data();
    void repeatedKeys();
    void missingFile_data();
    void missingFile();
    void loadingNeverWritesTheFile();
    void region_data();
    void region();
    void metricsTextfile_data();
    void metricsTextfile();
    void layout_data();
    void layout();
    void defaultPathPerPlatform();
    void exampleFileIsValid();

private:
    QString write(const QByteArray &text, const QString &name = QString());
    QTemporaryDir m_dir;
    int m_files = 0;
};

QString TestConfiguration::write(const QByteArray &text, const QString &name)
{
    // A new name each time: QSettings caches files by name, size and modification time.
    const QString path =
        m_dir.filePath(name.isEmpty() ? QStringLiteral("signpost-%1.conf").arg(++m_files) : name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(text);
    return path;
}

void TestConfiguration::defaultsWithoutFile()
{
    const Configuration config;
    QVERIFY(!config.mode());
    QCOMPARE(config.idleTimeoutSeconds(), 90);
    QCOMPARE(config.eventIdleTimeoutSeconds(), 60);
    QCOMPARE(config.defaultLanguage(), QStringLiteral("en"));
    QCOMPARE(config.enabledLanguages(), (QStringList{QStringLiteral("en"), QStringLiteral("cy")}));
    QVERIFY(config.staffPinHash().isEmpty());
    QVERIFY(config.contentPath().isEmpty());
    QVERIFY(config.trustedContentKeys().isEmpty());
    QCOMPARE(config.contentDirectory(), Configuration::defaultContentDirectory());
    QVERIFY(!config.allowLegacySignatures());
    QVERIFY(!config.region());
    QCOMPARE(config.layout(), ReachZone::Layout::Standard);
    QVERIFY(config.warnings().isEmpty());
}

void TestConfiguration::values_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::addColumn<QString>("mode"); // "" = no mode
    QTest::addColumn<int>("idle");
    QTest::addColumn<int>("eventIdle");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("languages");
    QTest::addColumn<QStringList>("warningWords"); // empty = no warning; else one warning with all

    const QStringList enCy{QStringLiteral("en"), QStringLiteral("cy")};
    const QStringList none;
    auto words = [](const char *a, const char *b, const char *c) {
        return QStringList{QString::fromUtf8(a), QString::fromUtf8(b), QString::fromUtf8(c)};
    };

    QTest::newRow("empty file") << QByteArray() << QString() << 90 << 60 << "en" << enCy << none;
    QTest::newRow("empty section")
        << QByteArray("[signpost]\n") << QString() << 90 << 60 << "en" << enCy << none;
    QTest::newRow("blank values are defaults")
        << QByteArray("[signpost]\nmode=\nidle_timeout_seconds=\ndefault_language=\n") << QString()
        << 90 << 60 << "en" << enCy << none;
    QTest::newRow("everything good")
        << QByteArray("[signpost]\nmode=kiosk\nidle_timeout_seconds=120\n"
                      "event_idle_timeout_seconds=45\ndefault_language=cy\n"
                      "enabled_languages=en,cy,pl\n")
        << "kiosk" << 120 << 45 << "cy"
        << QStringList{QStringLiteral("en"), QStringLiteral("cy"), QStringLiteral("pl")} << none;
    QTest::newRow("mode staff") << QByteArray("[signpost]\nmode=staff\n") << "staff" << 90 << 60
                                << "en" << enCy << none;
    QTest::newRow("mode event, any case")
        << QByteArray("[signpost]\nmode= Event \n") << "event" << 90 << 60 << "en" << enCy << none;
    QTest::newRow("bad mode") << QByteArray("[signpost]\nmode=shop\n") << QString() << 90 << 60
                              << "en" << enCy << words("mode", "'shop'", "normal window");
    QTest::newRow("idle lowest") << QByteArray("[signpost]\nidle_timeout_seconds=30\n") << QString()
                                 << 30 << 60 << "en" << enCy << none;
    QTest::newRow("idle highest") << QByteArray("[signpost]\nidle_timeout_seconds=600\n")
                                  << QString() << 600 << 60 << "en" << enCy << none;
    QTest::newRow("idle too short")
        << QByteArray("[signpost]\nidle_timeout_seconds=29\n") << QString() << 90 << 60 << "en"
        << enCy << words("idle_timeout_seconds", "'29'", "using 90");
    QTest::newRow("idle too long")
        << QByteArray("[signpost]\nidle_timeout_seconds=601\n") << QString() << 90 << 60 << "en"
        << enCy << words("idle_timeout_seconds", "'601'", "using 90");
    QTest::newRow("idle with unit")
        << QByteArray("[signpost]\nidle_timeout_seconds=90s\n") << QString() << 90 << 60 << "en"
        << enCy << words("idle_timeout_seconds", "'90s'", "using 90");
    QTest::newRow("idle negative")
        << QByteArray("[signpost]\nidle_timeout_seconds=-5\n") << QString() << 90 << 60 << "en"
        << enCy << words("idle_timeout_seconds", "'-5'", "30 to 600");
    QTest::newRow("idle list") << QByteArray("[signpost]\nidle_timeout_seconds=90,120\n")
                               << QString() << 90 << 60 << "en" << enCy
                               << words("idle_timeout_seconds", "'90,120'", "using 90");
    QTest::newRow("event idle bad")
        << QByteArray("[signpost]\nevent_idle_timeout_seconds=soon\n") << QString() << 90 << 60
        << "en" << enCy << words("event_idle_timeout_seconds", "'soon'", "using 60");
    QTest::newRow("languages spaced") << QByteArray("[signpost]\nenabled_languages = en , CY\n")
                                      << QString() << 90 << 60 << "en" << enCy << none;
    QTest::newRow("one language becomes default")
        << QByteArray("[signpost]\nenabled_languages=pl\n") << QString() << 90 << 60 << "pl"
        << QStringList{QStringLiteral("pl")} << none;
    QTest::newRow("bad language left out")
        << QByteArray("[signpost]\nenabled_languages=en,Welsh!\n") << QString() << 90 << 60 << "en"
        << QStringList{QStringLiteral("en")} << words("enabled_languages", "'Welsh!'", "left out");
    QTest::newRow("default not enabled")
        << QByteArray("[signpost]\ndefault_language=fr\n") << QString() << 90 << 60 << "en" << enCy
        << words("default_language", "'fr'", "using en");
    QTest::newRow("default not a code")
        << QByteArray("[signpost]\ndefault_language=Cymraeg\n") << QString() << 90 << 60 << "en"
        << enCy << words("default_language", "'Cymraeg'", "using en");
    QTest::newRow("unknown key") << QByteArray("[signpost]\nidle_timeout=30\n") << QString() << 90
                                 << 60 << "en" << enCy
                                 << words("unknown key", "'signpost/idle_timeout'", "ignored");
    QTest::newRow("key outside the section")
        << QByteArray("mode=kiosk\n") << QString() << 90 << 60 << "en" << enCy
        << words("unknown key", "'mode'", "[signpost]");
    QTest::newRow("content directory") << QByteArray("[signpost]\ncontent_directory=/var/lib/x\n")
                                       << QString() << 90 << 60 << "en" << enCy << none;
    QTest::newRow("legacy signatures not a boolean")
        << QByteArray("[signpost]\nallow_legacy_signatures=maybe\n") << QString() << 90 << 60
        << "en" << enCy << words("allow_legacy_signatures", "'maybe'", "using false");
}

void TestConfiguration::values()
{
    QFETCH(QByteArray, ini);
    QFETCH(QString, mode);
    QFETCH(int, idle);
    QFETCH(int, eventIdle);
    QFETCH(QString, language);
    QFETCH(QStringList, languages);
    QFETCH(QStringList, warningWords);

    const QString path = write(ini);
    QVERIFY(!path.isEmpty());
    const Configuration config = Configuration::load(path, true);
    QVERIFY(config.fileFound());
    QCOMPARE(config.mode() ? modeName(*config.mode()) : QString(), mode);
    QCOMPARE(config.idleTimeoutSeconds(), idle);
    QCOMPARE(config.eventIdleTimeoutSeconds(), eventIdle);
    QCOMPARE(config.defaultLanguage(), language);
    QCOMPARE(config.enabledLanguages(), languages);
    if (warningWords.isEmpty()) {
        QVERIFY2(config.warnings().isEmpty(), qPrintable(config.warnings().join(u'\n')));
        return;
    }
    QCOMPARE(config.warnings().size(), 1);
    const QString warning = config.warnings().constFirst();
    QVERIFY2(warning.startsWith(path + QLatin1String(": ")), qPrintable(warning));
    for (const QString &word : warningWords)
        QVERIFY2(warning.contains(word), qPrintable(warning));
}

void TestConfiguration::noUsableLanguage()
{
    const Configuration config =
        Configuration::load(write("[signpost]\nenabled_languages=english, Welsh\n"), true);
    QCOMPARE(config.enabledLanguages(), (QStringList{QStringLiteral("en"), QStringLiteral("cy")}));
    QCOMPARE(config.defaultLanguage(), QStringLiteral("en"));
    // One sentence per entry left out, then what is used instead.
    QCOMPARE(config.warnings().size(), 3);
    QVERIFY(config.warnings().at(0).contains(QLatin1String("'english'")));
    QVERIFY(config.warnings().at(1).contains(QLatin1String("'Welsh'")));
    QVERIFY(config.warnings().at(2).contains(QLatin1String("no usable language; using en, cy")));
}

void TestConfiguration::staffPinHash_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("hash");
    QTest::addColumn<bool>("warns");
    const QString argon = QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g");
    QTest::newRow("quoted") << ("staff_pin_hash=\"" + argon.toLatin1() + "\"") << argon << false;
    QTest::newRow("unquoted, commas kept")
        << ("staff_pin_hash=" + argon.toLatin1()) << argon << false;
    QTest::newRow("blank") << QByteArray("staff_pin_hash=") << QString() << false;
    QTest::newRow("plain PIN is refused")
        << QByteArray("staff_pin_hash=123456") << QString() << true;
}

void TestConfiguration::staffPinHash()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, hash);
    QFETCH(bool, warns);
    const Configuration config = Configuration::load(write("[signpost]\n" + line + "\n"), true);
    QCOMPARE(config.staffPinHash(), hash);
    QCOMPARE(config.warnings().size(), warns ? 1 : 0);
    if (warns) {
        QVERIFY(config.warnings().constFirst().contains(QLatin1String("staff_pin_hash")));
        // The value is never echoed: it might be a PIN typed in by mistake.
        QVERIFY(!config.warnings().constFirst().contains(QLatin1String("123456")));
    }
}

void TestConfiguration::contentPath()
{
    const QString content = write("{}", QStringLiteral("local.json"));
    Configuration config =
        Configuration::load(write("[signpost]\ncontent_path=local.json\n"), true);
    QCOMPARE(config.contentPath(), QFileInfo(content).absoluteFilePath());
    QVERIFY(config.warnings().isEmpty());

    // A missing file is kept, so the staff menu can say the content fell back to the built-in set.
    config = Configuration::load(write("[signpost]\ncontent_path=/nowhere/c.json\n"), true);
    QCOMPARE(config.contentPath(), QStringLiteral("/nowhere/c.json"));
    QCOMPARE(config.warnings().size(), 1);
    QVERIFY(config.warnings().constFirst().contains(QLatin1String("built-in content")));
}

// A public key minisign -G printed (key id AF0B60FF1AA03F1C).
static const QByteArray packKey("RWQcP6Aa/2ALrxaA6s0vNR949grcrtrtCucNymKAM6IWXwuu/mhPE53L");

void TestConfiguration::contentPacks_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::addColumn<QStringList>("keyIds");
    QTest::addColumn<QString>("directory"); // relative to the test directory; "" = the default
    QTest::addColumn<bool>("legacy");
    QTest::addColumn<QStringList>("warningWords"); // empty = no warning
    const QStringList none;
    const QStringList packKeyId{QStringLiteral("AF0B60FF1AA03F1C")};
    QTest::newRow("defaults") << QByteArray("[signpost]\n") << none << QString() << false << none;
    QTest::newRow("key file, relative")
        << QByteArray("[signpost]\ntrusted_content_keys=owner-keys/owner.pub\n") << packKeyId
        << QString() << false << none;
    QTest::newRow("base64 key") << QByteArray("[signpost]\ntrusted_content_keys=" + packKey + "\n")
                                << packKeyId << QString() << false << none;
    QTest::newRow("the same key twice")
        << QByteArray("[signpost]\ntrusted_content_keys=" + packKey + ", owner-keys/owner.pub\n")
        << packKeyId << QString() << false << none;
    QTest::newRow("missing key file")
        << QByteArray("[signpost]\ntrusted_content_keys=owner-keys/gone.pub," + packKey + "\n")
        << packKeyId << QString() << false
        << QStringList{QStringLiteral("trusted_content_keys"),
                       QStringLiteral("'owner-keys/gone.pub'"), QStringLiteral("refused")};
    QTest::newRow("a secret key by mistake")
        << QByteArray("[signpost]\ntrusted_content_keys=owner-keys/owner.key\n") << none
        << QString() << false
        << QStringList{QStringLiteral("'owner-keys/owner.key'"), QStringLiteral("not a usable")};
    QTest::newRow("content directory, relative")
        << QByteArray("[signpost]\ncontent_directory=store\n") << none << QStringLiteral("store")
        << false << none;
    QTest::newRow("content directory is a file")
        << QByteArray("[signpost]\ncontent_directory=owner-keys/owner.pub\n") << none << QString()
        << false
        << QStringList{QStringLiteral("content_directory"), QStringLiteral("not a directory")};
    QTest::newRow("legacy allowed") << QByteArray("[signpost]\nallow_legacy_signatures=true\n")
                                    << none << QString() << true << none;
    QTest::newRow("legacy off") << QByteArray("[signpost]\nallow_legacy_signatures=no\n") << none
                                << QString() << false << none;
}

void TestConfiguration::contentPacks()
{
    QFETCH(QByteArray, ini);
    QFETCH(QStringList, keyIds);
    QFETCH(QString, directory);
    QFETCH(bool, legacy);
    QFETCH(QStringList, warningWords);

    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("owner-keys")));
    write("untrusted comment: minisign public key AF0B60FF1AA03F1C\n" + packKey + "\n",
          QStringLiteral("owner-keys/owner.pub"));
    write("untrusted comment: minisign encrypted secret key\nRWRTY0Iy...\n",
          QStringLiteral("owner-keys/owner.key"));
    const Configuration config = Configuration::load(write(ini), true);
    QStringList ids;
    for (const MinisignKey &key : config.trustedContentKeys())
        ids << key.keyIdText();
    QCOMPARE(ids, keyIds);
    QCOMPARE(config.contentDirectory(), directory.isEmpty()
                                            ? Configuration::defaultContentDirectory()
                                            : QDir(m_dir.path()).filePath(directory));
    QCOMPARE(config.allowLegacySignatures(), legacy);
    if (warningWords.isEmpty()) {
        QVERIFY2(config.warnings().isEmpty(), qPrintable(config.warnings().join(u'\n')));
        return;
    }
    QCOMPARE(config.warnings().size(), 1);
    for (const QString &word : warningWords)
        QVERIFY2(config.warnings().constFirst().contains(word),
                 qPrintable(config.warnings().constFirst()));
}

void TestConfiguration::keysDirectory_data()
{
    // What is in the configuration's directory: the configuration file (or none) and keys/.
    QTest::addColumn<QByteArray>("ini"); // empty: no configuration file at all
    QTest::addColumn<QByteArray>("keyFile");
    QTest::addColumn<bool>("worldWritable");
    QTest::addColumn<int>("trusted");
    QTest::addColumn<QString>("warning"); // "" = no warning
    const QByteArray pub = "untrusted comment: minisign public key AF0B60FF1AA03F1C\n" + packKey;
    QTest::newRow("a .pub file in keys/ is trusted")
        << QByteArray("[signpost]\n") << pub << false << 1 << QString();
    QTest::newRow("with no configuration file too (the laptop's staff account)")
        << QByteArray() << pub << false << 1 << QString();
    QTest::newRow("named in trusted_content_keys as well: one key")
        << QByteArray("[signpost]\ntrusted_content_keys=" + packKey + "\n") << pub << false << 1
        << QString();
    QTest::newRow("writable by every account: not trusted")
        << QByteArray("[signpost]\n") << pub << true << 0 << QStringLiteral("not trusted");
    QTest::newRow("not a key") << QByteArray("[signpost]\n") << QByteArray("hello\n") << false << 0
                               << QStringLiteral("not a usable minisign public key");
}

void TestConfiguration::keysDirectory()
{
    QFETCH(QByteArray, ini);
    QFETCH(QByteArray, keyFile);
    QFETCH(bool, worldWritable);
    QFETCH(int, trusted);
    QFETCH(QString, warning);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("keys")));
    const QString keyPath = dir.filePath(QStringLiteral("keys/region.pub"));
    QFile key(keyPath);
    QVERIFY(key.open(QIODevice::WriteOnly) && key.write(keyFile) == keyFile.size());
    key.close();
    if (worldWritable)
        QVERIFY(QFile::setPermissions(keyPath, QFile::ReadOwner | QFile::WriteOwner |
                                                   QFile::ReadGroup | QFile::WriteGroup |
                                                   QFile::ReadOther | QFile::WriteOther));
    const QString path = dir.filePath(QStringLiteral("signpost.conf"));
    if (!ini.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(ini) == ini.size());
    }
    const Configuration config = Configuration::load(path, false);
    QCOMPARE(config.trustedKeysDirectory(), dir.filePath(QStringLiteral("keys")));
    QCOMPARE(config.trustedContentKeys().size(), trusted);
    if (warning.isEmpty()) {
        QVERIFY2(config.warnings().isEmpty(), qPrintable(config.warnings().join(u'\n')));
        return;
    }
    QCOMPARE(config.warnings().size(), 1);
    QVERIFY2(config.warnings().constFirst().contains(keyPath), qPrintable(config.warnings()[0]));
    QVERIFY2(config.warnings().constFirst().contains(warning), qPrintable(config.warnings()[0]));
}

void TestConfiguration::localKeys_data()
{
    // Where the key is: the configuration's lists, keys/ or keys/local/. A key vouches for one
    // kind of pack only: listed as both, it stays national.
    QTest::addColumn<QByteArray>("ini");
    QTest::addColumn<QString>("keyFile"); // "" none, else where under the directory
    QTest::addColumn<int>("national");
    QTest::addColumn<int>("local");
    QTest::addColumn<QString>("warning");
    QTest::newRow("trusted_local_keys")
        << QByteArray("[signpost]\ntrusted_local_keys=" + packKey + "\n") << QString() << 0 << 1
        << QString();
    QTest::newRow("keys/local/") << QByteArray("[signpost]\n") << "keys/local/area.pub" << 0 << 1
                                 << QString();
    QTest::newRow("keys/ is national")
        << QByteArray("[signpost]\n") << "keys/area.pub" << 1 << 0 << QString();
    QTest::newRow("both lists") << QByteArray("[signpost]\ntrusted_content_keys=" + packKey +
                                              "\ntrusted_local_keys=" + packKey + "\n")
                                << QString() << 1 << 0
                                << QStringLiteral("both a national content key and a local key");
    QTest::newRow("keys/ and trusted_local_keys")
        << QByteArray("[signpost]\ntrusted_local_keys=" + packKey + "\n") << "keys/area.pub" << 1
        << 0 << QStringLiteral("both a national content key and a local key");
}

void TestConfiguration::localKeys()
{
    QFETCH(QByteArray, ini);
    QFETCH(QString, keyFile);
    QFETCH(int, national);
    QFETCH(int, local);
    QFETCH(QString, warning);
    QTemporaryDir dir;
    if (!keyFile.isEmpty()) {
        QVERIFY(QDir(dir.path()).mkpath(QFileInfo(dir.filePath(keyFile)).path()));
        QFile key(dir.filePath(keyFile));
        const QByteArray pub =
            "untrusted comment: minisign public key AF0B60FF1AA03F1C\n" + packKey;
        QVERIFY(key.open(QIODevice::WriteOnly) && key.write(pub) == pub.size());
    }
    const QString path = dir.filePath(QStringLiteral("signpost.conf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(ini) == ini.size());
    file.close();
    const Configuration config = Configuration::load(path, false);
    QCOMPARE(config.trustedContentKeys().size(), national);
    QCOMPARE(config.trustedLocalKeys().size(), local);
    if (warning.isEmpty()) {
        QVERIFY2(config.warnings().isEmpty(), qPrintable(config.warnings().join(u'\n')));
        return;
    }
    QCOMPARE(config.warnings().size(), 1);
    QVERIFY2(config.warnings().constFirst().contains(warning), qPrintable(config.warnings()[0]));
}

void TestConfiguration::repeatedKeys_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::addColumn<bool>("unlock");       // a staff_pin_hash is in effect
    QTest::addColumn<QStringList>("words"); // empty: no warning
    const QByteArray hash = "staff_pin_hash=\"$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA\"\n";
    QTest::newRow("one line") << QByteArray("[signpost]\n" + hash) << true << QStringList();
    // The shipped example has an empty line; a hash pasted above it is silently lost.
    QTest::newRow("pasted above the empty one")
        << QByteArray("[signpost]\n" + hash + "idle_timeout_seconds=90\nstaff_pin_hash=\n") << false
        << QStringList{QStringLiteral("staff_pin_hash"), QStringLiteral("line 2"),
                       QStringLiteral("empty, on line 4"), QStringLiteral("not set")};
    QTest::newRow("given twice") << QByteArray("[signpost]\nidle_timeout_seconds=60\n" + hash +
                                               "idle_timeout_seconds=120\n")
                                 << true
                                 << QStringList{QStringLiteral("idle_timeout_seconds"),
                                                QStringLiteral("lines 2 and 4"),
                                                QStringLiteral("last one wins")};
    QTest::newRow("the same key in another section is another key")
        << QByteArray("[signpost]\n" + hash + "[other]\nstaff_pin_hash=\n") << true
        << QStringList{QStringLiteral("unknown key")};
}

void TestConfiguration::repeatedKeys()
{
    QFETCH(QByteArray, ini);
    QFETCH(bool, unlock);
    QFETCH(QStringList, words);
    const Configuration config = Configuration::load(write(ini), true);
    QCOMPARE(!config.staffPinHash().isEmpty(), unlock);
    if (words.isEmpty()) {
        QVERIFY2(config.warnings().isEmpty(), qPrintable(config.warnings().join(u'\n')));
        return;
    }
    QCOMPARE(config.warnings().size(), 1);
    const QString warning = config.warnings().constFirst();
    for (const QString &word : words)
        QVERIFY2(warning.contains(word), qPrintable(warning));
    QVERIFY2(!warning.contains(QLatin1String("argon2id")), qPrintable(warning)); // never the hash
}

void TestConfiguration::missingFile_data()
{
    QTest::addColumn<bool>("namedExplicitly");
    QTest::addColumn<int>("warnings");
    QTest::newRow("default path") << false << 0;
    QTest::newRow("--config") << true << 1;
}

void TestConfiguration::missingFile()
{
    QFETCH(bool, namedExplicitly);
    QFETCH(int, warnings);
    const QString path = m_dir.filePath(QStringLiteral("absent.conf"));
    const Configuration config = Configuration::load(path, namedExplicitly);
    QVERIFY(!config.fileFound());
    QCOMPARE(config.idleTimeoutSeconds(), 90);
    QCOMPARE(config.warnings().size(), warnings);
    if (warnings)
        QVERIFY(config.warnings().constFirst().contains(path));

    LaunchOptions options;
    options.configPath = path;
    QCOMPARE(Configuration::load(options).warnings().size(), 1);
}

void TestConfiguration::loadingNeverWritesTheFile()
{
    // Unusual layout QSettings would normalise if it ever wrote the file back.
    const QByteArray text("; Signpost\n[signpost]\nmode = kiosk\n"
                          "staff_pin_hash=$argon2id$v=19$m=8,t=1,p=1$c2FsdA$aGFzaA\n"
                          "enabled_languages = en, cy\nidle_timeout_seconds=7\nextra=1\n");
    const QString path = write(text);
    const QDateTime old = QDateTime::fromSecsSinceEpoch(1700000000);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(old, QFileDevice::FileModificationTime));
    }
    {
        const Configuration config = Configuration::load(path, true);
        QCOMPARE(config.mode(), std::optional<Mode>(Mode::Kiosk));
        QCOMPARE(config.warnings().size(), 2); // the bad idle time and the unknown key
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), text);
    QCOMPARE(QFileInfo(path).lastModified(), old);
}

void TestConfiguration::defaultPathPerPlatform()
{
#ifdef Q_OS_WIN
    QVERIFY(Configuration::defaultPath().endsWith(QLatin1String("\\Signpost\\signpost.ini")));
    QVERIFY(
        Configuration::defaultContentDirectory().endsWith(QLatin1String("\\Signpost\\content")));
#else
    QCOMPARE(Configuration::defaultPath(), QStringLiteral("/etc/signpost/signpost.conf"));
    QCOMPARE(Configuration::defaultContentDirectory(), QStringLiteral("/var/lib/signpost/content"));
#endif
    LaunchOptions options; // no --config: the default path, and a missing one is no warning
    QCOMPARE(Configuration::load(options).path(), Configuration::defaultPath());
}

void TestConfiguration::region_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::addColumn<int>("region"); // -1: unset (UK-wide)
    QTest::addColumn<QString>("warningWords");

    QTest::newRow("unset") << QByteArray("[signpost]\nregion=\n") << -1 << QString();
    QTest::newRow("england") << QByteArray("[signpost]\nregion=england\n") << int(Region::England)
                             << QString();
    QTest::newRow("wales, any case")
        << QByteArray("[signpost]\nregion= Wales \n") << int(Region::Wales) << QString();
    QTest::newRow("scotland") << QByteArray("[signpost]\nregion=scotland\n")
                              << int(Region::Scotland) << QString();
    QTest::newRow("northern ireland") << QByteArray("[signpost]\nregion=northern-ireland\n")
                                      << int(Region::NorthernIreland) << QString();
    QTest::newRow("a city is not a region")
        << QByteArray("[signpost]\nregion=Cardiff\n") << -1
        << QStringLiteral("region 'Cardiff' is not england, wales, scotland, northern-ireland; "
                          "using none (a UK-wide kiosk");
}

void TestConfiguration::region()
{
    QFETCH(QByteArray, ini);
    QFETCH(int, region);
    QFETCH(QString, warningWords);
    const Configuration config = Configuration::load(write(ini), true);
    QCOMPARE(config.region() ? int(*config.region()) : -1, region);
    if (warningWords.isEmpty()) {
        QVERIFY2(config.warnings().isEmpty(), qPrintable(config.warnings().join(u'\n')));
    } else {
        QCOMPARE(config.warnings().size(), 1);
        QVERIFY2(config.warnings().constFirst().contains(warningWords),
                 qPrintable(config.warnings().constFirst()));
    }
}

void TestConfiguration::metricsTextfile_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::addColumn<QString>("path"); // relative to the configuration file's directory
    QTest::addColumn<QString>("warningWords");
    QTest::newRow("unset") << QByteArray("[signpost]\nmetrics_textfile=\n") << QString()
                           << QString();
    QTest::newRow("beside the file") << QByteArray("[signpost]\nmetrics_textfile=signpost.prom\n")
                                     << QStringLiteral("signpost.prom") << QString();
    QTest::newRow("no such directory")
        << QByteArray("[signpost]\nmetrics_textfile=nowhere/signpost.prom\n")
        << QStringLiteral("nowhere/signpost.prom")
        << QStringLiteral("metrics_textfile 'nowhere/signpost.prom' is not in an existing "
                          "directory");
    QTest::newRow("not .prom") << QByteArray("[signpost]\nmetrics_textfile=signpost.txt\n")
                               << QStringLiteral("signpost.txt")
                               << QStringLiteral("does not end in .prom");
}

void TestConfiguration::metricsTextfile()
{
    QFETCH(QByteArray, ini);
    QFETCH(QString, path);
    QFETCH(QString, warningWords);
    const QString file = write(ini);
    const Configuration config = Configuration::load(file, true);
    QCOMPARE(config.metricsTextfile(),
             path.isEmpty() ? QString() : QFileInfo(file).absoluteDir().filePath(path));
    if (warningWords.isEmpty()) {
        QVERIFY2(config.warnings().isEmpty(), qPrintable(config.warnings().join(u'\n')));
    } else {
        QCOMPARE(config.warnings().size(), 1);
        QVERIFY2(config.warnings().constFirst().contains(warningWords),
                 qPrintable(config.warnings().constFirst()));
    }
}

void TestConfiguration::layout_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::addColumn<ReachZone::Layout>("layout");
    QTest::addColumn<QString>("warningWords");
    QTest::newRow("unset") << QByteArray("[signpost]\nlayout=\n") << ReachZone::Layout::Standard
                           << QString();
    QTest::newRow("standard") << QByteArray("[signpost]\nlayout=standard\n")
                              << ReachZone::Layout::Standard << QString();
    QTest::newRow("low-reach, any case") << QByteArray("[signpost]\nlayout= Low-Reach \n")
                                         << ReachZone::Layout::LowReach << QString();
    QTest::newRow("unknown value")
        << QByteArray("[signpost]\nlayout=wheelchair\n") << ReachZone::Layout::Standard
        << QStringLiteral("layout 'wheelchair' is not standard or low-reach; using standard.");
}

void TestConfiguration::layout()
{
    QFETCH(QByteArray, ini);
    QFETCH(ReachZone::Layout, layout);
    QFETCH(QString, warningWords);
    const Configuration config = Configuration::load(write(ini), true);
    QCOMPARE(config.layout(), layout);
    if (warningWords.isEmpty()) {
        QVERIFY2(config.warnings().isEmpty(), qPrintable(config.warnings().join(u'\n')));
    } else {
        QCOMPARE(config.warnings().size(), 1);
        QVERIFY2(config.warnings().constFirst().contains(warningWords),
                 qPrintable(config.warnings().constFirst()));
    }
}

void TestConfiguration::exampleFileIsValid()
{
    // The documented example must load cleanly, so it can be copied as it is.
    const Configuration config = Configuration::load(
        QStringLiteral(SIGNPOST_SOURCE_DIR "/packaging/signpost.conf.example"), true);
    QVERIFY(config.fileFound());
    QVERIFY2(config.warnings().isEmpty(), qPrintable(config.warnings().join(u'\n')));
    // The packaged copy becomes /etc/signpost/signpost.conf: it must not turn every plain
    // `signpost` into a locked kiosk, so `mode=kiosk` is there only as a comment.
    QVERIFY(!config.mode());
    QCOMPARE(config.idleTimeoutSeconds(), 90);
    QCOMPARE(config.enabledLanguages(), (QStringList{QStringLiteral("en"), QStringLiteral("cy")}));
    QVERIFY(config.staffPinHash().isEmpty());
    QVERIFY(config.contentPath().isEmpty());
    QVERIFY(config.trustedContentKeys().isEmpty());
    QVERIFY(!config.allowLegacySignatures());
    QVERIFY(!config.region());
    QVERIFY(config.metricsTextfile().isEmpty());
    QCOMPARE(config.layout(), ReachZone::Layout::Standard);
}

QTEST_GUILESS_MAIN(TestConfiguration)
#include "TestConfiguration.moc"
