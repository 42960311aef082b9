// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/ContentServiceListing.h"
#include "core/content/RegionalContent.h"
#include "core/loading/ContentLoader.h"
#include "core/packs/LocalPackValidation.h"
#include "core/staff/ServiceDirectoryModel.h"

#include <QJsonObject>

#include <QTest>

// A local pack laid over the built-in national content: its service becomes an extra
// alternative on the outcome it names and a "Help near here" answer on an extendable question,
// and every pack that would change, hide or reorder national content is refused at the JSON
// pointer of what it tried (the fixtures in tests/core/fixtures/local, from make_fixtures.py).
class TestLocalOverlay : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void addsAlternativeAfterTheNationalOnes();
    void addsHelpNearHereBeforeTheLastAnswer();
    void staffSeeLocalServicesMarked();
    void refusedAtThePointer_data();
    void refusedAtThePointer();

private:
    static QString fixture(const QString &kind, const QString &name)
    {
        return QStringLiteral(SIGNPOST_SOURCE_DIR "/tests/core/fixtures/local/%1/%2.json")
            .arg(kind, name);
    }
    LocalPackValidation::Result valid() const
    {
        return LocalPackValidation::checkFile(
            fixture(QStringLiteral("valid"), QStringLiteral("example-area")), m_national, m_today);
    }

    Content m_national;
    QDate m_today = QDate(2026, 12, 1);
};

void TestLocalOverlay::initTestCase()
{
    const ContentLoader::Result loaded =
        ContentLoader::loadFile(ContentLoader::builtInPath(), m_today);
    QVERIFY(loaded.content);
    m_national = *loaded.content;
}

void TestLocalOverlay::addsAlternativeAfterTheNationalOnes()
{
    const LocalPackValidation::Result result = valid();
    for (const ContentIssue &issue : result.issues)
        qWarning("%s", qPrintable(issue.toString()));
    QVERIFY(result.merged);
    const Content &merged = *result.merged;
    const ChannelRef local{QStringLiteral("example-childrens-services"), QStringLiteral("phone")};
    const PathwayNode *before = m_national.node(QStringLiteral("report-not-sure"));
    const PathwayNode *after = merged.node(QStringLiteral("report-not-sure"));
    QVERIFY(before && after);
    // The national alternatives first, in their order, then the local one.
    QCOMPARE(after->primary, before->primary);
    QCOMPARE(after->alternatives.mid(0, before->alternatives.size()), before->alternatives);
    QCOMPARE(after->alternatives.constLast(), local);
    // A kiosk anywhere shows it: it is among the alternatives on screen.
    for (const std::optional<Region> place : RegionalContent::places())
        QVERIFY(RegionalContent::alternativesIn(merged, *after, place).contains(local));
    const Service *service = merged.service(local.service);
    QVERIFY(service);
    QVERIFY(service->local);
    QVERIFY(!merged.service(QStringLiteral("childline"))->local);
    // Nothing national moved: every national service is there, in its place, unchanged.
    QCOMPARE(merged.services.mid(0, m_national.services.size()).size(), m_national.services.size());
    for (qsizetype i = 0; i < m_national.services.size(); ++i)
        QCOMPARE(merged.services.at(i).channels.size(), m_national.services.at(i).channels.size());
    QCOMPARE(merged.emergency, m_national.emergency);
}

void TestLocalOverlay::addsHelpNearHereBeforeTheLastAnswer()
{
    const LocalPackValidation::Result result = valid();
    QVERIFY(result.merged);
    const PathwayNode *before = m_national.node(QStringLiteral("child-worry"));
    const PathwayNode *after = result.merged->node(QStringLiteral("child-worry"));
    QVERIFY(before && after);
    QVERIFY(before->isExtendable());
    QCOMPARE(after->answers.size(), before->answers.size() + 1);
    const Answer &added = after->answers.at(after->answers.size() - 2);
    QCOMPARE(added.text.text(QStringLiteral("en")), QStringLiteral("Help near here"));
    QCOMPARE(added.text.text(QStringLiteral("cy")), QStringLiteral("Help yn yr ardal hon"));
    QCOMPARE(added.next, QStringLiteral("example-child-local"));
    // "Something else, or not sure" stays last.
    QCOMPARE(after->answers.constLast().next, before->answers.constLast().next);
    const PathwayNode *outcome = result.merged->node(QStringLiteral("example-child-local"));
    QVERIFY(outcome && outcome->isOutcome());
    QCOMPARE(outcome->primary.service, QStringLiteral("example-childrens-services"));
    // The danger question is never extendable: it comes first on every route.
    QVERIFY(!m_national.node(QStringLiteral("child-danger"))->isExtendable());
}

void TestLocalOverlay::staffSeeLocalServicesMarked()
{
    const LocalPackValidation::Result result = valid();
    QVERIFY(result.merged);
    const QString id = QStringLiteral("example-childrens-services");
    // --list-services, text and JSON.
    QString text;
    QTextStream out(&text);
    ContentServiceListing::writeText(*result.merged, QStringLiteral("en"), out);
    out.flush();
    QVERIFY2(text.contains(id + QStringLiteral(": Example Council children's services (Example "
                                               "Council) [local]")),
             qPrintable(text));
    QCOMPARE(text.count(QLatin1String("[local]")), 1);
    const QJsonArray json = ContentServiceListing::toJson(*result.merged, QStringLiteral("en"));
    for (const QJsonValue &service : json) {
        const bool local = service.toObject().value(QLatin1String("id")).toString() == id;
        QCOMPARE(service.toObject().value(QLatin1String("local")).toBool(), local);
    }
    // The staff directory.
    ServiceDirectoryModel model(*result.merged);
    const int row = model.rowOf(id);
    QVERIFY(row >= 0);
    const QModelIndex name = model.index(row, ServiceDirectoryModel::NameColumn);
    QCOMPARE(name.data().toString(), QStringLiteral("Example Council children's services (local)"));
    QVERIFY(name.data(ServiceDirectoryModel::LocalRole).toBool());
    const QModelIndex childline =
        model.index(model.rowOf(QStringLiteral("childline")), ServiceDirectoryModel::NameColumn);
    QCOMPARE(childline.data().toString(), QStringLiteral("Childline"));
    QVERIFY(!childline.data(ServiceDirectoryModel::LocalRole).toBool());
}

void TestLocalOverlay::refusedAtThePointer_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("words");
    QTest::newRow("national number") << "changes-national-number"
                                     << "/services/1/channels/0/value"
                                     << "tries to change national service 'police' phone '101' "
                                        "from '101' to '01632 960101'";
    QTest::newRow("national service") << "replaces-national-service"
                                      << "/services/0/channels/0/value"
                                      << "national service 'childline'";
    QTest::newRow("attaches national") << "attaches-national-service"
                                       << "/attachments/0/alternatives/0/service"
                                       << "'samaritans' is a national service";
    QTest::newRow("hides national") << "pushes-national-alternative-off"
                                    << "/attachments/0/alternatives"
                                    << "would show 4 alternatives";
    QTest::newRow("attaches to question") << "attaches-to-question"
                                          << "/attachments/0/outcome"
                                          << "'child-worry' is a question";
    QTest::newRow("not extendable") << "question-not-extendable"
                                    << "/helpNearHere/0/question"
                                    << "question 'child-danger' is not marked extendable";
    QTest::newRow("national primary") << "help-led-by-national-service"
                                      << "/helpNearHere/0/outcome/primary/service"
                                      << "'nspcc' is a national service";
    QTest::newRow("unknown channel") << "help-unknown-channel"
                                     << "/helpNearHere/0/outcome/alternatives/0/channel"
                                     << "service 'nspcc' has no channel 'fax'";
    QTest::newRow("pathways") << "changes-pathways"
                              << "/pathways"
                              << "may not change the national pathways";
    QTest::newRow("emergency") << "changes-emergency"
                               << "/emergency"
                               << "may not change the emergency strip";
    QTest::newRow("node id") << "reuses-node-id"
                             << "/helpNearHere/0/outcome/id"
                             << "'child-abuse' is already a node id";
    QTest::newRow("not local") << "not-local"
                               << "/kind"
                               << "\"kind\": \"local\"";
}

void TestLocalOverlay::refusedAtThePointer()
{
    QFETCH(QString, name);
    QFETCH(QString, pointer);
    QFETCH(QString, words);
    const LocalPackValidation::Result result = LocalPackValidation::checkFile(
        fixture(QStringLiteral("invalid"), name), m_national, m_today);
    QVERIFY(!result.merged);
    QVERIFY(!result.pack);
    QStringList errors;
    bool found = false;
    for (const ContentIssue &issue : result.issues) {
        if (issue.severity != ContentIssue::Severity::Error)
            continue;
        errors << issue.toString();
        found = found || (issue.pointer == pointer && issue.message.contains(words));
    }
    QVERIFY2(found, qPrintable(errors.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestLocalOverlay)
#include "TestLocalOverlay.moc"
