// SPDX-License-Identifier: GPL-3.0-or-later
// The safety words (relay, emergency, anonymous, at risk, in danger now, identify, report...)
// keep the one rendering translations/termbase.csv approves, in every screen message and every
// content text: a translation of an English text with a term must contain one of the term's
// accepted forms for that language, and none of its forbidden ones (Arabic ترحيل for relay).
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

const QStringList languages{QStringLiteral("cy"), QStringLiteral("pl"), QStringLiteral("ro"),
                            QStringLiteral("ur"), QStringLiteral("pa"), QStringLiteral("ar")};

struct Rendering
{
    QStringList accepted; // forms and stems; one must appear
    QStringList forbidden;
};

struct Term
{
    QString name;
    QRegularExpression english;
    QHash<QString, Rendering> byLanguage;
};

// One translation of one English text, and where it is.
struct Pair
{
    QString where;
    QString language;
    QString english;
    QString translation;
};

QString sourcePath(const QString &relative)
{
    return QStringLiteral(SIGNPOST_SOURCE_DIR "/") + relative;
}

// RFC 4180 lines: commas, and double quotes around a field that has them.
QStringList csvFields(const QString &line)
{
    QStringList fields{QString()};
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted && c == QLatin1Char('"') && i + 1 < line.size() &&
            line.at(i + 1) == QLatin1Char('"')) {
            fields.last() += c;
            ++i;
        } else if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (c == QLatin1Char(',') && !quoted) {
            fields << QString();
        } else {
            fields.last() += c;
        }
    }
    return fields;
}

QStringList alternatives(const QString &field)
{
    QStringList forms;
    for (const QString &form : field.split(QLatin1Char('|'), Qt::SkipEmptyParts))
        forms << form.trimmed().toCaseFolded();
    return forms;
}

// Bidi isolates and marks are invisible and never part of a word.
QString comparable(QString text)
{
    static const QRegularExpression marks(QStringLiteral("[\u2066-\u2069\u200e\u200f]"));
    return text.remove(marks).toCaseFolded();
}

class Termbase
{
public:
    bool load(const QString &path, QString *error)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            *error = path + QLatin1String(": cannot read");
            return false;
        }
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        if (lines.value(0) !=
            QLatin1String("term,english,language,approved,accepted,forbidden,note")) {
            *error = path + QLatin1String(": unexpected header: ") + lines.value(0);
            return false;
        }
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (lines.at(i).trimmed().isEmpty())
                continue;
            const QStringList f = csvFields(lines.at(i));
            if (f.size() != 7) {
                *error =
                    QStringLiteral("%1:%2: %3 fields, not 7").arg(path).arg(i + 1).arg(f.size());
                return false;
            }
            if (f.at(0) == QLatin1String("name")) {
                m_names << f.at(1).split(QLatin1Char('|'), Qt::SkipEmptyParts);
                continue;
            }
            Term &term = m_terms[f.at(0)];
            if (term.name.isEmpty()) {
                term.name = f.at(0);
                QStringList words;
                for (const QString &word : f.at(1).split(QLatin1Char('|'), Qt::SkipEmptyParts))
                    words << QRegularExpression::escape(word);
                term.english = QRegularExpression(
                    QStringLiteral("\\b(%1)\\b").arg(words.join(QLatin1Char('|'))),
                    QRegularExpression::CaseInsensitiveOption);
            }
            term.byLanguage.insert(f.at(2), {alternatives(f.at(4)), alternatives(f.at(5))});
        }
        return true;
    }

    const QHash<QString, Term> &terms() const { return m_terms; }

    // What is wrong with one translation; empty when it keeps every term the English has.
    QStringList problems(const Pair &pair) const
    {
        QString english = pair.english;
        for (const QString &name : m_names)
            english.remove(name); // "Report Remove" and "Relay UK" stay English everywhere
        const QString translation = comparable(pair.translation);
        QList<const Term *> present;
        for (const Term &term : m_terms) {
            if (term.english.match(english).hasMatch() && term.byLanguage.contains(pair.language))
                present << &term;
        }
        QStringList found;
        for (const Term *term : present) {
            const Rendering &rendering = term->byLanguage.value(pair.language);
            const auto appears = [&](const QString &form) {
                return translation.contains(form);
            };
            if (std::none_of(rendering.accepted.begin(), rendering.accepted.end(), appears)) {
                found << QStringLiteral("%1: \"%2\" needs one of %3: %4")
                             .arg(pair.where, term->name,
                                  rendering.accepted.join(QLatin1String(" | ")), pair.translation);
            }
            for (const QString &forbidden : rendering.forbidden) {
                // "في خطر" is wrong for "at risk", right for "in danger now" in the same text.
                if (appears(forbidden) && !approvedForAnother(forbidden, term, present, pair))
                    found << QStringLiteral("%1: \"%2\" must not be rendered %3: %4")
                                 .arg(pair.where, term->name, forbidden, pair.translation);
            }
        }
        return found;
    }

private:
    static bool approvedForAnother(const QString &form, const Term *term,
                                   const QList<const Term *> &present, const Pair &pair)
    {
        for (const Term *other : present) {
            if (other == term)
                continue;
            for (const QString &accepted : other->byLanguage.value(pair.language).accepted) {
                if (form.contains(accepted) || accepted.contains(form))
                    return true;
            }
        }
        return false;
    }

    QHash<QString, Term> m_terms;
    QStringList m_names;
};

QList<Pair> screenMessages(const QString &language)
{
    QList<Pair> pairs;
    QFile file(sourcePath(QStringLiteral("translations/signpost_%1.ts").arg(language)));
    if (!file.open(QIODevice::ReadOnly))
        return pairs;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") ||
                   xml.name() == QLatin1String("numerusform")) {
            const bool plural = xml.name() == QLatin1String("numerusform");
            const QString text = xml.readElementText(QXmlStreamReader::SkipChildElements);
            if (plural || !text.trimmed().isEmpty())
                pairs.append(
                    {QStringLiteral("signpost_%1.ts %2 \"%3\"").arg(language, context, source),
                     language, source, text});
        }
    }
    return pairs;
}

void collectTexts(const QJsonValue &value, const QString &pointer, const QString &language,
                  QList<Pair> &pairs)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.value(QLatin1String("en")).isString()) {
            if (object.contains(language))
                pairs.append({QStringLiteral("uk.json %1/%2").arg(pointer, language), language,
                              object.value(QLatin1String("en")).toString(),
                              object.value(language).toString()});
            return;
        }
        for (auto it = object.begin(); it != object.end(); ++it)
            collectTexts(it.value(), pointer + QLatin1Char('/') + it.key(), language, pairs);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectTexts(array.at(i), pointer + QLatin1Char('/') + QString::number(i), language,
                         pairs);
    }
}

QList<Pair> contentTexts(const QString &language)
{
    QFile file(sourcePath(QStringLiteral("resources/content/uk.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Pair> pairs;
    collectTexts(QJsonDocument::fromJson(file.readAll()).object(), QString(), language, pairs);
    return pairs;
}

} // namespace

class TestTermbase : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyTermHasARenderingInEveryLanguage();
    void catchesDrift_data();
    void catchesDrift();
    void translationsKeepTheTerms_data();
    void translationsKeepTheTerms();

private:
    Termbase m_termbase;
};

void TestTermbase::initTestCase()
{
    QString error;
    QVERIFY2(m_termbase.load(sourcePath(QStringLiteral("translations/termbase.csv")), &error),
             qPrintable(error));
}

void TestTermbase::everyTermHasARenderingInEveryLanguage()
{
    const QStringList expected{QStringLiteral("relay"),      QStringLiteral("emergency"),
                               QStringLiteral("anonymous"),  QStringLiteral("confidential"),
                               QStringLiteral("at risk"),    QStringLiteral("in danger now"),
                               QStringLiteral("identify"),   QStringLiteral("leave this screen"),
                               QStringLiteral("quick exit"), QStringLiteral("report"),
                               QStringLiteral("helpline")};
    QStringList names = m_termbase.terms().keys();
    names.sort();
    QStringList sorted = expected;
    sorted.sort();
    QCOMPARE(names, sorted);
    for (const Term &term : m_termbase.terms()) {
        for (const QString &language : languages) {
            QVERIFY2(!term.byLanguage.value(language).accepted.isEmpty(),
                     qPrintable(term.name + QLatin1String(" has no rendering in ") + language));
        }
    }
}

// The checker itself, on the drafts the review found wrong and on their fixes.
void TestTermbase::catchesDrift_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("translation");
    QTest::addColumn<bool>("keepsTheTerms");
    QTest::newRow("Arabic relay as deportation")
        << QStringLiteral("ar") << QStringLiteral("Emergency text relay")
        << QStringLiteral("ترحيل نصي للطوارئ") << false;
    QTest::newRow("Arabic relay through an intermediary")
        << QStringLiteral("ar") << QStringLiteral("Emergency text relay")
        << QStringLiteral("الطوارئ كتابةً عبر وسيط") << true;
    QTest::newRow("Romanian identify lost")
        << QStringLiteral("ro")
        << QStringLiteral(
               "If you give details that identify a child at risk, or a crime, they pass that on.")
        << QStringLiteral("Dacă dați detalii care arată că un copil este în pericol sau care "
                          "indică o infracțiune, ei transmit informația mai departe.")
        << false;
    QTest::newRow("Romanian identify kept")
        << QStringLiteral("ro")
        << QStringLiteral(
               "If you give details that identify a child at risk, or a crime, they pass that on.")
        << QStringLiteral("Dacă dați detalii care permit identificarea unui copil aflat în "
                          "situație de risc sau a unei infracțiuni, ei transmit informația mai "
                          "departe.")
        << true;
    QTest::newRow("Polish at risk merged with in danger")
        << QStringLiteral("pl") << QStringLiteral("If a child is at risk, they may pass that on.")
        << QStringLiteral("Jeśli dziecku grozi niebezpieczeństwo, mogą to przekazać dalej.")
        << false;
    QTest::newRow("Polish in danger now keeps its phrase")
        << QStringLiteral("pl") << QStringLiteral("If a child is in danger now, call 999.")
        << QStringLiteral("Jeśli dziecku grozi teraz niebezpieczeństwo, zadzwoń pod 999.") << true;
    QTest::newRow("Welsh mutated anonymous")
        << QStringLiteral("cy") << QStringLiteral("You can stay anonymous.")
        << QStringLiteral("Gallwch aros yn ddienw.") << true;
    QTest::newRow("a name is not a term")
        << QStringLiteral("ro") << QStringLiteral("Get it taken down with Report Remove")
        << QStringLiteral("Cere ștergerea cu Report Remove") << true;
    QTest::newRow("case does not matter")
        << QStringLiteral("cy") << QStringLiteral("Talk to the NSPCC Helpline")
        << QStringLiteral("Siaradwch â Llinell Gymorth yr NSPCC") << true;
}

void TestTermbase::catchesDrift()
{
    QFETCH(QString, language);
    QFETCH(QString, english);
    QFETCH(QString, translation);
    QFETCH(bool, keepsTheTerms);
    const QStringList problems =
        m_termbase.problems({QStringLiteral("test"), language, english, translation});
    QCOMPARE(problems.isEmpty(), keepsTheTerms);
}

void TestTermbase::translationsKeepTheTerms_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : languages)
        QTest::newRow(qPrintable(language)) << language;
}

void TestTermbase::translationsKeepTheTerms()
{
    QFETCH(QString, language);
    const QList<Pair> messages = screenMessages(language);
    const QList<Pair> texts = contentTexts(language);
    QVERIFY(messages.size() > 60);
    QVERIFY(texts.size() > 150);
    QStringList problems;
    for (const Pair &pair : messages + texts)
        problems << m_termbase.problems(pair);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTermbase)
#include "TestTermbase.moc"
