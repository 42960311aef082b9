// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/ContentLoader.h"
#include "core/startup/ActiveContent.h"
#include "ui/export/HandoutCard.h"
#include "ui/export/HandoutExport.h"
#include "ui/export/HandoutRenderer.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Take-away cards as a visitor takes them away: every number is printed, every QR code scans
// to the exact web address, and nothing on the card says what the worry is.
class TestHandoutRenderer : public QObject
{
    Q_OBJECT

private:
    Content m_content;
    QTemporaryDir m_dir;

    static QString run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return {};
        return QString::fromUtf8(process.readAllStandardOutput());
    }
    static QString pdfText(const QString &pdf)
    {
        // Collapsed whitespace: a number is found whatever line breaks the layout made.
        return run(QStringLiteral("pdftotext"),
                   {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
            .simplified();
    }
    // Every QR code on every page, as zbarimg reads it from a 150 dpi rendering.
    QStringList decodedQrCodes(const QString &pdf)
    {
        const QString prefix = m_dir.filePath(QFileInfo(pdf).baseName());
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"), pdf, prefix});
        QStringList codes;
        const QFileInfoList pages =
            QDir(m_dir.path()).entryInfoList({QFileInfo(pdf).baseName() + QLatin1String("*.png")});
        for (const QFileInfo &page : pages) {
            const QString found =
                run(QStringLiteral("zbarimg"),
                    {QStringLiteral("--raw"), QStringLiteral("-q"), page.absoluteFilePath()});
            codes << found.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        }
        return codes;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // SIGNPOST_SCREENSHOT_DIR keeps the PDFs and page images to look at.
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("SIGNPOST_SCREENSHOT_DIR"));
        for (const char *tool : {"pdftotext", "pdftoppm", "zbarimg", "pdfinfo"}) {
            QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(),
                     "poppler-utils and zbar-tools are in build.sh's DEBIAN_PACKAGES");
        }
        const ContentLoader::Result loaded =
            ContentLoader::loadFile(ContentLoader::builtInPath(), QDate(2027, 1, 13));
        QVERIFY(loaded.content);
        m_content = *loaded.content;
    }

    void cardSaysWhatAVisitorNeeds()
    {
        const HandoutCard card = HandoutCard::forService(
            *m_content.service(QStringLiteral("stop-it-now")), QStringLiteral("en"));
        QCOMPARE(card.name, QStringLiteral("Stop It Now!"));
        QCOMPARE(card.neutralLine, QStringLiteral("Confidential support"));
        QVERIFY(!card.numbers.isEmpty());
        QCOMPARE(card.numbers.constFirst().value, QStringLiteral("0808 1000 900"));
        // Its hours need confirming: never printed as fact on a card a visitor keeps.
        QCOMPARE(card.hours, QStringLiteral("Opening times: check when you call"));
        QCOMPARE(card.numbers.constFirst().hours, card.hours);
        QCOMPARE(card.numbers.constFirst().label, QStringLiteral("Helpline"));
        QCOMPARE(card.numbers.constFirst().cost, QStringLiteral("Free from the UK"));
        QVERIFY(!card.verifiedOn.isValid());
        QCOMPARE(card.webAddress, QStringLiteral("https://www.stopitnow.org.uk"));
        QCOMPARE(card.webAddressText, QStringLiteral("stopitnow.org.uk"));
        // In the service's own words, as on the outcome screen.
        QCOMPARE(card.confidentiality, m_content.service(QStringLiteral("stop-it-now"))
                                           ->confidentialityNote.text(QStringLiteral("en")));
        QVERIFY(!card.confidentiality.isEmpty());
    }

    void everyNumberIsPrintedAndEveryQrScans()
    {
        QList<HandoutCard> cards;
        QSet<QString> addresses;
        for (const Service &service : m_content.services) {
            cards << HandoutCard::forService(service, QStringLiteral("en"));
            if (!cards.constLast().webAddress.isEmpty())
                addresses << cards.constLast().webAddress;
        }
        const QString pdf = m_dir.filePath(QStringLiteral("all-cards.pdf"));
        QString error;
        QVERIFY2(
            HandoutRenderer::writeCardsPdf(pdf, cards, HandoutRenderer::Layout::FourOnA4, &error),
            qPrintable(error));
        const QString text = pdfText(pdf);
        QVERIFY(!text.isEmpty());
        for (const HandoutCard &card : cards) {
            QVERIFY2(text.contains(card.name), qPrintable(card.name));
            for (const HandoutCard::Number &number : card.numbers)
                QVERIFY2(text.contains(number.value), qPrintable(number.value));
        }
        // Discreet: the outside of a card never names the worry.
        for (const QString &word :
             {QStringLiteral("abuse"), QStringLiteral("sexual"), QStringLiteral("offend")})
            QVERIFY2(!text.contains(word, Qt::CaseInsensitive), qPrintable(word));

        const QStringList decoded = decodedQrCodes(pdf);
        QCOMPARE(QSet<QString>(decoded.cbegin(), decoded.cend()), addresses);
        int withAddress = 0;
        for (const HandoutCard &card : cards)
            withAddress += card.webAddress.isEmpty() ? 0 : 1;
        QCOMPARE(decoded.size(), withAddress); // one code per card that has an address

        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
        static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
        QCOMPARE(pages.match(info).captured(1).toInt(), (cards.size() + 3) / 4);
    }

    void oneCardOnA6()
    {
        const HandoutCard card = HandoutCard::forService(
            *m_content.service(QStringLiteral("childline")), QStringLiteral("en"));
        const QString pdf = m_dir.filePath(QStringLiteral("childline.pdf"));
        QVERIFY(HandoutRenderer::writeCardsPdf(pdf, {card}, HandoutRenderer::Layout::OneOnA6));
        // A6 is 105 × 148 mm: 297.6 × 419.5 points, which the PDF stores rounded.
        QVERIFY(run(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("297 x 420 pts")));
        QVERIFY(pdfText(pdf).contains(QStringLiteral("0800 1111")));
        QCOMPARE(decodedQrCodes(pdf), QStringList{QStringLiteral("https://www.childline.org.uk")});
    }

    void directoryListsEveryService()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("directory.pdf"));
        QVERIFY(HandoutRenderer::writeDirectoryPdf(pdf, m_content, QStringLiteral("en"),
                                                   QDate(2027, 1, 13)));
        const QString text = pdfText(pdf);
        for (const Service &service : m_content.services) {
            QVERIFY2(text.contains(service.name.text(QStringLiteral("en"))),
                     qPrintable(service.id));
            for (const Channel &channel : service.channels) {
                if (!channel.value.startsWith(QLatin1String("https://")))
                    QVERIFY2(text.contains(channel.value), qPrintable(channel.value));
            }
        }
    }

    void exportNamesAnUnknownService()
    {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        const QString pdf = m_dir.filePath(QStringLiteral("unknown.pdf"));
        const Content builtIn = ActiveContent::builtInContent(QDate(2027, 1, 13)).content;
        QCOMPARE(HandoutExport::run(pdf, {QStringLiteral("childline"), QStringLiteral("no-such")},
                                    builtIn, {}, outStream, errStream),
                 2);
        QVERIFY2(err.contains(QStringLiteral("'no-such'")), qPrintable(err));
        QVERIFY(!QFileInfo::exists(pdf));

        QCOMPARE(HandoutExport::run(pdf, {QStringLiteral("childline"), QStringLiteral("nspcc")},
                                    builtIn, {}, outStream, errStream),
                 0);
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("0800 1111")));
        QVERIFY(text.contains(QStringLiteral("0808 800 5000")));
        QVERIFY(!text.contains(QStringLiteral("0808 1000 900")));
    }
};

QTEST_MAIN(TestHandoutRenderer)
#include "TestHandoutRenderer.moc"
