// SPDX-License-Identifier: GPL-3.0-or-later
// AvailabilityWording (app/core) in every language, with the compiled translations the kiosk
// uses (they are resources of signpost_ui, hence a test here): which sentence applies, the day
// each language inflects, the clock each language reads, and ASCII digits throughout.
#include "core/hours/AvailabilityWording.h"
#include "core/hours/OpeningHours.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

#include <memory>

namespace {

QDateTime ukTime(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2025, month, day), QTime(hour, minute), OpeningHours::ukTimeZone());
}

// 15 January 2025 is a Wednesday, 17 January a Friday, 20 January a Monday.
const QDateTime wednesdayAfternoon = ukTime(1, 15, 14);
const QDateTime fridayEvening = ukTime(1, 17, 18);

} // namespace

Q_DECLARE_METATYPE(AvailabilityWording::Day)

class TestAvailabilityWording : public QObject
{
    Q_OBJECT
private slots:
    void choosesTheDayWord_data();
    void choosesTheDayWord();
    void saysItInEachLanguage_data();
    void saysItInEachLanguage();
    void cleanup();

private:
    std::unique_ptr<QTranslator> m_translator;
};

void TestAvailabilityWording::choosesTheDayWord_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<AvailabilityWording::Day>("expected");
    const QDate today(2025, 1, 15);
    QTest::newRow("today") << today << AvailabilityWording::Day::Today;
    QTest::newRow("tomorrow") << today.addDays(1) << AvailabilityWording::Day::Tomorrow;
    QTest::newRow("in two days") << today.addDays(2) << AvailabilityWording::Day::ThisWeek;
    QTest::newRow("in six days") << today.addDays(6) << AvailabilityWording::Day::ThisWeek;
    QTest::newRow("a week away") << today.addDays(7) << AvailabilityWording::Day::Later;
}

void TestAvailabilityWording::choosesTheDayWord()
{
    QFETCH(QDate, day);
    QFETCH(AvailabilityWording::Day, expected);
    QCOMPARE(AvailabilityWording::dayOf(day, QDate(2025, 1, 15)), expected);
}

void TestAvailabilityWording::saysItInEachLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("opening"); // opens(), or openUntil()
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const char *language, bool opening, const QDateTime &at,
                        const QDateTime &now, const QString &expected) {
        QTest::newRow(name) << QString::fromLatin1(language) << opening << at << now << expected;
    };
    const QDateTime monday9 = ukTime(1, 20, 9);
    row("en opens Monday", "en", true, monday9, fridayEvening,
        QStringLiteral("opens Monday at 9am"));
    row("en opens tomorrow", "en", true, ukTime(1, 16, 9), wednesdayAfternoon,
        QStringLiteral("opens tomorrow at 9am"));
    row("en opens later today", "en", true, ukTime(1, 15, 18, 30), wednesdayAfternoon,
        QStringLiteral("opens at 6:30pm"));
    row("en opens on a date", "en", true, ukTime(1, 29, 9), wednesdayAfternoon,
        QStringLiteral("opens on 29 January at 9am"));
    row("en until Monday", "en", false, ukTime(1, 20, 17), fridayEvening,
        QStringLiteral("Open now — until Monday at 5pm"));
    row("en until midnight tonight", "en", false, ukTime(1, 16, 0), wednesdayAfternoon,
        QStringLiteral("Open now — until midnight"));
    row("cy opens Monday, mutated", "cy", true, monday9, fridayEvening,
        QStringLiteral("yn agor ddydd Llun am 9yb"));
    row("cy until Monday, mutated", "cy", false, ukTime(1, 20, 17), fridayEvening,
        QStringLiteral("Ar agor nawr — tan ddydd Llun am 5yh"));
    row("cy opens on a date", "cy", true, ukTime(1, 29, 9), wednesdayAfternoon,
        QStringLiteral("yn agor ar 29 Ionawr am 9yb"));
    row("pl opens Wednesday", "pl", true, ukTime(1, 22, 9), fridayEvening,
        QStringLiteral("otwarcie w środę o 9:00"));
    row("pl opens tomorrow at midnight", "pl", true, ukTime(1, 16, 0), wednesdayAfternoon,
        QStringLiteral("otwarcie jutro o północy"));
    row("pl opens on a date", "pl", true, ukTime(1, 29, 9), wednesdayAfternoon,
        QStringLiteral("otwarcie 29 stycznia o 9:00"));
    row("ro opens Monday", "ro", true, monday9, fridayEvening,
        QStringLiteral("se deschide luni la 9:00"));
    row("ur until 9pm, 24-hour clock", "ur", false, ukTime(1, 15, 21), wednesdayAfternoon,
        QStringLiteral("ابھی کھلا ہے — 21:00 تک"));
    row("ur until 10pm, 24-hour clock", "ur", false, ukTime(1, 15, 22), wednesdayAfternoon,
        QStringLiteral("ابھی کھلا ہے — 22:00 تک"));
    row("ur opens Monday", "ur", true, monday9, fridayEvening,
        QStringLiteral("پیر کو 9:00 کھلے گا"));
    row("pa until 9pm, 24-hour clock", "pa", false, ukTime(1, 15, 21), wednesdayAfternoon,
        QStringLiteral("ਹੁਣ ਖੁੱਲ੍ਹਾ ਹੈ — 21:00 ਤੱਕ"));
    row("pa opens at half past midday", "pa", true, ukTime(1, 15, 12, 30), ukTime(1, 15, 8),
        QStringLiteral("12:30 ਖੁੱਲ੍ਹੇਗਾ"));
    row("ar opens Monday", "ar", true, monday9, fridayEvening,
        QStringLiteral("يفتح يوم الاثنين في 9 صباحًا"));
    row("ar opens on a date, ASCII digits", "ar", true, ukTime(1, 29, 9), wednesdayAfternoon,
        QStringLiteral("يفتح يوم 29 يناير في 9 صباحًا"));
}

void TestAvailabilityWording::saysItInEachLanguage()
{
    QFETCH(QString, language);
    QFETCH(bool, opening);
    QFETCH(QDateTime, at);
    QFETCH(QDateTime, now);
    QFETCH(QString, expected);
    if (language != QLatin1String("en")) {
        m_translator = std::make_unique<QTranslator>();
        QVERIFY(m_translator->load(QStringLiteral(":/i18n/signpost_%1.qm").arg(language)));
        QVERIFY(QCoreApplication::installTranslator(m_translator.get()));
    }
    const QString text =
        opening ? AvailabilityWording::opens(at, now) : AvailabilityWording::openUntil(at, now);
    QCOMPARE(text, expected);
    // A number a visitor reads is in ASCII digits, whatever the language.
    for (const QChar c : text)
        QVERIFY2(!c.isDigit() || c.unicode() < 0x80, qPrintable(text));
}

void TestAvailabilityWording::cleanup()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator.reset();
}

QTEST_GUILESS_MAIN(TestAvailabilityWording)
#include "TestAvailabilityWording.moc"
