// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/review/ReviewSheet.h"

#include <QTest>

// The review sheet as RFC 4180 CSV: written so a spreadsheet opens it, read back exactly.
class TestReviewSheet : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void quotesOnlyWhatNeedsIt_data();
    void quotesOnlyWhatNeedsIt();
    void approved_data();
    void approved();
    void refuses_data();
    void refuses();
    void leavesOutNumbers();
};

void TestReviewSheet::roundTrip_data()
{
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("translation");
    QTest::newRow("plain") << "Who are you worried about?"
                           << "Am bwy ydych chi'n poeni?";
    QTest::newRow("comma") << "No blame, no judgement."
                           << "Dim bai, dim barnu.";
    QTest::newRow("quotes") << "Say \"stop\"."
                            << "Dywedwch \"stopiwch\".";
    QTest::newRow("line break") << "Line one\nline two"
                                << "Llinell un\r\nllinell dau";
    QTest::newRow("right to left, isolates")
        << "Stop It Now!" << QStringLiteral("\u2068Stop It Now!\u2069 اردو");
    QTest::newRow("empty translation") << "Leave this screen"
                                       << "";
}

void TestReviewSheet::roundTrip()
{
    QFETCH(QString, english);
    QFETCH(QString, translation);
    const ReviewSentence sentence{QStringLiteral("node/a,b/text"),
                                  QStringLiteral("Question: \"x\""),
                                  english,
                                  {{QStringLiteral("cy"), translation}},
                                  ReviewSentence::Origin::Content};
    const QByteArray csv = ReviewSheet::write({sentence, sentence}, QStringLiteral("cy"));
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const ReviewSheet::Parsed parsed = ReviewSheet::parse(csv);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.language, QStringLiteral("cy"));
    QCOMPARE(parsed.rows.size(), 2);
    for (const ReviewSheet::Row &row : parsed.rows) {
        QCOMPARE(row.id, sentence.id);
        QCOMPARE(row.screen, sentence.screen);
        QCOMPARE(row.english, english);
        QCOMPARE(row.translation, translation);
        QVERIFY(!row.isApproved());
    }
}

void TestReviewSheet::quotesOnlyWhatNeedsIt_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << "0800 1111"
                           << "0800 1111";
    QTest::newRow("comma") << "a,b"
                           << "\"a,b\"";
    QTest::newRow("quote") << "a\"b"
                           << "\"a\"\"b\"";
    QTest::newRow("newline") << "a\nb"
                             << "\"a\nb\"";
    QTest::newRow("carriage return") << "a\rb"
                                     << "\"a\rb\"";
}

void TestReviewSheet::quotesOnlyWhatNeedsIt()
{
    QFETCH(QString, value);
    QTEST(ReviewSheet::field(value), "field");
}

void TestReviewSheet::approved_data()
{
    QTest::addColumn<QString>("mark");
    QTest::addColumn<bool>("approved");
    QTest::newRow("yes") << "yes" << true;
    QTest::newRow("Yes, spaced") << " Yes " << true;
    QTest::newRow("x") << "x" << true;
    QTest::newRow("approved") << "APPROVED" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("no") << "no" << false;
    QTest::newRow("question") << "?" << false;
}

void TestReviewSheet::approved()
{
    QFETCH(QString, mark);
    ReviewSheet::Row row;
    row.approved = mark;
    QTEST(row.isApproved(), "approved");
}

void TestReviewSheet::refuses_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("error");
    QTest::newRow("unterminated quote")
        << QByteArray("id,screen,English,translation (cy),approved,comment\r\na,\"b") << "quoted";
    QTest::newRow("no header") << QByteArray("a,b,c,d,e,f\r\n") << "translation (CODE)";
    QTest::newRow("short row")
        << QByteArray("id,screen,English,translation (cy),approved,comment\r\na,b,c\r\n")
        << "columns";
    QTest::newRow("empty") << QByteArray() << "header";
}

void TestReviewSheet::refuses()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, error);
    const ReviewSheet::Parsed parsed = ReviewSheet::parse(csv);
    QVERIFY2(parsed.error.contains(error), qPrintable(parsed.error));
}

void TestReviewSheet::leavesOutNumbers()
{
    const ReviewSentence number{QStringLiteral("service/x/channel/phone/value"),
                                QStringLiteral("screen"),
                                QStringLiteral("0800 1111"),
                                {},
                                ReviewSentence::Origin::Literal};
    const ReviewSheet::Parsed parsed =
        ReviewSheet::parse(ReviewSheet::write({number}, QStringLiteral("cy")));
    QVERIFY(parsed.error.isEmpty());
    QVERIFY(parsed.rows.isEmpty());
}

QTEST_GUILESS_MAIN(TestReviewSheet)
#include "TestReviewSheet.moc"
