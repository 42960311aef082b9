// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/languages/CompiledTranslations.h"

#include <QFile>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

// The glyph guard checks every translation a visitor can see: the compiled catalogue must give
// back every translation its .ts file holds.
class TestCompiledTranslations : public QObject
{
    Q_OBJECT
private slots:
    void readsEveryTranslationOfTheSource_data();
    void readsEveryTranslationOfTheSource();
    void refusesWhatIsNotACatalogue_data();
    void refusesWhatIsNotACatalogue();
};

namespace {

// Every non-empty <translation> (or each of its <numerusform>s) of a Qt Linguist source file,
// trimmed.
QSet<QString> translationsIn(const QString &tsPath)
{
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QSet<QString> texts;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement ||
            xml.name() != QLatin1String("translation"))
            continue;
        const auto type = xml.attributes().value(QLatin1String("type"));
        if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
            continue;
        QString text;
        bool numerus = false;
        while (!xml.atEnd() && !(xml.readNext() == QXmlStreamReader::EndElement &&
                                 xml.name() == QLatin1String("translation"))) {
            if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                numerus = true;
                texts.insert(xml.readElementText().trimmed());
            } else if (xml.isCharacters()) {
                text += xml.text();
            }
        }
        if (!numerus)
            texts.insert(text.trimmed());
    }
    texts.remove(QString());
    return texts;
}

} // namespace

void TestCompiledTranslations::readsEveryTranslationOfTheSource_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"cy", "pl", "ro", "ur", "pa", "ar"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestCompiledTranslations::readsEveryTranslationOfTheSource()
{
    QFETCH(QString, language);
    const QSet<QString> source = translationsIn(
        QStringLiteral(SIGNPOST_SOURCE_DIR "/translations/signpost_%1.ts").arg(language));
    QVERIFY(source.size() > 20);
    const QStringList compiled =
        CompiledTranslations::textsOfFile(QStringLiteral(QM_DIR "/signpost_%1.qm").arg(language));
    QVERIFY(!compiled.isEmpty());
    QSet<QString> read;
    for (const QString &text : compiled)
        read.insert(text.trimmed());
    for (const QString &text : source)
        QVERIFY2(read.contains(text), qPrintable(text));
}

void TestCompiledTranslations::refusesWhatIsNotACatalogue_data()
{
    QTest::addColumn<QByteArray>("data");
    QByteArray real;
    QFile file(QStringLiteral(QM_DIR "/signpost_pa.qm"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    real = file.readAll();
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("JSON") << QByteArrayLiteral("{\"not\": \"a catalogue\"}");
    QTest::newRow("magic number only") << real.left(16);
    QTest::newRow("block longer than the file") << real.left(40);
}

void TestCompiledTranslations::refusesWhatIsNotACatalogue()
{
    QFETCH(QByteArray, data);
    QVERIFY(CompiledTranslations::texts(data).isEmpty());
}

QTEST_GUILESS_MAIN(TestCompiledTranslations)
#include "TestCompiledTranslations.moc"
