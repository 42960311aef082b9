// SPDX-License-Identifier: GPL-3.0-or-later
#include "MinisignTestKit.h"
#include "core/commands/PackCommands.h"
#include "core/commands/StatusCommand.h"
#include "core/packs/ContentPackStore.h"
#include "core/startup/ActiveContent.h"
#include "core/status/KioskHealth.h"
#include "core/status/KioskStatus.h"
#include "core/status/KioskStatusFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// The kiosk's own state for IT, three ways: --status text, --status --json and the Prometheus
// text of metrics_textfile: content, packs and their expiry, crash loop, fallback and why,
// languages, the installed local pack (in use, or dropped and why), speech as configured and
// which languages have no voice.
class TestKioskStatus : public QObject
{
    Q_OBJECT
private slots:
    void builtInContent();
    void installedPackAndItsExpiry();
    void localPackInUseAndDropped();
    void speechModeAndVoices_data();
    void speechModeAndVoices();
    void runningKioskAsksForVoicesOnce();
    void voiceCheckWaitsForTheFirstFrame();
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
    QCOMPARE(status.speech.mode, QStringLiteral("on-request")); // the configuration's default
    QVERIFY(!status.speech.languagesWithoutVoice);              // no voice check given
    const QString text = KioskStatusFormat::text(status);
    QVERIFY2(text.contains(QStringLiteral("Content: uk-builtin version 1 (built-in)")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Languages: en,cy (visits start in en)")));
    QVERIFY(text.contains(QStringLiteral("Speech: on-request (voices not checked)")));
    const QJsonObject json = KioskStatusFormat::json(status);
    QVERIFY(json[QStringLiteral("speech")][QStringLiteral("languagesWithoutVoice")].isNull());
    QCOMPARE(json[QStringLiteral("content")][QStringLiteral("source")].toString(),
             QStringLiteral("builtin"));
    const QStringList metrics = lines(KioskStatusFormat::prometheus(status));
    QVERIFY(metrics.contains(
        QStringLiteral("signpost_content_info{source=\"builtin\",id=\"uk-builtin\",path=\"\"} 1")));
    QVERIFY(metrics.contains(QStringLiteral("signpost_content_fallback{reason=\"\"} 0")));
    QVERIFY(metrics.contains(QStringLiteral("# TYPE signpost_crash_loop gauge")));
    QVERIFY(!metrics.join(u'\n').contains(QStringLiteral("signpost_pack_")));
    QVERIFY(metrics.contains(QStringLiteral("signpost_speech_info{mode=\"on-request\"} 1")));
    QVERIFY(!metrics.join(u'\n').contains(QStringLiteral("signpost_speech_voice")));
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

// The local overlay pack joins the packs: its id, key, version and days to expiry while in use;
// once expired it is dropped on its own, and every format says so and why.
void TestKioskStatus::localPackInUseAndDropped()
{
    using namespace MinisignTestKit;
    const TestKey national = generate(m_dir.path(), QStringLiteral("national-for-local"));
    const TestKey local = generate(m_dir.path(), QStringLiteral("local"));
    QVERIFY(national.key && local.key);
    const QString packDir = m_dir.filePath(QStringLiteral("local-pack"));
    QVERIFY(makePack(packDir,
                     readFile(QStringLiteral(SIGNPOST_SOURCE_DIR
                                             "/tests/core/fixtures/local/valid/example-area.json")),
                     local, QStringLiteral("expires=2026-12-31 example-area 3")));
    const Configuration config = Configuration::load(
        writeConfig(QStringLiteral("[signpost]\ntrusted_content_keys=%1\ntrusted_local_keys=%2\n"
                                   "content_directory=%3\n")
                        .arg(national.publicKeyPath, local.publicKeyPath,
                             m_dir.filePath(QStringLiteral("local-store")))
                        .toUtf8()),
        true);
    QString printed;
    QTextStream out(&printed);
    QCOMPARE(PackCommands::install(packDir, config, today, out, out), int(PackCommands::Success));

    const ActiveContent active = ActiveContent::choose({}, config, today);
    QVERIFY(active.local.applied());
    KioskStatus status = KioskStatus::collect(config, active, {}, today, started);
    QCOMPARE(status.packs.size(), 1);
    const KioskStatus::Pack &pack = status.packs.constFirst();
    QCOMPARE(pack.kind, QStringLiteral("local"));
    QCOMPARE(pack.id, QStringLiteral("example-area"));
    QCOMPARE(pack.keyId, local.key->keyIdText());
    QCOMPARE(pack.version, 3);
    QCOMPARE(pack.daysToExpiry, 33);
    QVERIFY(pack.inUse);
    QVERIFY(!pack.dropped);
    QString text = KioskStatusFormat::text(status);
    QVERIFY2(text.contains(QStringLiteral("Pack (local 'example-area'): key %1, version 3, "
                                          "expires 2026-12-31, in 33 days, in use")
                               .arg(pack.keyId)),
             qPrintable(text));
    QStringList metrics = lines(KioskStatusFormat::prometheus(status));
    QVERIFY(metrics.contains(
        QStringLiteral("signpost_pack_version{kind=\"local\",key_id=\"%1\",in_use=\"true\"} 3")
            .arg(pack.keyId)));
    QVERIFY(metrics.contains(
        QStringLiteral("signpost_pack_expiry_days{kind=\"local\",key_id=\"%1\"} 33")
            .arg(pack.keyId)));
    QVERIFY(metrics.contains(
        QStringLiteral("signpost_pack_info{kind=\"local\",key_id=\"%1\",id=\"example-area\"} 1")
            .arg(pack.keyId)));
    QVERIFY(metrics.contains(
        QStringLiteral("signpost_pack_dropped{kind=\"local\",key_id=\"%1\",reason=\"\"} 0")
            .arg(pack.keyId)));

    const QDate later(2027, 1, 1);
    const ActiveContent expired = ActiveContent::choose({}, config, later);
    QVERIFY(expired.local.dropped());
    status = KioskStatus::collect(config, expired, {}, later, started);
    QCOMPARE(status.packs.size(), 1);
    const KioskStatus::Pack &dropped = status.packs.constFirst();
    QVERIFY(dropped.dropped);
    QVERIFY(!dropped.inUse);
    QCOMPARE(dropped.daysToExpiry, -1);
    QVERIFY(dropped.droppedReason.contains(QStringLiteral("expired")));
    text = KioskStatusFormat::text(status);
    QVERIFY2(text.contains(QStringLiteral("in -1 days, dropped: %1").arg(dropped.droppedReason)),
             qPrintable(text));
    const QJsonObject json = KioskStatusFormat::json(status)[QStringLiteral("packs")][0].toObject();
    QVERIFY(json[QStringLiteral("dropped")].toBool());
    QCOMPARE(json[QStringLiteral("droppedReason")].toString(), dropped.droppedReason);
    metrics = lines(KioskStatusFormat::prometheus(status));
    QVERIFY(metrics.contains(
        QStringLiteral("signpost_pack_dropped{kind=\"local\",key_id=\"%1\",reason=\"%2\"} 1")
            .arg(dropped.keyId, dropped.droppedReason)));
}

void TestKioskStatus::speechModeAndVoices_data()
{
    QTest::addColumn<QByteArray>("speechKey");
    QTest::addColumn<QStringList>("withoutVoice"); // what the voice check answers
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("voiceMetrics");
    QTest::newRow("off: voices not asked")
        << QByteArray("speech=off") << QStringList{QStringLiteral("cy")}
        << QStringLiteral("Speech: off") << QStringList{};
    QTest::newRow("every voice")
        << QByteArray("speech=always") << QStringList{}
        << QStringLiteral("Speech: always, a voice for every language switched on")
        << QStringList{QStringLiteral("signpost_speech_voice{language=\"en\"} 1"),
                       QStringLiteral("signpost_speech_voice{language=\"cy\"} 1"),
                       QStringLiteral("signpost_speech_voice{language=\"pa\"} 1")};
    QTest::newRow("Punjabi has none")
        << QByteArray("speech=on-request") << QStringList{QStringLiteral("pa")}
        << QStringLiteral("Speech: on-request, no voice for pa")
        << QStringList{QStringLiteral("signpost_speech_voice{language=\"cy\"} 1"),
                       QStringLiteral("signpost_speech_voice{language=\"pa\"} 0")};
}

void TestKioskStatus::speechModeAndVoices()
{
    QFETCH(QByteArray, speechKey);
    QFETCH(QStringList, withoutVoice);
    QFETCH(QString, line);
    QFETCH(QStringList, voiceMetrics);
    const Configuration config = Configuration::load(
        writeConfig("[signpost]\nenabled_languages=en,cy,pa\n" + speechKey + '\n'), true);
    QStringList asked;
    const KioskStatus::VoiceCheck voices = [&](const QStringList &languages) {
        asked = languages;
        return withoutVoice;
    };
    const KioskStatus status = KioskStatus::collect(config, ActiveContent::builtInContent(today),
                                                    {}, today, started, voices);
    const QString text = KioskStatusFormat::text(status);
    QVERIFY2(text.contains(line + u'\n'), qPrintable(text));
    const QStringList metrics = lines(KioskStatusFormat::prometheus(status));
    QVERIFY(metrics.contains(
        QStringLiteral("signpost_speech_info{mode=\"%1\"} 1").arg(status.speech.mode)));
    for (const QString &metric : voiceMetrics)
        QVERIFY2(metrics.contains(metric), qPrintable(metrics.join(u'\n')));
    if (voiceMetrics.isEmpty()) {
        QVERIFY(asked.isEmpty()); // speech off: eSpeak is not even loaded
        QVERIFY(!metrics.join(u'\n').contains(QStringLiteral("signpost_speech_voice")));
    } else {
        QCOMPARE(asked, config.enabledLanguages());
    }
    const QJsonObject json = KioskStatusFormat::json(status)[QStringLiteral("speech")].toObject();
    QCOMPARE(json[QStringLiteral("voicesChecked")].toBool(), !voiceMetrics.isEmpty());
}

// A running kiosk asks which voices are missing once: the answer, and so the metrics, cannot
// change later because a visitor turned Read aloud on and eSpeak loaded then.
void TestKioskStatus::runningKioskAsksForVoicesOnce()
{
    const Configuration config = Configuration::load(
        writeConfig("[signpost]\nenabled_languages=en,cy\ncontent_directory=none\n"), true);
    const ActiveContent active = ActiveContent::builtInContent(today);
    KioskHealth health(config, {}, [&active]() -> const ActiveContent & { return active; });
    int asked = 0;
    QStringList missing{QStringLiteral("cy")};
    health.setVoiceCheck([&](const QStringList &) {
        ++asked;
        return missing;
    });
    QVERIFY(health.text().contains(QStringLiteral("Speech: on-request, no voice for cy\n")));
    missing.clear(); // were it asked again, it would now say every voice is there
    QCOMPARE(health.status().speech.languagesWithoutVoice, QStringList{QStringLiteral("cy")});
    QCOMPARE(asked, 1);
}

// The kiosk's first frame does not wait for eSpeak to load its voices: the metrics file is
// written at start without them, and again with them once checkVoices() is called after the
// first paint; the check is still asked only once.
void TestKioskStatus::voiceCheckWaitsForTheFirstFrame()
{
    const QString metrics = m_dir.filePath(QStringLiteral("deferred.prom"));
    const Configuration config = Configuration::load(
        writeConfig(QStringLiteral("[signpost]\nenabled_languages=en,cy\ncontent_directory=none\n"
                                   "metrics_textfile=%1\n")
                        .arg(metrics)
                        .toUtf8()),
        true);
    const ActiveContent active = ActiveContent::builtInContent(today);
    KioskHealth health(config, {}, [&active]() -> const ActiveContent & { return active; });
    int asked = 0;
    health.setVoiceCheck([&](const QStringList &) {
        ++asked;
        return QStringList{QStringLiteral("cy")};
    });
    health.deferVoiceCheck();
    QCOMPARE(health.startMetrics(), QString());
    QCOMPARE(asked, 0);
    QVERIFY(!health.status().speech.languagesWithoutVoice);
    QVERIFY(!MinisignTestKit::readFile(metrics).contains("signpost_speech_voice"));

    health.checkVoices();
    QCOMPARE(asked, 1);
    const QByteArray written = MinisignTestKit::readFile(metrics);
    QVERIFY(written.contains("signpost_speech_voice{language=\"cy\"} 0"));
    QVERIFY(written.contains("signpost_speech_voice{language=\"en\"} 1"));
    QCOMPARE(health.status().speech.languagesWithoutVoice, QStringList{QStringLiteral("cy")});
    QCOMPARE(asked, 1);
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
    QCOMPARE(json[QStringLiteral("speech")][QStringLiteral("mode")].toString(),
             QStringLiteral("on-request"));
}

QTEST_GUILESS_MAIN(TestKioskStatus)
#include "TestKioskStatus.moc"
