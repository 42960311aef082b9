// SPDX-License-Identifier: GPL-3.0-or-later
// Installing verified content packs: atomic, rollback refused per key, the previous pack kept,
// and what a kiosk runs with at start-up and after each reset.
#include "MinisignTestKit.h"
#include "core/packs/ContentPackStore.h"
#include "core/startup/ActiveContent.h"

#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace MinisignTestKit;

class TestContentPackStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void emptyStore();
    void installWritesTheVerifiedBytes();
    void rollbackRefused_data();
    void rollbackRefused();
    void keepsOnlyCurrentAndPrevious();
    void serialsArePerKey();
    void leftoversOfAnInterruptedInstallAreHarmless();
    void unwritableStore();
    void installedPackIsReadableByEveryAccount();
    void installRepairsAStoreLeftClosed();
    void activeContentPrefersTheInstalledPack();
    void activeContentFallsBack_data();
    void activeContentFallsBack();
    void needsReloadAtReset();

private:
    VerifiedPack verified(qint64 serial, const TestKey &key, const QString &comment = QString());
    Configuration configuration(const QString &trustedKeyPath = QString());

    QTemporaryDir m_dir;
    TestKey m_owner;
    TestKey m_second;
    QString m_store;
    int m_packs = 0;
    const QDate m_today{2027, 1, 15};
};

void TestContentPackStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_owner = generate(m_dir.path(), QStringLiteral("owner"));
    m_second = generate(m_dir.path(), QStringLiteral("second"));
    QVERIFY(m_owner.key && m_second.key);
}

void TestContentPackStore::init()
{
    m_store = m_dir.filePath(QStringLiteral("store-%1").arg(++m_packs));
}

VerifiedPack TestContentPackStore::verified(qint64 serial, const TestKey &key,
                                            const QString &comment)
{
    const QString directory = m_dir.filePath(QStringLiteral("pack-%1").arg(++m_packs));
    if (!makePack(directory, contentVersion(serial), key, comment))
        return {};
    const ContentPackVerifier verifier({*m_owner.key, *m_second.key}, false);
    auto result = verifier.verify(directory, m_today);
    return result.pack.value_or(VerifiedPack{});
}

Configuration TestContentPackStore::configuration(const QString &trustedKeyPath)
{
    const QString path = m_dir.filePath(QStringLiteral("signpost-%1.conf").arg(++m_packs));
    const QString text =
        QStringLiteral("[signpost]\ntrusted_content_keys=%1\ncontent_directory=%2\n")
            .arg(trustedKeyPath.isEmpty() ? m_owner.publicKeyPath : trustedKeyPath, m_store);
    writeFile(path, text.toUtf8());
    return Configuration::load(path, true);
}

void TestContentPackStore::emptyStore()
{
    const ContentPackStore store(m_store);
    QVERIFY(store.installedGeneration().isEmpty());
    QVERIFY(store.installedPackPath().isEmpty());
    QCOMPARE(store.installedSerial(m_owner.key->keyIdText()), 0);
}

void TestContentPackStore::installWritesTheVerifiedBytes()
{
    const VerifiedPack pack = verified(3, m_owner);
    QCOMPARE(pack.serial, 3);
    ContentPackStore store(m_store);
    const auto result = store.install(pack);
    QVERIFY2(result.installed, qPrintable(result.error));
    const QString generation = QStringLiteral("3-") + m_owner.key->keyIdText();
    QCOMPARE(store.installedGeneration(), generation);
    QCOMPARE(store.installedPackPath(), result.packPath);
    QVERIFY(result.packPath.endsWith(QStringLiteral("/packs/") + generation));
    QCOMPARE(readFile(result.packPath + QStringLiteral("/content.json")), pack.contentBytes);
    QCOMPARE(readFile(result.packPath + QStringLiteral("/content.json.minisig")),
             pack.signatureBytes);
    QCOMPARE(store.installedSerial(pack.keyId), 3);
    QCOMPARE(readFile(m_store + QStringLiteral("/serials/") + pack.keyId), QByteArray("3\n"));
    QVERIFY(store.previousPackPath().isEmpty());
}

void TestContentPackStore::rollbackRefused_data()
{
    QTest::addColumn<qint64>("next");
    QTest::addColumn<bool>("installs");
    QTest::newRow("same serial") << qint64(5) << false;
    QTest::newRow("lower serial") << qint64(4) << false;
    QTest::newRow("higher serial") << qint64(6) << true;
}

void TestContentPackStore::rollbackRefused()
{
    QFETCH(qint64, next);
    QFETCH(bool, installs);
    ContentPackStore store(m_store);
    QVERIFY(store.install(verified(5, m_owner)).installed);
    const auto result = store.install(verified(next, m_owner));
    QCOMPARE(result.installed, installs);
    if (installs)
        return;
    QCOMPARE(result.problem, PackProblem::NotNewer);
    QVERIFY2(result.error.contains(QStringLiteral("not newer than version 5")),
             qPrintable(result.error));
    QVERIFY(store.installedGeneration().startsWith(QStringLiteral("5-")));
}

void TestContentPackStore::keepsOnlyCurrentAndPrevious()
{
    ContentPackStore store(m_store);
    for (qint64 serial : {1, 2, 3}) {
        const auto result = store.install(verified(serial, m_owner));
        QVERIFY2(result.installed, qPrintable(result.error));
    }
    const QString id = m_owner.key->keyIdText();
    QCOMPARE(store.installedGeneration(), QStringLiteral("3-") + id);
    QVERIFY(store.previousPackPath().endsWith(QStringLiteral("/2-") + id));
    QCOMPARE(QDir(m_store + QStringLiteral("/packs"))
                 .entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden),
             (QStringList{QStringLiteral("2-") + id, QStringLiteral("3-") + id}));
}

void TestContentPackStore::serialsArePerKey()
{
    // A region moving to a new key starts its versions again; the old key's floor stays.
    ContentPackStore store(m_store);
    QVERIFY(store.install(verified(40, m_owner)).installed);
    QVERIFY(store.install(verified(1, m_second)).installed);
    QCOMPARE(store.installedSerial(m_second.key->keyIdText()), 1);
    QCOMPARE(store.installedSerial(m_owner.key->keyIdText()), 40);
    QCOMPARE(store.install(verified(40, m_owner)).problem, PackProblem::NotNewer);
}

void TestContentPackStore::leftoversOfAnInterruptedInstallAreHarmless()
{
    ContentPackStore store(m_store);
    QVERIFY(store.install(verified(1, m_owner)).installed);
    // An install that died after creating its directory, and one that died before `current`.
    const QString id = m_owner.key->keyIdText();
    QVERIFY(QDir().mkpath(m_store + QStringLiteral("/packs/.incoming-abc123")));
    QVERIFY(QDir().mkpath(m_store + QStringLiteral("/packs/2-") + id));
    QVERIFY(writeFile(m_store + QStringLiteral("/packs/2-") + id + QStringLiteral("/content.json"),
                      "{half"));
    QCOMPARE(store.installedGeneration(), QStringLiteral("1-") + id); // still the whole old one
    const VerifiedPack pack = verified(2, m_owner);
    QVERIFY(store.install(pack).installed);
    QCOMPARE(readFile(store.installedPackPath() + QStringLiteral("/content.json")),
             pack.contentBytes);
    QVERIFY(!QFileInfo::exists(m_store + QStringLiteral("/packs/.incoming-abc123")));
}

void TestContentPackStore::unwritableStore()
{
    ContentPackStore store(QStringLiteral("/dev/null/signpost-store"));
    const auto result = store.install(verified(1, m_owner));
    QVERIFY(!result.installed);
    QCOMPARE(result.problem, PackProblem::None);
    QVERIFY2(result.error.contains(QStringLiteral("/dev/null/signpost-store")),
             qPrintable(result.error));
}

#ifdef Q_OS_UNIX
namespace {

// The mode bits of `path` as in `ls -l`: 0755, 0644.
int modeOf(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

// Every entry of the store whose mode is not `0755` (directories) or `0644` (files), named.
QStringList notPublic(const QString &store)
{
    QStringList wrong;
    QStringList paths{store};
    for (const QString &sub : {QStringLiteral("packs"), QStringLiteral("serials")}) {
        const QDir dir(QDir(store).filePath(sub));
        paths << dir.path();
        for (const QFileInfo &entry :
             dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
            paths << entry.filePath();
            if (entry.isDir()) {
                for (const QFileInfo &file : QDir(entry.filePath()).entryInfoList(QDir::Files))
                    paths << file.filePath();
            }
        }
    }
    paths << QDir(store).filePath(QStringLiteral("current"))
          << QDir(store).filePath(QStringLiteral("previous"));
    for (const QString &path : std::as_const(paths)) {
        if (!QFileInfo::exists(path))
            continue;
        const int expected = QFileInfo(path).isDir() ? 0755 : 0644;
        if (modeOf(path) != expected)
            wrong << QStringLiteral("%1 is %2").arg(path).arg(modeOf(path), 4, 8, QLatin1Char('0'));
    }
    return wrong;
}

} // namespace

void TestContentPackStore::installedPackIsReadableByEveryAccount()
{
    // The kiosk account reads what root installed. Under root's strictest umask too: the modes
    // are set, not left to the umask (or to QTemporaryDir's 0700).
    const mode_t umaskBefore = ::umask(077);
    ContentPackStore store(m_store + QStringLiteral("/not-yet/content"));
    const bool first = store.install(verified(1, m_owner)).installed;
    const bool second = store.install(verified(2, m_owner)).installed;
    ::umask(umaskBefore);
    QVERIFY(first && second);
    QVERIFY(!store.previousPackPath().isEmpty());
    const QStringList wrong = notPublic(store.directory());
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    QCOMPARE(modeOf(m_store + QStringLiteral("/not-yet")), 0755); // made by the install
    QVERIFY(!store.readProblem());
}

void TestContentPackStore::installRepairsAStoreLeftClosed()
{
    // As an older Signpost left it: every pack directory 0700, the files root's alone.
    ContentPackStore store(m_store);
    const VerifiedPack pack = verified(4, m_owner);
    QVERIFY(store.install(pack).installed);
    const QString packPath = store.installedPackPath();
    QVERIFY(
        QFile::setPermissions(packPath, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    for (const QString &file :
         {packPath + QStringLiteral("/content.json"), m_store + QStringLiteral("/current"),
          m_store + QStringLiteral("/serials/") + pack.keyId})
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(!notPublic(m_store).isEmpty());

    // Installing the same pack again is refused (not newer), and repairs the store all the same.
    const auto again = store.install(pack);
    QCOMPARE(again.problem, PackProblem::NotNewer);
    QCOMPARE(again.repaired, 4);
    const QStringList wrong = notPublic(m_store);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    QCOMPARE(store.repairPermissions(), 0);
}

#else
void TestContentPackStore::installedPackIsReadableByEveryAccount()
{
    QSKIP("POSIX modes; Windows has ACLs");
}

void TestContentPackStore::installRepairsAStoreLeftClosed()
{
    QSKIP("POSIX modes; Windows has ACLs");
}
#endif

void TestContentPackStore::activeContentPrefersTheInstalledPack()
{
    const Configuration config = configuration();
    QVERIFY2(config.warnings().isEmpty(), qPrintable(config.warnings().join(u'\n')));
    ActiveContent active = ActiveContent::configured(config, m_today);
    QVERIFY(active.builtIn); // nothing installed yet
    QVERIFY(!active.fellBack);

    ContentPackStore store(m_store);
    QVERIFY(store.install(verified(7, m_owner)).installed);
    active = ActiveContent::configured(config, m_today);
    QVERIFY(!active.builtIn);
    QVERIFY(!active.fellBack);
    QCOMPARE(active.content.metadata.version, 7);
    QCOMPARE(active.source, store.installedPackPath() + QStringLiteral("/content.json"));
}

void TestContentPackStore::activeContentFallsBack_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("reasonMentions");
    QTest::newRow("content changed in the store")
        << QStringLiteral("content") << QStringLiteral("does not match its signature");
    QTest::newRow("key no longer trusted")
        << QStringLiteral("key") << QStringLiteral("not a trusted key");
    QTest::newRow("expired since install")
        << QStringLiteral("expired") << QStringLiteral("expired on 2027-01-20");
    QTest::newRow("current pointed back at the older pack")
        << QStringLiteral("rollback") << QStringLiteral("older than a version installed");
}

void TestContentPackStore::activeContentFallsBack()
{
    QFETCH(QString, damage);
    QFETCH(QString, reasonMentions);
    ContentPackStore store(m_store);
    QVERIFY(store.install(verified(1, m_owner)).installed);
    QVERIFY(store.install(verified(2, m_owner, QStringLiteral("expires=2027-01-20"))).installed);
    QDate today = m_today;
    Configuration config = configuration();
    if (damage == QLatin1String("content"))
        QVERIFY(writeFile(store.installedPackPath() + QStringLiteral("/content.json"),
                          contentVersion(99)));
    else if (damage == QLatin1String("key"))
        config = configuration(m_second.publicKeyPath);
    else if (damage == QLatin1String("expired"))
        today = QDate(2027, 1, 21);
    else if (damage == QLatin1String("rollback"))
        QVERIFY(writeFile(m_store + QStringLiteral("/current"),
                          "1-" + m_owner.key->keyIdText().toLatin1() + "\n"));

    const ActiveContent active = ActiveContent::configured(config, today);
    QVERIFY(active.builtIn);
    QVERIFY(active.fellBack);
    QCOMPARE(active.content.metadata.id, QStringLiteral("uk-builtin"));
    QVERIFY(!active.issues.isEmpty());
    const QString reason = active.issues.constLast().message;
    QVERIFY2(reason.contains(reasonMentions), qPrintable(reason));
}

void TestContentPackStore::needsReloadAtReset()
{
    const Configuration config = configuration();
    ContentPackStore store(m_store);
    ActiveContent shown = ActiveContent::configured(config, m_today);
    QVERIFY(!shown.needsReload(config, m_today)); // built-in, nothing new

    QVERIFY(store.install(verified(1, m_owner, QStringLiteral("expires=2027-01-20"))).installed);
    QVERIFY(shown.needsReload(config, m_today)); // a pack has arrived
    shown = ActiveContent::configured(config, m_today);
    QCOMPARE(shown.content.metadata.version, 1);
    QVERIFY(!shown.needsReload(config, m_today));
    QVERIFY(!shown.needsReload(config, QDate(2027, 1, 20)));
    QVERIFY(shown.needsReload(config, QDate(2027, 1, 21))); // expired

    QVERIFY(store.install(verified(2, m_owner)).installed);
    QVERIFY(shown.needsReload(config, m_today)); // a newer pack
    shown = ActiveContent::configured(config, m_today);
    QCOMPARE(shown.content.metadata.version, 2);
    QVERIFY(!shown.needsReload(config, m_today));

    QVERIFY(QFile::remove(m_store + QStringLiteral("/current")));
    QVERIFY(shown.needsReload(config, m_today)); // the pack was taken away
}

QTEST_GUILESS_MAIN(TestContentPackStore)
#include "TestContentPackStore.moc"
