// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/ContentLoader.h"

#include <QDir>
#include <QFile>
#include <QTest>

// Every issue the validator records, in order and word for word, for content files with many
// problems at once (tests/core/loading/issues: the base fixture with a few fields removed,
// retyped or given wrong values). The .issues files were written by the reader before it was
// made faster for 10,000 services (issue 18), so the faster one must say exactly what it said.
// After a deliberate change to a rule, SIGNPOST_REWRITE_ISSUES=1 writes them anew: read the diff.
class TestContentIssues : public QObject
{
    Q_OBJECT
private slots:
    void sameIssuesInTheSameOrder_data();
    void sameIssuesInTheSameOrder();
};

namespace {

const QString casesDirectory = QStringLiteral(SIGNPOST_SOURCE_DIR "/tests/core/loading/issues");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestContentIssues::sameIssuesInTheSameOrder_data()
{
    QTest::addColumn<QString>("name");
    const QStringList cases =
        QDir(casesDirectory).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY2(cases.size() >= 40, "the issue cases are missing");
    for (const QString &file : cases)
        QTest::newRow(qPrintable(file)) << file.chopped(5);
}

void TestContentIssues::sameIssuesInTheSameOrder()
{
    QFETCH(QString, name);
    const QString path = casesDirectory + QLatin1Char('/') + name;
    const QByteArray content = readAll(path + QStringLiteral(".json"));
    const QByteArray expected = readAll(path + QStringLiteral(".issues"));
    QVERIFY(!content.isEmpty());
    QVERIFY(!expected.isEmpty());
    const ContentLoader::Result result =
        ContentLoader::loadBytes(content, QStringLiteral("content.json"), QDate(2026, 11, 28));
    QStringList lines;
    for (const ContentIssue &issue : result.issues) {
        // One issue a line: a value with a line break in it is written with \n.
        QString line = issue.toString();
        lines << line.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                     .replace(QLatin1Char('\n'), QLatin1String("\\n"));
    }
    if (qEnvironmentVariableIsSet("SIGNPOST_REWRITE_ISSUES")) {
        QFile file(path + QStringLiteral(".issues"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
        return;
    }
    QCOMPARE(lines, QString::fromUtf8(expected).split(QLatin1Char('\n'), Qt::SkipEmptyParts));
}

QTEST_GUILESS_MAIN(TestContentIssues)
#include "TestContentIssues.moc"
