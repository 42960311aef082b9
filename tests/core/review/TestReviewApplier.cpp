// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/ContentLoader.h"
#include "core/review/ReviewCommands.h"
#include "core/review/ReviewSentences.h"
#include "core/review/ReviewSheet.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// A review sheet goes out, comes back and is written into a content file: exactly the approved
// rows change; a row whose English changed is refused by its id; the language leaves
// localesNeedingReview only when every sentence is approved.
class TestReviewApplier : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void changesExactlyTheApprovedRows();
    void refusesAStaleRow();
    void refusesAnUnknownRow();
    void clearsTheLanguageWhenEverythingIsApproved();
    void addsAMissingTranslation();
    void keepsTheLanguageWhenOwnWordsChange();
    void neverWritesOverTheContentFile();

private:
    struct Outcome
    {
        int status = -1;
        QString out;
        QString err;
    };
    Outcome apply(const QList<ReviewSheet::Row> &rows, const QString &contentPath,
                  const QString &outputPath);
    QList<ReviewSheet::Row> freshRows(const QString &contentPath) const;
    static QList<ReviewSentence> sentencesOf(const QString &path);

    QTemporaryDir m_dir;
    QString m_content;
    ReviewSentences::Catalogues m_catalogues;
};

namespace {

const QDate today(2026, 12, 1);
const QString welsh = QStringLiteral("cy");

QByteArray csvOf(const QList<ReviewSheet::Row> &rows)
{
    QString text = QStringLiteral("id,screen,English,translation (cy),approved,comment\r\n");
    for (const ReviewSheet::Row &row : rows) {
        QStringList fields;
        for (const QString &field :
             {row.id, row.screen, row.english, row.translation, row.approved, row.comment})
            fields << ReviewSheet::field(field);
        text += fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return text.toUtf8();
}

QStringList needingReview(const QString &path)
{
    const ContentLoader::Result loaded = ContentLoader::loadFile(path, today);
    return loaded.content ? loaded.content->metadata.localesNeedingReview : QStringList();
}

} // namespace

void TestReviewApplier::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const QString &language : {QStringLiteral("cy"), QStringLiteral("ar")}) {
        const auto messages = CompiledTranslations::messagesOfFile(
            QStringLiteral(QM_DIR "/signpost_%1.qm").arg(language));
        QVERIFY2(!messages.isEmpty(), "build signpost_ui first: it compiles the catalogues");
        m_catalogues.insert(language, messages);
    }
    m_content = m_dir.filePath(QStringLiteral("content.json"));
    QVERIFY(QFile::copy(ContentLoader::builtInPath(), m_content));
    QFile::setPermissions(m_content, QFile::ReadOwner | QFile::WriteOwner);
}

QList<ReviewSentence> TestReviewApplier::sentencesOf(const QString &path)
{
    const ContentLoader::Result loaded = ContentLoader::loadFile(path, today);
    return loaded.content ? ReviewSentences::collect(*loaded.content, {welsh}, {})
                          : QList<ReviewSentence>();
}

QList<ReviewSheet::Row> TestReviewApplier::freshRows(const QString &contentPath) const
{
    const ContentLoader::Result loaded = ContentLoader::loadFile(contentPath, today);
    const QByteArray csv =
        ReviewSheet::write(ReviewSentences::collect(*loaded.content, {welsh}, m_catalogues), welsh);
    return ReviewSheet::parse(csv).rows;
}

TestReviewApplier::Outcome TestReviewApplier::apply(const QList<ReviewSheet::Row> &rows,
                                                    const QString &contentPath,
                                                    const QString &outputPath)
{
    const QString sheet = m_dir.filePath(QStringLiteral("sheet.csv"));
    QFile file(sheet);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(csvOf(rows));
    file.close();
    Outcome outcome;
    QTextStream out(&outcome.out);
    QTextStream err(&outcome.err);
    outcome.status =
        ReviewCommands::applyReview(sheet, contentPath, outputPath, today, m_catalogues, out, err);
    return outcome;
}

void TestReviewApplier::changesExactlyTheApprovedRows()
{
    QList<ReviewSheet::Row> rows = freshRows(m_content);
    QVERIFY(rows.size() > 100);
    QStringList changed;
    int contentRows = 0;
    for (ReviewSheet::Row &row : rows) {
        if (row.id.startsWith(QLatin1String("app/")))
            continue;
        ++contentRows;
        if (contentRows <= 3) { // approved with new words
            row.translation += QStringLiteral(" (adolygwyd)");
            row.approved = QStringLiteral("yes");
            changed << row.id;
        } else if (contentRows <= 5) { // approved as they stand
            row.approved = QStringLiteral("x");
        } else if (contentRows == 6) { // new words, not approved: must not be written
            row.translation = QStringLiteral("heb ei gymeradwyo");
            row.comment = QStringLiteral("check with the Welsh language officer");
        }
    }
    const QString output = m_dir.filePath(QStringLiteral("reviewed.json"));
    const Outcome outcome = apply(rows, m_content, output);
    QVERIFY2(outcome.status == 0, qPrintable(outcome.err));

    const QList<ReviewSentence> before = sentencesOf(m_content);
    const QList<ReviewSentence> after = sentencesOf(output);
    QCOMPARE(after.size(), before.size());
    QStringList differ;
    for (qsizetype i = 0; i < before.size(); ++i) {
        QCOMPARE(after[i].id, before[i].id);
        QCOMPARE(after[i].english, before[i].english);
        if (after[i].translations != before[i].translations) {
            differ << after[i].id;
            QVERIFY(after[i].translations.value(welsh).endsWith(QLatin1String(" (adolygwyd)")));
        }
    }
    QCOMPARE(differ, changed);
    QVERIFY(needingReview(output).contains(welsh));

    // Written in place: only the three changed lines differ, byte for byte.
    QFile original(m_content);
    QFile reviewed(output);
    QVERIFY(original.open(QIODevice::ReadOnly) && reviewed.open(QIODevice::ReadOnly));
    const QList<QByteArray> a = original.readAll().split('\n');
    const QList<QByteArray> b = reviewed.readAll().split('\n');
    QCOMPARE(b.size(), a.size());
    int differentLines = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        differentLines += a[i] == b[i] ? 0 : 1;
    QCOMPARE(differentLines, 3);
}

void TestReviewApplier::refusesAStaleRow()
{
    QList<ReviewSheet::Row> rows = freshRows(m_content);
    for (ReviewSheet::Row &row : rows)
        row.approved = QStringLiteral("yes");
    ReviewSheet::Row &stale = rows[rows.size() / 2];
    stale.english += QStringLiteral(" (older wording)");
    const QString output = m_dir.filePath(QStringLiteral("stale.json"));
    const Outcome outcome = apply(rows, m_content, output);
    QCOMPARE(outcome.status, 1);
    QVERIFY2(outcome.err.contains(QStringLiteral("refused row %1:").arg(stale.id)),
             qPrintable(outcome.err));
    QVERIFY(outcome.err.contains(QLatin1String("nothing written")));
    QVERIFY(!QFile::exists(output));
}

void TestReviewApplier::refusesAnUnknownRow()
{
    QList<ReviewSheet::Row> rows = freshRows(m_content);
    rows << ReviewSheet::Row{QStringLiteral("node/no-such-node/text"),
                             {},
                             QStringLiteral("Hi"),
                             QStringLiteral("Helo"),
                             QStringLiteral("yes"),
                             {}};
    const QString output = m_dir.filePath(QStringLiteral("unknown.json"));
    const Outcome outcome = apply(rows, m_content, output);
    QCOMPARE(outcome.status, 1);
    QVERIFY(outcome.err.contains(QLatin1String("node/no-such-node/text")));
    QVERIFY(!QFile::exists(output));
}

void TestReviewApplier::clearsTheLanguageWhenEverythingIsApproved()
{
    QList<ReviewSheet::Row> rows = freshRows(m_content);
    for (ReviewSheet::Row &row : rows)
        row.approved = QStringLiteral("yes");
    // One row missing from the sheet: not everything is approved.
    const QString partial = m_dir.filePath(QStringLiteral("partial.json"));
    QCOMPARE(apply(rows.mid(1), m_content, partial).status, 0);
    QVERIFY(needingReview(partial).contains(welsh));

    const QString output = m_dir.filePath(QStringLiteral("approved.json"));
    const Outcome outcome = apply(rows, m_content, output);
    QVERIFY2(outcome.status == 0, qPrintable(outcome.err));
    QVERIFY(outcome.out.contains(QLatin1String("no longer in localesNeedingReview")));
    QStringList expected = needingReview(m_content);
    expected.removeAll(welsh);
    QCOMPARE(needingReview(output), expected);
}

void TestReviewApplier::addsAMissingTranslation()
{
    // The content without a Welsh campaign line: English is shown, and the review adds it.
    QFile file(m_content);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray campaign = root.value(QLatin1String("campaignMessages")).toArray();
    QJsonObject first = campaign.at(0).toObject();
    first.remove(welsh);
    campaign[0] = first;
    root.insert(QLatin1String("campaignMessages"), campaign);
    const QString without = m_dir.filePath(QStringLiteral("without.json"));
    QFile writer(without);
    QVERIFY(writer.open(QIODevice::WriteOnly));
    writer.write(QJsonDocument(root).toJson());
    writer.close();

    QList<ReviewSheet::Row> rows = freshRows(without);
    QCOMPARE(rows.constFirst().id, QStringLiteral("campaign/0"));
    QVERIFY(rows.constFirst().translation.isEmpty());
    rows.first().translation = QStringLiteral("Dim bai. Dim barnu.");
    rows.first().approved = QStringLiteral("yes");
    const QString output = m_dir.filePath(QStringLiteral("added.json"));
    const Outcome outcome = apply(rows, without, output);
    QVERIFY2(outcome.status == 0, qPrintable(outcome.err));
    const QList<ReviewSentence> after = sentencesOf(output);
    QCOMPARE(after.constFirst().translations.value(welsh), QStringLiteral("Dim bai. Dim barnu."));
}

void TestReviewApplier::keepsTheLanguageWhenOwnWordsChange()
{
    QList<ReviewSheet::Row> rows = freshRows(m_content);
    QString appRow;
    for (ReviewSheet::Row &row : rows) {
        row.approved = QStringLiteral("yes");
        if (appRow.isEmpty() && row.id.startsWith(QLatin1String("app/"))) {
            row.translation += QStringLiteral(" (newydd)");
            appRow = row.id;
        }
    }
    QVERIFY(!appRow.isEmpty());
    const QString output = m_dir.filePath(QStringLiteral("own-words.json"));
    const Outcome outcome = apply(rows, m_content, output);
    QVERIFY2(outcome.status == 0, qPrintable(outcome.err));
    QVERIFY(outcome.out.contains(QStringLiteral("not written %1").arg(appRow)));
    QVERIFY(needingReview(output).contains(welsh));
}

void TestReviewApplier::neverWritesOverTheContentFile()
{
    const Outcome outcome = apply(freshRows(m_content), m_content, m_content);
    QCOMPARE(outcome.status, 2);
    QVERIFY(outcome.err.contains(QLatin1String("must not be the content file")));
}

QTEST_GUILESS_MAIN(TestReviewApplier)
#include "TestReviewApplier.moc"
