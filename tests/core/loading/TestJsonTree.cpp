// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonTreeCompare.h"
#include "core/loading/JsonTree.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cstring>

// The quick JSON parse behind content loading: on every input it either declines (and the loader
// asks Qt) or gives exactly the tree Qt's document gives, and it never takes what Qt refuses.
// The real files must be taken, or it buys nothing.
class TestJsonTree : public QObject
{
    Q_OBJECT
private slots:
    void quickParseIsQtsOrDeclines_data();
    void quickParseIsQtsOrDeclines();
    void realFilesAreTakenAsQtReadsThem_data();
    void realFilesAreTakenAsQtReadsThem();
    void aParseErrorIsQtsError_data();
    void aParseErrorIsQtsError();
};

namespace {

enum Quick
{
    Declines,
    Takes,
};

// Where a tree made from Qt's document differs from the document itself ("" when it does not),
// so the converter the loader falls back on is checked against Qt too.
QString differenceFromQt(const JsonValue &tree, const QJsonValue &qt, const QString &at)
{
    if (tree.type() != qt.type())
        return at + QStringLiteral(": another type");
    if (qt.isObject()) {
        const QJsonObject object = qt.toObject();
        const JsonObject mine = tree.toObject();
        if (mine.size() != object.size())
            return at + QStringLiteral(": another size");
        auto it = mine.constBegin();
        for (auto qtIt = object.constBegin(); qtIt != object.constEnd(); ++qtIt, ++it) {
            if (it.key() != qtIt.key())
                return at + QStringLiteral(": key ") + it.key();
            const QString inner = differenceFromQt(it.value(), qtIt.value(), at + u'/' + it.key());
            if (!inner.isEmpty())
                return inner;
        }
    } else if (qt.isArray()) {
        const QJsonArray array = qt.toArray();
        const JsonArray mine = tree.toArray();
        if (mine.size() != array.size())
            return at + QStringLiteral(": another size");
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString inner =
                differenceFromQt(mine.at(i), array.at(i), at + u'/' + QString::number(i));
            if (!inner.isEmpty())
                return inner;
        }
    } else {
        const double a = tree.toDouble();
        const double b = qt.toDouble();
        if (tree.toBool() != qt.toBool() || tree.toString() != qt.toString() ||
            std::memcmp(&a, &b, sizeof a) != 0)
            return at + QStringLiteral(": another value");
    }
    return QString();
}

// What is wrong with the quick parse of `json` against Qt's ("" when nothing); `took` says
// whether it took the bytes.
QString problemAgainstQt(const QByteArray &json, bool &took)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    const std::optional<JsonTree> quick = JsonTree::parse(json);
    took = quick.has_value();
    if (error.error != QJsonParseError::NoError)
        return quick ? QStringLiteral("took what Qt refuses: ") + error.errorString() : QString();
    const JsonTree converted = JsonTree::fromDocument(document);
    const QJsonValue qtRoot =
        document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    if (const QString difference = differenceFromQt(converted.root(), qtRoot, QString());
        !difference.isEmpty())
        return QStringLiteral("fromDocument differs from Qt at ") + difference;
    if (!quick)
        return QString();
    const QString difference = JsonTreeCompare::difference(quick->root(), converted.root());
    return difference.isEmpty() ? QString() : QStringLiteral("differs from Qt at ") + difference;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A thousand services made from the built-in content's, written out indented as an editor would.
QByteArray thousandServices()
{
    const QJsonObject content =
        QJsonDocument::fromJson(
            readFile(QStringLiteral(SIGNPOST_SOURCE_DIR "/resources/content/uk.json")))
            .object();
    const QJsonArray builtIn = content.value(QLatin1String("services")).toArray();
    QJsonArray services;
    for (int i = 0; i < 1000; ++i) {
        QJsonObject service = builtIn.at(i % builtIn.size()).toObject();
        service.insert(QLatin1String("id"), QStringLiteral("service-%1").arg(i));
        services.append(service);
    }
    QJsonObject result = content;
    result.insert(QLatin1String("services"), services);
    return QJsonDocument(result).toJson(QJsonDocument::Indented);
}

} // namespace

void TestJsonTree::quickParseIsQtsOrDeclines_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("quick");
    const auto row = [](const char *name, const QByteArray &json, Quick quick) {
        QTest::newRow(name) << json << int(quick);
    };
    // Shapes.
    row("empty object", "{}", Takes);
    row("empty list", "[]", Takes);
    row("nested", R"({"a":{"b":[1,[2,{"c":[]}],{}]}})", Takes);
    row("every kind", R"([null,true,false,0,"x",[],{}])", Takes);
    row("64 deep", QByteArray(63, '[') + "{}" + QByteArray(63, ']'), Takes);
    row("65 deep", QByteArray(65, '[') + QByteArray(65, ']'), Declines);
    row("top-level text", R"("x")", Declines);
    row("top-level number", "1", Declines);
    row("top-level null", "null", Declines);
    row("nothing", "", Declines);
    row("only space", " \n", Declines);
    // Whitespace.
    row("JSON's four spaces", " \t\r\n{ \t\r\n\"a\" \t\r\n: \t\r\n1 \t\r\n} \t\r\n", Takes);
    row("form feed", "{\f}", Declines);
    row("vertical tab", "{\v}", Declines);
    row("no-break space", "{\xC2\xA0}", Declines);
    row("byte order mark", "\xEF\xBB\xBF{}", Declines);
    row("two byte order marks", "\xEF\xBB\xBF\xEF\xBB\xBF{}", Declines);
    row("trailing NUL", QByteArray("{}\0", 3), Declines);
    // Syntax errors.
    row("trailing comma in object", R"({"a":1,})", Declines);
    row("trailing comma in list", "[1,]", Declines);
    row("missing comma", R"({"a":1 "b":2})", Declines);
    row("missing colon", R"({"a" 1})", Declines);
    row("unquoted key", "{a:1}", Declines);
    row("single quotes", "{'a':1}", Declines);
    row("trailing junk", "{} x", Declines);
    row("two values", "{}{}", Declines);
    row("truncated object", R"({"a":)", Declines);
    row("truncated string", R"({"a":"b)", Declines);
    row("truncated escape", R"({"a":"\)", Declines);
    row("truncated list", "[1,2", Declines);
    row("unclosed key", R"({"a)", Declines);
    row("key ends in backslash", "{\"a\\", Declines);
    row("true misspelt", "[tru]", Declines);
    row("True", "[True]", Declines);
    row("nul", "[nul]", Declines);
    row("comment", "[1/*x*/]", Declines);
    // Numbers.
    row("zero", "[0]", Takes);
    row("minus zero", "[-0]", Takes);
    row("minus zero point zero", "[-0.0]", Declines);
    row("zero point zero", "[0.0]", Declines);
    row("zero exponent", "[0e5]", Declines);
    row("integers", "[1,-1,42,120,2147483647,-2147483648,4294967296]", Takes);
    row("2^53 and past", "[9007199254740991,9007199254740992,9007199254740993]", Takes);
    row("18 digits", "[999999999999999999,-999999999999999999]", Takes);
    row("19 digits", "[9223372036854775807]", Declines);
    row("past qint64", "[9223372036854775808]", Declines);
    row("20 digits", "[-12345678901234567890]", Declines);
    row("fractions", "[1.5,-0.25,3.14159,0.1,1.0,2.50]", Takes);
    row("exponents", "[1e5,1E5,1e+5,1e-5,-2.5e3,3.3e+109,1e308]", Takes);
    row("1e400", "[1e400]", Declines);
    row("-1e400", "[-1e400]", Declines);
    row("1e-400", "[1e-400]", Declines);
    row("subnormal", "[4.9e-324]", Takes);
    row("long fraction", "[0.1000000000000000055511151231257827]", Takes);
    row("leading zero", "[01]", Declines);
    row("leading plus", "[+1]", Declines);
    row("bare minus", "[-]", Declines);
    row("point without digits", "[1.]", Declines);
    row("leading point", "[.5]", Declines);
    row("exponent without digits", "[1e]", Declines);
    row("exponent sign only", "[1e+]", Declines);
    row("hex", "[0x10]", Declines);
    row("NaN", "[NaN]", Declines);
    row("Infinity", "[Infinity]", Declines);
    row("number then letter", "[1a]", Declines);
    // Strings and escapes.
    row("escapes", R"(["\" \\ \/ \b \f \n \r \t"])", Takes);
    row("unicode escapes", R"(["\u0041\u00e9\u00E9\u4e2d\uFFFD"])", Takes);
    row("escaped NUL", R"(["a\u0000b"])", Takes);
    row("escaped control characters", R"(["\u0001\u001f\u007f"])", Takes);
    row("surrogate pair", R"(["\ud83d\ude00"])", Takes);
    row("surrogate pair upper case", R"(["\uD83D\uDE00"])", Takes);
    row("lone high surrogate", R"(["\ud83d"])", Declines);
    row("lone high surrogate then text", R"(["\ud83dx"])", Declines);
    row("lone low surrogate", R"(["\ude00"])", Declines);
    row("two high surrogates", R"(["\ud83d\ud83d"])", Declines);
    row("reversed pair", R"(["\ude00\ud83d"])", Declines);
    row("short unicode escape", R"(["\u12"])", Declines);
    row("bad hex", R"(["\u12G4"])", Declines);
    row("unknown escape", R"(["\a"])", Declines);
    row("escaped apostrophe", R"(["\'"])", Declines);
    row("raw tab", "[\"a\tb\"]", Declines);
    row("raw line feed", "[\"a\nb\"]", Declines);
    row("raw NUL", QByteArray("[\"a\0b\"]", 7), Declines);
    row("raw DEL", "[\"a\x7F b\"]", Takes);
    row("empty text", R"([""])", Takes);
    // UTF-8.
    row("two-byte", "[\"caf\xC3\xA9 \xC5\xB5\"]", Takes);
    row("three-byte", "[\"\xE2\x80\x99 \xE2\x80\xA6 \xE0\xA8\xB8 \xD8\xB3\"]", Takes);
    row("four-byte", "[\"\xF0\x9F\x98\x80 \xF4\x8F\xBF\xBD\"]", Takes);
    row("U+E000 and U+FFFD", "[\"\xEE\x80\x80 \xEF\xBF\xBD\"]", Takes);
    row("noncharacter U+FFFF", "[\"\xEF\xBF\xBF\"]", Declines);
    row("noncharacter U+FDD0", "[\"\xEF\xB7\x90\"]", Declines);
    row("invalid byte", "[\"\xFF\"]", Declines);
    row("lone continuation", "[\"\x80\"]", Declines);
    row("overlong slash", "[\"\xC0\xAF\"]", Declines);
    row("overlong three-byte", "[\"\xE0\x80\xAF\"]", Declines);
    row("overlong four-byte", "[\"\xF0\x80\x80\xAF\"]", Declines);
    row("encoded surrogate", "[\"\xED\xA0\x80\"]", Declines);
    row("past U+10FFFF", "[\"\xF4\x90\x80\x80\"]", Declines);
    row("truncated sequence", "[\"\xE2\x80\"]", Declines);
    row("truncated at the end", "[\"\xE2", Declines);
    row("latin-1 byte", "[\"caf\xE9\"]", Declines);
    // Keys: Qt's order and duplicates.
    row("key order", R"({"b":1,"a":2,"B":3,"c":4})", Takes);
    row("non-ASCII key order", "{\"b\":1,\"a\":2,\"B\":3,\"\xC3\xA9\":4,\"z\":5}", Takes);
    row("keys across scripts",
        "{\"\xD8\xB3\":1,\"\xC5\xB5\":2,\"\xE0\xA8\xB8\":3,\"\xC3\xBF\":4,\"\xC4\x80\":5,\"~\":6}",
        Takes);
    row("keys sharing a start", R"({"ab":1,"a":2,"abc":3,"aa":4,"abcde":5,"abcd":6})", Takes);
    row("keys with NUL", R"({"a\u0000":1,"a":2,"a\u0000b":3})", Takes);
    row("empty key", R"({"":1,"a":2})", Takes);
    row("escaped key", R"({"\u0061b":1,"a\"":2})", Takes);
    row("same key twice", R"({"b":1,"a":2,"B":3,"é":4,"a":5})", Declines);
    row("same key spelt twice", R"({"a":1,"\u0061":2})", Declines);
    row("same key in two objects", R"([{"a":1},{"a":2,"b":{"a":3}}])", Takes);
    row("key at U+E000", "{\"\xEE\x80\x80\":1,\"\xF0\x9F\x98\x80\":2}", Declines);
    row("key with a surrogate pair", R"({"\ud83d\ude00":1})", Declines);
    // Qt 6.4 orders these by how they are written: escaped, by UTF-16 unit (U+1F600 first);
    // as UTF-8, by code point (U+E000 first). The quick parse leaves them to Qt.
    row("escaped keys at U+E000 and past U+FFFF", R"({"\ue000":1,"\ud83d\ude00":2})", Declines);
    row("keys escaped and not, below U+D800",
        "{\"\\u00e9\":1,\"\xC3\xA9x\":2,\"\\u0101\":3,\"\xC4\x80\":4,\"z\":5,\"\xC3\xA8\":6}",
        Takes);
    row(
        "many keys",
        [] {
            QByteArray json = "{";
            for (int i = 0; i < 600; ++i)
                json += (i ? ",\"k" : "\"k") + QByteArray::number((i * 7919) % 600) +
                        "\":" + QByteArray::number(i);
            return json + "}";
        }(),
        Takes);
}

void TestJsonTree::quickParseIsQtsOrDeclines()
{
    QFETCH(QByteArray, json);
    QFETCH(int, quick);
    bool took = false;
    QCOMPARE(problemAgainstQt(json, took), QString());
    QCOMPARE(took, quick == Takes);
}

void TestJsonTree::realFilesAreTakenAsQtReadsThem_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("qtTakesIt");
    const QString root = QStringLiteral(SIGNPOST_SOURCE_DIR);
    QStringList files{root + QStringLiteral("/resources/content/uk.json")};
    for (const QString &directory : {QStringLiteral("/tests/core/fixtures/content"),
                                     QStringLiteral("/tests/core/fixtures/local")}) {
        QDirIterator it(root + directory, {QStringLiteral("*.json")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    QVERIFY(files.size() > 90);
    for (const QString &file : std::as_const(files)) {
        QByteArray json = readFile(file);
        if (json.startsWith("\xEF\xBB\xBF")) // as the loader does
            json.remove(0, 3);
        QJsonParseError error;
        QJsonDocument::fromJson(json, &error);
        // The deep-nesting fixture is refused before any parse, by the content guard.
        const bool guarded = file.endsWith(QLatin1String("/deep-nesting.json"));
        QTest::newRow(qPrintable(file.mid(root.size() + 1)))
            << json << (error.error == QJsonParseError::NoError && !guarded);
    }
    QTest::newRow("1,000 services") << thousandServices() << true;
}

void TestJsonTree::realFilesAreTakenAsQtReadsThem()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, qtTakesIt);
    bool took = false;
    QCOMPARE(problemAgainstQt(json, took), QString());
    QCOMPARE(took, qtTakesIt);
}

void TestJsonTree::aParseErrorIsQtsError_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("truncated") << QByteArray(R"({"a":[1,2)");
    QTest::newRow("trailing comma") << QByteArray(R"({"a":1,})");
    QTest::newRow("bad escape") << QByteArray(R"({"a":"\q"})");
    QTest::newRow("junk after") << QByteArray("{} ]");
    QTest::newRow("fine") << QByteArray(R"({"a":1})");
    QTest::newRow("fine after Qt") << QByteArray(R"({"a":1,"a":2})");
}

void TestJsonTree::aParseErrorIsQtsError()
{
    // JsonTree::fromJson, what the loaders call: the error (and its offset) is Qt's own.
    QFETCH(QByteArray, json);
    QJsonParseError qtError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &qtError);
    QJsonParseError error;
    error.error = QJsonParseError::GarbageAtEnd;
    const JsonTree tree = JsonTree::fromJson(json, &error);
    QCOMPARE(error.error, qtError.error);
    QCOMPARE(error.offset, qtError.offset);
    QCOMPARE(tree.root().isUndefined(), qtError.error != QJsonParseError::NoError);
    if (qtError.error == QJsonParseError::NoError)
        QCOMPARE(JsonTreeCompare::difference(tree.root(), JsonTree::fromDocument(document).root()),
                 QString());
}

QTEST_GUILESS_MAIN(TestJsonTree)
#include "TestJsonTree.moc"
