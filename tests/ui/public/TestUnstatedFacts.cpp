// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestContentFactory.h"
#include "core/commands/ContentServiceListing.h"
#include "core/loading/ContentLoader.h"
#include "core/staff/HandoutCard.h"
#include "ui/export/HandoutRenderer.h"
#include "ui/public/screens/ChannelCard.h"
#include "ui/public/screens/OutcomeScreen.h"
#include "ui/staff/ServiceDetailView.h"

#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <algorithm>

// What the content does not state never appears as a fact: a service with no confidentiality
// field gets no sentence about it on any surface, and hours that need confirming never say
// "Open now" or "Closed now" on the outcome screen.
class TestUnstatedFacts : public QObject
{
    Q_OBJECT

private:
    Content m_builtIn;
    Content m_factory;
    QTemporaryDir m_dir;

    // Every sentence Signpost could say about confidentiality, in English.
    static bool saysSomethingAboutConfidentiality(const QString &text)
    {
        for (const char *word : {"onfidential", "nonymous", "pass that on", "ask who you are",
                                 "What they do with what you tell them", "In their words"}) {
            if (text.contains(QLatin1String(word), Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
    static QStringList labelTexts(const QWidget *widget)
    {
        QStringList texts;
        for (const QLabel *label : widget->findChildren<QLabel *>())
            texts << label->text();
        return texts;
    }
    const Content &contentNamed(const QString &name) const
    {
        return name == QLatin1String("factory") ? m_factory : m_builtIn;
    }
    static QDateTime ukTime(int year, int month, int day, int hour)
    {
        return QDateTime(QDate(year, month, day), QTime(hour, 0), OpeningHours::ukTimeZone());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const ContentLoader::Result loaded =
            ContentLoader::loadFile(ContentLoader::builtInPath(), QDate(2027, 1, 13));
        QVERIFY(loaded.content);
        m_builtIn = *loaded.content;
        // The factory's Samaritans, as a content file without the field would read.
        m_factory = TestContentFactory::make();
        Service &samaritans = m_factory.services[2];
        QCOMPARE(samaritans.id, QStringLiteral("samaritans"));
        samaritans.confidentiality = Confidentiality::NotStated;
        samaritans.confidentialityNote = LocalizedText();
    }

    void builtInSaysNothingWhereServicesMdHasNoSource()
    {
        // services.md: "Shout, NAPAC, Parents Protect: no source found — say nothing".
        for (const char *id : {"shout", "napac", "parents-protect"}) {
            const Service *service = m_builtIn.service(QLatin1String(id));
            QVERIFY2(service, id);
            QCOMPARE(service->confidentiality, Confidentiality::NotStated);
            QVERIFY2(service->confidentialityNote.isEmpty(), id);
        }
    }

    void everySurfaceSaysNothing_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("serviceId");
        QTest::newRow("test content: samaritans")
            << QStringLiteral("factory") << QStringLiteral("samaritans");
        int rows = 0;
        for (const Service &service : std::as_const(m_builtIn.services)) {
            if (service.confidentiality != Confidentiality::NotStated ||
                !service.confidentialityNote.isEmpty())
                continue;
            QTest::newRow(qPrintable(QStringLiteral("built-in: %1").arg(service.id)))
                << QStringLiteral("built-in") << service.id;
            ++rows;
        }
        QVERIFY(rows >= 3);
    }

    void everySurfaceSaysNothing()
    {
        QFETCH(QString, content);
        QFETCH(QString, serviceId);
        Content source = contentNamed(content);
        const Service *service = source.service(serviceId);
        QVERIFY(service);

        // The outcome screen: the service as the primary card and as an alternative.
        PathwayNode outcome;
        outcome.id = QStringLiteral("unstated");
        outcome.kind = PathwayNode::Kind::Outcome;
        outcome.text = LocalizedText(QStringLiteral("Help is there"));
        outcome.primary = {serviceId, service->channels.constFirst().id};
        for (const Channel &channel : service->channels) {
            if (outcome.alternatives.size() < 3)
                outcome.alternatives.append({serviceId, channel.id});
        }
        OutcomeScreen screen;
        screen.setClock(Clock::fixed(ukTime(2025, 1, 15, 14)));
        screen.resize(1280, 800);
        screen.showOutcome(source, outcome, QStringLiteral("en"));
        QCOMPARE(screen.cards().size(), 1 + outcome.alternatives.size());
        for (const ChannelCard *card : screen.cards()) {
            for (const QString &text : labelTexts(card))
                QVERIFY2(!saysSomethingAboutConfidentiality(text), qPrintable(text));
        }

        // The staff service detail.
        ServiceDetailView detail;
        detail.setClock(Clock::fixed(ukTime(2025, 1, 15, 14)));
        detail.showService(source, serviceId, QStringLiteral("en"));
        QVERIFY(!detail.findChild<QLabel *>(QStringLiteral("confidentiality")));
        for (const QString &text : labelTexts(&detail))
            QVERIFY2(!saysSomethingAboutConfidentiality(text), qPrintable(text));

        // The take-away card, as printed.
        const HandoutCard card = HandoutCard::forService(*service, QStringLiteral("en"));
        QVERIFY(card.confidentiality.isEmpty());
        QCOMPARE(card.neutralLine, QStringLiteral("Help and advice"));
        const QString pdf = m_dir.filePath(serviceId + QLatin1String(".pdf"));
        QVERIFY(HandoutRenderer::writeCardsPdf(pdf, {card}, HandoutRenderer::Layout::OneOnA6));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(60000));
        const QString printed = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(printed.contains(card.name), qPrintable(printed));
        QVERIFY2(!saysSomethingAboutConfidentiality(printed), qPrintable(printed));
        QVERIFY2(!printed.contains(QStringLiteral("Free,")), qPrintable(printed));

        // --list-services, as text and as JSON.
        QString listing;
        QTextStream out(&listing);
        ContentServiceListing::writeText(source, QStringLiteral("en"), out);
        out.flush();
        const QString heading =
            listing.split(QLatin1Char('\n')).filter(serviceId + QLatin1String(": ")).value(0);
        QVERIFY2(heading.endsWith(QLatin1Char(')')), qPrintable(heading));
        QVERIFY2(!saysSomethingAboutConfidentiality(heading), qPrintable(heading));
        for (const QJsonValue &value :
             ContentServiceListing::toJson(source, QStringLiteral("en"))) {
            const QJsonObject object = value.toObject();
            if (object.value(QStringLiteral("id")).toString() == serviceId)
                QVERIFY(!object.contains(QStringLiteral("confidentiality")));
        }
    }

    void statedConfidentialityIsStillShown()
    {
        // The same surfaces do speak when the content states it (the test above can fail).
        const Service *stopItNow = m_builtIn.service(QStringLiteral("stop-it-now"));
        QVERIFY(stopItNow);
        const HandoutCard card = HandoutCard::forService(*stopItNow, QStringLiteral("en"));
        QVERIFY(saysSomethingAboutConfidentiality(card.confidentiality));
        QCOMPARE(card.neutralLine, QStringLiteral("Confidential support"));
        ServiceDetailView detail;
        detail.showService(m_builtIn, QStringLiteral("stop-it-now"), QStringLiteral("en"));
        QVERIFY(detail.findChild<QLabel *>(QStringLiteral("confidentiality")));
    }

    void handoutCardDatesOnlyConfirmedServices()
    {
        for (const Service &service : std::as_const(m_builtIn.services)) {
            bool confirmed = !service.needsConfirming;
            for (const Channel &channel : service.channels)
                confirmed = confirmed && !channel.needsConfirming;
            const HandoutCard card = HandoutCard::forService(service, QStringLiteral("en"));
            QCOMPARE(card.verifiedOn, confirmed ? service.verifiedOn : QDate());
            // A number's hours are neutral when its own channel or its service is flagged: one
            // flagged line (Samaritans' Welsh line) does not silence a confirmed 24-hour line.
            for (const HandoutCard::Number &number : card.numbers) {
                const auto channel =
                    std::find_if(service.channels.cbegin(), service.channels.cend(),
                                 [&](const Channel &c) { return c.value == number.value; });
                QVERIFY(channel != service.channels.cend());
                if (service.needsConfirming || channel->needsConfirming)
                    QVERIFY2(number.hours.isEmpty() ||
                                 number.hours.startsWith(QStringLiteral("Opening times: check")),
                             qPrintable(number.hours));
            }
        }
        // Printed: Childline (confirmed) is dated, Stop It Now! (hours to confirm) is not.
        const QString pdf = m_dir.filePath(QStringLiteral("dated.pdf"));
        QVERIFY(HandoutRenderer::writeCardsPdf(
            pdf,
            {HandoutCard::forService(*m_builtIn.service(QStringLiteral("stop-it-now")),
                                     QStringLiteral("en"))},
            HandoutRenderer::Layout::OneOnA6));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(60000));
        const QString printed = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
        QVERIFY2(!printed.contains(QStringLiteral("checked")), qPrintable(printed));
        QVERIFY2(printed.contains(QStringLiteral("Opening times: check when you call")),
                 qPrintable(printed));
        QVERIFY2(printed.contains(QStringLiteral("Free from the UK")), qPrintable(printed));
    }

    void outcomeScreenMakesNoClaimForUnconfirmedHours_data()
    {
        QTest::addColumn<QDateTime>("at");
        QTest::newRow("Wednesday 2pm, in the stated hours") << ukTime(2027, 1, 13, 14);
        QTest::newRow("Friday 6pm, out of them") << ukTime(2027, 1, 15, 18);
        QTest::newRow("Sunday noon") << ukTime(2027, 1, 17, 12);
    }

    void outcomeScreenMakesNoClaimForUnconfirmedHours()
    {
        // Every built-in outcome: a card whose hours need confirming neither says open nor
        // closed, and no closed notice is ever about it.
        QFETCH(QDateTime, at);
        OutcomeScreen screen;
        screen.setClock(Clock::fixed(at));
        screen.resize(1280, 800);
        int unconfirmedCards = 0;
        for (const PathwayNode &node : std::as_const(m_builtIn.nodes)) {
            if (!node.isOutcome())
                continue;
            screen.showOutcome(m_builtIn, node, QStringLiteral("en"));
            for (const ChannelCard *card : screen.cards()) {
                const Service *service = m_builtIn.service(card->ref().service);
                const Channel *channel = m_builtIn.channel(card->ref());
                if (!(service->needsConfirming || channel->needsConfirming) ||
                    channel->hours.kind() == OpeningHours::Kind::NotStated)
                    continue;
                ++unconfirmedCards;
                QVERIFY2(card->statusText().startsWith(QStringLiteral("Opening times: check")),
                         qPrintable(node.id + QLatin1String(": ") + card->statusText()));
            }
            const auto *notice = screen.findChild<QLabel *>(QStringLiteral("closedNoticeText"));
            QVERIFY(notice);
            const ChannelRef primary = node.primary;
            if (m_builtIn.service(primary.service)->needsConfirming)
                QVERIFY2(notice->text().isEmpty(), qPrintable(notice->text()));
        }
        QVERIFY(unconfirmedCards > 0); // Stop It Now! and the NSPCC helplines
    }
};

QTEST_MAIN(TestUnstatedFacts)
#include "TestUnstatedFacts.moc"
