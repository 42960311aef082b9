// SPDX-License-Identifier: GPL-3.0-or-later
#include "MinisignTestKit.h"
#include "core/commands/StatusCommand.h"
#include "core/packs/ContentPackStore.h"
#include "core/startup/ActiveContent.h"
#include "core/status/KioskStatus.h"
#include "core/status/KioskStatusFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// The kiosk's own state for IT, three ways: --status text, --status --json and the Prometheus
// text of metrics_textfile: content, packs and their expiry, crash loop, fallback and why,
// languages, speech left unknown until it is configured.
class TestKioskStatus : public QObject
{
    Q_OBJECT
private slots:
    void builtInContent();
    void installedPackAndItsExpiry();
    void fallbackAndCrashLoop();
    void labelValuesAreEscaped();
    void onlyTheStartTimeDependsOnTime();
    void statusCommandPrintsJson();

private:
    QString writeConfig(const QByteArray &text);
    QTemporaryDir m_dir;
    int m_configs = 0;
};

namespace {

const QDate today(2026, 11, 28);
const QDateTime started(today, QTime(7, 30), QTimeZone::utc());

QStringList lines(const QByteArray &prometheus)
{
    return QString::fromUtf8(prometheus).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

QString TestKioskStatus::writeConfig(const QByteArray &text)
{
    const QString path = m_dir.filePath(QStringLiteral("signpost-%1.conf").arg(++m_configs));
    MinisignTestKit::writeFile(path, text);
    return path;
}

void TestKioskStatus::builtInContent()
{
    const Configuration config;
    const KioskStatus status = KioskStatus::collect(config, ActiveContent::builtInContent(today),
                                                    KioskStatus::CrashLoop{}, today, started);
    QCOMPARE(status.contentSource, KioskStatus::ContentSource::BuiltIn);
    QCOMPARE(status.contentId, QStringLiteral("uk-builtin"));
    QVERIFY(status.packs.isEmpty());
    QVERIFY(!status.speech); // not guessed
    const QString text = KioskStatusFormat::text(status);
    QVERIFY2(text.contains(QStringLiteral("Content: uk-builtin version 1 (built-in)")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Languages: en,cy (visits start in en)")));
    QVERIFY(text.contains(QStringLiteral("Speech: not reported by this build")));
    const QJsonObject json = KioskStatusFormat::json(status);
    QVERIFY(json.value(QStringLiteral("speech")).isNull());
    QCOMPARE(json[QStringLiteral("content")][QStringLiteral("source")].toString(),
             QStringLiteral("builtin"));
    const QStringList metrics = lines(KioskStatusFormat::prometheus(status));
    QVERIFY(metrics.contains(
        QStringLiteral("signpost_content_info{source=\"builtin\",id=\"uk-builtin\",path=\"\"} 1")));
    QVERIFY(metrics.contains(QStringLiteral("signpost_content_fallback{reason=\"\"} 0")));
    QVERIFY(metrics.contains(QStringLiteral("# TYPE signpost_crash_loop gauge")));
    QVERIFY(!metrics.join(u'\n').contains(QStringLiteral("signpost_pack_")));
    QVERIFY(!metrics.join(u'\n').contains(QStringLiteral("signpost_speech_info")));
}

void TestKioskStatus::installedPackAndItsExpiry()
{
    const MinisignTestKit::TestKey key =
        MinisignTestKit::generate(m_dir.path(), QStringLiteral("owner"));
    QVERIFY(key.key);
    const QString packDir = m_dir.filePath(QStringLiteral("pack"));
    QVERIFY(MinisignTestKit::makePack(packDir, MinisignTestKit::contentVersion(14), key,
                                      QStringLiteral("expires=2027-01-27 release 14")));
    const QString store = m_dir.filePath(QStringLiteral("store"));
    const Configuration config = Configuration::load(
        writeConfig(QStringLiteral("[signpost]\ntrusted_content_keys=%1\ncontent_directory=%2\n")
                        .arg(key.publicKeyPath, store)
                        .toUtf8()),
        true);
    const ContentPackVerifier::Result verified =
        ContentPackVerifier(config.trustedContentKeys(), false).verify(packDir, today);
    QVERIFY2(verified.pack, qPrintable(verified.reason));
    QVERIFY(ContentPackStore(store).install(*verified.pack).installed);

    const ActiveContent active = ActiveContent::choose({}, config, today);
    QVERIFY(active.fromPack);
    const KioskStatus status =
        KioskStatus::collect(config, active, KioskStatus::CrashLoop{}, today, started);
    QCOMPARE(status.contentSource, KioskStatus::ContentSource::Pack);
    QCOMPARE(status.packs.size(), 1);
    const KioskStatus::Pack &pack = status.packs.constFirst();
    QCOMPARE(pack.keyId, key.key->keyIdText());
    QCOMPARE(pack.version, 14);
    QCOMPARE(pack.expires, QDate(2027, 1, 27));
    QCOMPARE(pack.daysToExpiry, 60);
    QVERIFY(pack.inUse);
    const QStringList metrics = lines(KioskStatusFormat::prometheus(status));
    QVERIFY2(metrics.contains(
                 QStringLiteral("signpost_pack_expiry_days{kind=\"content\",key_id=\"%1\"} 60")
                     .arg(pack.keyId)),
             qPrintable(metrics.join(u'\n')));
    QVERIFY(metrics.contains(
        QStringLiteral("signpost_pack_version{kind=\"content\",key_id=\"%1\",in_use=\"true\"} 14")
            .arg(pack.keyId)));
    QVERIFY(KioskStatusFormat::text(status).contains(
        QStringLiteral("expires 2027-01-27, in 60 days, in use")));
}

void TestKioskStatus::fallbackAndCrashLoop()
{
    const Configuration config;
    const KioskStatus::CrashLoop loop{true, 3, true};
    ActiveContent active = ActiveContent::builtInContent(today);
    active.fellBack = true;
    ContentIssue issue;
    issue.file = QStringLiteral("/etc/signpost/local.json");
    issue.message = QStringLiteral("Signpost stopped unexpectedly 3 times");
    active.issues = {issue};
    const KioskStatus status = KioskStatus::collect(config, active, loop, today, started);
    QVERIFY(status.fallbackActive);
    QVERIFY(status.fallbackReason.contains(QStringLiteral("stopped unexpectedly 3 times")));
    const QStringList metrics = lines(KioskStatusFormat::prometheus(status));
    QVERIFY(metrics.contains(QStringLiteral("signpost_crash_loop 1")));
    QVERIFY(metrics.contains(QStringLiteral("signpost_crash_loop_unclean_starts 3")));
    QVERIFY(metrics.contains(
        QStringLiteral("signpost_content_fallback{reason=\"%1\"} 1").arg(status.fallbackReason)));
    const QString text = KioskStatusFormat::text(status);
    QVERIFY(text.contains(QStringLiteral("Crash loop: yes (3 unclean starts")));
    QVERIFY(text.contains(QStringLiteral("Fallback: yes, /etc/signpost/local.json")));
}

void TestKioskStatus::labelValuesAreEscaped()
{
    KioskStatus status;
    status.fallbackActive = true;
    status.fallbackReason = QStringLiteral("a \"quoted\" C:\\path\nand a line");
    const QByteArray text = KioskStatusFormat::prometheus(status);
    QVERIFY2(
        text.contains(
            "signpost_content_fallback{reason=\"a \\\"quoted\\\" C:\\\\path\\nand a line\"} 1\n"),
        text.constData());
}

void TestKioskStatus::onlyTheStartTimeDependsOnTime()
{
    const Configuration config;
    const ActiveContent active = ActiveContent::builtInContent(today);
    const QStringList early = lines(
        KioskStatusFormat::prometheus(KioskStatus::collect(config, active, {}, today, started)));
    const QStringList later = lines(KioskStatusFormat::prometheus(
        KioskStatus::collect(config, active, {}, today, started.addSecs(3600))));
    QCOMPARE(early.size(), later.size());
    QStringList differing;
    for (int i = 0; i < early.size(); ++i) {
        if (early.at(i) != later.at(i))
            differing << early.at(i).section(u' ', 0, 0);
    }
    QCOMPARE(differing, KioskStatusFormat::timeDependentMetrics());
}

void TestKioskStatus::statusCommandPrintsJson()
{
    LaunchOptions options;
    options.action = LaunchOptions::Action::Status;
    options.json = true;
    const Configuration config = Configuration::load(
        writeConfig("[signpost]\nenabled_languages=en,cy,pl\ncontent_directory=none\n"), true);
    QString printed;
    QTextStream out(&printed);
    QCOMPARE(StatusCommand::run(options, config, started, out), 0);
    const QJsonObject json = QJsonDocument::fromJson(printed.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("version")).toString(), QStringLiteral(SIGNPOST_VERSION));
    QCOMPARE(json[QStringLiteral("languages")][QStringLiteral("enabled")].toArray().size(), 3);
    QVERIFY(json.contains(QStringLiteral("speech")));
}

QTEST_GUILESS_MAIN(TestKioskStatus)
#include "TestKioskStatus.moc"
