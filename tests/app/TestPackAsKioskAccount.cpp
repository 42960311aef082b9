// SPDX-License-Identifier: GPL-3.0-or-later
// Signed content packs as the kiosk service really uses them: installed by root, then verified,
// listed and shown by an account that is not root and does not own the store ("nobody", via
// setpriv, as the cage test runs the kiosk). The rest of the suite runs as root, which can read
// anything, so it cannot see a pack the kiosk account is shut out of.
#include "MinisignTestKit.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace MinisignTestKit;

class TestPackAsKioskAccount : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void kioskAccountShowsTheInstalledPack_data();
    void kioskAccountShowsTheInstalledPack();
    void listingsAsTheKioskAccountUseThePack_data();
    void listingsAsTheKioskAccountUseThePack();
    void anyAccountTrustsThePublicKeysWithoutReadingTheConfiguration();
    void aStoreLeftClosedIsNamedThenRepaired();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    // Runs the copied signpost as nobody:nogroup (asUser) or as root.
    Run run(const QStringList &arguments, bool asUser = true) const;
    static QStringList signpostLines(const QString &err);

    QTemporaryDir m_base{QStringLiteral("/tmp/signpost-kiosk-account-XXXXXX")};
    QString m_signpost;
    QString m_kioskConfig;  // root:nogroup 0640, as signpost.conf is root:signpost 0640
    QString m_laptopConfig; // root-only: a staff account on a laptop cannot read it
    QString m_store;
    QString m_pack;
};

namespace {

constexpr auto publicFile =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
constexpr auto publicDirectory = publicFile | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;

bool writePrivate(const QString &path, const QByteArray &text, gid_t group)
{
    return writeFile(path, text) &&
           QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner |
                                           (group ? QFile::ReadGroup : QFile::Permissions())) &&
           ::chown(QFile::encodeName(path).constData(), 0, group) == 0;
}

} // namespace

TestPackAsKioskAccount::Run TestPackAsKioskAccount::run(const QStringList &arguments,
                                                        bool asUser) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "XDG_RUNTIME_DIR"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), m_base.filePath(QStringLiteral("home")));
    process.setProcessEnvironment(environment);
    if (asUser)
        process.start(QStringLiteral("setpriv"),
                      QStringList{QStringLiteral("--reuid=nobody"),
                                  QStringLiteral("--regid=nogroup"),
                                  QStringLiteral("--clear-groups"), m_signpost} +
                          arguments);
    else
        process.start(m_signpost, arguments);
    Run result;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// Signpost's own messages (Qt's and fontconfig's complaints about a home it cannot write are
// not about content).
QStringList TestPackAsKioskAccount::signpostLines(const QString &err)
{
    return err.split(QLatin1Char('\n')).filter(QRegularExpression(QStringLiteral("^signpost: ")));
}

void TestPackAsKioskAccount::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("needs root, to install as root and then run as nobody (CI runs as root)");
    if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
        QSKIP("setpriv not found (Debian: util-linux)");
    const group *nogroup = ::getgrnam("nogroup");
    QVERIFY(nogroup);
    QVERIFY(m_base.isValid());
    // Everything nobody must reach: the directory, a copy of the binary (the build tree may sit
    // under a directory only root may enter), the public key and the pack.
    QVERIFY(QFile::setPermissions(m_base.path(), publicDirectory));
    const QDir base(m_base.path());
    for (const QString &sub : {QStringLiteral("home"), QStringLiteral("kiosk"),
                               QStringLiteral("laptop/keys"), QStringLiteral("keys")}) {
        QVERIFY(base.mkpath(sub));
        QVERIFY(QFile::setPermissions(base.filePath(sub), publicDirectory));
    }
    QVERIFY(QFile::setPermissions(base.filePath(QStringLiteral("laptop")), publicDirectory));
    QVERIFY(QFile::setPermissions(base.filePath(QStringLiteral("home")),
                                  publicDirectory | QFile::WriteGroup | QFile::WriteOther));
    m_signpost = base.filePath(QStringLiteral("signpost"));
    QVERIFY(QFile::copy(QStringLiteral(SIGNPOST_BINARY), m_signpost));
    QVERIFY(QFile::setPermissions(m_signpost, publicDirectory));

    const TestKey owner = generate(base.filePath(QStringLiteral("keys")), QStringLiteral("owner"));
    QVERIFY(owner.key);
    QVERIFY(QFile::setPermissions(owner.publicKeyPath, publicFile));
    m_pack = base.filePath(QStringLiteral("pack"));
    QVERIFY(makePack(m_pack, contentVersion(5), owner));
    m_store = base.filePath(QStringLiteral("store"));

    // The kiosk: the configuration names the key, as the guide says; the kiosk account's group
    // may read it.
    m_kioskConfig = base.filePath(QStringLiteral("kiosk/signpost.conf"));
    QVERIFY(
        writePrivate(m_kioskConfig,
                     QStringLiteral("[signpost]\ntrusted_content_keys=%1\ncontent_directory=%2\n")
                         .arg(owner.publicKeyPath, m_store)
                         .toUtf8(),
                     nogroup->gr_gid));
    // The laptop: a configuration no staff account may read, holding the PIN hash; the public
    // key in keys/ beside it, readable by all.
    m_laptopConfig = base.filePath(QStringLiteral("laptop/signpost.conf"));
    QVERIFY(writePrivate(
        m_laptopConfig, "[signpost]\nstaff_pin_hash=\"$argon2id$v=19$m=8,t=1,p=1$c2FsdA$aGFzaA\"\n",
        0));
    const QString laptopKey = base.filePath(QStringLiteral("laptop/keys/owner.pub"));
    QVERIFY(QFile::copy(owner.publicKeyPath, laptopKey));
    QVERIFY(QFile::setPermissions(laptopKey, publicFile));

    // Installed as root, by the command the guide gives, under root's strictest umask.
    const mode_t before = ::umask(077);
    const Run installed =
        run({QStringLiteral("--config"), m_kioskConfig, QStringLiteral("--install-pack"), m_pack},
            false);
    ::umask(before);
    QVERIFY2(installed.exitCode == 0, qPrintable(installed.out + installed.err));
}

void TestPackAsKioskAccount::kioskAccountShowsTheInstalledPack_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("kiosk") << QStringLiteral("kiosk");
    QTest::newRow("event") << QStringLiteral("event");
    QTest::newRow("staff") << QStringLiteral("staff");
}

void TestPackAsKioskAccount::kioskAccountShowsTheInstalledPack()
{
    QFETCH(QString, mode);
    // A start that cannot use the pack gives the reason as an error on stderr and shows the
    // built-in content; one that uses it names the pack only in its content's own warnings
    // (the draft translations it carries).
    const Run shown =
        run({QStringLiteral("--config"), m_kioskConfig, QStringLiteral("--mode"), mode,
             QStringLiteral("--windowed"), QStringLiteral("--quit-after-first-paint")});
    QCOMPARE(shown.exitCode, 0);
    const QStringList lines = signpostLines(shown.err);
    QVERIFY2(lines.filter(QStringLiteral(": error: ")).isEmpty(), qPrintable(shown.err));
    QVERIFY2(!lines.filter(QStringLiteral("%1/packs/5-").arg(m_store)).isEmpty(),
             qPrintable(shown.err));
}

void TestPackAsKioskAccount::listingsAsTheKioskAccountUseThePack_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--list-services") << QStringList{QStringLiteral("--list-services")};
    QTest::newRow("--list-services --json")
        << QStringList{QStringLiteral("--list-services"), QStringLiteral("--json")};
    QTest::newRow("--print-pathways") << QStringList{QStringLiteral("--print-pathways")};
    QTest::newRow("--export-handout") << QStringList{
        QStringLiteral("--export-handout"), m_base.filePath(QStringLiteral("home/cards.pdf"))};
}

void TestPackAsKioskAccount::listingsAsTheKioskAccountUseThePack()
{
    QFETCH(QStringList, arguments);
    const Run listed = run(QStringList{QStringLiteral("--config"), m_kioskConfig} + arguments);
    QCOMPARE(listed.exitCode, 0);
    const QStringList lines = signpostLines(listed.err);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.constFirst().contains(
                 QStringLiteral("Using the installed content pack %1/packs/5-").arg(m_store)),
             qPrintable(listed.err));
    QVERIFY2(lines.constFirst().contains(QLatin1String("version 5")), qPrintable(listed.err));
}

void TestPackAsKioskAccount::anyAccountTrustsThePublicKeysWithoutReadingTheConfiguration()
{
    // The staff desktop or event mode on a laptop, as the desktop user: signpost.conf is closed
    // to it, the public keys are not.
    const QString installed =
        QDir(m_store).filePath(QStringLiteral("packs/5-")) +
        MinisignKey::fromFile(m_base.filePath(QStringLiteral("keys/owner.pub"))).key->keyIdText();
    const Run verified = run(
        {QStringLiteral("--config"), m_laptopConfig, QStringLiteral("--verify-pack"), installed});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
    QVERIFY2(verified.out.contains(QLatin1String(": valid: content 'uk-builtin' version 5")),
             qPrintable(verified.out));
    // And it says why the configuration was not read, naming the real cause.
    QVERIFY2(verified.err.contains(
                 QStringLiteral("the account 'nobody' cannot read %1 (permission denied)")
                     .arg(m_laptopConfig)),
             qPrintable(verified.err));
}

void TestPackAsKioskAccount::aStoreLeftClosedIsNamedThenRepaired()
{
    // As an older Signpost left every pack: a directory only root may enter.
    const QString generation =
        QString::fromLatin1(readFile(m_store + QStringLiteral("/current")).trimmed());
    const QString pack = m_store + QStringLiteral("/packs/") + generation;
    QVERIFY(QFile::setPermissions(pack, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    const QStringList list{QStringLiteral("--config"), m_kioskConfig,
                           QStringLiteral("--list-services")};
    Run listed = run(list);
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.err.contains(QStringLiteral("the account 'nobody' cannot read %1").arg(pack)) &&
                 listed.err.contains(QLatin1String("(permission denied)")) &&
                 listed.err.contains(QLatin1String("Using the built-in content")),
             qPrintable(listed.err));

    // Installing the same pack again is refused (already installed) and repairs the store.
    const Run again =
        run({QStringLiteral("--config"), m_kioskConfig, QStringLiteral("--install-pack"), m_pack},
            false);
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.out.contains(QLatin1String("readable by every account again")),
             qPrintable(again.out));
    listed = run(list);
    QVERIFY2(listed.err.contains(QLatin1String("Using the installed content pack")),
             qPrintable(listed.err));
}

QTEST_GUILESS_MAIN(TestPackAsKioskAccount)
#include "TestPackAsKioskAccount.moc"
