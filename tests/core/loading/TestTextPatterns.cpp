// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/TextPatterns.h"

#include <QRegularExpression>
#include <QTest>
#include <QUrl>

// The quick checks the content readers try before their regular expressions: each must accept
// exactly what its pattern accepts, except that it refuses a final line break the pattern's $
// lets through (the reader then asks the pattern, so its verdict is unchanged).
class TestTextPatterns : public QObject
{
    Q_OBJECT
private slots:
    void idAgreesWithItsPattern_data() { addTexts(); }
    void idAgreesWithItsPattern();
    void digitGroupsAgreeWithTheirPattern_data() { addTexts(); }
    void digitGroupsAgreeWithTheirPattern();
    void minuteOfDayAgreesWithItsPattern_data() { addTexts(); }
    void minuteOfDayAgreesWithItsPattern();
    void isoDateAgreesWithItsPatternAndQDate_data() { addTexts(); }
    void isoDateAgreesWithItsPatternAndQDate();
    void blankIsWhatTrimmingEmpties_data() { addTexts(); }
    void blankIsWhatTrimmingEmpties();
    void plainHttpsAddressIsOneQUrlAccepts_data();
    void plainHttpsAddressIsOneQUrlAccepts();

private:
    static void addTexts();
};

namespace {

bool endsWithLineBreak(const QString &text)
{
    return text.endsWith(QLatin1Char('\n'));
}

} // namespace

void TestTextPatterns::addTexts()
{
    QTest::addColumn<QString>("text");
    const char16_t *const texts[] = {
        u"",
        u" ",
        u" \t\n",
        u"\u00a0",
        u"\u2003x",
        u"a",
        u"stop-it-now",
        u"a1-b2-c3",
        u"-a",
        u"a-",
        u"a--b",
        u"A",
        u"ab_c",
        u"ab c",
        u"é",
        u"stop-it-now\n",
        u"abc\n\n",
        u"0",
        u"999",
        u"116 123",
        u"0808 1000 900",
        u"0808  1000",
        u" 0808",
        u"0808 ",
        u"0808-1000",
        u"１２３",
        u"0808 1000 900\n",
        u"00:00",
        u"09:00",
        u"23:59",
        u"24:00",
        u"19:60",
        u"9:00",
        u"09:0",
        u"09-00",
        u"09:00\n",
        u"29:00",
        u"20:30",
        u"2026-11-28",
        u"2026-02-29",
        u"2024-02-29",
        u"0000-01-01",
        u"0001-01-01",
        u"9999-12-31",
        u"2026-13-01",
        u"2026-00-10",
        u"2026-1-01",
        u"2026/11/28",
        u"2026-11-28\n",
        u"2026-11-28T00",
        u"28/11/2026",
        u"２０２６-11-28",
    };
    for (const char16_t *text : texts) {
        const QString value = QString::fromUtf16(text);
        // Spaces, line breaks and other letters spelt out so every row's name is readable.
        const QByteArray name = '"' + value.toUtf8().toPercentEncoding("/:-") + '"';
        QTest::newRow(name.constData()) << value;
    }
}

void TestTextPatterns::idAgreesWithItsPattern()
{
    QFETCH(QString, text);
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*\\z"));
    const bool quick = TextPatterns::isId(text);
    if (endsWithLineBreak(text))
        QVERIFY(!quick);
    else
        QCOMPARE(quick, pattern.match(text).hasMatch());
}

void TestTextPatterns::digitGroupsAgreeWithTheirPattern()
{
    QFETCH(QString, text);
    static const QRegularExpression pattern(QStringLiteral("^[0-9]+( [0-9]+)*\\z"));
    const bool quick = TextPatterns::isDigitGroups(text);
    if (endsWithLineBreak(text))
        QVERIFY(!quick);
    else
        QCOMPARE(quick, pattern.match(text).hasMatch());
}

void TestTextPatterns::minuteOfDayAgreesWithItsPattern()
{
    QFETCH(QString, text);
    static const QRegularExpression pattern(QStringLiteral("^([01][0-9]|2[0-3]):([0-5][0-9])\\z"));
    const std::optional<int> quick = TextPatterns::minuteOfDay(text);
    const QRegularExpressionMatch match = pattern.match(text);
    if (endsWithLineBreak(text)) {
        QVERIFY(!quick);
    } else if (match.hasMatch()) {
        QVERIFY(quick);
        QCOMPARE(*quick, match.captured(1).toInt() * 60 + match.captured(2).toInt());
    } else {
        QVERIFY(!quick);
    }
}

void TestTextPatterns::isoDateAgreesWithItsPatternAndQDate()
{
    QFETCH(QString, text);
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}\\z"));
    const std::optional<QDate> quick = TextPatterns::isoDate(text);
    const QDate parsed = QDate::fromString(text, Qt::ISODate);
    if (endsWithLineBreak(text)) {
        QVERIFY(!quick);
    } else if (pattern.match(text).hasMatch() && parsed.isValid()) {
        QVERIFY(quick);
        QCOMPARE(*quick, parsed);
    } else {
        QVERIFY(!quick);
    }
}

void TestTextPatterns::blankIsWhatTrimmingEmpties()
{
    QFETCH(QString, text);
    QCOMPARE(TextPatterns::isBlank(text), text.trimmed().isEmpty());
}

void TestTextPatterns::plainHttpsAddressIsOneQUrlAccepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("quick"); // taken by the quick check, not left to QUrl
    QTest::newRow("host") << QStringLiteral("https://example.org") << true;
    QTest::newRow("path") << QStringLiteral("https://www.nspcc.org.uk/keeping-children-safe/")
                          << true;
    QTest::newRow("digits, hyphens, ~ and _")
        << QStringLiteral("https://a-1.example.org/s/10_000~x.html") << true;
    QTest::newRow("root") << QStringLiteral("https://example.org/") << true;
    QTest::newRow("capital in path") << QStringLiteral("https://example.org/Help") << true;
    QTest::newRow("http") << QStringLiteral("http://example.org") << false;
    QTest::newRow("no scheme") << QStringLiteral("www.example.org") << false;
    QTest::newRow("no host") << QStringLiteral("https://") << false;
    QTest::newRow("no host, path") << QStringLiteral("https:///path") << false;
    QTest::newRow("capital host") << QStringLiteral("https://Example.org") << false;
    QTest::newRow("empty label") << QStringLiteral("https://example..org") << false;
    QTest::newRow("leading dot") << QStringLiteral("https://.example.org") << false;
    QTest::newRow("trailing dot") << QStringLiteral("https://example.org.") << false;
    QTest::newRow("label starts with hyphen") << QStringLiteral("https://-a.org") << false;
    QTest::newRow("label ends with hyphen") << QStringLiteral("https://a-.org") << false;
    QTest::newRow("label of 64") << QStringLiteral("https://%1.org").arg(QString(64, u'a'))
                                 << false;
    QTest::newRow("label of 63") << QStringLiteral("https://%1.org").arg(QString(63, u'a')) << true;
    QTest::newRow("port") << QStringLiteral("https://example.org:8443/") << false;
    QTest::newRow("query") << QStringLiteral("https://example.org/?q=1") << false;
    QTest::newRow("fragment") << QStringLiteral("https://example.org/#top") << false;
    QTest::newRow("escape") << QStringLiteral("https://example.org/a%20b") << false;
    QTest::newRow("space") << QStringLiteral("https://example.org/a b") << false;
    QTest::newRow("user") << QStringLiteral("https://me@example.org") << false;
    QTest::newRow("underscore host") << QStringLiteral("https://a_b.org") << false;
    QTest::newRow("non-ASCII host") << QStringLiteral("https://ex\u00e4mple.org") << false;
    QTest::newRow("non-ASCII path") << QStringLiteral("https://example.org/\u00e4") << false;
    QTest::newRow("line break") << QStringLiteral("https://example.org\n") << false;
}

void TestTextPatterns::plainHttpsAddressIsOneQUrlAccepts()
{
    QFETCH(QString, text);
    QFETCH(bool, quick);
    QCOMPARE(TextPatterns::isPlainHttpsAddress(text), quick);
    if (quick) {
        // What ChannelValueRule asks of QUrl, which the quick check stands in for.
        const QUrl url(text, QUrl::StrictMode);
        QVERIFY(url.isValid());
        QCOMPARE(url.scheme(), QStringLiteral("https"));
        QVERIFY(!url.host().isEmpty());
        QVERIFY(!text.contains(QLatin1Char(' ')));
    }
}

QTEST_GUILESS_MAIN(TestTextPatterns)
#include "TestTextPatterns.moc"
