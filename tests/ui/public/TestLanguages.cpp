// SPDX-License-Identifier: GPL-3.0-or-later
#include "PublicScreenWalk.h"
#include "core/content/ChannelText.h"
#include "core/languages/LanguageCatalogue.h"
#include "ui/public/KioskHeader.h"
#include "ui/public/LanguagePicker.h"
#include "ui/public/LeaveButton.h"
#include "ui/public/screens/AnswerButton.h"
#include "ui/public/screens/AnswerList.h"
#include "ui/public/screens/ChannelCard.h"
#include "ui/public/screens/OutcomeScreen.h"
#include "ui/public/screens/QuestionScreen.h"
#include "ui/public/screens/WelcomeScreen.h"
#include "ui/widgets/BidiText.h"
#include "ui/widgets/WrappingButton.h"

#include <QAbstractButton>
#include <QFile>
#include <QFontDatabase>
#include <QLabel>
#include <QPointer>
#include <QRawFont>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <memory>

namespace {

QStringList translations()
{
    QStringList languages = LanguageCatalogue::translatedLanguages();
    languages.removeAll(QStringLiteral("en"));
    return languages;
}

// Every piece of text a visitor sees now, without the invisible direction marks.
QStringList textsOnScreen(KioskWindow &window)
{
    QStringList texts;
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        QString text;
        if (const auto *label = qobject_cast<QLabel *>(widget))
            text = label->textFormat() == Qt::RichText ? QString() : label->text();
        else if (qobject_cast<WrappingButton *>(widget))
            continue; // its label is counted
        else if (const auto *button = qobject_cast<QAbstractButton *>(widget))
            text = button->text();
        text = BidiText::withoutMarks(text).trimmed();
        if (!text.isEmpty())
            texts << text;
    }
    return texts;
}

void goTo(KioskWindow &window, const QString &place)
{
    window.quickExit();
    VisitModel *visit = window.visit();
    if (place == QLatin1String("privacy")) {
        visit->showPrivacy();
    } else if (place == QLatin1String("attract")) {
        window.idleReset();
    } else if (place != QLatin1String("welcome")) {
        const auto route = PathwayRoutes::firstTo(visit->content(), place);
        QVERIFY(route);
        for (const int answer : route->answers)
            visit->choose(answer);
    }
    PublicScreenWalk::settle();
}

// The same reading order (screen reader names and places) and the same pixels in both windows.
void compareReadingOrderAndPixels(KioskWindow &switched, KioskWindow &started)
{
    const QList<QWidget *> order = switched.focusOrder();
    const QList<QWidget *> expected = started.focusOrder();
    QCOMPARE(order.size(), expected.size());
    for (qsizetype i = 0; i < order.size(); ++i) {
        QCOMPARE(order.at(i)->accessibleName(), expected.at(i)->accessibleName());
        QCOMPARE(order.at(i)->geometry(), expected.at(i)->geometry());
    }
    QCOMPARE(switched.grab().toImage(), started.grab().toImage());
}

} // namespace

// Welsh, Polish, Romanian, Urdu, Punjabi and Arabic: the Linguist files are complete and say
// they need review, they are in the binary, the language button offers each language in its own
// name, a switch changes everything on screen at once, right-to-left mirrors with numbers still
// reading left to right, times follow the language, and every visit starts in its own language.
class TestLanguages : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void translationFilesAreCompleteAndMarkedForReview_data();
    void translationFilesAreCompleteAndMarkedForReview();
    void everyTranslationIsInTheBinary_data();
    void everyTranslationIsInTheBinary();
    void languageListNamesEachLanguageInItself();
    void offersTheEnabledLanguagesTheContentHas();
    void switchingChangesEverythingAtOnce_data();
    void switchingChangesEverythingAtOnce();
    void aScreenBuiltBeforeASwitchShowsTheNewLanguage_data();
    void aScreenBuiltBeforeASwitchShowsTheNewLanguage();
    void aSwitchShowsTheScreenAsAVisitInTheLanguage_data();
    void aSwitchShowsTheScreenAsAVisitInTheLanguage();
    void rightToLeftMirrorsButNumbersReadLeftToRight_data();
    void rightToLeftMirrorsButNumbersReadLeftToRight();
    void fontsCoverEveryScript_data();
    void fontsCoverEveryScript();
    void timesFollowTheLanguage_data();
    void timesFollowTheLanguage();
    void everyVisitStartsInTheStartLanguage_data();
    void everyVisitStartsInTheStartLanguage();

private:
    std::unique_ptr<KioskWindow>
    makeWindow(const QDateTime &at = PublicScreenWalk::weekdayAfternoon(),
               const Content *content = nullptr);
    Content m_content;
};

void TestLanguages::initTestCase()
{
    m_content = PublicScreenWalk::builtInContent();
    QCOMPARE(m_content.metadata.locales, LanguageCatalogue::translatedLanguages());
}

std::unique_ptr<KioskWindow> TestLanguages::makeWindow(const QDateTime &at, const Content *content)
{
    auto window = std::make_unique<KioskWindow>(content ? *content : m_content, Clock::fixed(at));
    window->setIdleResetEnabled(false);
    window->resize(1920, 1080);
    window->show();
    return window;
}

void TestLanguages::translationFilesAreCompleteAndMarkedForReview_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : translations())
        QTest::newRow(qPrintable(language)) << language;
}

void TestLanguages::translationFilesAreCompleteAndMarkedForReview()
{
    // Complete (nothing falls back to English) but honest: each message is left "unfinished" in
    // Linguist with a note, until a qualified translator accepts it.
    QFETCH(QString, language);
    QFile file(QStringLiteral(SIGNPOST_SOURCE_DIR "/translations/signpost_%1.ts").arg(language));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QString source;
    QString comment;
    QStringList problems;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("TS")) {
            QCOMPARE(xml.attributes().value(QLatin1String("language")).toString(), language);
        } else if (xml.name() == QLatin1String("message")) {
            ++messages;
            comment.clear();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translatorcomment")) {
            comment = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            if (xml.attributes().value(QLatin1String("type")) != QLatin1String("unfinished"))
                problems << source + QLatin1String(": not marked as needing review");
            if (!comment.contains(QLatin1String("qualified translator")))
                problems << source + QLatin1String(": no review note");
            QString text;
            bool emptyForm = false;
            while (xml.readNext() != QXmlStreamReader::EndElement ||
                   xml.name() != QLatin1String("translation")) {
                if (xml.isCharacters())
                    text += xml.text();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    emptyForm = emptyForm || xml.readElementText().trimmed().isEmpty();
            }
            if (text.trimmed().isEmpty() && !emptyForm && !source.contains(QLatin1String("%n")))
                problems << source + QLatin1String(": no translation");
            if (emptyForm)
                problems << source + QLatin1String(": a plural form is missing");
            for (const QString &marker : {QStringLiteral("%1"), QStringLiteral("%2")}) {
                if (source.contains(marker) && !text.contains(marker))
                    problems << source + QLatin1String(": ") + marker + QLatin1String(" is lost");
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 60);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestLanguages::everyTranslationIsInTheBinary_data()
{
    translationFilesAreCompleteAndMarkedForReview_data();
}

void TestLanguages::everyTranslationIsInTheBinary()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/signpost_%1.qm").arg(language)));
    const QString leave = translator.translate("LeaveButton", "Leave this screen");
    QVERIFY(!leave.isEmpty());
    QVERIFY(leave != QLatin1String("Leave this screen"));
    QVERIFY(!translator.translate("ChannelAvailability", "Open now — until %1").isEmpty());
    QVERIFY(
        !translator
             .translate("IdleNotice", "This screen will start again in %n seconds.", nullptr, 15)
             .isEmpty());
}

void TestLanguages::languageListNamesEachLanguageInItself()
{
    auto window = makeWindow();
    PublicScreenWalk::settle();
    QTest::mouseClick(window->header()->languageButton(), Qt::LeftButton);
    LanguagePicker *picker = window->languagePicker();
    QVERIFY(picker->isVisible());
    QStringList names;
    for (QPushButton *button : picker->languageButtons()) {
        names << button->text();
        QCOMPARE(button->accessibleName(), button->text());
        QCOMPARE(button->isChecked(),
                 button->property("languageCode").toString() == QLatin1String("en"));
    }
    QCOMPARE(names, (QStringList{QStringLiteral("English"), QStringLiteral("Cymraeg"),
                                 QStringLiteral("Polski"), QStringLiteral("Română"),
                                 QStringLiteral("اردو"), QStringLiteral("ਪੰਜਾਬੀ"),
                                 QStringLiteral("العربية")}));
    // The list stays where the header is: "Leave this screen" still works over it.
    QVERIFY(picker->geometry().top() >= window->header()->geometry().bottom());
    QTest::mouseClick(window->header()->leaveButton(), Qt::LeftButton);
    QVERIFY(!picker->isVisible());
}

void TestLanguages::offersTheEnabledLanguagesTheContentHas()
{
    auto window = makeWindow();
    window->setEnabledLanguages(
        {QStringLiteral("cy"), QStringLiteral("so"), QStringLiteral("ar"), QStringLiteral("en")});
    QCOMPARE(window->offeredLanguages(),
             (QStringList{QStringLiteral("cy"), QStringLiteral("ar"), QStringLiteral("en")}));
    window->showLanguagePicker();
    QCOMPARE(window->languagePicker()->languageButtons().size(), 3);
}

void TestLanguages::switchingChangesEverythingAtOnce_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("place");
    for (const QString &language : translations()) {
        for (const char *place : {"welcome", "myself-age", "myself-stop-it-now", "young-nude",
                                  "danger-999", "privacy", "attract"})
            QTest::addRow("%s, %s", qPrintable(language), place)
                << language << QString::fromLatin1(place);
    }
}

void TestLanguages::switchingChangesEverythingAtOnce()
{
    QFETCH(QString, language);
    QFETCH(QString, place);
    auto window = makeWindow();
    goTo(*window, place);
    const QStringList english = textsOnScreen(*window);
    QVERIFY(english.size() > 3);
    const VisitModel::Screen screen = window->visit()->screen();
    QTest::mouseClick(window->header()->languageButton(), Qt::LeftButton);
    QPushButton *choice = window->languagePicker()->findChild<QPushButton *>(
        QStringLiteral("language-%1").arg(language));
    QVERIFY(choice);
    QTest::mouseClick(choice, Qt::LeftButton);
    // At once: no event loop between the choice and what is on screen.
    QCOMPARE(window->visit()->language(), language);
    QCOMPARE(window->visit()->screen(), screen); // the visitor stays where they were
    const QStringList translated = textsOnScreen(*window);
    // What may read the same in both: names of services, numbers and addresses, Signpost.
    QStringList same{QStringLiteral("Signpost")};
    for (const Service &service : m_content.services) {
        const QString name = BidiText::withoutMarks(service.name.text(language));
        same << name;
        for (const Channel &channel : service.channels) {
            same << ChannelText::displayValue(channel);
            // "Childline — Report Remove": a service and a channel named the same everywhere.
            const QString label = BidiText::withoutMarks(channel.label.text(language));
            if (label == channel.label.text(QStringLiteral("en")))
                same << QStringLiteral("%1 — %2").arg(name, label);
        }
    }
    QStringList untranslated;
    for (const QString &text : translated) {
        if (english.contains(text) && !same.contains(text) &&
            text.contains(QRegularExpression(QStringLiteral("[A-Za-z]{3}"))))
            untranslated << text;
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
    QCOMPARE(window->layoutDirection(),
             LanguageCatalogue::isRightToLeft(language) ? Qt::RightToLeft : Qt::LeftToRight);
}

void TestLanguages::aScreenBuiltBeforeASwitchShowsTheNewLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("place");
    for (const char *language : {"ar", "pa", "cy"}) {
        for (const char *place : {"myself-age", "privacy", "danger-999"})
            QTest::addRow("%s, %s", language, place)
                << QString::fromLatin1(language) << QString::fromLatin1(place);
    }
}

// A screen hidden during a language switch catches up when it is next shown: the same words,
// direction, layout and screen reader names as in a visit that started in the language.
void TestLanguages::aScreenBuiltBeforeASwitchShowsTheNewLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, place);
    const auto follow = [&place](KioskWindow &window) {
        VisitModel *visit = window.visit();
        if (place == QLatin1String("privacy")) {
            visit->showPrivacy();
        } else {
            const auto route = PathwayRoutes::firstTo(visit->content(), place);
            QVERIFY(route);
            for (const int answer : route->answers)
                visit->choose(answer);
        }
        PublicScreenWalk::settle();
    };
    auto switched = makeWindow();
    goTo(*switched, place); // built, in English
    goTo(*switched, QStringLiteral("welcome"));
    switched->visit()->setLanguage(language);
    PublicScreenWalk::settle();
    follow(*switched);
    auto started = makeWindow();
    started->setStartLanguage(language);
    goTo(*started, QStringLiteral("welcome"));
    follow(*started);

    QCOMPARE(switched->visit()->screen(), started->visit()->screen());
    QCOMPARE(textsOnScreen(*switched), textsOnScreen(*started));
    QWidget *screen = switched->currentScreen();
    QCOMPARE(screen->layoutDirection(), started->currentScreen()->layoutDirection());
    QCOMPARE(screen->layoutDirection(),
             LanguageCatalogue::isRightToLeft(language) ? Qt::RightToLeft : Qt::LeftToRight);
    compareReadingOrderAndPixels(*switched, *started);
}

void TestLanguages::aSwitchShowsTheScreenAsAVisitInTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("place");
    for (const char *language : {"ar", "pa", "cy"}) {
        for (const char *place : {"welcome", "myself-age", "myself-stop-it-now", "danger-999"})
            QTest::addRow("%s, %s", language, place)
                << QString::fromLatin1(language) << QString::fromLatin1(place);
    }
}

// The language changed on a screen with answers or an outcome's cards: those in the old language
// are dropped at once (not restyled first, then replaced from the event loop), and the screen is
// shown as in a visit that started in the language.
void TestLanguages::aSwitchShowsTheScreenAsAVisitInTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, place);
    auto switched = makeWindow();
    goTo(*switched, place);
    QList<QPointer<QWidget>> old;
    if (switched->visit()->screen() == VisitModel::Screen::Outcome) {
        for (ChannelCard *card : switched->outcomeScreen()->cards())
            old << card;
    } else {
        for (QAbstractButton *button : switched->currentScreen()->findChildren<AnswerButton *>())
            old << button;
    }
    QVERIFY(!old.isEmpty());
    const VisitModel::Screen screen = switched->visit()->screen();
    switched->visit()->setLanguage(language);
    for (const QPointer<QWidget> &widget : old)
        QVERIFY(widget.isNull());
    PublicScreenWalk::settle();
    auto started = makeWindow();
    started->setStartLanguage(language);
    goTo(*started, place);

    QCOMPARE(switched->visit()->screen(), screen);
    QCOMPARE(started->visit()->screen(), screen);
    QCOMPARE(textsOnScreen(*switched), textsOnScreen(*started));
    QCOMPARE(switched->outcomeScreen()->isDense(), started->outcomeScreen()->isDense());
    compareReadingOrderAndPixels(*switched, *started);
}

void TestLanguages::rightToLeftMirrorsButNumbersReadLeftToRight_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("ar") << QStringLiteral("ar");
    QTest::newRow("ur") << QStringLiteral("ur");
}

void TestLanguages::rightToLeftMirrorsButNumbersReadLeftToRight()
{
    QFETCH(QString, language);
    auto window = makeWindow();
    window->setStartLanguage(language);
    goTo(*window, QStringLiteral("myself-stop-it-now"));
    QCOMPARE(window->layoutDirection(), Qt::RightToLeft);
    // Mirrored: the heading starts at the right, "Leave this screen" is top left.
    QLabel *heading = window->outcomeScreen()->heading();
    QVERIFY(heading->text().isRightToLeft());
    QVERIFY(window->header()->leaveButton()->geometry().center().x() < window->width() / 2);
    const QList<ChannelCard *> cards = window->outcomeScreen()->cards();
    QVERIFY(!cards.isEmpty());
    for (ChannelCard *card : cards) {
        auto *value = card->findChild<QLabel *>(QStringLiteral("channelValue"));
        QVERIFY(value);
        // Lined up on the right with the rest of the card, but the number or address itself
        // inside a left-to-right isolate: "0808 1000 900", never "900 1000 0808".
        QVERIFY(value->text().isRightToLeft());
        QVERIFY(value->text().contains(QStringLiteral("\u2066%1\u2069").arg(card->valueText())));
        QCOMPARE(BidiText::withoutMarks(value->text()), card->valueText());
    }
    QCOMPARE(cards.constFirst()->valueText(), QStringLiteral("0808 1000 900"));
    // 999, 18000 and "999 BSL" in the emergency strip read left to right too.
    auto *strip = window->findChild<QLabel *>(QStringLiteral("emergencyText"));
    QVERIFY(strip->text().contains(QStringLiteral("\u2066999\u2069")));
    QVERIFY(strip->text().contains(QStringLiteral("\u206618000\u2069")));
}

void TestLanguages::fontsCoverEveryScript_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("family");
    QTest::addColumn<int>("writingSystem");
    QTest::addColumn<QString>("sample");
    QTest::newRow("ar") << QStringLiteral("ar") << QStringLiteral("Noto Naskh Arabic")
                        << int(QFontDatabase::Arabic) << QStringLiteral("اللغة");
    QTest::newRow("ur") << QStringLiteral("ur") << QStringLiteral("Noto Naskh Arabic")
                        << int(QFontDatabase::Arabic) << QStringLiteral("زبان ٹ ڈ ڑ ں ے");
    QTest::newRow("pa") << QStringLiteral("pa") << QStringLiteral("Noto Sans Gurmukhi")
                        << int(QFontDatabase::Gurmukhi) << QStringLiteral("ਭਾਸ਼ਾ");
    QTest::newRow("cy") << QStringLiteral("cy") << QStringLiteral("Noto Sans")
                        << int(QFontDatabase::Latin) << QStringLiteral("ŵŷâêîôû");
    QTest::newRow("ro") << QStringLiteral("ro") << QStringLiteral("Noto Sans")
                        << int(QFontDatabase::Latin) << QStringLiteral("ăâîșț");
    QTest::newRow("pl") << QStringLiteral("pl") << QStringLiteral("Noto Sans")
                        << int(QFontDatabase::Latin) << QStringLiteral("ąćęłńóśźż");
}

void TestLanguages::fontsCoverEveryScript()
{
    // Debian's fonts-noto-core (build.sh installs it) has a font for every script on screen.
    QFETCH(QString, language);
    QFETCH(QString, family);
    QFETCH(int, writingSystem);
    QFETCH(QString, sample);
    QVERIFY2(
        QFontDatabase::families().contains(family),
        qPrintable(family + QLatin1String(" is not installed: apt-get install fonts-noto-core")));
    auto window = makeWindow();
    window->setStartLanguage(language);
    window->quickExit();
    QLabel *heading = window->welcomeScreen()->heading();
    const QRawFont raw =
        QRawFont::fromFont(heading->font(), QFontDatabase::WritingSystem(writingSystem));
    QCOMPARE(raw.familyName(), family);
    for (const QChar c : sample) {
        if (!c.isSpace())
            QVERIFY2(raw.supportsCharacter(c), qPrintable(QString(c)));
    }
}

void TestLanguages::timesFollowTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("confirmed"); // false: the built-in hours, which need confirming
    const QDateTime open = PublicScreenWalk::weekdayAfternoon();
    const QDateTime fridayEvening(QDate(2025, 1, 17), QTime(18, 0), OpeningHours::ukTimeZone());
    QTest::newRow("en open") << QStringLiteral("en") << open
                             << QStringLiteral("Open now — until 9pm") << true;
    QTest::newRow("cy open") << QStringLiteral("cy") << open
                             << QStringLiteral("Ar agor nawr — tan 9yh") << true;
    QTest::newRow("pl open, 24-hour clock")
        << QStringLiteral("pl") << open << QStringLiteral("Czynne teraz — do 21:00") << true;
    QTest::newRow("ro open, 24-hour clock")
        << QStringLiteral("ro") << open << QStringLiteral("Deschis acum — până la 21:00") << true;
    QTest::newRow("ar open") << QStringLiteral("ar") << open
                             << QStringLiteral("مفتوح الآن — حتى 9 مساءً") << true;
    // Whole sentences per day: Welsh mutates the day after "yn agor" (ddydd Llun).
    QTest::newRow("cy closed, day name")
        << QStringLiteral("cy") << fridayEvening
        << QStringLiteral("Ar gau nawr — yn agor ddydd Llun am 9yb") << true;
    QTest::newRow("pl closed, day name")
        << QStringLiteral("pl") << fridayEvening
        << QStringLiteral("Teraz zamknięte — otwarcie w poniedziałek o 9:00") << true;
    QTest::newRow("ar closed, day name")
        << QStringLiteral("ar") << fridayEvening
        << QStringLiteral("مغلق الآن — يفتح يوم الاثنين في 9 صباحًا") << true;
    QTest::newRow("en unconfirmed")
        << QStringLiteral("en") << open << QStringLiteral("Opening times: check when you call")
        << false;
    QTest::newRow("cy unconfirmed")
        << QStringLiteral("cy") << fridayEvening
        << QStringLiteral("Oriau agor: holwch pan fyddwch yn ffonio") << false;
}

void TestLanguages::timesFollowTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QDateTime, at);
    QFETCH(QString, status);
    QFETCH(bool, confirmed);
    const Content confirmedContent = PublicScreenWalk::withEveryFactConfirmed(m_content);
    auto window = makeWindow(at, confirmed ? &confirmedContent : &m_content);
    window->setStartLanguage(language);
    goTo(*window, QStringLiteral("myself-stop-it-now"));
    const QList<ChannelCard *> cards = window->outcomeScreen()->cards();
    const auto helpline = std::find_if(cards.cbegin(), cards.cend(), [](const ChannelCard *card) {
        return card->valueText() == QLatin1String("0808 1000 900");
    });
    QVERIFY(helpline != cards.cend());
    QCOMPARE((*helpline)->statusText(), status);
}

void TestLanguages::everyVisitStartsInTheStartLanguage_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<bool>("byIdleReset");
    for (const char *start : {"en", "cy"}) {
        QTest::addRow("%s, quick exit", start) << QString::fromLatin1(start) << false;
        QTest::addRow("%s, idle reset", start) << QString::fromLatin1(start) << true;
    }
}

void TestLanguages::everyVisitStartsInTheStartLanguage()
{
    QFETCH(QString, start);
    QFETCH(bool, byIdleReset);
    auto window = makeWindow();
    window->setStartLanguage(start);
    window->quickExit();
    const QString startLeave = window->header()->leaveButton()->text();
    window->visit()->setLanguage(QStringLiteral("ar"));
    window->visit()->choose(0);
    QCOMPARE(window->layoutDirection(), Qt::RightToLeft);
    QVERIFY(window->header()->leaveButton()->text() != startLeave);
    if (byIdleReset)
        window->idleReset();
    else
        window->quickExit();
    QCOMPARE(window->visit()->language(), start);
    QCOMPARE(window->layoutDirection(), Qt::LeftToRight);
    QCOMPARE(window->header()->leaveButton()->text(), startLeave);
    // Nothing of the visit's language is left installed.
    QCOMPARE(QCoreApplication::translate("LeaveButton", "Leave this screen"),
             start == QLatin1String("en") ? QStringLiteral("Leave this screen")
                                          : QStringLiteral("Gadael y sgrin hon"));
}

QTEST_MAIN(TestLanguages)
#include "TestLanguages.moc"
