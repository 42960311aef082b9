// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/ContentLoader.h"
#include "core/oruk/OrukChannelReader.h"
#include "core/oruk/OrukExporter.h"
#include "core/oruk/OrukImporter.h"
#include "core/oruk/OrukSchedule.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// Open Referral UK out and back: the built-in content exported as HSDS 3.0 and imported as a
// local pack draft loses no number, hour or address, and the draft's services are ones the
// content loader accepts in place of the built-in ones.
class TestOrukRoundTrip : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void exportIsStable();
    void phoneTypesFollowHsds_data();
    void phoneTypesFollowHsds();
    void scheduleRowsGroupDays();
    void roundTripKeepsEveryChannel();
    void draftLoadsAsContent();
    void everyImportedFactNeedsConfirming();
    void plainHsdsServiceIsRead();
    void dialledNumbers_data();
    void dialledNumbers();
    void notHsdsIsRefused();

private:
    Content m_content;
    QJsonObject m_draft;
};

namespace {

const QDate today(2026, 11, 28);

QJsonObject builtInJson()
{
    QFile file(ContentLoader::builtInPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

void TestOrukRoundTrip::initTestCase()
{
    const ContentLoader::Result loaded =
        ContentLoader::loadFile(ContentLoader::builtInPath(), today);
    QVERIFY(loaded.content);
    m_content = *loaded.content;
    const QByteArray exported = QJsonDocument(OrukExporter::page(m_content)).toJson();
    const OrukImporter::Result imported =
        OrukImporter::draftFromBytes(exported, QStringLiteral("oruk.json"), today);
    QVERIFY2(imported.error.isEmpty(), qPrintable(imported.error));
    m_draft = imported.draft;
}

void TestOrukRoundTrip::exportIsStable()
{
    // Name-based ids: the same content gives the same file, so a directory sees no churn.
    QCOMPARE(OrukExporter::page(m_content), OrukExporter::page(m_content));
    const QJsonObject first = OrukExporter::service(m_content.services.constFirst());
    QCOMPARE(first.value(QStringLiteral("id")).toString(),
             OrukExporter::uuidFor(QStringLiteral("service"), QStringLiteral("stop-it-now"))
                 .toString(QUuid::WithoutBraces));
    QCOMPARE(first.value(QStringLiteral("assured_date")).toString(), QStringLiteral("2026-11-28"));
    QCOMPARE(first.value(QStringLiteral("minimum_age")).toInt(), 18);
    QCOMPARE(first.value(QStringLiteral("organization")).toObject().value(QStringLiteral("name")),
             QStringLiteral("Lucy Faithfull Foundation"));
}

void TestOrukRoundTrip::phoneTypesFollowHsds_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("type");
    QTest::newRow("voice") << "childline"
                           << "0800 1111"
                           << "voice";
    QTest::newRow("text") << "shout"
                          << "85258"
                          << "text";
    QTest::newRow("textphone") << "police"
                               << "18001 101"
                               << "textphone";
    QTest::newRow("video relay") << "police"
                                 << "999"
                                 << "video";
}

void TestOrukRoundTrip::phoneTypesFollowHsds()
{
    QFETCH(QString, service);
    QFETCH(QString, number);
    QFETCH(QString, type);
    const Service *s = m_content.service(service);
    QVERIFY(s);
    QStringList types;
    for (const QJsonValue &phone :
         OrukExporter::service(*s).value(QStringLiteral("phones")).toArray()) {
        if (phone[QStringLiteral("number")].toString() == number)
            types << phone[QStringLiteral("type")].toString();
    }
    QVERIFY2(types.contains(type), qPrintable(types.join(QLatin1Char(','))));
}

void TestOrukRoundTrip::scheduleRowsGroupDays()
{
    const Service *stopItNow = m_content.service(QStringLiteral("stop-it-now"));
    QVERIFY(stopItNow);
    const QList<OrukSchedule::Row> rows =
        OrukSchedule::rows(stopItNow->channels.constFirst().hours);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).byday, QStringLiteral("MO,TU,WE,TH"));
    QCOMPARE(rows.at(0).opensAt, QStringLiteral("09:00"));
    QCOMPARE(rows.at(0).closesAt, QStringLiteral("21:00"));
    QCOMPARE(rows.at(1).byday, QStringLiteral("FR"));
    const QList<OrukSchedule::Row> always = OrukSchedule::rows(OpeningHours::alwaysOpen());
    QCOMPARE(always.size(), 1);
    QCOMPARE(always.constFirst().byday, QStringLiteral("MO,TU,WE,TH,FR,SA,SU"));
    QCOMPARE(always.constFirst().closesAt, QStringLiteral("24:00"));
    QVERIFY(OrukSchedule::rows(OpeningHours()).isEmpty());
}

void TestOrukRoundTrip::roundTripKeepsEveryChannel()
{
    const QJsonArray drafted = m_draft.value(QStringLiteral("services")).toArray();
    const QJsonArray original = builtInJson().value(QStringLiteral("services")).toArray();
    QCOMPARE(drafted.size(), original.size());
    for (int i = 0; i < original.size(); ++i) {
        const QJsonObject before = original.at(i).toObject();
        const QJsonObject after = drafted.at(i).toObject();
        QCOMPARE(after.value(QStringLiteral("id")), before.value(QStringLiteral("id")));
        for (const char *field : {"minAge", "maxAge", "regions", "languages", "verifiedOn"})
            QCOMPARE(after.value(QLatin1String(field)), before.value(QLatin1String(field)));
        const QJsonArray channelsBefore = before.value(QStringLiteral("channels")).toArray();
        const QJsonArray channelsAfter = after.value(QStringLiteral("channels")).toArray();
        QCOMPARE(channelsAfter.size(), channelsBefore.size());
        for (int c = 0; c < channelsBefore.size(); ++c) {
            const QJsonObject a = channelsBefore.at(c).toObject();
            const QJsonObject b = channelsAfter.at(c).toObject();
            for (const char *field : {"id", "type", "value", "international"})
                QCOMPARE(b.value(QLatin1String(field)), a.value(QLatin1String(field)));
        }
    }
}

void TestOrukRoundTrip::draftLoadsAsContent()
{
    // The draft's services in place of the built-in ones: the loader accepts them (the shape is
    // the content file's), and every hour reads back as the same opening hours.
    QJsonObject document = builtInJson();
    document[QStringLiteral("services")] = m_draft.value(QStringLiteral("services"));
    const ContentLoader::Result loaded = ContentLoader::loadBytes(
        QJsonDocument(document).toJson(), QStringLiteral("draft.json"), today);
    QStringList errors;
    for (const ContentIssue &issue : loaded.issues) {
        if (issue.severity == ContentIssue::Severity::Error)
            errors << issue.toString();
    }
    QVERIFY2(loaded.content, qPrintable(errors.join(QLatin1Char('\n'))));
    for (const Service &before : std::as_const(m_content.services)) {
        const Service *after = loaded.content->service(before.id);
        QVERIFY(after);
        QCOMPARE(after->ages, before.ages);
        QCOMPARE(after->regions, before.regions);
        for (const Channel &channel : before.channels) {
            const Channel *read = after->channel(channel.id);
            QVERIFY(read);
            QCOMPARE(read->value, channel.value);
            QVERIFY2(read->hours == channel.hours, qPrintable(before.id + u'/' + channel.id));
        }
    }
}

void TestOrukRoundTrip::everyImportedFactNeedsConfirming()
{
    for (const QJsonValue &value : m_draft.value(QStringLiteral("services")).toArray()) {
        const QJsonObject service = value.toObject();
        QVERIFY(service.value(QStringLiteral("needsConfirming")).toBool());
        QVERIFY(service.value(QStringLiteral("needsConfirmingNote"))
                    .toString()
                    .contains(QStringLiteral("Open Referral UK")));
        for (const QJsonValue &channel : service.value(QStringLiteral("channels")).toArray())
            QVERIFY(channel[QStringLiteral("needsConfirming")].toBool());
    }
}

void TestOrukRoundTrip::plainHsdsServiceIsRead()
{
    // HSDS written by someone else: no virtual locations, so phones, url, email and the
    // service's schedules are read as they are.
    const QJsonObject service{
        {QStringLiteral("id"), QStringLiteral("ac148810-d857-441c-9679-408f346de14b")},
        {QStringLiteral("name"), QStringLiteral("Sexual Assault Referral Centre (Cardiff)")},
        {QStringLiteral("status"), QStringLiteral("active")},
        {QStringLiteral("url"), QStringLiteral("https://example.org/sarc")},
        {QStringLiteral("email"), QStringLiteral("sarc@example.org")},
        {QStringLiteral("phones"),
         QJsonArray{QJsonObject{{QStringLiteral("number"), QStringLiteral("+44 29 2033 5795")},
                                {QStringLiteral("type"), QStringLiteral("voice")}},
                    QJsonObject{{QStringLiteral("number"), QStringLiteral("01234 567890")},
                                {QStringLiteral("type"), QStringLiteral("fax")}}}},
        {QStringLiteral("schedules"),
         QJsonArray{QJsonObject{{QStringLiteral("freq"), QStringLiteral("WEEKLY")},
                                {QStringLiteral("byday"), QStringLiteral("MO,TU,WE,TH,FR")},
                                {QStringLiteral("opens_at"), QStringLiteral("09:00:00")},
                                {QStringLiteral("closes_at"), QStringLiteral("17:00:00")}}}}};
    QStringList used;
    QStringList notes;
    const QJsonObject draft =
        OrukImporter::draftService(service, QStringLiteral("in.json"), today, used, notes);
    QCOMPARE(draft.value(QStringLiteral("id")).toString(),
             QStringLiteral("sexual-assault-referral-centre-cardiff"));
    QCOMPARE(draft.value(QStringLiteral("verifiedOn")).toString(), QStringLiteral("2026-11-28"));
    const QJsonArray channels = draft.value(QStringLiteral("channels")).toArray();
    QCOMPARE(channels.size(), 3); // the fax is left out, and said so
    QCOMPARE(channels.at(0)[QStringLiteral("value")].toString(), QStringLiteral("029 2033 5795"));
    QCOMPARE(channels
                 .at(0)[QStringLiteral("hours")][QStringLiteral("schedules")][0]
                       [QStringLiteral("opens_at")]
                 .toString(),
             QStringLiteral("09:00"));
    QCOMPARE(channels.at(1)[QStringLiteral("type")].toString(), QStringLiteral("web"));
    QCOMPARE(channels.at(2)[QStringLiteral("value")].toString(),
             QStringLiteral("sarc@example.org"));
    QVERIFY(draft.value(QStringLiteral("needsConfirmingNote"))
                .toString()
                .contains(QStringLiteral("fax")));
    QVERIFY(!notes.isEmpty());
}

void TestOrukRoundTrip::dialledNumbers_data()
{
    QTest::addColumn<QString>("hsds");
    QTest::addColumn<bool>("keepInternational");
    QTest::addColumn<QString>("dialled");
    QTest::addColumn<bool>("international");
    QTest::newRow("uk as written") << "0808 1000 900" << false << "0808 1000 900" << false;
    QTest::newRow("+44 to 0") << "\"+44 1234 234567\"" << false << "01234 234567" << false;
    QTest::newRow("(0) dropped") << "+44 (0)20 7946 0000" << false << "020 7946 0000" << false;
    QTest::newRow("hyphens") << "0800-555-111" << false << "0800 555 111" << false;
    QTest::newRow("ireland") << "+353 1 234 5678" << false << "+353 1 234 5678" << true;
    QTest::newRow("00 prefix") << "00353 1 234 5678" << false << "+353 1 234 5678" << true;
    QTest::newRow("signpost's own +44") << "+44 1372 847 161" << true << "+44 1372 847 161" << true;
}

void TestOrukRoundTrip::dialledNumbers()
{
    QFETCH(QString, hsds);
    QFETCH(bool, keepInternational);
    QFETCH(QString, dialled);
    QFETCH(bool, international);
    bool isInternational = !international;
    QCOMPARE(OrukChannelReader::dialledNumber(hsds, keepInternational, isInternational), dialled);
    QCOMPARE(isInternational, international);
}

void TestOrukRoundTrip::notHsdsIsRefused()
{
    QVERIFY(!OrukImporter::draftFromBytes("{", QStringLiteral("x.json"), today).error.isEmpty());
    QVERIFY(!OrukImporter::draftFromBytes("{\"contents\": []}", QStringLiteral("x.json"), today)
                 .error.isEmpty());
}

QTEST_GUILESS_MAIN(TestOrukRoundTrip)
#include "TestOrukRoundTrip.moc"
