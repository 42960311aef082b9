// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/review/JsonSpans.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Editing a content file in place: only the edited values change, byte for byte.
class TestJsonSpans : public QObject
{
    Q_OBJECT
private slots:
    void findsValues_data();
    void findsValues();
    void edits_data();
    void edits();
    void refusesMalformed();
};

namespace {

const QByteArray sample =
    "{\n  \"a\": {\n    \"en\": \"Hi, \\\"you\\\"\",\n    \"cy\": \"Helo\"\n  },\n"
    "  \"list\": [\n    \"cy\",\n    \"pl\",\n    \"ar\"\n  ],\n"
    "  \"one\": {\"en\": \"x\"},\n  \"n\": 12,\n  \"a/b\": []\n}\n";

} // namespace

void TestJsonSpans::findsValues_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("escaped string") << "/a/en" << QByteArray("\"Hi, \\\"you\\\"\"");
    QTest::newRow("string") << "/a/cy" << QByteArray("\"Helo\"");
    QTest::newRow("array item") << "/list/1" << QByteArray("\"pl\"");
    QTest::newRow("number") << "/n" << QByteArray("12");
    QTest::newRow("escaped key") << "/a~1b" << QByteArray("[]");
    QTest::newRow("one-line object") << "/one" << QByteArray("{\"en\": \"x\"}");
}

void TestJsonSpans::findsValues()
{
    QFETCH(QString, pointer);
    const auto spans = JsonSpans::scan(sample);
    QVERIFY(spans);
    const auto span = spans->span(pointer);
    QVERIFY(span);
    QTEST(sample.mid(span->begin, span->end - span->begin), "text");
}

void TestJsonSpans::edits_data()
{
    QTest::addColumn<int>("edit");
    QTest::addColumn<QByteArray>("expected");
    const auto replaced = [](QByteArray text, const char *from, const char *to) {
        return text.replace(from, to);
    };
    QTest::newRow("replace a string")
        << 0 << replaced(sample, "\"cy\": \"Helo\"", "\"cy\": \"Shwmae \\\"chi\\\"\"");
    QTest::newRow("add a member, indented like the others")
        << 1
        << replaced(sample, "\"cy\": \"Helo\"\n", "\"cy\": \"Helo\",\n    \"pl\": \"Cześć\"\n");
    QTest::newRow("add a member to a one-line object")
        << 2 << replaced(sample, "{\"en\": \"x\"}", "{\"en\": \"x\", \"cy\": \"y\"}");
    QTest::newRow("remove the first item")
        << 3 << replaced(sample, "\"cy\",\n    \"pl\"", "\"pl\"");
    QTest::newRow("remove a later item") << 4 << replaced(sample, ",\n    \"ar\"", "");
}

void TestJsonSpans::edits()
{
    QFETCH(int, edit);
    auto spans = JsonSpans::scan(sample);
    QVERIFY(spans);
    switch (edit) {
    case 0:
        spans->setString(QStringLiteral("/a/cy"), QStringLiteral("Shwmae \"chi\""));
        break;
    case 1:
        spans->addMember(QStringLiteral("/a"), QStringLiteral("pl"), QStringLiteral("Cześć"));
        break;
    case 2:
        spans->addMember(QStringLiteral("/one"), QStringLiteral("cy"), QStringLiteral("y"));
        break;
    case 3:
        spans->removeArrayItem(QStringLiteral("/list"), 0, 3);
        break;
    case 4:
        spans->removeArrayItem(QStringLiteral("/list"), 2, 3);
        break;
    }
    const QByteArray result = spans->apply();
    QTEST(result, "expected");
    QJsonParseError error;
    QJsonDocument::fromJson(result, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
}

void TestJsonSpans::refusesMalformed()
{
    QVERIFY(!JsonSpans::scan("{\"a\": "));
    QVERIFY(!JsonSpans::scan("not json"));
}

QTEST_GUILESS_MAIN(TestJsonSpans)
#include "TestJsonSpans.moc"
