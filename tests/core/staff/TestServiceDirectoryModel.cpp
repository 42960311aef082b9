// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hours/OpeningHours.h"
#include "core/loading/ContentLoader.h"
#include "core/staff/ServiceDirectoryFilter.h"
#include "core/staff/ServiceDirectoryModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

// The staff directory over the built-in UK content: what a librarian types finds the service.
class TestServiceDirectoryModel : public QObject
{
    Q_OBJECT

private:
    static QDateTime ukTime(const QDate &date, const QTime &time)
    {
        return QDateTime(date, time, OpeningHours::ukTimeZone());
    }
    static QStringList shownIds(const QAbstractItemModel &model)
    {
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.index(row, 0).data(ServiceDirectoryModel::ServiceIdRole).toString();
        return ids;
    }

    Content m_content;

private slots:
    void initTestCase()
    {
        const ContentLoader::Result loaded =
            ContentLoader::loadFile(ContentLoader::builtInPath(), QDate(2027, 1, 13));
        QVERIFY2(loaded.content.has_value(), "the built-in content loads");
        m_content = *loaded.content;
    }

    void modelPassesTheModelTester()
    {
        ServiceDirectoryModel model(m_content);
        QAbstractItemModelTester modelTester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ServiceDirectoryFilter filter;
        filter.setDirectory(&model);
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSearchText(QStringLiteral("helpline"));
        filter.setAudience(QStringLiteral("child"));
        filter.setOpenNowOnly(true);
        filter.sort(ServiceDirectoryModel::NameColumn);
        filter.setSearchText({});
        filter.setAudience({});
        filter.setOpenNowOnly(false);
        model.setLanguage(QStringLiteral("cy"));
        QCOMPARE(model.rowCount(), m_content.services.size());
        QCOMPARE(filter.rowCount(), m_content.services.size());
    }

    void everyServiceIsListedWithItsNumbers()
    {
        ServiceDirectoryModel model(m_content);
        for (int row = 0; row < model.rowCount(); ++row) {
            const Service &service = m_content.services.at(row);
            QCOMPARE(model.index(row, ServiceDirectoryModel::NameColumn).data().toString(),
                     service.name.text(QStringLiteral("en")));
            const QString contact =
                model.index(row, ServiceDirectoryModel::ContactColumn).data().toString();
            for (const Channel &channel : service.channels)
                QVERIFY2(contact.contains(channel.value), qPrintable(channel.value));
        }
    }

    void searchFindsWhatALibrarianTypes_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("mustFind");
        QTest::addColumn<QStringList>("mustNotFind");

        const QString stopItNow = QStringLiteral("stop-it-now");
        const QString childline = QStringLiteral("childline");
        QTest::newRow("parent worried about a child's sexual behaviour")
            << QStringLiteral("parent worried child sexual behaviour") << QStringList{stopItNow}
            << QStringList{childline, QStringLiteral("samaritans")};
        QTest::newRow("upper case")
            << QStringLiteral("PARENT Worried CHILD") << QStringList{stopItNow}
            << QStringList{QStringLiteral("samaritans")};
        QTest::newRow("curly apostrophe")
            << QStringLiteral("child’s sexual") << QStringList{stopItNow} << QStringList{};
        QTest::newRow("number as printed") << QStringLiteral("0800 1111") << QStringList{childline}
                                           << QStringList{QStringLiteral("crimestoppers")};
        QTest::newRow("number without spaces")
            << QStringLiteral("08001111") << QStringList{childline}
            << QStringList{QStringLiteral("crimestoppers")};
        QTest::newRow("number with dashes")
            << QStringLiteral("0808-1000-900") << QStringList{stopItNow} << QStringList{childline};
        QTest::newRow("part of a number")
            << QStringLiteral("116123") << QStringList{QStringLiteral("samaritans")}
            << QStringList{stopItNow};
        QTest::newRow("channel value: address")
            << QStringLiteral("iwf.org.uk") << QStringList{QStringLiteral("iwf")}
            << QStringList{childline};
        QTest::newRow("audience name")
            << QStringLiteral("professionals") << QStringList{stopItNow} << QStringList{childline};
        QTest::newRow("Welsh description")
            << QStringLiteral("rhieni") << QStringList{stopItNow} << QStringList{childline};
        QTest::newRow("one word missing")
            << QStringLiteral("childline zebra") << QStringList{} << QStringList{childline};
        QTest::newRow("empty shows all")
            << QString() << QStringList{stopItNow, childline} << QStringList{};
    }

    void searchFindsWhatALibrarianTypes()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, mustFind);
        QFETCH(QStringList, mustNotFind);
        ServiceDirectoryModel model(m_content);
        ServiceDirectoryFilter filter;
        filter.setDirectory(&model);
        filter.setSearchText(query);
        const QStringList shown = shownIds(filter);
        for (const QString &id : mustFind)
            QVERIFY2(
                shown.contains(id),
                qPrintable(QStringLiteral("%1 not in %2").arg(id, shown.join(QLatin1Char(',')))));
        for (const QString &id : mustNotFind)
            QVERIFY2(!shown.contains(id),
                     qPrintable(QStringLiteral("%1 in %2").arg(id, shown.join(QLatin1Char(',')))));
    }

    void audienceFilterKeepsOnlyThatAudience()
    {
        ServiceDirectoryModel model(m_content);
        ServiceDirectoryFilter filter;
        filter.setDirectory(&model);
        QVERIFY(model.audiences().contains(QStringLiteral("young-person")));
        filter.setAudience(QStringLiteral("young-person"));
        const QStringList shown = shownIds(filter);
        QVERIFY(shown.contains(QStringLiteral("childline")));
        QVERIFY(!shown.contains(QStringLiteral("stop-it-now")));
        QVERIFY(!shown.contains(QStringLiteral("samaritans")));
        for (int row = 0; row < filter.rowCount(); ++row)
            QVERIFY(filter.index(row, 0)
                        .data(ServiceDirectoryModel::AudiencesRole)
                        .toStringList()
                        .contains(QStringLiteral("young-person")));
        filter.setAudience({});
        QCOMPARE(filter.rowCount(), model.rowCount());
    }

    void openNowFollowsTheInjectedClock_data()
    {
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<bool>("stopItNowShown");
        QTest::addColumn<bool>("childlineShown");
        QTest::newRow("Wednesday 10:00")
            << ukTime(QDate(2027, 1, 13), QTime(10, 0)) << true << true;
        QTest::newRow("Sunday 23:00") << ukTime(QDate(2027, 1, 17), QTime(23, 0)) << false << true;
        QTest::newRow("Friday 17:00, just closed")
            << ukTime(QDate(2027, 1, 15), QTime(17, 0)) << false << true;
        QTest::newRow("summer Thursday 20:59")
            << ukTime(QDate(2027, 7, 15), QTime(20, 59)) << true << true;
    }

    void openNowFollowsTheInjectedClock()
    {
        QFETCH(QDateTime, at);
        QFETCH(bool, stopItNowShown);
        QFETCH(bool, childlineShown);
        ServiceDirectoryModel model(m_content);
        ServiceDirectoryFilter filter;
        filter.setDirectory(&model);
        filter.setClock(Clock::fixed(at));
        filter.setOpenNowOnly(true);
        const QStringList shown = shownIds(filter);
        QCOMPARE(shown.contains(QStringLiteral("stop-it-now")), stopItNowShown);
        QCOMPARE(shown.contains(QStringLiteral("childline")), childlineShown);
        // Web-only services are there at any time but nobody answers: never "open now".
        QVERIFY(!shown.contains(QStringLiteral("iwf")));
        filter.setOpenNowOnly(false);
        QCOMPARE(filter.rowCount(), model.rowCount());
    }

    void availabilityColumnSaysWhenItOpens()
    {
        ServiceDirectoryModel model(m_content);
        model.setClock(Clock::fixed(ukTime(QDate(2027, 1, 17), QTime(23, 0))));
        const int row = model.rowOf(QStringLiteral("stop-it-now"));
        QVERIFY(row >= 0);
        const QString text =
            model.index(row, ServiceDirectoryModel::AvailabilityColumn).data().toString();
        QVERIFY2(text.contains(QStringLiteral("Closed now")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("opens tomorrow at 9am")), qPrintable(text));

        QDateTime now = ukTime(QDate(2027, 1, 13), QTime(10, 0));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setClock(Clock([&now] { return now; }));
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.index(row, ServiceDirectoryModel::AvailabilityColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Open now")));
    }

    void needsConfirmingIsFlagged()
    {
        ServiceDirectoryModel model(m_content);
        const QModelIndex stopItNow = model.index(model.rowOf(QStringLiteral("stop-it-now")), 0);
        QVERIFY(stopItNow.data(ServiceDirectoryModel::NeedsConfirmingRole).toBool());
        // Samaritans is flagged too, for its Welsh-language line; Childline has nothing to confirm.
        const QModelIndex childline = model.index(model.rowOf(QStringLiteral("childline")), 0);
        QVERIFY(!childline.data(ServiceDirectoryModel::NeedsConfirmingRole).toBool());
        const QModelIndex samaritans = model.index(model.rowOf(QStringLiteral("samaritans")), 0);
        QVERIFY(samaritans.data(ServiceDirectoryModel::NeedsConfirmingRole).toBool());
        QCOMPARE(model.rowOf(QStringLiteral("no-such-service")), -1);
    }
};

QTEST_GUILESS_MAIN(TestServiceDirectoryModel)
#include "TestServiceDirectoryModel.moc"
