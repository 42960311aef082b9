// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/ContentLoader.h"
#include "core/review/OpenQuestions.h"
#include "core/review/PathwayGraph.h"
#include "core/startup/ActiveContent.h"
#include "ui/export/ReviewPackRenderer.h"

#include "MinisignTestKit.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The review pack of the built-in content in English and Welsh, read back as a reviewer gets
// it: every outcome heading and every number in its text, every question and outcome once on
// the map page, and pages that are drawn (rendered to PNG); a local pack's services and where
// they attach, marked as local; and the command line that makes it.
class TestReviewPackRenderer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyOutcomeHeading_data();
    void everyOutcomeHeading();
    void everyNumberAndAddress();
    void everyOpenQuestionAndWarning();
    void mapShowsEveryNodeOnce();
    void pagesAreDrawn();
    void coverNamesThePacksSigningKey();
    void localPackIsMarkedWhereItAttaches();
    void commandLine_data();
    void commandLine();

private:
    static QString run(const QString &program, const QStringList &arguments, int *status = nullptr)
    {
        QProcess process;
        process.start(program, arguments);
        const bool finished = process.waitForFinished(120000);
        if (status)
            *status = finished ? process.exitCode() : -1;
        return QString::fromUtf8(process.readAllStandardOutput());
    }
    static QString pdfText(const QString &pdf, int first = 0, int last = 0)
    {
        QStringList arguments;
        if (first > 0)
            arguments << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l")
                      << QString::number(last);
        // Collapsed whitespace: a sentence is found whatever line breaks the layout made; NFKC
        // undoes the fonts' ligatures ("ﬁ") and Arabic presentation forms.
        return run(QStringLiteral("pdftotext"), arguments << pdf << QStringLiteral("-"))
            .normalized(QString::NormalizationForm_KC)
            .simplified();
    }

    QTemporaryDir m_dir;
    ActiveContent m_active;
    QString m_pdf;
    QString m_text;
};

void TestReviewPackRenderer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // SIGNPOST_SCREENSHOT_DIR keeps the PDF and its page images to look at.
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("SIGNPOST_SCREENSHOT_DIR"));
    for (const char *tool : {"pdftotext", "pdftoppm", "pdfinfo"}) {
        QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(),
                 "poppler-utils is in build.sh's DEBIAN_PACKAGES");
    }
    const ContentLoader::Result loaded =
        ContentLoader::loadFile(ContentLoader::builtInPath(), QDate(2026, 12, 1));
    QVERIFY(loaded.content);
    m_active.content = *loaded.content;
    m_active.source = ContentLoader::builtInPath();
    m_active.issues = loaded.issues;
    m_pdf = m_dir.filePath(QStringLiteral("review-pack.pdf"));
    const ReviewPackRenderer::Request request{
        {QStringLiteral("cy")}, QDate(2026, 12, 1), ReviewSentences::builtInCatalogues()};
    QVERIFY(request.catalogues.contains(QStringLiteral("cy")));
    QString error;
    QVERIFY2(ReviewPackRenderer::writePdf(m_pdf, m_active, request, &error), qPrintable(error));
    m_text = pdfText(m_pdf);
    QVERIFY(m_text.contains(QLatin1String("Signpost review pack")));
}

void TestReviewPackRenderer::everyOutcomeHeading_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("heading");
    for (const PathwayNode &node : std::as_const(m_active.content.nodes)) {
        if (!node.isOutcome())
            continue;
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("cy")})
            QTest::addRow("%s %s", qPrintable(node.id), qPrintable(language))
                << language << node.text.text(language).simplified();
    }
}

void TestReviewPackRenderer::everyOutcomeHeading()
{
    QFETCH(QString, heading);
    QVERIFY2(m_text.contains(heading.normalized(QString::NormalizationForm_KC)),
             qPrintable(heading));
}

void TestReviewPackRenderer::everyNumberAndAddress()
{
    int checked = 0;
    for (const Service &service : std::as_const(m_active.content.services)) {
        for (const Channel &channel : service.channels) {
            QVERIFY2(
                m_text.contains(channel.value),
                qPrintable(QStringLiteral("%1/%2: %3").arg(service.id, channel.id, channel.value)));
            ++checked;
        }
    }
    QVERIFY(checked > 30);
}

void TestReviewPackRenderer::everyOpenQuestionAndWarning()
{
    const QList<OpenQuestions::Question> questions = OpenQuestions::of(m_active.content);
    QVERIFY(!questions.isEmpty());
    QVERIFY(m_text.contains(
        QStringLiteral("Open questions for the services (%1)").arg(questions.size())));
    for (const OpenQuestions::Question &question : questions)
        QVERIFY2(
            m_text.contains(question.note.normalized(QString::NormalizationForm_KC).simplified()),
            qPrintable(question.note));
    int warnings = 0;
    for (const ContentIssue &issue : std::as_const(m_active.issues)) {
        warnings += issue.severity == ContentIssue::Severity::Warning ? 1 : 0;
        QVERIFY2(
            m_text.contains(issue.message.normalized(QString::NormalizationForm_KC).simplified()),
            qPrintable(issue.message));
    }
    QVERIFY(m_text.contains(QStringLiteral("What the validator says (%1)").arg(warnings)));
}

void TestReviewPackRenderer::mapShowsEveryNodeOnce()
{
    // Page 2 is the whole map: each box's small heading ends with its node id.
    const QString map = pdfText(m_pdf, 2, 2);
    QVERIFY(map.contains(QLatin1String("The pathway map: every question and outcome once")));
    for (const PathwayNode &node : std::as_const(m_active.content.nodes)) {
        const QRegularExpression box(
            QStringLiteral("· %1(?![\\w-])").arg(QRegularExpression::escape(node.id)));
        QCOMPARE_EQ(map.count(box), 1);
    }
    const PathwayGraph graph = PathwayGraph::build(m_active.content, QStringLiteral("en"));
    QCOMPARE(map.count(QStringLiteral("· danger first")), 2); // two questions ask first
    QVERIFY(graph.maxDepth() <= 3);
}

void TestReviewPackRenderer::pagesAreDrawn()
{
    const QString prefix = m_dir.filePath(QStringLiteral("page"));
    int status = -1;
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-png"), QStringLiteral("-f"),
         QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("3"), m_pdf, prefix},
        &status);
    QCOMPARE(status, 0);
    const QFileInfoList pages =
        QDir(m_dir.path()).entryInfoList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name);
    QCOMPARE(pages.size(), 3);
    for (const QFileInfo &page : pages) {
        const QImage image(page.absoluteFilePath());
        QVERIFY(!image.isNull());
        QCOMPARE(image.width() > image.height(), true); // A4 landscape
        int inked = 0;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2)
                inked += qGray(image.pixel(x, y)) < 200 ? 1 : 0;
        }
        QVERIFY2(inked > 200, qPrintable(page.fileName()));
    }
}

void TestReviewPackRenderer::coverNamesThePacksSigningKey()
{
    QCOMPARE(ReviewPackRenderer::signingKeyOf(m_active), QString()); // built in: no key
    const QString pack = m_dir.filePath(QStringLiteral("pack"));
    QVERIFY(QDir().mkpath(pack));
    const MinisignTestKit::TestKey key =
        MinisignTestKit::generate(m_dir.path(), QStringLiteral("owner"));
    QVERIFY(key.key);
    const QString content = pack + QStringLiteral("/content.json");
    QFile file(content);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(MinisignTestKit::contentVersion(14));
    file.close();
    QVERIFY(MinisignTestKit::sign(key, content, content + QStringLiteral(".minisig")));
    ActiveContent active = m_active;
    active.source = content;
    active.builtIn = false;
    active.fromPack = true;
    QCOMPARE(ReviewPackRenderer::signingKeyOf(active), key.key->keyIdText());
    const QString pdf = m_dir.filePath(QStringLiteral("pack-review.pdf"));
    QVERIFY(ReviewPackRenderer::writePdf(pdf, active, {{}, QDate(2026, 12, 1), {}}));
    QVERIFY(pdfText(pdf, 1, 1).contains(key.key->keyIdText()));
}

// --review-pack --with-local: the local publisher signs off what its pack adds and where. The
// cover names the pack, a page lists each outcome it attaches to, its service is marked local in
// the services, on the map and in the sentences' screens; a pack that does not fit is refused.
void TestReviewPackRenderer::localPackIsMarkedWhereItAttaches()
{
    const QString local =
        QStringLiteral(SIGNPOST_SOURCE_DIR "/tests/core/fixtures/local/valid/example-area.json");
    const QString out = m_dir.filePath(QStringLiteral("local-review.pdf"));
    int status = -1;
    run(QStringLiteral(SIGNPOST_BINARY),
        {QStringLiteral("--review-pack"), out, QStringLiteral("--content"),
         QStringLiteral("builtin"), QStringLiteral("--with-local"), local},
        &status);
    QCOMPARE(status, 0);
    const QString cover = pdfText(out, 1, 1);
    QVERIFY2(cover.contains(QLatin1String("Local pack 'example-area' version 3")),
             qPrintable(cover));
    QVERIFY2(cover.contains(QLatin1String("1 of the services, on 2 outcomes")), qPrintable(cover));
    const QString text = pdfText(out);
    QVERIFY(text.contains(QLatin1String("The local pack: what it adds and where")));
    QVERIFY2(text.contains(QLatin1String(
                 "Help for a child in Example Borough (example-child-local) Example Council "
                 "children's services: Children's services leads the outcome (\"Help near "
                 "here\")")),
             qPrintable(text));
    QVERIFY(text.contains(QLatin1String("(report-not-sure) Example Council children's services: "
                                        "Children's services an extra alternative after the "
                                        "national ones")));
    QVERIFY(text.contains(QLatin1String(
        "Example Council children's services (Example Council, example-childrens-services) "
        "[local pack]")));
    QVERIFY(text.contains(QLatin1String("Example Council children's services [local]"))); // map
    QVERIFY(text.contains(
        QLatin1String("Service on outcome screens: Example Council children's services [local "
                      "pack]")));
    QVERIFY(text.contains(QLatin1String("01632"))); // its number

    const QString refused = m_dir.filePath(QStringLiteral("refused-review.pdf"));
    run(QStringLiteral(SIGNPOST_BINARY),
        {QStringLiteral("--review-pack"), refused, QStringLiteral("--content"),
         QStringLiteral("builtin"), QStringLiteral("--with-local"),
         QStringLiteral(SIGNPOST_SOURCE_DIR
                        "/tests/core/fixtures/local/invalid/changes-national-number.json")},
        &status);
    QCOMPARE(status, 1);
    QVERIFY(!QFile::exists(refused));
}

void TestReviewPackRenderer::commandLine_data()
{
    QTest::addColumn<QStringList>("languages");
    QTest::addColumn<int>("status");
    QTest::newRow("English and Welsh") << QStringList{QStringLiteral("cy")} << 0;
    QTest::newRow("right to left too")
        << QStringList{QStringLiteral("ar"), QStringLiteral("ur")} << 0;
    QTest::newRow("not a language of the content") << QStringList{QStringLiteral("xx")} << 2;
}

void TestReviewPackRenderer::commandLine()
{
    QFETCH(QStringList, languages);
    const QString out =
        m_dir.filePath(QStringLiteral("cli-%1.pdf").arg(languages.join(QLatin1Char('-'))));
    QStringList arguments{QStringLiteral("--review-pack"), out, QStringLiteral("--content"),
                          QStringLiteral("builtin")};
    for (const QString &language : languages)
        arguments << QStringLiteral("--lang") << language;
    int status = -1;
    run(QStringLiteral(SIGNPOST_BINARY), arguments, &status);
    QTEST(status, "status");
    if (status != 0)
        return;
    const QString text = pdfText(out);
    QVERIFY(text.contains(QLatin1String("Every sentence a visitor can see")));
    for (const QString &language : languages)
        QVERIFY2(text.contains(QStringLiteral("%1 ·").arg(language)), qPrintable(language));
}

QTEST_MAIN(TestReviewPackRenderer)
#include "TestReviewPackRenderer.moc"
